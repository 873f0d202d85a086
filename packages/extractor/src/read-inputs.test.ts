import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentId } from './stages/01-intake/intake';
import { readInputs, streamInputs } from './read-inputs';

describe('read-inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a.txt'), 'Russia attacked Ukraine.');
    writeFileSync(join(dir, 'nested', 'b.md'), '# Title\n\nThe **EU** met China.');
    writeFileSync(join(dir, 'nested', 'c.html'), '<p>Hello &amp; bye</p>');
    writeFileSync(join(dir, 'ignored.csv'), 'x,y');
    writeFileSync(
      join(dir, 'batch.jsonl'),
      [
        '{"id":"d1","text":"One.","date":"2022-01-02"}',
        '{not json',
        '',
        '{"title":"no text"}',
        '{"text":"Two."}',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([65, 0, 66]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  });

  describe('#readInputs', () => {
    it('should read folders recursively and keep going past bad files and lines', async () => {
      const { inputs, failures } = await readInputs([dir]);
      expect(inputs.map((i) => i.text).sort()).toEqual(
        [
          '# Title\n\nThe **EU** met China.',
          '<p>Hello &amp; bye</p>',
          'One.',
          'Russia attacked Ukraine.',
          'Two.',
        ].sort(),
      );
      const origins = failures.map((f) => f.origin.replace(dir, ''));
      expect(origins).toEqual(
        expect.arrayContaining([
          '/batch.jsonl:2',
          '/batch.jsonl:4',
          '/empty.txt',
          '/binary.txt',
          '/latin1.txt',
        ]),
      );
      expect(failures.every((f) => f.message.startsWith('@kg/extractor/read-inputs: '))).toBe(true);
      expect(failures.find((f) => f.origin.endsWith('latin1.txt'))?.message).toMatch(/UTF-8/);
      expect(failures.find((f) => f.origin.endsWith('binary.txt'))?.message).toMatch(/NUL/);
    });

    it('should take JSONL ids and fields and name formats by extension', async () => {
      const { inputs } = await readInputs([dir]);
      const d1 = inputs.find((i) => i.id === 'd1');
      expect(d1).toMatchObject({
        text: 'One.',
        date: '2022-01-02',
        origin: expect.stringMatching(/batch\.jsonl:1$/),
      });
      expect(inputs.find((i) => i.origin?.endsWith('b.md'))?.format).toBe('markdown');
      expect(inputs.find((i) => i.origin?.endsWith('c.html'))?.format).toBe('html');
      expect(inputs.some((i) => i.origin?.endsWith('.csv'))).toBe(false);
    });

    it('should apply options.id to a single document and options.date to undated ones', async () => {
      const { inputs } = await readInputs([join(dir, 'a.txt')], { id: 'mine', date: '2022-04-07' });
      expect(inputs).toEqual([expect.objectContaining({ id: 'mine', date: '2022-04-07' })]);
    });

    it('should leave a page undated for its own date to win over options.date', async () => {
      const { inputs } = await readInputs([join(dir, 'nested', 'c.html'), join(dir, 'a.txt')], {
        date: '2022-04-07',
      });
      expect(inputs.map((i) => i.date)).toEqual([undefined, '2022-04-07']);
    });

    it('should refuse files over the size limit and missing paths', async () => {
      const { failures } = await readInputs([join(dir, 'a.txt'), join(dir, 'nope.txt')], {
        maxFileBytes: 5,
      });
      expect(failures.map((f) => f.message)).toEqual([
        expect.stringMatching(/over the 5-byte limit/),
        expect.stringMatching(/no such file/),
      ]);
    });
  });

  describe('#streamInputs', () => {
    it('should yield one unit per file in the order of readInputs', async () => {
      const all = await readInputs([dir]);
      const units = [];
      for await (const unit of streamInputs([dir])) units.push(unit);
      expect(units.length).toBeGreaterThan(5);
      expect(units.flatMap((u) => u.inputs)).toEqual(all.inputs);
      expect(units.flatMap((u) => u.failures)).toEqual(all.failures);
    });

    it('should read a file only when the next unit is asked for', async () => {
      const lazy = mkdtempSync(join(tmpdir(), 'kg-lazy-'));
      writeFileSync(join(lazy, 'a.txt'), 'Russia attacked Ukraine.');
      writeFileSync(join(lazy, 'b.txt'), 'China met India.');
      const it = streamInputs([lazy]);
      expect((await it.next()).value?.inputs[0]?.text).toBe('Russia attacked Ukraine.');
      writeFileSync(join(lazy, 'b.txt'), 'France met Spain.'); // changed before it is read
      expect((await it.next()).value?.inputs[0]?.text).toBe('France met Spain.');
      expect((await it.next()).done).toBe(true);
    });

    it('should name a missing path as a failure and go on with the next path', async () => {
      const units = [];
      for await (const unit of streamInputs([join(dir, 'nope'), join(dir, 'a.txt')]))
        units.push(unit);
      expect(units[0]?.failures[0]?.message).toMatch(/no such file or folder/);
      expect(units[1]?.inputs[0]?.text).toBe('Russia attacked Ukraine.');
    });
  });

  describe('feeds', () => {
    it('should read a feed file into one document per item, by content as well as extension', async () => {
      const feedDir = mkdtempSync(join(tmpdir(), 'kg-feed-'));
      const rss = readFileSync(new URL('./reader/fixtures/world-news.rss', import.meta.url));
      writeFileSync(join(feedDir, 'world.xml'), rss);
      writeFileSync(join(feedDir, 'saved-feed.txt'), rss);
      writeFileSync(join(feedDir, 'notes.xml'), '<notes><n>hi</n></notes>');
      const { inputs, failures } = await readInputs([feedDir]);
      expect(inputs.map((i) => i.title)).toEqual([
        'EU adopts new sanctions on Russia',
        'Talks in Istanbul',
        'EU adopts new sanctions on Russia',
        'Talks in Istanbul',
      ]);
      expect(failures.map((f) => f.origin.replace(feedDir, ''))).toEqual([
        '/notes.xml',
        '/saved-feed.txt item 3 (https://news.example.org/world/empty)',
        '/world.xml item 3 (https://news.example.org/world/empty)',
      ]);
      expect(failures[0]?.message).toMatch(/not an RSS or Atom feed/);
    });
  });

  describe('#contentId', () => {
    it('should be the first 16 hex chars of the sha256 of the text', () => {
      expect(contentId('abc')).toBe('ba7816bf8f01cfea');
    });
  });
});
