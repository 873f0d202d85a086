import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseLogLine } from './log-line';

const Schema = z.object({ v: z.literal(1), id: z.string() });

describe('parseLogLine', () => {
  it.each([
    ['{"v":1,"id":"a"}', { value: { v: 1, id: 'a' } }],
    ['   ', undefined],
    ['{"v":1,', { warning: expect.stringMatching(/^log:3: not JSON \(.+\): skipped$/) }],
    [
      '{"v":2,"id":"a"}',
      { warning: expect.stringMatching(/^log:3: not an entry at v: .+: skipped$/) },
    ],
    ['[]', { warning: expect.stringMatching(/^log:3: not an entry: .+: skipped$/) }],
  ])('should read %j', (text, expected) => {
    expect(parseLogLine(text, Schema, 'log:3', 'an entry')).toEqual(expected);
  });
});
