import type { EvidenceRow } from '@kg/schema';
import { h } from './dom';
import { highlightSegments } from './evidence-highlight';

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

/** One evidence sentence: highlighted spans as <mark>, document title, date and source. */
export function evidenceView(row: EvidenceRow): HTMLElement {
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
  return h('li', { class: 'evidence' }, [quote, cite]);
}
