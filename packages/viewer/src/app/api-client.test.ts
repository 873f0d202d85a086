import { describe, expect, it } from 'vitest';
import { ApiClientError, createApiClient, toQueryString } from './api-client';

function fakeFetch(status: number, body: unknown, seen: string[] = []) {
  return async (url: string) => {
    seen.push(url);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  };
}

const node = { id: 'BLR', name: 'Belarus', type: 'Country', aliases: [] };

describe('api-client', () => {
  describe('#toQueryString', () => {
    it('should skip empty values and join lists', () => {
      expect(
        toQueryString({
          limit: 5,
          types: ['Person', 'Country'],
          relationTypes: [],
          minConfidence: 0,
        }),
      ).toBe('?limit=5&types=Person%2CCountry');
      expect(toQueryString({})).toBe('');
    });
  });

  describe('#createApiClient', () => {
    it('should return validated data and call the right URL', async () => {
      const seen: string[] = [];
      const client = createApiClient('/api', fakeFetch(200, { nodes: [node], edges: [] }, seen));
      const sub = await client.subgraph({ limit: 500 });
      expect(sub.nodes[0].name).toBe('Belarus');
      expect(sub.omittedNodes).toBe(0);
      expect(seen).toEqual(['/api/subgraph?limit=500']);
    });

    it('should surface the server error code and message', async () => {
      const client = createApiClient(
        '/api',
        fakeFetch(404, { error: { code: 'not_found', message: 'no entity X' } }),
      );
      const err = await client.entity('X').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiClientError);
      expect((err as ApiClientError).code).toBe('not_found');
      expect((err as ApiClientError).status).toBe(404);
      expect((err as Error).message).toContain('no entity X');
    });

    it('should reject a response that breaks the schema, naming the field', async () => {
      const client = createApiClient(
        '/api',
        fakeFetch(200, { nodes: [{ ...node, type: 'Planet' }], edges: [] }),
      );
      const err = await client.subgraph().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiClientError);
      expect((err as ApiClientError).code).toBe('bad_response');
      expect((err as Error).message).toContain('nodes.0.type');
    });

    it('should reject a non-JSON body', async () => {
      const client = createApiClient('/api', fakeFetch(502, '<html>Bad gateway</html>'));
      await expect(client.stats()).rejects.toThrow(/not JSON/);
    });

    it('should report network failures', async () => {
      const client = createApiClient('/api', async () => {
        throw new Error('connection refused');
      });
      await expect(client.search('bel')).rejects.toMatchObject({ code: 'network' });
    });

    it('should POST Cypher queries as JSON', async () => {
      let init: RequestInit | undefined;
      const client = createApiClient('/api', async (_url, i) => {
        init = i;
        const body = {
          columns: ['n'],
          rows: [],
          truncated: false,
          dialect: 'kuzu',
          nodes: [],
          edges: [],
          elapsedMs: 1,
        };
        return new Response(JSON.stringify(body), { status: 200 });
      });
      const result = await client.cypher('MATCH (n) RETURN n');
      expect(result.dialect).toBe('kuzu');
      expect(init?.method).toBe('POST');
      expect(JSON.parse(String(init?.body))).toEqual({ query: 'MATCH (n) RETURN n' });
    });
  });
});
