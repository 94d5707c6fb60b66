/**
 * Proof-style checks on random tables: after disclosure control, no suppressed number can be
 * computed from the published ones. The equations are built here, independently of
 * src/disclosure/model.ts, over hand-enumerated inner cells, and membership in the row space of
 * the published equations is decided by exact (BigInt) rank computation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDisclosure } from '../../src/disclosure/apply-disclosure.ts';
import type { DisclosureSpec } from '../../src/disclosure/spec.ts';
import type { ResultRow, ResultTable } from '../../src/results/types.ts';
import { table } from './helpers.ts';

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rank of integer row vectors, by fraction-free elimination in BigInt. */
function rank(rows: readonly number[][]): number {
  const m = rows.map((r) => r.map(BigInt));
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && r < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i][col] === 0n) continue;
      const a = m[r][col];
      const b = m[i][col];
      m[i] = m[i].map((x, j) => x * a - m[r][j] * b);
    }
    r++;
  }
  return r;
}

/** True if v is a linear combination of the published equations. */
function determinable(published: readonly number[][], v: number[]): boolean {
  return rank([...published, v]) === rank(published);
}

const sub = (a: number[], b: number[]): number[] => a.map((x, i) => x - b[i]);

/**
 * A universe of three dimensions: area group (nested: supported ⊆ social housing ⊆ population),
 * r (three parts + total) and s (two parts, no total). Inner cells: area inner code 0..2
 * (supported, rest of social housing, outside) × r 0..2 × s 0..1 = 18 cells; persons in layer 0
 * (indices 0..17) and persons with the outcome in layer 1 (18..35).
 */
const AREA = ['supported', 'social_housing', 'population'];
const R = ['r0', 'r1', 'r2'];
const S = ['s0', 's1'];
const CELLS = 18;
const cellIndex = (a: number, r: number, s: number): number => a * 6 + r * 2 + s;

interface Row {
  keys: Record<string, string>;
  /** Persons vector and outcome vector, over the 36 unknowns. */
  n: number[];
  count: number[];
}

/** The equations of a row: which inner cells its keys select. Missing column = all of it. */
function equationsOf(keys: Record<string, string>): Row {
  const n = new Array<number>(2 * CELLS).fill(0);
  const count = new Array<number>(2 * CELLS).fill(0);
  for (let a = 0; a < 3; a++) {
    for (let r = 0; r < 3; r++) {
      for (let s = 0; s < 2; s++) {
        if (keys.area_group !== undefined && a > AREA.indexOf(keys.area_group)) continue;
        if (keys.r !== undefined && keys.r !== 'all' && R[r] !== keys.r) continue;
        if (keys.s !== undefined && S[s] !== keys.s) continue;
        n[cellIndex(a, r, s)] = 1;
        count[CELLS + cellIndex(a, r, s)] = 1;
      }
    }
  }
  return { keys, n, count };
}

const dot = (v: number[], x: number[]): number => v.reduce((sum, vi, i) => sum + vi * x[i], 0);

/** Random inner counts (persons, and persons with the outcome), with plenty of small ones. */
function randomInner(random: () => number): number[] {
  const persons = Array.from({ length: CELLS }, () => (random() < 0.25 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 60)));
  const withOutcome = persons.map((p) => Math.floor(random() * (p + 1)));
  return [...persons, ...withOutcome];
}

function exhibits(inner: number[]): { tables: ResultTable[]; equations: Map<string, Row[]>; specs: DisclosureSpec[] } {
  const area = { column: 'area_group', kind: 'nested', levels: AREA } as const;
  const r = { column: 'r', kind: 'partition', parts: R, total: 'all' } as const;
  const s = { column: 's', kind: 'partition', parts: S } as const;
  const layouts: { id: string; columns: string[]; codes: string[][] }[] = [
    { id: 'ex-area-r', columns: ['area_group', 'r'], codes: [AREA, [...R, 'all']] },
    { id: 'ex-area-s', columns: ['area_group', 's'], codes: [AREA, S] },
    { id: 'ex-r-s', columns: ['r', 's'], codes: [[...R, 'all'], S] },
  ];
  const specs: DisclosureSpec[] = [
    { id: 'ex-area-r', universe: 'u', measure: 'm', dimensions: [area, r] },
    { id: 'ex-area-s', universe: 'u', measure: 'm', dimensions: [area, s] },
    { id: 'ex-r-s', universe: 'u', measure: 'm', dimensions: [r, s] },
  ];
  const tables: ResultTable[] = [];
  const equations = new Map<string, Row[]>();
  for (const layout of layouts) {
    const rows: ResultRow[] = [];
    const eqs: Row[] = [];
    for (const first of layout.codes[0]) {
      for (const second of layout.codes[1]) {
        const keys = { [layout.columns[0]]: first, [layout.columns[1]]: second };
        const eq = equationsOf(keys);
        const n = dot(eq.n, inner);
        const count = dot(eq.count, inner);
        rows.push({ keys, year: 2019, value: n === 0 ? null : count / n, n, lower: null, upper: null, extra: { count } });
        eqs.push(eq);
      }
    }
    tables.push(table(layout.id, layout.columns, rows, 'share'));
    equations.set(layout.id, eqs);
  }
  return { tables, equations, specs };
}

test('random linked share tables: no suppressed number is determined by the published equations', () => {
  const random = mulberry32(20221);
  let primaries = 0;
  let secondaries = 0;
  for (let trial = 0; trial < 60; trial++) {
    const inner = randomInner(random);
    const { tables, equations, specs } = exhibits(inner);
    const out = applyDisclosure(tables, specs).tables;

    const published: number[][] = [];
    out.forEach((t) => t.rows.forEach((row, i) => {
      if (row.suppressed === undefined) published.push(equations.get(t.id)![i].n, equations.get(t.id)![i].count);
    }));
    // Sanity of the equations themselves: they reproduce every published number.
    out.forEach((t) => t.rows.forEach((row, i) => {
      if (row.suppressed === undefined) assert.equal(row.n, dot(equations.get(t.id)![i].n, inner));
    }));

    out.forEach((t, ti) => t.rows.forEach((row, i) => {
      const eq = equations.get(t.id)![i];
      const original = tables[ti].rows[i];
      const n = original.n!;
      const count = original.extra!.count!;
      if (row.suppressed === 'primary') {
        primaries++;
        if (n < 5) assert.ok(!determinable(published, eq.n), `${t.id} ${JSON.stringify(row.keys)}: n is determinable`);
        if (count < 5) assert.ok(!determinable(published, eq.count), `${t.id} ${JSON.stringify(row.keys)}: count is determinable`);
        if (n - count < 5) assert.ok(!determinable(published, sub(eq.n, eq.count)), `${t.id} ${JSON.stringify(row.keys)}: n − count is determinable`);
      } else if (row.suppressed === 'secondary') {
        secondaries++;
        // Withheld as a whole: at least one of its two numbers stays unknown.
        assert.ok(!determinable(published, eq.n) || !determinable(published, eq.count), `${t.id} ${JSON.stringify(row.keys)}: fully determinable`);
      } else {
        assert.ok(n >= 5 && count >= 5 && n - count >= 5, 'a published row breaks the minimum');
      }
    }));

    // Hidden differences between nested area levels: small ones must not be determinable.
    for (const t of tables) {
      const eqs = equations.get(t.id)!;
      t.rows.forEach((row, i) => {
        const level = AREA.indexOf(row.keys.area_group ?? '');
        if (level < 1) return;
        const j = t.rows.findIndex((o) => o.keys.area_group === AREA[level - 1] && Object.entries(o.keys).every(([c, v]) => c === 'area_group' || row.keys[c] === v));
        const dn = row.n! - t.rows[j].n!;
        const dc = row.extra!.count! - t.rows[j].extra!.count!;
        if (dn < 5) assert.ok(!determinable(published, sub(eqs[i].n, eqs[j].n)), 'a small area difference is determinable');
        if (dc < 5) assert.ok(!determinable(published, sub(eqs[i].count, eqs[j].count)), 'a small area difference is determinable');
      });
    }
  }
  // The check is not vacuous: the random tables did need both kinds of suppression.
  assert.ok(primaries > 50, `only ${primaries} primary suppressions`);
  assert.ok(secondaries > 50, `only ${secondaries} secondary suppressions`);
});

test('rank helper: hand-checked cases', () => {
  assert.equal(rank([[1, 1, 0], [0, 1, 1], [1, 2, 1]]), 2);
  assert.equal(determinable([[1, 1, 0], [0, 1, 0]], [1, 0, 0]), true);
  assert.equal(determinable([[1, 1, 0], [0, 1, 1]], [1, 0, 0]), false);
});
