/**
 * The single disclosure pass: every ResultTable goes through here before any writer sees it.
 *
 * 1. Primary: each row is judged on its own (see primary.ts for what engines must provide:
 *    persons in `n`, a share's numerator persons in `extra.count`).
 * 2. Hidden differences (differences.ts) are judged by the same rules: a nested area group minus
 *    the next smaller one, a total minus the parts of a non-exhaustive partition.
 * 3. Secondary: rows of exhibits with an additive spec are grouped into blocks (one universe, one
 *    year, one combination of label values). In each block holding something to protect, the rows
 *    are offered to Gaussian elimination largest n first, so the smallest cells are the ones withheld,
 *    ties broken by exhibit id and then row position: the outcome does not depend on table order.
 * 4. A suppressed row keeps its keys and year; value, n, lower, upper and every extra become null.
 *
 * An exhibit without a spec gets primary suppression only; an exempt spec passes its exhibit through.
 */
import type { ResultRow, ResultTable, Suppression } from '../results/types.ts';
import { gaussSuppress, type SparseVector } from './gauss.ts';
import { differenceRow, differencesOf } from './differences.ts';
import { BlockModel, blockKey, buildUniverses, checkSpecCoversTable, type RowVectors, type Universe } from './model.ts';
import { numeratorCount, primaryVerdict, type Protected } from './primary.ts';
import { resolveRules, type DisclosureRules } from './rules.ts';
import { isExempt, type AdditiveSpec, type DisclosureSpec } from './spec.ts';

export interface DisclosureSummary {
  id: string;
  primary: number;
  secondary: number;
}

export interface DisclosureResult {
  tables: ResultTable[];
  summary: DisclosureSummary[];
}

/** A row's place in the input (table and row positions), and whether it is primary suppressed. */
interface BlockMember {
  table: number;
  row: number;
  primary: boolean;
}

/** A number to keep undeterminable: row `plus` of a table, minus rows `minus` (a hidden difference). */
interface ProtectedCell {
  table: number;
  plus: number;
  minus: number[];
  protect: Protected[];
}

/** Rows that are sums over one grid of inner cells: one universe, one year, one set of label values. */
interface Block {
  universe: Universe;
  members: BlockMember[];
  protect: ProtectedCell[];
}

/**
 * Applies primary and secondary suppression to all tables at once (cells of different exhibits
 * can be totals of one another). Input tables are not modified.
 *
 * @example
 * const { tables, summary } = applyDisclosure(results, DISCLOSURE_SPECS);
 * const strict = applyDisclosure(results, DISCLOSURE_SPECS, { minCell: 10 });
 */
export function applyDisclosure(tables: ResultTable[], specs: DisclosureSpec[], rules?: Partial<DisclosureRules>): DisclosureResult {
  const resolved = resolveRules(rules);
  const specById = indexSpecs(specs);
  const universes = buildUniverses(specs.filter((s): s is AdditiveSpec => !isExempt(s)));

  const marks = tables.map((t) => new Array<Suppression | undefined>(t.rows.length));
  const blocks = new Map<string, Block>();

  tables.forEach((table, t) => {
    const spec = specById.get(table.id);
    if (spec !== undefined && isExempt(spec)) return;
    const linked = spec === undefined ? undefined : { spec, universe: universes.get(spec.universe)! };
    if (linked !== undefined) checkSpecCoversTable(linked.spec, table);
    const blockOf = new Array<Block | undefined>(table.rows.length);

    table.rows.forEach((row, r) => {
      const verdict = primaryVerdict(row, table.unit, resolved, table.id);
      if (verdict !== null) marks[t][r] = 'primary';
      if (linked === undefined) return;
      const key = blockKey(linked.universe, linked.spec, row);
      let block = blocks.get(key);
      if (block === undefined) {
        block = { universe: linked.universe, members: [], protect: [] };
        blocks.set(key, block);
      }
      blockOf[r] = block;
      block.members.push({ table: t, row: r, primary: verdict !== null });
      if (verdict !== null && verdict.protect.length > 0) block.protect.push({ table: t, plus: r, minus: [], protect: verdict.protect });
    });

    if (linked === undefined || !resolved.differences) return;
    for (const difference of differencesOf(table, linked.spec)) {
      const row = differenceRow(table.rows, difference);
      const verdict = row === null ? null : primaryVerdict(row, table.unit, resolved, table.id);
      if (verdict !== null) blockOf[difference.plus]!.protect.push({ table: t, ...difference, protect: verdict.protect });
    }
  });

  for (const block of blocks.values()) {
    if (block.protect.length === 0) continue;
    for (const ref of secondaryIn(block, tables, specById)) marks[ref.table][ref.row] = 'secondary';
  }

  return {
    tables: tables.map((table, t) => ({ ...table, rows: table.rows.map((row, r) => applyMark(row, marks[t][r])) })),
    summary: tables.map((table, t) => ({
      id: table.id,
      primary: marks[t].filter((m) => m === 'primary').length,
      secondary: marks[t].filter((m) => m === 'secondary').length,
    })),
  };
}

function indexSpecs(specs: readonly DisclosureSpec[]): Map<string, DisclosureSpec> {
  const byId = new Map<string, DisclosureSpec>();
  for (const spec of specs) {
    if (byId.has(spec.id)) throw new Error(`disclosure: two specs for ${spec.id}`);
    byId.set(spec.id, spec);
  }
  return byId;
}

/** Runs Gaussian elimination over one block; returns the rows to withhold. */
function secondaryIn(block: Block, tables: readonly ResultTable[], specById: ReadonlyMap<string, DisclosureSpec>): BlockMember[] {
  const model = new BlockModel(block.universe);
  const vectorsOf = (table: number, row: number): RowVectors => {
    const t = tables[table];
    return model.vectors(specById.get(t.id) as AdditiveSpec, t.rows[row], numeratorCount(t.rows[row], t.unit));
  };

  const protect: SparseVector[] = [];
  for (const cell of block.protect) {
    const plus = vectorsOf(cell.table, cell.plus);
    const minus = cell.minus.map((m) => vectorsOf(cell.table, m));
    for (const what of cell.protect) {
      const v = combine(plus[what], minus.map((m) => m[what]));
      if (v !== null) protect.push(v);
    }
  }

  const candidates: { member: BlockMember; weight: number; vectors: SparseVector[] }[] = [];
  for (const member of block.members) {
    if (member.primary) continue;
    const { n, count } = vectorsOf(member.table, member.row);
    const vectors = [n, count].filter((v): v is SparseVector => v !== null);
    if (vectors.length > 0) candidates.push({ member, weight: tables[member.table].rows[member.row].n ?? 0, vectors });
  }
  // Largest first, so the smallest cells are the ones left to withhold.
  candidates.sort(
    (a, b) =>
      b.weight - a.weight ||
      compareStrings(tables[a.member.table].id, tables[b.member.table].id) ||
      a.member.table - b.member.table ||
      a.member.row - b.member.row,
  );
  const withheld = gaussSuppress({ candidates: candidates.map((c) => c.vectors), protect });
  return withheld.map((i) => candidates[i].member);
}

/** plus − Σ minus, or null if any term is missing. */
function combine(plus: SparseVector | null, minus: readonly (SparseVector | null)[]): SparseVector | null {
  if (plus === null || minus.some((m) => m === null)) return null;
  const out = new Map(plus);
  for (const m of minus) {
    for (const [i, x] of m!) {
      const y = (out.get(i) ?? 0) - x;
      if (y === 0) out.delete(i);
      else out.set(i, y);
    }
  }
  return out;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function applyMark(row: ResultRow, mark: Suppression | undefined): ResultRow {
  if (mark === undefined) return row;
  const suppressed: ResultRow = { keys: { ...row.keys }, year: row.year, value: null, n: null, lower: null, upper: null, suppressed: mark };
  if (row.extra !== undefined) suppressed.extra = Object.fromEntries(Object.keys(row.extra).map((k) => [k, null]));
  return suppressed;
}
