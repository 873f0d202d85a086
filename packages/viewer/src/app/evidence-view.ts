import type { EvidenceRow } from '@kg/schema';
import { h } from './dom';
import { highlightSegments } from './evidence-highlight';
import { modalityNote } from './evidence-modality';
import { outletsNote } from './evidence-outlets';

const ROLE_NAMES = { source: 'source actor', target: 'target actor', trigger: 'trigger' } as const;

function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One evidence sentence: highlighted spans as <mark>, a claim's author or the sentence's
 * modality, document title, date and source, and the outlets of a syndicated report.
 * `nameOf` names the claimant.
 */
export function evidenceView(
  row: EvidenceRow,
  nameOf: (id: string) => string | undefined = () => undefined,
): HTMLElement {
  const quote = h(
    'blockquote',
    { class: 'evidence-text' },
    highlightSegments(row).map((s) =>
      s.role
        ? h('mark', {
            class: `hl hl-${s.role}`,
            text: s.text,
            attrs: { title: ROLE_NAMES[s.role] },
          })
        : s.text,
    ),
  );
  const date = row.date ?? row.docDate;
  const title = row.docTitle ?? row.docId;
  const href = safeLink(row.docSource);
  const cite = h('cite', { class: 'evidence-source' }, [
    href
      ? h('a', { text: title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
      : h('span', { class: 'doc-title', text: title }),
    date ? h('time', { class: 'evidence-date', text: date, attrs: { datetime: date } }) : null,
  ]);
  const note = modalityNote(row, nameOf);
  const outlets = outletsNote(row);
  return h('li', { class: 'evidence' }, [
    note ? h('p', { class: 'evidence-modality', text: note }) : null,
    quote,
    cite,
    outlets ? h('p', { class: 'evidence-outlets', text: outlets }) : null,
  ]);
}
