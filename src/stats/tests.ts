/**
 * Classical tests and intervals: two-sample t-tests, Pearson's chi-square test of independence,
 * the standardized bias of psmatch2/pstest, Wilson score intervals and exact Poisson intervals.
 */

import { chiSquareQuantile, chiSquareSurvival, normalQuantile, tQuantile, tTwoSidedP } from './distributions.ts';

export interface TTestResult {
  /** mean(x) - mean(y). */
  estimate: number;
  meanX: number;
  meanY: number;
  se: number;
  statistic: number;
  df: number;
  pValue: number;
  lower: number;
  upper: number;
}

export interface TTestOptions {
  /** Pooled-variance (Student) test when true; Welch's test otherwise (default, as R's t.test). */
  equalVariance?: boolean;
  level?: number;
}

/** Two-sample t-test of mean(x) = mean(y), as R's t.test(x, y, var.equal = ...) and Stata's ttest ..., by() [unequal]. */
export function tTest(x: ArrayLike<number>, y: ArrayLike<number>, options: TTestOptions = {}): TTestResult {
  const level = options.level ?? 0.95;
  const a = moments(x, 'x');
  const b = moments(y, 'y');
  if (a.n < 2 || b.n < 2) throw new Error('t-test needs at least 2 observations in each group');
  let se: number;
  let df: number;
  if (options.equalVariance) {
    df = a.n + b.n - 2;
    const pooled = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df;
    se = Math.sqrt(pooled * (1 / a.n + 1 / b.n));
  } else {
    const va = a.variance / a.n;
    const vb = b.variance / b.n;
    se = Math.sqrt(va + vb);
    df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  }
  const estimate = a.mean - b.mean;
  const statistic = estimate / se;
  const crit = tQuantile(1 - (1 - level) / 2, df);
  return {
    estimate,
    meanX: a.mean,
    meanY: b.mean,
    se,
    statistic,
    df,
    pValue: tTwoSidedP(statistic, df),
    lower: estimate - crit * se,
    upper: estimate + crit * se,
  };
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
  expected: number[][];
}

/** Pearson's chi-square test of independence for an r×c table of counts (no continuity correction). */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareResult {
  const r = table.length;
  const c = r > 0 ? table[0].length : 0;
  if (r < 2 || c < 2) throw new Error('chi-square test needs at least a 2×2 table');
  const rowSums = table.map((row) => {
    if (row.length !== c) throw new Error('table rows differ in length');
    return row.reduce((s, v) => s + v, 0);
  });
  const colSums = Array.from({ length: c }, (_, j) => table.reduce((s, row) => s + row[j], 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  if (rowSums.some((v) => v === 0) || colSums.some((v) => v === 0)) throw new Error('chi-square test: a row or column total is zero');
  let statistic = 0;
  const expected = table.map((row, i) =>
    row.map((obs, j) => {
      const e = (rowSums[i] * colSums[j]) / total;
      statistic += (obs - e) ** 2 / e;
      return e;
    }),
  );
  const df = (r - 1) * (c - 1);
  return { statistic, df, pValue: chiSquareSurvival(statistic, df), expected };
}

export interface StandardizedBiasOptions {
  /** Weights for the treated observations (e.g. matching weights); default 1. */
  treatedWeights?: ArrayLike<number>;
  /** Weights for the control observations (psmatch2's _weight when matching with replacement). */
  controlWeights?: ArrayLike<number>;
  /**
   * Samples whose variances form the denominator. pstest uses the unmatched treated and
   * control samples for the matched comparison too (Rosenbaum and Rubin 1985), so that a
   * change in bias reflects the means only. Default: the samples compared.
   */
  varianceFrom?: { treated: ArrayLike<number>; control: ArrayLike<number> };
}

/**
 * Standardized % bias as psmatch2's pstest: 100 · (mean_t - mean_c) / √((var_t + var_c) / 2),
 * variances with the n - 1 divisor.
 */
export function standardizedBias(treated: ArrayLike<number>, control: ArrayLike<number>, options: StandardizedBiasOptions = {}): number {
  const mt = weightedMean(treated, options.treatedWeights);
  const mc = weightedMean(control, options.controlWeights);
  const vt = moments(options.varianceFrom?.treated ?? treated, 'treated').variance;
  const vc = moments(options.varianceFrom?.control ?? control, 'control').variance;
  return (100 * (mt - mc)) / Math.sqrt((vt + vc) / 2);
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Wilson score interval for a share (R's prop.test(x, n, correct = FALSE)$conf.int). */
export function wilsonInterval(successes: number, n: number, level = 0.95): Interval {
  if (!(n > 0) || successes < 0 || successes > n) throw new Error(`invalid share ${successes}/${n}`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Exact (Garwood) interval for a Poisson count, or for a rate count/exposure
 * (R's poisson.test(count, exposure)$conf.int): [χ²(α/2; 2x)/2, χ²(1-α/2; 2x+2)/2] / exposure.
 */
export function poissonInterval(count: number, exposure = 1, level = 0.95): Interval {
  if (!(count >= 0) || !Number.isInteger(count)) throw new Error(`count must be a non-negative integer, got ${count}`);
  if (!(exposure > 0)) throw new Error(`exposure must be positive, got ${exposure}`);
  const alpha = 1 - level;
  const lower = count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2;
  const upper = chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return { estimate: count / exposure, lower: lower / exposure, upper: upper / exposure };
}

function moments(v: ArrayLike<number>, label: string): { n: number; mean: number; variance: number } {
  const n = v.length;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(v[i])) throw new Error(`${label} has missing or non-finite values`);
    mean += v[i];
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (v[i] - mean) ** 2;
  return { n, mean, variance: ss / (n - 1) };
}

function weightedMean(v: ArrayLike<number>, w?: ArrayLike<number>): number {
  if (w && w.length !== v.length) throw new Error('weights and values differ in length');
  let s = 0;
  let sw = 0;
  for (let i = 0; i < v.length; i++) {
    const wi = w ? w[i] : 1;
    s += wi * v[i];
    sw += wi;
  }
  return s / sw;
}
