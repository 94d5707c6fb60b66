/**
 * The linear model behind secondary suppression: turns result rows into vectors over inner cells.
 *
 * For one universe, one year and one combination of label values (a "block"), the inner cells are
 * the product of the universe's additive dimensions (partition, nested, outcome). Unknowns are the
 * persons in each inner cell, plus, for each yes/no measure, the persons with the outcome in each
 * inner cell (a separate layer of unknowns; n and numerators are otherwise unrelated unknowns,
 * which is exactly their freedom: only n − count links them, and that is derived, not a relation).
 * A row's n is the sum of the persons over the inner cells its keys select; a share's count is the
 * sum of the measure layer over the same cells, or, for a categorical outcome, the persons in the
 * row's own category.
 */
import type { ResultRow, ResultTable } from '../results/types.ts';
import type { SparseVector } from './gauss.ts';
import type { AdditiveSpec, DimensionSpec } from './spec.ts';

/** An additive dimension laid out as inner codes; `select` maps a published code to inner codes. */
interface GridDimension {
  column: string;
  outcome: boolean;
  size: number;
  /** Every inner code: what a row that does not split by this column covers. */
  all: readonly number[];
  select: ReadonlyMap<string, readonly number[]>;
}

export interface Universe {
  name: string;
  /** Sorted by column, so that the grid does not depend on the order of the specs. */
  grid: readonly GridDimension[];
  labels: readonly string[];
  measureColumns: ReadonlySet<string>;
  /** Number of inner cells in one layer. */
  cells: number;
}

export interface RowVectors {
  n: SparseVector | null;
  count: SparseVector | null;
  complement: SparseVector | null;
}

function describe(d: DimensionSpec): string {
  return JSON.stringify(d, ['column', 'kind', 'parts', 'total', 'exhaustive', 'levels']);
}

function gridDimension(d: DimensionSpec): GridDimension | null {
  const select = new Map<string, number[]>();
  switch (d.kind) {
    case 'partition':
    case 'outcome': {
      d.parts.forEach((part, i) => select.set(part, [i]));
      // A non-exhaustive partition has a hidden rest part, which only the total covers.
      const size = d.parts.length + (d.exhaustive === false ? 1 : 0);
      if (d.total !== undefined) select.set(d.total, range(size));
      return { column: d.column, outcome: d.kind === 'outcome', size, all: range(size), select };
    }
    case 'nested':
      // Inner code i is level i minus level i − 1; level i is the union of inner codes 0..i.
      d.levels.forEach((level, i) => select.set(level, range(i + 1)));
      return { column: d.column, outcome: false, size: d.levels.length, all: range(d.levels.length), select };
    case 'measure':
    case 'label':
      return null;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Merges the specs of each universe, insisting that a column shared by exhibits means the same thing. */
export function buildUniverses(specs: readonly AdditiveSpec[]): Map<string, Universe> {
  const declared = new Map<string, Map<string, DimensionSpec>>();
  for (const spec of specs) {
    const columns = declared.get(spec.universe) ?? new Map<string, DimensionSpec>();
    declared.set(spec.universe, columns);
    const own = new Set<string>();
    let outcomes = 0;
    for (const d of spec.dimensions) {
      if (own.has(d.column)) throw new Error(`disclosure: ${spec.id}: column ${d.column} is declared twice`);
      own.add(d.column);
      if (d.kind === 'outcome') outcomes++;
      const codes = d.kind === 'nested' ? d.levels : d.kind === 'partition' || d.kind === 'outcome' ? [...d.parts, ...(d.total === undefined ? [] : [d.total])] : [];
      if (new Set(codes).size !== codes.length) throw new Error(`disclosure: ${spec.id}: column ${d.column} repeats a code`);
      const earlier = columns.get(d.column);
      if (earlier !== undefined && describe(earlier) !== describe(d)) {
        throw new Error(`disclosure: ${spec.id}: column ${d.column} is declared differently elsewhere in universe ${spec.universe}`);
      }
      columns.set(d.column, d);
    }
    if (outcomes > 1) throw new Error(`disclosure: ${spec.id}: at most one outcome column per exhibit`);
    for (const column of Object.keys(spec.fixed ?? {})) {
      if (!own.has(column)) throw new Error(`disclosure: ${spec.id}: fixed column ${column} is not declared`);
    }
  }

  const universes = new Map<string, Universe>();
  for (const [name, columns] of declared) {
    const sorted = [...columns.values()].sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
    const grid = sorted.map(gridDimension).filter((g): g is GridDimension => g !== null);
    universes.set(name, {
      name,
      grid,
      labels: sorted.filter((d) => d.kind === 'label').map((d) => d.column),
      measureColumns: new Set(sorted.filter((d) => d.kind === 'measure').map((d) => d.column)),
      cells: grid.reduce((product, g) => product * g.size, 1),
    });
  }
  return universes;
}

/** Throws unless every key column of the table is declared by its spec. */
export function checkSpecCoversTable(spec: AdditiveSpec, table: ResultTable): void {
  const declared = new Set(spec.dimensions.map((d) => d.column));
  for (const column of table.keyColumns) {
    if (!declared.has(column)) throw new Error(`disclosure: ${spec.id}: key column ${column} is not declared in its spec`);
  }
}

/** The row's keys with the spec's fixed keys filled in where the row has none. */
function keysOf(spec: AdditiveSpec, row: ResultRow): Record<string, string> {
  return { ...spec.fixed, ...row.keys };
}

/** Rows with the same block key are sums over the same inner cells; other rows are unrelated. */
export function blockKey(universe: Universe, spec: AdditiveSpec, row: ResultRow): string {
  const keys = keysOf(spec, row);
  return JSON.stringify([universe.name, row.year, ...universe.labels.map((c) => keys[c] ?? null)]);
}

/** Builds the vectors of a block's rows; layers (one per measure) are numbered as first met. */
export class BlockModel {
  private readonly layers = new Map<string, number>();

  constructor(private readonly universe: Universe) {}

  vectors(spec: AdditiveSpec, row: ResultRow, count: number | null): RowVectors {
    const keys = keysOf(spec, row);
    const ownColumns = new Set(spec.dimensions.map((d) => d.column));
    const subsets: (readonly number[])[] = [];
    const countSubsets: (readonly number[])[] = [];
    let outcomeColumn = false;
    for (const g of this.universe.grid) {
      const code = ownColumns.has(g.column) ? keys[g.column] : undefined;
      const all = g.all;
      if (code === undefined) {
        subsets.push(all);
        countSubsets.push(all);
        continue;
      }
      const selected = g.select.get(code);
      if (selected === undefined) throw new Error(`disclosure: ${spec.id}: column ${g.column} has a code its spec does not declare`);
      outcomeColumn ||= g.outcome;
      subsets.push(g.outcome ? all : selected);
      countSubsets.push(selected);
    }

    const n = row.n === null ? null : this.cells(subsets, 0);
    let countVector: SparseVector | null = null;
    if (count !== null) {
      // A categorical outcome's count is persons in the category; otherwise a measure layer's sum.
      countVector = outcomeColumn ? this.cells(countSubsets, 0) : this.cells(subsets, this.layer(this.measureOf(spec, keys)));
    }
    let complement: SparseVector | null = null;
    if (n !== null && countVector !== null) {
      const difference = new Map(n);
      for (const [i, x] of countVector) {
        const y = (difference.get(i) ?? 0) - x;
        if (y === 0) difference.delete(i);
        else difference.set(i, y);
      }
      complement = difference;
    }
    return { n, count: countVector, complement };
  }

  private measureOf(spec: AdditiveSpec, keys: Record<string, string>): string {
    for (const d of spec.dimensions) {
      if (d.kind === 'measure') {
        const value = keys[d.column];
        if (value === undefined) throw new Error(`disclosure: ${spec.id}: a row lacks its measure column ${d.column}`);
        return `${d.column}=${value}`;
      }
    }
    return spec.measure ?? spec.id;
  }

  private layer(measure: string): number {
    let index = this.layers.get(measure);
    if (index === undefined) {
      index = this.layers.size + 1;
      this.layers.set(measure, index);
    }
    return index;
  }

  /** The 0/1 vector of the product of the subsets, in the given layer. */
  private cells(subsets: readonly (readonly number[])[], layer: number): SparseVector {
    let indices = [layer * this.universe.cells];
    let stride = this.universe.cells;
    subsets.forEach((subset, d) => {
      stride /= this.universe.grid[d].size;
      const next: number[] = [];
      for (const base of indices) for (const code of subset) next.push(base + code * stride);
      indices = next;
    });
    return new Map(indices.map((i) => [i, 1]));
  }
}
