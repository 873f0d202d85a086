import { describe, expect, it } from 'vitest';
import { ApiClientError } from './api-client';
import { createCurationClient } from './curation-client';

const record = {
  v: 1,
  id: 'c-mf3k2x-4f9a',
  at: '2026-12-08T01:02:03.000Z',
  author: 'ana',
  kind: 'undo',
  target: 'c-mf3k2x-0000',
};
const stats = {
  dialect: 'kuzu',
  documents: 1,
  entities: 2,
  relations: 1,
  evidence: 1,
  entitiesByType: {},
  relationsByType: {},
  dateRange: {},
};

function fakeFetch(
  status: number,
  body: unknown,
  seen: Array<{ url: string; init?: RequestInit }>,
) {
  return async (url: string, init?: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('curation-client', () => {
  it('should POST the correction with who/why and the editor token as a Bearer header', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = [];
    const client = createCurationClient(
      '/api',
      () => 'sekret',
      fakeFetch(201, { record, reingested: 2, stats }, seen),
    );
    const res = await client.correct(
      { kind: 'undo', target: 'c-mf3k2x-0000' },
      { author: 'ana', why: 'oops' },
    );
    expect(res.reingested).toBe(2);
    expect(seen[0].url).toBe('/api/corrections');
    expect(seen[0].init?.method).toBe('POST');
    expect((seen[0].init?.headers as Record<string, string>).authorization).toBe('Bearer sekret');
    expect(JSON.parse(String(seen[0].init?.body))).toEqual({
      kind: 'undo',
      target: 'c-mf3k2x-0000',
      author: 'ana',
      why: 'oops',
    });
    await client.undo('c-a/b');
    expect(seen[1].url).toBe('/api/corrections/c-a%2Fb/undo');
  });

  it.each([
    [401, 'unauthorized', /refused the editor token.*KG_API_TOKEN.*kg start/],
    [403, 'forbidden', /does not accept corrections.*KG_API_TOKEN/],
    [409, 'conflict', /already merged in c-1/],
  ])('should explain HTTP %i', async (status, code, message) => {
    const body = {
      error: { code: status === 409 ? 'conflict' : 'x', message: 'already merged in c-1' },
    };
    const client = createCurationClient('/api', () => undefined, fakeFetch(status, body, []));
    const err = await client.correct({ kind: 'undo', target: 'c-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiClientError);
    expect(err).toMatchObject({ status, code, message: expect.stringMatching(message) });
  });

  it('should not send a token header without a token, and read documents', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = [];
    const client = createCurationClient(
      '/api',
      () => undefined,
      fakeFetch(200, { id: 'd 1', sentences: 1, text: 'Hi.' }, seen),
    );
    expect((await client.document('d 1')).text).toBe('Hi.');
    expect(seen[0].url).toBe('/api/documents/d%201');
  });
});
