import { h } from './dom';
import { frameAllowed, frameAncestorsOf, frameAncestorsWith } from './frame-policy';

/**
 * The Share dialog's "Where will the report open?" check: asks the server which pages may
 * frame the embed URL (its CSP frame-ancestors) and warns, with the setting to change, when the
 * report's origin would be refused, before the analyst pastes the snippet into it.
 */
export function createEmbedCheck(embedUrl: () => string): HTMLElement {
  const place = h('select', { attrs: { 'aria-label': 'Report opens from' } }, [
    h('option', { text: 'a file on this computer (file://)', attrs: { value: 'file' } }),
    h('option', { text: 'a web page at…', attrs: { value: 'web' } }),
  ]);
  const origin = h('input', {
    attrs: {
      type: 'url',
      placeholder: 'https://reports.example',
      'aria-label': 'Report address',
      hidden: true,
    },
  });
  const status = h('p', { class: 'embed-check', attrs: { role: 'status', 'aria-live': 'polite' } });
  let sources: string[] | undefined | null = null;

  const render = () => {
    status.className = 'embed-check';
    if (sources === null) return void (status.textContent = 'Checking what this server allows…');
    const report = place.value === 'file' ? 'file://' : origin.value.trim();
    if (!report) return void (status.textContent = 'Type the address of the report page.');
    let allowed: boolean;
    try {
      allowed = frameAllowed(report, sources, new URL(embedUrl()).origin);
    } catch {
      allowed = false;
    }
    const where = report === 'file://' ? 'a report opened from a file' : report;
    if (allowed) {
      status.classList.add('ok');
      status.textContent = `✓ This server lets ${where} show the embed.`;
      return;
    }
    status.classList.add('warn');
    let fix = '';
    try {
      fix = ` Restart the server with KG_FRAME_ANCESTORS="${frameAncestorsWith(report, sources)}".`;
    } catch {
      fix = ' Check the address (like https://reports.example).';
    }
    status.textContent = `⚠ This server refuses to be framed by ${where}: the embed would stay blank.${fix}`;
  };

  place.addEventListener('change', () => {
    origin.hidden = place.value === 'file';
    render();
  });
  origin.addEventListener('input', render);
  render();
  void fetch(embedUrl(), { method: 'HEAD', credentials: 'same-origin' })
    .then((res) => (sources = frameAncestorsOf(res.headers.get('content-security-policy'))))
    .catch(() => (sources = undefined))
    .finally(render);

  return h('div', { class: 'embed-check-box' }, [
    h('label', { class: 'field-label', text: 'The report opens from' }),
    h('div', { class: 'row' }, [place, origin]),
    status,
  ]);
}
