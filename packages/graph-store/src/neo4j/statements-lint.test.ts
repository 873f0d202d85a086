import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '@kg/schema';
import { createLintSchema, type LintDbSchema } from './lint-schema';
import { BAND_LABEL, COPY_OF_TYPE, IN_BAND_TYPE } from './syndication-statements';

const SYNDICATION_NAMES = [BAND_LABEL, IN_BAND_TYPE, COPY_OF_TYPE];
import {
  MAX_PATH_HOPS,
  allStatements,
  entityLabel,
  mergeRelations,
  relationType,
  shortestPaths,
} from './statements';

type Diagnostic = { message: string; severity?: number };
type Lint = (
  query: string,
  schema: LintDbSchema,
  options?: { consoleCommandsEnabled?: boolean },
) => { diagnostics: Diagnostic[] };

const ERROR = 1;
/** Warnings that mean a typo in our own statements (unknown label, type or property). */
const NOT_PRESENT = / is not present in the database/;

let lint: Lint;
let schema: LintDbSchema;

beforeAll(async () => {
  const ls = await import('@neo4j-cypher/language-support');
  lint = ls.lintCypherQuery as unknown as Lint;
  schema = createLintSchema(ls.testData.mockSchema);
});

function check(cypher: string) {
  const { diagnostics } = lint(cypher, schema, { consoleCommandsEnabled: false });
  return {
    errors: diagnostics.filter((d) => d.severity === ERROR).map((d) => d.message),
    warnings: diagnostics.filter((d) => d.severity !== ERROR).map((d) => d.message),
  };
}

const statements = allStatements();

describe('neo4j/statements', () => {
  describe('#allStatements', () => {
    it('should enumerate every label, relationship type and hop variant', () => {
      const names = statements.map((s) => s.name);
      for (const t of ENTITY_TYPES) expect(names).toContain(`upsertEntities(${t})`);
      for (const t of RELATION_TYPES) {
        expect(names).toContain(`mergeRelations(${t})`);
        expect(names).toContain(`recomputeRelations(${t})`);
      }
      for (let h = 1; h <= MAX_PATH_HOPS; h++) expect(names).toContain(`shortestPaths(${h})`);
      expect(new Set(names).size).toBe(names.length);
    });
  });

  describe('#lintCypherQuery (Neo4j language support, offline)', () => {
    const warnings: string[] = [];

    it.each(statements.map((s) => [s.name, s.cypher]))(
      'should lint %s without errors',
      (name, cypher) => {
        const result = check(cypher);
        expect(result.errors, `${name}:\n${cypher}`).toEqual([]);
        expect(
          result.warnings.filter((w) => NOT_PRESENT.test(w)),
          name,
        ).toEqual([]);
        warnings.push(...result.warnings.map((w) => `${name}: ${w}`));
      },
    );

    it('should list the remaining warnings', () => {
      if (warnings.length > 0)
        console.info(`Neo4j lint warnings (${warnings.length}):\n${warnings.join('\n')}`);
      expect(Array.isArray(warnings)).toBe(true);
    });

    it.each([
      ['a misspelt keyword', mergeRelations('SANCTIONS').replace('MERGE', 'MERGEE')],
      ['an undeclared parameter', 'MATCH (e:Entity {id: $idd}) RETURN e'],
      ['an unknown function', 'MATCH (e:Entity) RETURN toLowerr(e.name)'],
      ['an unbound variable', 'MATCH (e:Entity) RETURN x.name'],
      ['a parameter as a label', 'MATCH (e:$label) RETURN e.name'],
    ])('should report an error for %s', (_what, cypher) => {
      expect(check(cypher).errors.length).toBeGreaterThan(0);
    });

    it('should warn about a misspelt property key', () => {
      const { warnings: w } = check('MATCH (e:Entity) RETURN e.nmae');
      expect(w.some((m) => NOT_PRESENT.test(m))).toBe(true);
    });
  });

  describe('#entityLabel / #relationType', () => {
    it.each(['Person) DETACH DELETE (x', 'person', 'Entity', '', 'MENTIONS'])(
      'should refuse %j as a label or type',
      (value) => {
        expect(() => entityLabel(value)).toThrow(/unknown entity type/);
        expect(() => relationType(value)).toThrow(/unknown relation type/);
      },
    );

    it('should refuse hop counts outside 1..MAX_PATH_HOPS', () => {
      for (const h of [0, MAX_PATH_HOPS + 1, 1.5, Number.NaN])
        expect(() => shortestPaths(h)).toThrow(/maxHops/);
    });

    it('should never interpolate anything but schema enums into statements', () => {
      const words = new Set([...ENTITY_TYPES, ...RELATION_TYPES, ...MODALITIES]);
      for (const { cypher } of statements) {
        for (const m of cypher.matchAll(/[:|]([A-Z][A-Za-z_]+)/g)) {
          expect(
            words.has(m[1] as never) ||
              ['Entity', 'Document', 'Evidence', 'MENTIONS', ...SYNDICATION_NAMES].includes(m[1]),
          ).toBe(true);
        }
      }
    });
  });
});
