/**
 * Ordinary least squares by Householder QR with iterative refinement (leastsquares.ts),
 * with model-based, HC1 and CR1 covariances.
 *
 * Conventions (chosen to match Stata's `regress`):
 * - HC1: n/(n-k) · (X'X)^-1 X' diag(e²) X (X'X)^-1              (regress, vce(robust))
 * - CR1: G/(G-1) · (n-1)/(n-k) · (X'X)^-1 Σ_g X_g'e_g e_g'X_g (X'X)^-1 (regress, vce(cluster id));
 *   equals R's sandwich::vcovCL(fit, cluster, type = "HC1", cadjust = TRUE).
 * - Inference uses t(n-k), except CR1, which uses t(G-1) as Stata does.
 */

import { collinearError } from './errors.ts';
import { expandVcov, robustVcov, type VcovSpec, type VcovType } from './covariance.ts';
import { hasConstant, selectColumns, type Design } from './design.ts';
import { coefficientTable, type Coefficient, type Reference } from './inference.ts';
import { leastSquares } from './leastsquares.ts';
import { qrAliased, qrUnscaledCovariance, zeros, type Matrix } from './linalg.ts';

export interface OlsOptions {
  /** Default `{ type: 'model' }`. */
  vcov?: VcovSpec;
  /** Confidence level of the intervals. Default 0.95. */
  level?: number;
  /** Collinear columns: throw an EstimationError naming them (default), or drop them as R's lm does. */
  onCollinear?: 'error' | 'drop';
  /** Rank tolerance relative to each column's norm (R's lm uses 1e-7). */
  tolerance?: number;
  /**
   * Analytic weights (positive), e.g. matching weights: weighted least squares as R's
   * lm(weights = w) and Stata's regress [aweight = w]. All covariance types are invariant to
   * rescaling the weights, so Stata's normalisation to sum n changes nothing.
   */
  weights?: ArrayLike<number>;
}

export interface OlsFit {
  coefficients: Coefficient[];
  /** k×k covariance in design column order; NaN rows/columns for aliased columns. */
  vcov: Matrix;
  vcovType: VcovType;
  reference: Reference;
  n: number;
  rank: number;
  dfResidual: number;
  /** Number of clusters for CR1, otherwise null. */
  clusters: number | null;
  rss: number;
  /** Residual standard deviation √(rss / (n - k)); rss is Σ w e² with weights. */
  sigma: number;
  /** Centred R² when the design has a constant column, uncentred otherwise (as R and NIST); weighted with weights. */
  r2: number;
  adjR2: number;
  /** Model-based overall F test of all non-constant columns, with its degrees of freedom. */
  fStatistic: number;
  fDf: [number, number];
  aliased: string[];
  fitted: Float64Array;
  /** y - fitted, unweighted. */
  residuals: Float64Array;
}

export function ols(y: ArrayLike<number>, design: Design, options: OlsOptions = {}): OlsFit {
  const spec = options.vcov ?? { type: 'model' };
  const level = options.level ?? 0.95;
  const x = design.x;
  const n = x.rows;
  if (y.length !== n) throw new Error(`outcome has ${y.length} values, design has ${n} rows`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new Error('outcome has missing or non-finite values; drop incomplete rows first');
  // Weighted least squares is OLS on √w·X and √w·y; every step below then works unchanged
  // (scores √w·x · √w·e = w·x·e are the weighted scores of the sandwich).
  const sw = rootWeights(options.weights, n);
  const xw = sw ? scaleRows(x, sw) : x;
  const yw = sw ? Float64Array.from({ length: n }, (_, i) => sw[i] * y[i]) : y;

  const { qr, coefficients, residuals: residualsW } = leastSquares(xw, yw, options.tolerance ?? 1e-7);
  const aliasedIdx = qrAliased(qr);
  const aliased = aliasedIdx.map((j) => design.names[j]);
  if (aliased.length > 0 && (options.onCollinear ?? 'error') === 'error') throw collinearError(aliased);

  const k = qr.rank;
  const dfResidual = n - k;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += residualsW[i] * residualsW[i];
  const sigma2 = rss / dfResidual;
  const unscaled = qrUnscaledCovariance(qr);

  let vcov: Matrix;
  let reference: Reference = { distribution: 't', df: dfResidual };
  let clusters: number | null = null;
  if (spec.type === 'model') {
    vcov = zeros(x.cols, x.cols);
    for (let i = 0; i < vcov.data.length; i++) vcov.data[i] = unscaled.data[i] * sigma2;
  } else {
    const kept = design.names.map((_, j) => j).filter((j) => !aliasedIdx.includes(j));
    const bread = zeros(k, k);
    kept.forEach((a, ia) => kept.forEach((b, ib) => (bread.data[ia + ib * k] = unscaled.data[a + b * x.cols])));
    const factor =
      spec.type === 'HC1' ? () => n / (n - k) : (g: number) => (g / (g - 1)) * ((n - 1) / (n - k));
    const robust = robustVcov(spec, bread, selectColumns({ names: design.names, x: xw }, kept).x, residualsW, factor);
    vcov = expandVcov(robust.vcov, kept, x.cols);
    if (spec.type === 'CR1') {
      clusters = robust.groups;
      reference = { distribution: 't', df: robust.groups - 1 };
    }
  }

  const residuals = sw ? residualsW.map((r, i) => r / sw[i]) : residualsW;
  const fitted = Float64Array.from({ length: n }, (_, i) => y[i] - residuals[i]);
  const w = (i: number) => (sw ? sw[i] * sw[i] : 1);
  const centred = hasConstant(x);
  let mean = 0;
  if (centred) {
    let sumW = 0;
    for (let i = 0; i < n; i++) {
      mean += w(i) * y[i];
      sumW += w(i);
    }
    mean /= sumW;
  }
  let tss = 0;
  for (let i = 0; i < n; i++) tss += w(i) * (y[i] - mean) ** 2;
  const r2 = 1 - rss / tss;
  const intercept = centred ? 1 : 0;
  const dfModel = k - intercept;

  return {
    coefficients: coefficientTable(design.names, coefficients, vcov, reference, level),
    vcov,
    vcovType: spec.type,
    reference,
    n,
    rank: k,
    dfResidual,
    clusters,
    rss,
    sigma: Math.sqrt(sigma2),
    r2,
    adjR2: 1 - ((1 - r2) * (n - intercept)) / dfResidual,
    fStatistic: (tss - rss) / dfModel / sigma2,
    fDf: [dfModel, dfResidual],
    aliased,
    fitted,
    residuals,
  };
}

function rootWeights(weights: ArrayLike<number> | undefined, n: number): Float64Array | null {
  if (!weights) return null;
  if (weights.length !== n) throw new Error(`weights have ${weights.length} values, design has ${n} rows`);
  const sw = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!(weights[i] > 0) || !Number.isFinite(weights[i])) throw new Error('weights must be positive and finite; drop zero-weight rows first');
    sw[i] = Math.sqrt(weights[i]);
  }
  return sw;
}

function scaleRows(x: Matrix, s: Float64Array): Matrix {
  const out = zeros(x.rows, x.cols);
  for (let j = 0; j < x.cols; j++) for (let i = 0; i < x.rows; i++) out.data[i + j * x.rows] = s[i] * x.data[i + j * x.rows];
  return out;
}
