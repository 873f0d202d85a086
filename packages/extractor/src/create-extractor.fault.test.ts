import { describe, expect, it, vi } from 'vitest';
import { createExtractor } from './create-extractor';

// a stage that throws on one document (a bug) must not take its batch down with it
vi.mock('./stages/04-resolve/resolve', async (importActual) => {
  const actual = await importActual<typeof import('./stages/04-resolve/resolve')>();
  return {
    ...actual,
    resolve: (...args: Parameters<typeof actual.resolve>) => {
      if (args[0].text.includes('TRIGGER-FAULT')) throw new TypeError('boom');
      return actual.resolve(...args);
    },
  };
});

describe('createExtractor with a failing stage', () => {
  it('should skip the document a stage threw on, name it and the stage, and keep the batch', () => {
    const { result, failures } = createExtractor().extract([
      { id: 'a', text: 'France imposed sanctions on Russia.', origin: 'a.txt' },
      { id: 'b', text: 'TRIGGER-FAULT Germany criticized Iran.', origin: 'b.txt' },
      { id: 'c', text: 'Japan supported Ukraine.', origin: 'c.txt' },
    ]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.origin).toBe('b.txt');
    expect(failures[0]!.message).toMatch(/^@kg\/extractor\/resolve: internal error.*boom/);
    expect(result.documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(result.relations.length).toBeGreaterThanOrEqual(2);
  });
});
