/**
 * Runs a TableSpec: each item (and row group) becomes an IndicatorSpec over the table's population
 * with the item's overrides, compiled and run by the one engine (compile.ts, run.ts); the rows are
 * stacked in declared order with the item's code in the `item` key column (and the group's in its
 * column). Also derives the table's disclosure spec, as disclosure-spec.ts does for indicators.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DimensionSpec, DisclosureSpec } from '../disclosure/index.ts';
import { SPLIT_CODES, type ResultRow, type ResultTable, type StandardSplit, type Text } from '../results/types.ts';
import { materializeSql, requiredTables, usedRelations } from './compile.ts';
import { CONCEPTS, RELATIONS } from './concepts.ts';
import { presentRelations, runIndicator } from './run.ts';
import type { IndicatorSpec } from './spec.ts';
import type { TableItem, TableSpec } from './table-spec.ts';

export const ITEM_COLUMN = 'item';

/** One compiled unit of a table: an item, within one row group (if any). */
export interface TablePart {
  item: TableItem;
  group: { column: string; code: string } | null;
  spec: IndicatorSpec;
}

/** The IndicatorSpecs a table runs, in row order (items, and within each item its groups). */
export function tableParts(table: TableSpec): TablePart[] {
  const keys = new Set<string>();
  for (const item of table.items) {
    if (keys.has(item.key)) throw new Error(`${table.id}: item '${item.key}' is declared twice`);
    keys.add(item.key);
  }
  const groups = table.groups?.parts ?? [null];
  return table.items.flatMap((item) => groups.map((g): TablePart => {
    const population = { ...table.population, ...item.population };
    const among = [...(population.among ?? []), ...(g?.among ?? [])];
    return {
      item,
      group: g && table.groups ? { column: table.groups.column, code: g.code } : null,
      spec: {
        id: `${table.id}:${item.key}${g ? `:${g.code}` : ''}`,
        chapter: table.chapter, kind: table.kind, title: table.title, note: table.note, unit: table.unit,
        population: among.length > 0 ? { ...population, among } : population,
        measure: item.measure,
        by: table.by,
        ...(table.needs ? { needs: table.needs } : {}),
      },
    };
  }));
}

/** Contract tables any part of the table reads. */
export function requiredTablesOfTable(table: TableSpec): string[] {
  return [...new Set(tableParts(table).flatMap((p) => requiredTables(p.spec)))].sort();
}

export function itemLabel(item: TableItem): Text {
  return item.label ?? CONCEPTS[item.measure.of].description;
}

function shapeRow(table: TableSpec, part: TablePart, row: ResultRow): ResultRow {
  const keys = { [ITEM_COLUMN]: part.item.key, ...(part.group ? { [part.group.column]: part.group.code } : {}), ...row.keys };
  if (table.show === 'n') return { keys, year: row.year, value: row.n, n: row.n, lower: null, upper: null };
  // a mean among shares (Tab 3.2's birth weight): no numerator, shown as a mean (primary.ts convention)
  if (table.unit === 'share' && part.item.measure.kind === 'mean') return { ...row, keys, extra: { is_mean: 1 } };
  return { ...row, keys };
}

/**
 * Relations computed once and kept as TEMP tables rel_<id> for the connection: the items of a
 * table (and tables after it) read the same relations, which as CTEs would be computed again for
 * every item. Drop them with dropTableRelations when the tables are done.
 */
export interface TableRunContext {
  materialized: Set<string>;
}

export function newTableRunContext(): TableRunContext {
  return { materialized: new Set() };
}

/** Creates the parts' relations (dependencies first) whose contract tables are in the extract. */
async function materializeRelations(conn: DuckDBConnection, parts: readonly TablePart[], ctx: TableRunContext): Promise<void> {
  const wanted = [...new Set(parts.flatMap((p) => usedRelations(p.spec)))].filter((r) => !ctx.materialized.has(r));
  if (wanted.length === 0) return;
  const present = await presentRelations(conn);
  const ready = (r: (typeof wanted)[number]): boolean => RELATIONS[r].needs.every((t) => present.has(t));
  // usedRelations lists dependencies first, so one pass in order suffices
  for (const r of wanted) {
    if (!ready(r)) continue;
    await conn.run(materializeSql(r, ctx.materialized));
    ctx.materialized.add(r);
  }
}

export async function dropTableRelations(conn: DuckDBConnection, ctx: TableRunContext): Promise<void> {
  for (const r of [...ctx.materialized].sort()) await conn.run(`DROP TABLE IF EXISTS rel_${r}`);
  ctx.materialized.clear();
}

export async function runTable(conn: DuckDBConnection, table: TableSpec, ctx?: TableRunContext): Promise<ResultTable> {
  const rows: ResultRow[] = [];
  const notes = new Map<string, Text>();
  const parts = tableParts(table);
  // without a context, the relations live only for this table
  const own = ctx ?? newTableRunContext();
  await materializeRelations(conn, parts, own);
  for (const part of parts) {
    const result = await runIndicator(conn, part.spec, { materialized: own.materialized });
    rows.push(...result.rows.map((r) => shapeRow(table, part, r)));
    // a missing register's note, once per register
    for (const c of result.choices ?? []) if (!(table.choices ?? []).includes(c)) notes.set(c.da, c);
  }
  if (!ctx) await dropTableRelations(conn, own);
  const choices = [...(table.choices ?? []), ...notes.values()];
  return {
    id: table.id, chapter: table.chapter, kind: table.kind, title: table.title, note: table.note, unit: table.unit,
    keyColumns: [ITEM_COLUMN, ...(table.groups ? [table.groups.column] : []), ...table.by],
    rows,
    ...(choices.length > 0 ? { choices } : {}),
    labels: {
      [ITEM_COLUMN]: Object.fromEntries(table.items.map((i) => [i.key, itemLabel(i)])),
      ...(table.groups ? { [table.groups.column]: Object.fromEntries(table.groups.parts.map((p) => [p.code, p.label])) } : {}),
    },
  };
}

function dimension(split: StandardSplit): DimensionSpec {
  if (split === 'area_group') return { column: split, kind: 'nested', levels: [...SPLIT_CODES.area_group] };
  return { column: split, kind: 'partition', parts: [...SPLIT_CODES[split]] };
}

/**
 * The table's disclosure spec. The splits are additive as in every indicator; a row group is a
 * partition (its parts cover the population); items are outcomes over the same persons
 * ('measure': shared n, own numerators) or separate populations ('label': never linked). A table
 * and its Bilag table of cell counts name one universe, so a cell withheld in one is withheld in
 * the other.
 */
export function tableDisclosureSpec(table: TableSpec): DisclosureSpec {
  const dimensions: DimensionSpec[] = [
    { column: ITEM_COLUMN, kind: table.itemsShare === 'persons' ? 'measure' : 'label' },
    ...(table.groups ? [{ column: table.groups.column, kind: 'partition' as const, parts: table.groups.parts.map((p) => p.code) }] : []),
    ...table.by.map(dimension),
  ];
  return { id: table.id, universe: `table:${table.universe ?? table.id}`, dimensions };
}
