import type { Controller } from './controller';
import { actorRows, relationRows, type ActorRow, type RelationRow } from './data-rows';
import { createDataTable } from './data-table';
import { h } from './dom';
import { openRelation } from './relation-focus';
import type { Column } from './table-model';

const ACTOR_COLUMNS: ReadonlyArray<Column<ActorRow>> = [
  { key: 'name', label: 'Actor', value: (r) => r.name },
  { key: 'type', label: 'Type', value: (r) => r.type },
  { key: 'degree', label: 'Degree', value: (r) => r.degree, numeric: true },
  { key: 'relations', label: 'Relations shown', value: (r) => r.relations, numeric: true },
  { key: 'evidence', label: 'Evidence', value: (r) => r.evidence, numeric: true },
  { key: 'first', label: 'First', value: (r) => r.firstDate },
  { key: 'last', label: 'Last', value: (r) => r.lastDate },
];

const RELATION_COLUMNS: ReadonlyArray<Column<RelationRow>> = [
  { key: 'source', label: 'Source', value: (r) => r.sourceName },
  { key: 'type', label: 'Relation', value: (r) => r.type },
  { key: 'target', label: 'Target', value: (r) => r.targetName },
  { key: 'evidence', label: 'Evidence', value: (r) => r.evidence, numeric: true },
  { key: 'confidence', label: 'Confidence', value: (r) => r.confidence, numeric: true },
  { key: 'first', label: 'First', value: (r) => r.firstDate },
  { key: 'last', label: 'Last', value: (r) => r.lastDate },
  { key: 'negated', label: 'Negated', value: (r) => r.negated },
];

/**
 * The actors and relations of the loaded graph that the filters leave visible (what the legend
 * and footer count). Opening an actor selects it; a relation opens its evidence.
 */
export function createGraphTables(ctl: Controller, opts: { beforeOpen(): void }) {
  const actors = createDataTable<ActorRow>({
    label: 'Actors',
    columns: ACTOR_COLUMNS,
    sort: 'degree',
    typeOf: (r) => r.type,
    allTypes: 'All types',
    onOpen: (r) => {
      opts.beforeOpen();
      void ctl.select(r.id).catch((e: Error) => ctl.notify(e.message, 'error'));
    },
  });
  const relations = createDataTable<RelationRow>({
    label: 'Relations',
    columns: RELATION_COLUMNS,
    sort: 'evidence',
    typeOf: (r) => r.type,
    allTypes: 'All relations',
    cell: (r, c) =>
      c.key === 'type' ? h('span', { class: r.negated ? 'negated' : '', text: r.type }) : undefined,
    onOpen: (r) => {
      opts.beforeOpen();
      void openRelation(ctl, r.id, r.source).catch((e: Error) => ctl.notify(e.message, 'error'));
    },
  });
  return {
    actors: actors.root,
    relations: relations.root,
    /** Re-read the graph (it or its filters changed). */
    update(): void {
      actors.setRows(actorRows(ctl.graph, ctl.state.visibility));
      relations.setRows(relationRows(ctl.graph, ctl.state.visibility));
    },
  };
}
