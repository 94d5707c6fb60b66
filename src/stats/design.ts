/**
 * Design matrices with named columns, so that estimation errors ("x2 is collinear",
 * "migrant = 1 predicts failure perfectly") and outputs can name variables.
 */

import { fromColumns, type Matrix } from './linalg.ts';

export const INTERCEPT = '(Intercept)';

export interface Design {
  /** Column names, in column order. */
  readonly names: readonly string[];
  readonly x: Matrix;
}

/** Named numeric columns, in the order they should appear. */
export type NamedColumns = ReadonlyArray<readonly [string, ArrayLike<number>]>;

export interface DesignOptions {
  /** Prepend a column of ones named "(Intercept)". Default true. */
  intercept?: boolean;
}

/**
 * Builds a design matrix from named columns. Every value must be finite: drop incomplete
 * rows before estimation (the error says which variable and how many rows).
 * @example designMatrix([['age', age], ...dummies('region', region, { reference: 'Hovedstaden' })])
 */
export function designMatrix(columns: NamedColumns, options: DesignOptions = {}): Design {
  const intercept = options.intercept ?? true;
  const n = columns.length > 0 ? columns[0][1].length : 0;
  const names: string[] = [];
  const data: ArrayLike<number>[] = [];
  if (intercept) {
    if (columns.length === 0) throw new Error('an intercept-only design needs its length: use interceptOnly(n)');
    names.push(INTERCEPT);
    data.push(new Float64Array(n).fill(1));
  }
  for (const [name, values] of columns) {
    if (names.includes(name)) throw new Error(`duplicate column name "${name}"`);
    if (values.length !== n) throw new Error(`column "${name}" has ${values.length} values, expected ${n}`);
    let bad = 0;
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) bad++;
    if (bad > 0) throw new Error(`column "${name}" has ${bad} missing or non-finite values; drop incomplete rows first`);
    names.push(name);
    data.push(values);
  }
  return { names, x: fromColumns(data) };
}

/** A design with only the intercept, for n observations. */
export function interceptOnly(n: number): Design {
  return { names: [INTERCEPT], x: fromColumns([new Float64Array(n).fill(1)]) };
}

export interface DummyOptions {
  /** Level left out (default: the first level in sorted order). */
  reference?: string | number;
  /** Levels in the order wanted (default: sorted distinct values). */
  levels?: readonly (string | number)[];
}

/**
 * Indicator columns for a categorical variable, one per non-reference level, named
 * `name=level` (as Stata's i.var names them `level.var`, but readable without knowing Stata).
 */
export function dummies(name: string, values: ArrayLike<string | number>, options: DummyOptions = {}): [string, Float64Array][] {
  const distinct = options.levels ?? sortedLevels(values);
  const reference = options.reference ?? distinct[0];
  if (!distinct.includes(reference)) throw new Error(`reference level "${reference}" of "${name}" does not occur`);
  const out: [string, Float64Array][] = [];
  for (const level of distinct) {
    if (level === reference) continue;
    const col = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) col[i] = values[i] === level ? 1 : 0;
    out.push([`${name}=${level}`, col]);
  }
  return out;
}

function sortedLevels(values: ArrayLike<string | number>): (string | number)[] {
  const set = new Set<string | number>();
  for (let i = 0; i < values.length; i++) set.add(values[i]);
  return [...set].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
}

/** Element-wise product of two columns (an interaction term). */
export function interact(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  if (a.length !== b.length) throw new Error('interaction of columns of different lengths');
  return Float64Array.from({ length: a.length }, (_, i) => a[i] * b[i]);
}

/** True when some column is a non-zero constant, i.e. the model has an intercept. */
export function hasConstant(x: Matrix): boolean {
  for (let j = 0; j < x.cols; j++) {
    const first = x.data[j * x.rows];
    if (first === 0) continue;
    let constant = true;
    for (let i = 1; i < x.rows && constant; i++) constant = x.data[i + j * x.rows] === first;
    if (constant) return true;
  }
  return false;
}

/** The design restricted to some columns (by index), keeping names. */
export function selectColumns(design: Design, keep: readonly number[]): Design {
  const n = design.x.rows;
  return {
    names: keep.map((j) => design.names[j]),
    x: fromColumns(keep.map((j) => design.x.data.subarray(j * n, (j + 1) * n))),
  };
}
