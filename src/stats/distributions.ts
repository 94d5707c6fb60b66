/**
 * Normal, Student t, chi-square and F distributions: cdf, survival (upper tail, computed
 * directly rather than as 1 - cdf) and quantiles. All rest on the incomplete gamma and beta
 * functions in special.ts; quantiles are refined by safeguarded Newton steps on those cdfs.
 */

import { incompleteBeta, incompleteGamma, logBeta, logGamma } from './special.ts';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

// ---------- normal ----------

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/** Φ(x). Uses Φ(-|x|) = Q(1/2, x²/2) / 2, which keeps relative precision far into the tail. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const [p, q] = incompleteGamma(0.5, (x * x) / 2);
  return x < 0 ? q / 2 : 0.5 + p / 2;
}

/** 1 - Φ(x), computed directly. */
export function normalSurvival(x: number): number {
  return normalCdf(-x);
}

// Acklam's rational approximation (relative error < 1.2e-9) is the starting point only;
// Halley steps on the exact cdf then bring the quantile to full double precision.
const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function acklam(p: number): number {
  const poly = (c: readonly number[], x: number) => c.reduce((acc, ci) => acc * x + ci, 0);
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  }
  if (p > 1 - plow) {
    const q = Math.sqrt(-2 * Math.log1p(-p));
    return -poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(ACKLAM_A, r) * q) / (poly(ACKLAM_B, r) * r + 1);
}

/** Φ^-1(p). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // Work in the lower tail: for p > 1/2, 1 - p is exact (Sterbenz) and Φ^-1(p) = -Φ^-1(1 - p).
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklam(p);
  for (let i = 0; i < 4; i++) {
    const e = normalCdf(x) - p;
    const u = e / normalPdf(x);
    const step = u / (1 + (x * u) / 2); // Halley
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.abs(x)) break;
  }
  return x;
}

// ---------- Student t ----------

export function tPdf(t: number, df: number): number {
  if (df === Infinity) return normalPdf(t);
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/** P(T <= t) for Student t with `df` degrees of freedom (df may be non-integer or Infinity). */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // P(|T| > |t|) = I_x(df/2, 1/2) with x = df/(df+t²); 1 - x = t²/(df+t²) without cancellation.
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const [tail] = incompleteBeta(x, y, df / 2, 0.5);
  return t > 0 ? 1 - tail / 2 : tail / 2;
}

export function tSurvival(t: number, df: number): number {
  return tCdf(-t, df);
}

/** Two-sided p-value 2·P(T > |t|). */
export function tTwoSidedP(t: number, df: number): number {
  if (df === Infinity) return 2 * normalSurvival(Math.abs(t));
  const t2 = t * t;
  if (!Number.isFinite(t2)) return Number.isNaN(t) ? NaN : 0;
  return incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5)[0];
}

export function tQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (df === Infinity) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -tQuantile(1 - p, df);
  if (p === 0.5) return 0;
  // Cauchy: tan(π(p - 1/2)) = -1/tan(πp), the latter without cancellation for small p.
  if (df === 1) return -1 / Math.tan(Math.PI * p);
  // Start from the Cornish-Fisher expansion around the normal quantile, or from the
  // power-law tail (P(T < t) ≈ c |t|^-df) when that lies further out.
  const z = normalQuantile(p);
  const cf = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  // P(T < t) ≈ ν^(ν/2-1) |t|^-ν / B(ν/2, 1/2) far out; take whichever start is closer in cdf.
  const tail = -Math.exp(-(Math.log(p) + logBeta(df / 2, 0.5) + (1 - df / 2) * Math.log(df)) / df);
  const miss = (t: number) => (Number.isFinite(t) ? Math.abs(Math.log(tCdf(t, df) / p)) : Infinity);
  const start = miss(tail) < miss(cf) ? tail : cf;
  return solveMonotone((t) => tCdf(t, df) - p, (t) => tPdf(t, df), start, -Infinity, 0);
}

// ---------- chi-square and gamma ----------

export function chiSquareCdf(x: number, df: number): number {
  return incompleteGamma(df / 2, x / 2)[0];
}

export function chiSquareSurvival(x: number, df: number): number {
  return incompleteGamma(df / 2, x / 2)[1];
}

export function chiSquarePdf(x: number, df: number): number {
  if (x < 0) return 0;
  if (x === 0) return df === 2 ? 0.5 : df < 2 ? Infinity : 0;
  const a = df / 2;
  return Math.exp((a - 1) * Math.log(x / 2) - x / 2 - logGamma(a)) / 2;
}

export function chiSquareQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  // Wilson-Hilferty start; small-p start from P ≈ (x/2)^a / Γ(a+1).
  const z = normalQuantile(p);
  const h = 2 / (9 * df);
  let start = df * Math.pow(Math.max(1 - h + z * Math.sqrt(h), 1e-3), 3);
  const small = 2 * Math.exp((Math.log(p) + logGamma(df / 2 + 1)) / (df / 2));
  if (p < 0.05 && small < start) start = small;
  // For p > 1/2 solve S(x) = 1 - p (exact) instead of F(x) = p, keeping upper-tail digits.
  const upper = p > 0.5;
  const f = upper ? (x: number) => (1 - p) - chiSquareSurvival(x, df) : (x: number) => chiSquareCdf(x, df) - p;
  return solveMonotone(f, (x) => chiSquarePdf(x, df), start, 0, Infinity);
}

// ---------- F ----------

/** P(F <= x) for F(df1, df2). */
export function fCdf(x: number, df1: number, df2: number): number {
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  const u = df1 * x;
  return incompleteBeta(u / (u + df2), df2 / (u + df2), df1 / 2, df2 / 2)[0];
}

export function fSurvival(x: number, df1: number, df2: number): number {
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const u = df1 * x;
  return incompleteBeta(u / (u + df2), df2 / (u + df2), df1 / 2, df2 / 2)[1];
}

// ---------- root finding ----------

/**
 * Root of an increasing function f with derivative df on (lo, hi): Newton steps from `start`,
 * falling back to bisection (or bracket expansion while a side is infinite) whenever a step
 * leaves the current bracket.
 */
function solveMonotone(f: (x: number) => number, df: (x: number) => number, start: number, lo: number, hi: number): number {
  let x = start;
  for (let iter = 0; iter < 500; iter++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx > 0) hi = x;
    else lo = x;
    let next = x - fx / df(x);
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      if (Number.isFinite(lo) && Number.isFinite(hi)) next = lo + (hi - lo) / 2;
      else if (!Number.isFinite(hi)) next = x === 0 ? 1 : x > 0 ? 2 * x : x / 2;
      else next = x === 0 ? -1 : x < 0 ? 2 * x : x / 2;
    }
    if (Math.abs(next - x) <= 4e-16 * Math.abs(x) || next === x) return next;
    x = next;
  }
  return x;
}
