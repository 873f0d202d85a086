/**
 * Would the server let a report embed the viewer? Reads the CSP `frame-ancestors` the server
 * actually sends (the Share dialog fetches the embed URL) and matches a report's origin the way
 * browsers do for the sources the server accepts: 'self', 'none', *, a scheme (file:, https:),
 * an origin with an optional `*` port or `*.` host wildcard.
 */

/** The frame-ancestors sources of a CSP header; undefined when it has none (anyone may frame). */
export function frameAncestorsOf(csp: string | null): string[] | undefined {
  if (!csp) return undefined;
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'frame-ancestors') return sources;
  }
  return undefined;
}

/**
 * True when a page at `reportOrigin` (`file://` for a report opened from disk, else an origin
 * such as https://intranet.example) may frame a viewer served from `selfOrigin`.
 */
export function frameAllowed(
  reportOrigin: string,
  sources: string[] | undefined,
  selfOrigin: string,
): boolean {
  if (!sources) return true;
  const report = parseOrigin(reportOrigin);
  if (!report) return false;
  return sources.some((source) => sourceMatches(source, report, selfOrigin));
}

interface Origin {
  scheme: string;
  host: string;
  port: string;
}

function parseOrigin(origin: string): Origin | undefined {
  if (/^file:/i.test(origin)) return { scheme: 'file', host: '', port: '' };
  try {
    const u = new URL(origin);
    const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
    return { scheme: u.protocol.slice(0, -1), host: u.hostname.toLowerCase(), port };
  } catch {
    return undefined;
  }
}

function sourceMatches(source: string, report: Origin, selfOrigin: string): boolean {
  const s = source.toLowerCase();
  if (s === "'none'") return false;
  if (s === "'self'") return sameOrigin(report, parseOrigin(selfOrigin));
  // `*` matches network schemes only, never file: (as in Chromium).
  if (s === '*') return report.scheme === 'http' || report.scheme === 'https';
  const scheme = /^([a-z][a-z0-9+.-]*):$/.exec(s);
  if (scheme)
    return report.scheme === scheme[1] || (scheme[1] === 'http' && report.scheme === 'https');
  const m = /^([a-z]+):\/\/([^:/]+)(?::(\d+|\*))?$/.exec(s);
  if (!m) return false;
  const [, srcScheme, srcHost, srcPort] = m;
  if (srcScheme !== report.scheme) return false;
  const hostOk = srcHost!.startsWith('*.')
    ? report.host.endsWith(srcHost!.slice(1))
    : report.host === srcHost;
  const defaultPort = srcScheme === 'https' ? '443' : '80';
  const portOk = srcPort === '*' || (srcPort ?? defaultPort) === report.port;
  return hostOk && portOk;
}

function sameOrigin(a: Origin, b: Origin | undefined): boolean {
  return !!b && a.scheme === b.scheme && a.host === b.host && a.port === b.port;
}

/** The KG_FRAME_ANCESTORS value that adds `reportOrigin` to the current sources. */
export function frameAncestorsWith(reportOrigin: string, sources: string[] | undefined): string {
  const add = /^file:/i.test(reportOrigin) ? 'file:' : new URL(reportOrigin).origin;
  const list = [...(sources ?? ["'self'"]).filter((s) => s !== "'none'"), add];
  return [...new Set(list)].join(',');
}
