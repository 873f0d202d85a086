import { describe, expect, it } from 'vitest';
import { intake } from '../01-intake/intake';
import { createNlp } from './nlp';
import { segment } from './segment';

const nlp = createNlp();

describe('segment', () => {
  describe('#segment', () => {
    it('should give tokens whose offsets index the original text, header excluded', () => {
      const text =
        ' date 2022-04-07 Belarus’s “leader” met Putin.\n\n"We agree," he said. Next one…  ok';
      const doc = segment(intake({ text }), nlp);
      for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(doc.tokens[0]!.text).toBe('Belarus');
      expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
      for (const s of doc.sentences)
        expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    });

    it('should mark quoted tokens and lemmas', () => {
      const doc = segment(intake({ text: 'He said: "We were helping them." They agreed.' }), nlp);
      const we = doc.tokens.find((t) => t.text === 'We')!;
      const they = doc.tokens.find((t) => t.text === 'They')!;
      expect(we.quoted).toBe(true);
      expect(they.quoted).toBe(false);
      expect(doc.tokens.find((t) => t.text === 'helping')!.lemma).toBe('help');
    });

    it('should give every token a lemma, even where wink has none', () => {
      // wink-nlp returns no lemma for the parts of a sentence-final "cannot"
      for (const text of ['They cannot.', 'Can they? They cannot!', 'We cannot, they said.']) {
        const doc = segment(intake({ text }), nlp);
        for (const t of doc.tokens) expect(typeof t.lemma, `${t.text} in ${text}`).toBe('string');
      }
    });
  });
});
