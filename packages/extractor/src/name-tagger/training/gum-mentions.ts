/**
 * GUM CoNLL-U parsing: word lines and the entity layer (`Entity=` in MISC). Each mention is
 * opened by `(id-etype-infstat-salience-centering-minspan-link[-identity]` and closed by `id)`,
 * or both on one word (`(...)`); mentions nest. Identities are Wikipedia titles, %-encoded.
 */
export interface GumWord {
  form: string;
  upos: string;
  /** 0-based index of the governing word in the sentence, -1 for the root */
  head: number;
  deprel: string;
  /** `Number=Plur` in FEATS */
  plural: boolean;
}

export interface GumMention {
  start: number;
  /** exclusive */
  end: number;
  etype: string;
  identity: string | null;
}

export interface GumSentence {
  words: GumWord[];
  mentions: GumMention[];
  text?: string;
}

interface OpenMention {
  id: string;
  start: number;
  etype: string;
  identity: string | null;
}

/** Reads the `Entity=` value of one word: opens (with descriptors) and closing ids, in order. */
function parseEntityField(value: string): Array<{ open: string } | { close: string }> {
  const events: Array<{ open: string } | { close: string }> = [];
  const re = /\(([^()]+)|(\d+)\)/g;
  let pos = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (m[1] !== undefined) {
      events.push({ open: m[1] });
      // '(desc)' closes on the same word
      if (value[re.lastIndex] === ')') {
        events.push({ close: m[1].split('-')[0]! });
        re.lastIndex++;
      }
    } else events.push({ close: m[2]! });
    pos = re.lastIndex;
  }
  if (pos !== value.length) throw new Error(`@kg/extractor/name-tagger: bad GUM Entity=${value}`);
  return events;
}

function openMention(desc: string, start: number): OpenMention {
  const parts = desc.split('-');
  const raw = parts.length > 7 ? parts.slice(7).join('-') : null;
  let identity = raw;
  try {
    identity = raw && decodeURIComponent(raw);
  } catch {
    // keep the encoded form
  }
  return { id: parts[0]!, start, etype: parts[1]!, identity };
}

/** Parses one CoNLL-U file into sentences with their words and mentions. */
export function readGumSentences(content: string): GumSentence[] {
  const sentences: GumSentence[] = [];
  let current: GumSentence = { words: [], mentions: [] };
  let open: OpenMention[] = [];
  const flush = () => {
    if (current.words.length) sentences.push(current);
    current = { words: [], mentions: [] };
    open = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      const m = /^# text = (.*)$/.exec(line);
      if (m) current.text = m[1];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue; // multi-word tokens, empty nodes
    const index = current.words.length;
    current.words.push({
      form: cols[1]!,
      upos: cols[3]!,
      head: Number(cols[6]) - 1,
      deprel: cols[7]!,
      plural: /(?:^|\|)Number=Plur(?:$|\|)/.test(cols[5]!),
    });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9]!);
    if (!entity) continue;
    for (const ev of parseEntityField(entity[1]!)) {
      if ('open' in ev) {
        open.push(openMention(ev.open, index));
        continue;
      }
      const at = open.map((o) => o.id).lastIndexOf(ev.close);
      if (at < 0) continue; // mention opened in an earlier sentence: not used
      const [m] = open.splice(at, 1);
      current.mentions.push({
        start: m!.start,
        end: index + 1,
        etype: m!.etype,
        identity: m!.identity,
      });
    }
  }
  flush();
  return sentences;
}
