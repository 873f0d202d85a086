/** True for code points XML 1.0 cannot carry: C0 controls except tab/LF/CR, surrogates, U+FFFE/F. */
function invalidInXml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/** Escapes text for element content and double-quoted attributes; drops unrepresentable characters. */
export function xmlEscape(value: string): string {
  let out = '';
  // for...of walks code points, so valid surrogate pairs arrive whole and lone ones alone.
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch.length === 1 && invalidInXml(code)) continue;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (ch === '\r') out += '&#13;';
    else if (ch === '\n') out += '&#10;';
    else if (ch === '\t') out += '&#9;';
    else out += ch;
  }
  return out;
}
