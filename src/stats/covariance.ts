/**
 * Covariance choices shared by OLS and logit: model-based, heteroskedasticity-robust (HC1)
 * and cluster-robust (CR1), all as bread · meat · bread with a small-sample factor.
 */

import { zeros, sandwich, type Matrix } from './linalg.ts';

export type VcovSpec =
  | { type: 'model' }
  | { type: 'HC1' }
  /** Cluster-robust; `cluster` holds one cluster id per observation. */
  | { type: 'CR1'; cluster: ArrayLike<number | string> };

export type VcovType = VcovSpec['type'];

/** Dense 0..G-1 cluster codes for arbitrary ids. */
export function clusterCodes(cluster: ArrayLike<number | string>): { codes: Int32Array; groups: number } {
  const index = new Map<number | string, number>();
  const codes = new Int32Array(cluster.length);
  for (let i = 0; i < cluster.length; i++) {
    const id = cluster[i];
    if (typeof id === 'number' && !Number.isFinite(id)) throw new Error(`cluster id missing for ${countMissing(cluster)} observation(s)`);
    let code = index.get(id);
    if (code === undefined) {
      code = index.size;
      index.set(id, code);
    }
    codes[i] = code;
  }
  return { codes, groups: index.size };
}

function countMissing(cluster: ArrayLike<number | string>): number {
  let m = 0;
  for (let i = 0; i < cluster.length; i++) {
    const id = cluster[i];
    if (typeof id === 'number' && !Number.isFinite(id)) m++;
  }
  return m;
}

/**
 * Σ_g (Σ_{i∈g} u_i x_i)(Σ_{i∈g} u_i x_i)': the meat of the sandwich, for score weights u_i
 * (OLS residuals, or y - p in logit). Without codes every observation is its own cluster.
 */
export function meat(x: Matrix, u: ArrayLike<number>, codes?: Int32Array, groups?: number): Matrix {
  const n = x.rows;
  const k = x.cols;
  const g = codes ? (groups as number) : n;
  // Cluster score sums, g×k.
  const sums = new Float64Array(g * k);
  for (let j = 0; j < k; j++) {
    const col = j * n;
    for (let i = 0; i < n; i++) sums[(codes ? codes[i] : i) * k + j] += x.data[col + i] * u[i];
  }
  const m = zeros(k, k);
  for (let c = 0; c < g; c++) {
    const row = c * k;
    for (let a = 0; a < k; a++) {
      const sa = sums[row + a];
      if (sa === 0) continue;
      for (let b = 0; b <= a; b++) m.data[a + b * k] += sa * sums[row + b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) m.data[b + a * k] = m.data[a + b * k];
  return m;
}

export interface RobustResult {
  vcov: Matrix;
  /** Number of clusters (CR1) or observations (HC1). */
  groups: number;
}

/**
 * bread · meat · bread scaled by `factor(n, groups)`. The factor is where OLS and logit differ
 * (see ols.ts and logit.ts for the conventions chosen).
 */
export function robustVcov(
  spec: Exclude<VcovSpec, { type: 'model' }>,
  bread: Matrix,
  x: Matrix,
  u: ArrayLike<number>,
  factor: (groups: number) => number,
): RobustResult {
  if (spec.type === 'HC1') {
    const v = sandwich(bread, meat(x, u));
    return { vcov: scale(v, factor(x.rows)), groups: x.rows };
  }
  if (spec.cluster.length !== x.rows) throw new Error(`cluster has ${spec.cluster.length} ids, expected ${x.rows}`);
  const { codes, groups } = clusterCodes(spec.cluster);
  if (groups < 2) throw new Error('cluster-robust covariance needs at least 2 clusters');
  const v = sandwich(bread, meat(x, u, codes, groups));
  return { vcov: scale(v, factor(groups)), groups };
}

function scale(m: Matrix, f: number): Matrix {
  const out = zeros(m.rows, m.cols);
  for (let i = 0; i < m.data.length; i++) out.data[i] = m.data[i] * f;
  return out;
}

/** Expands a covariance over kept columns back to all k columns, NaN for dropped ones. */
export function expandVcov(v: Matrix, kept: readonly number[], k: number): Matrix {
  const out = zeros(k, k);
  out.data.fill(NaN);
  for (let a = 0; a < kept.length; a++) for (let b = 0; b < kept.length; b++) out.data[kept[a] + kept[b] * k] = v.data[a + b * v.rows];
  return out;
}
