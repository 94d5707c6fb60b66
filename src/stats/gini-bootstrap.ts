/**
 * A seeded person bootstrap of the Gini coefficient that never leaves the aggregates.
 *
 * The Poisson bootstrap (Hanley & MacGibbon 2006) gives every person an independent Poisson(1)
 * weight in each replicate instead of drawing n persons with replacement; it is the standard way
 * to bootstrap very large samples. The persons of a cell are sorted by income once (in SQL) and cut
 * into K rank bins; per replicate, a bin's total weight is then exactly Poisson(persons in the bin),
 * and its weighted income is the sum of that many draws from the bin's incomes, taken as normal with
 * the bin's mean and variance (exact when a bin holds one person, and accurate for the narrow
 * income range of a rank bin otherwise). The replicate Gini is that of the weighted bins, with the
 * incomes inside a bin treated as equal; the interval is shifted by the same binning of the original
 * sample, so the binning cannot bias it: [G + q(α/2) of (G*_b − G_bins), G + q(1−α/2) of (...)].
 */
import { logGamma } from './special.ts';

/** Persons of one rank bin: how many, Σx and Σx² of their values. */
export interface RankBin {
  n: number;
  sum: number;
  sumSq: number;
}

export interface GiniBootstrapOptions {
  reps: number;
  seed: number;
  level?: number;
}

/** mulberry32: a small, fast, seeded 32-bit generator; uniform in (0, 1). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a string, to derive a stream's seed from its name. */
export function hashSeed(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Poisson(λ) draw: multiplication method for small λ, PTRS (Hörmann 1993, as numpy) for large. */
export function poissonDraw(lambda: number, u: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = u();
    while (p > limit) {
      k++;
      p *= u();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = u() - 0.5;
    const V = u();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (Math.log(V) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1)) return k;
  }
}

function normalDraw(u: () => number): number {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/**
 * Gini of weighted values in ascending order, each bin's values taken as equal:
 * G = Σ_k X_k (C_{k−1} + C_k) / (W · S) − 1, with W_k the bins' weights, X_k their weighted sums,
 * C_k the cumulative weight, W = C_K and S = Σ X_k. With one person per bin and unit weights this is
 * the exact Gini 2·Σ i·x_(i) / (n·Σx) − (n + 1)/n.
 */
export function binnedGini(weights: ArrayLike<number>, sums: ArrayLike<number>): number {
  let c = 0;
  let t = 0;
  let s = 0;
  for (let k = 0; k < weights.length; k++) {
    const before = c;
    c += weights[k];
    t += sums[k] * (before + c);
    s += sums[k];
  }
  return t / (c * s) - 1;
}

function quantileSorted(sorted: Float64Array, p: number): number {
  // type 7 (R's default): linear interpolation between order statistics
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The bootstrap interval of the Gini `gini` of the persons summarised by `bins` (in rank order). */
export function giniBootstrapInterval(gini: number, bins: readonly RankBin[], opts: GiniBootstrapOptions): { lower: number; upper: number } {
  const level = opts.level ?? 0.95;
  const K = bins.length;
  const mean = bins.map((b) => b.sum / b.n);
  const sd = bins.map((b, k) => Math.sqrt(Math.max(0, b.sumSq / b.n - mean[k] * mean[k])));
  const original = binnedGini(bins.map((b) => b.n), bins.map((b) => b.sum));
  const u = seededUniform(opts.seed);
  const w = new Float64Array(K);
  const x = new Float64Array(K);
  const shifts = new Float64Array(opts.reps);
  for (let r = 0; r < opts.reps; r++) {
    let total = 0;
    for (let k = 0; k < K; k++) {
      const wk = poissonDraw(bins[k].n, u);
      w[k] = wk;
      x[k] = wk === 0 ? 0 : Math.max(0, wk * mean[k] + (sd[k] > 0 ? Math.sqrt(wk) * sd[k] * normalDraw(u) : 0));
      total += x[k];
    }
    // a replicate without anyone (or without income) has no Gini: draw it again (tiny cells only)
    if (!(total > 0)) {
      r--;
      continue;
    }
    shifts[r] = binnedGini(w, x) - original;
  }
  shifts.sort();
  const alpha = 1 - level;
  return { lower: gini + quantileSorted(shifts, alpha / 2), upper: gini + quantileSorted(shifts, 1 - alpha / 2) };
}
