/**
 * Binary regression (logit by default, probit as a setting) by iteratively reweighted least
 * squares, each step solved by Householder QR of √W·X rather than by forming X'WX.
 *
 * Conventions:
 * - Inference is Wald with the normal reference (z), as Stata's logit and R's glm.
 * - 'model' covariance is the inverse expected information (X'WX)^-1 at the estimate. For the
 *   logit link this is also the observed information (Stata's default); for probit it is R's
 *   glm choice, and Stata's OIM standard errors differ slightly.
 * - 'HC1': n/(n-k) · B M B with scores (y - p)x for logit, as R's sandwich::vcovHC(type = "HC1").
 *   (Stata's logit, vce(robust) scales by n/(n-1) instead; the two differ by (n-k)/(n-1).)
 * - 'CR1': G/(G-1) · B M B, which is Stata's logit, vce(cluster id), and R's
 *   sandwich::vcovCL(fit, cluster, type = "HC0", cadjust = TRUE).
 *   Unlike OLS there is no (n-1)/(n-k) factor: Stata applies none for ML estimators.
 */

import { expandVcov, robustVcov, type VcovSpec, type VcovType } from './covariance.ts';
import { selectColumns, type Design } from './design.ts';
import { normalCdf, normalPdf, normalQuantile } from './distributions.ts';
import { EstimationError, collinearError } from './errors.ts';
import { coefficientTable, type Coefficient, type Reference } from './inference.ts';
import { multiplyVector, qrAliased, qrDecompose, qrSolve, qrUnscaledCovariance, zeros, type Matrix } from './linalg.ts';

export type Link = 'logit' | 'probit';

export interface LogitOptions {
  link?: Link;
  /** Default `{ type: 'model' }`. */
  vcov?: VcovSpec;
  level?: number;
  onCollinear?: 'error' | 'drop';
  /**
   * Convergence: every coefficient changes by less than epsilon · (|b| + 0.1) in an iteration.
   * (R's glm tests the deviance instead, which stops Fisher scoring for probit, linear in its
   * convergence, several digits short.) Default 1e-11.
   */
  epsilon?: number;
  maxIterations?: number;
  tolerance?: number;
}

export interface OddsRatio {
  name: string;
  oddsRatio: number;
  lower: number;
  upper: number;
}

export interface LogitFit {
  link: Link;
  coefficients: Coefficient[];
  /** exp(coefficient) with exp(CI bounds); logit link only (empty for probit). */
  oddsRatios: OddsRatio[];
  vcov: Matrix;
  vcovType: VcovType;
  reference: Reference;
  clusters: number | null;
  n: number;
  rank: number;
  iterations: number;
  deviance: number;
  nullDeviance: number;
  logLikelihood: number;
  /** McFadden's pseudo R² = 1 - LL/LL0 (Stata's "Pseudo R2"). */
  pseudoR2: number;
  aliased: string[];
  /** Fitted probabilities. */
  fitted: Float64Array;
  linearPredictor: Float64Array;
  /** Names and estimates needed to predict on new data. */
  names: readonly string[];
  estimates: Float64Array;
}

interface LinkFunctions {
  /** |η| beyond which μ is within about 1e-13 (logit) or 1e-15 (probit) of 0 or 1. */
  extreme: number;
  inverse(eta: number): number;
  /** dμ/dη */
  derivative(eta: number): number;
  /** μ(1 - μ), evaluated from η so that it stays positive where μ rounds to 0 or 1. */
  variance(eta: number): number;
  /** log P(y | η) for y = 0 or 1, also evaluated from η. */
  logProbability(eta: number, y: number): number;
}

const DBL_EPS = 2.220446049250313e-16;
const PROBIT_THRESHOLD = -normalQuantile(DBL_EPS);

// Bounded as R's make.link does, so that μ stays inside (0, 1) and weights stay positive.
// Not floored at machine epsilon as R does: under separation the floor lets IRLS stall and
// report convergence at huge coefficients; unfloored, the coefficients keep growing and the
// fit is recognised as separated (see checkSeparation).
const logisticDensity = (eta: number) => {
  const e = Math.exp(-Math.abs(eta));
  return Math.max(e / ((1 + e) * (1 + e)), Number.MIN_VALUE);
};
const clampProbit = (eta: number) => Math.min(Math.max(eta, -PROBIT_THRESHOLD), PROBIT_THRESHOLD);
/** log(1 + e^x) without overflow. */
const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

const LINKS: Record<Link, LinkFunctions> = {
  logit: {
    extreme: 30,
    inverse: (eta) => 1 / (1 + Math.exp(-eta)),
    derivative: logisticDensity,
    variance: logisticDensity,
    logProbability: (eta, y) => -softplus(y === 1 ? -eta : eta),
  },
  probit: {
    extreme: 8,
    inverse: (eta) => normalCdf(clampProbit(eta)),
    derivative: (eta) => Math.max(normalPdf(eta), DBL_EPS),
    variance: (eta) => normalCdf(clampProbit(eta)) * normalCdf(-clampProbit(eta)),
    logProbability: (eta, y) => Math.log(normalCdf(y === 1 ? clampProbit(eta) : -clampProbit(eta))),
  },
};

/**
 * Fits P(y = 1) = F(Xb) for a 0/1 outcome.
 * @example logit(treated, designMatrix([['age', age], ...dummies('region', region)]), { vcov: { type: 'CR1', cluster: area } })
 */
export function logit(y: ArrayLike<number>, design: Design, options: LogitOptions = {}): LogitFit {
  const linkName = options.link ?? 'logit';
  const link = LINKS[linkName];
  const spec = options.vcov ?? { type: 'model' };
  const epsilon = options.epsilon ?? 1e-11;
  const maxIterations = options.maxIterations ?? 50;
  const n = design.x.rows;
  checkOutcome(y, n);

  // Collinearity first (on X itself), so that the separation checks see the kept columns only.
  const aliasedIdx = qrAliased(qrDecompose(design.x, options.tolerance ?? 1e-7));
  const aliased = aliasedIdx.map((j) => design.names[j]);
  if (aliased.length > 0 && (options.onCollinear ?? 'error') === 'error') throw collinearError(aliased);
  const kept = design.names.map((_, j) => j).filter((j) => !aliasedIdx.includes(j));
  const reduced = selectColumns(design, kept);
  checkPerfectPrediction(y, reduced);

  const x = reduced.x;
  const k = x.cols;
  let b: Float64Array = new Float64Array(k);
  // Start as R's glm does: μ = (y + 1/2)/2, with η from the link.
  let eta: Float64Array = Float64Array.from({ length: n }, (_, i) => {
    const mu = (y[i] + 0.5) / 2;
    return linkName === 'logit' ? Math.log(mu / (1 - mu)) : normalQuantile(mu);
  });
  let mu = eta.map(link.inverse);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const { sx, sz } = weightedProblem(x, y, eta, mu, link);
    const next = qrSolve(qrDecompose(sx, 0), sz).coefficients;
    let change = iterations === 1 ? Infinity : 0;
    for (let j = 0; j < k; j++) change = Math.max(change, Math.abs(next[j] - b[j]) / (Math.abs(b[j]) + 0.1));
    b = next;
    eta = multiplyVector(x, b);
    mu = eta.map(link.inverse);
    if (change < epsilon) {
      converged = true;
      break;
    }
  }
  if (!converged) {
    checkSeparation(eta, b, reduced, link.extreme);
    throw new EstimationError('no_convergence', reduced.names, `binary regression did not converge in ${maxIterations} iterations`);
  }

  // Information at the estimate: (X'WX)^-1 via the QR of √W X.
  const bread = qrUnscaledCovariance(qrDecompose(weightedProblem(x, y, eta, mu, link).sx, 0));

  let vcovKept = bread;
  let clusters: number | null = null;
  if (spec.type !== 'model') {
    // Score of observation i: (y - μ) · dμ/dη / (μ(1-μ)) · x_i; for logit this is (y - p) x_i.
    const u = Float64Array.from({ length: n }, (_, i) => ((y[i] - mu[i]) * link.derivative(eta[i])) / link.variance(eta[i]));
    const factor = spec.type === 'HC1' ? () => n / (n - k) : (g: number) => g / (g - 1);
    const robust = robustVcov(spec, bread, x, u, factor);
    vcovKept = robust.vcov;
    if (spec.type === 'CR1') clusters = robust.groups;
  }
  const vcov = expandVcov(vcovKept, kept, design.x.cols);
  const dev = deviance(y, eta, link);
  const estimates = new Float64Array(design.x.cols).fill(NaN);
  kept.forEach((j, p) => (estimates[j] = b[p]));
  const reference: Reference = { distribution: 'normal', df: Infinity };
  const level = options.level ?? 0.95;
  const coefficients = coefficientTable(design.names, estimates, vcov, reference, level);

  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += y[i];
  ybar /= n;
  const nullDeviance = -2 * n * (ybar * Math.log(ybar) + (1 - ybar) * Math.log(1 - ybar));
  return {
    link: linkName,
    coefficients,
    oddsRatios:
      linkName === 'logit'
        ? coefficients.map((c) => ({ name: c.name, oddsRatio: Math.exp(c.estimate), lower: Math.exp(c.lower), upper: Math.exp(c.upper) }))
        : [],
    vcov,
    vcovType: spec.type,
    reference,
    clusters,
    n,
    rank: k,
    iterations,
    deviance: dev,
    nullDeviance,
    logLikelihood: -dev / 2,
    pseudoR2: 1 - dev / nullDeviance,
    aliased,
    fitted: mu,
    linearPredictor: eta,
    names: design.names,
    estimates,
  };
}

/**
 * The IRLS least-squares problem at η: √W·X and √W·z with W = (dμ/dη)² / (μ(1-μ)) and the
 * working response z = η + (y - μ) / (dμ/dη).
 */
function weightedProblem(x: Matrix, y: ArrayLike<number>, eta: Float64Array, mu: Float64Array, link: LinkFunctions): { sx: Matrix; sz: Float64Array } {
  const n = x.rows;
  const sw = new Float64Array(n);
  const sz = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = link.derivative(eta[i]);
    sw[i] = Math.sqrt((d * d) / link.variance(eta[i]));
    sz[i] = sw[i] * (eta[i] + (y[i] - mu[i]) / d);
  }
  const sx = zeros(n, x.cols);
  for (let j = 0; j < x.cols; j++) for (let i = 0; i < n; i++) sx.data[i + j * n] = sw[i] * x.data[i + j * n];
  return { sx, sz };
}

/** Predicted probabilities for new rows with the same columns as the fitted design. */
export function predictProbability(fit: LogitFit, design: Design): Float64Array {
  if (design.names.length !== fit.names.length || design.names.some((nm, j) => nm !== fit.names[j])) {
    throw new Error(`design columns [${design.names.join(', ')}] differ from the fitted [${fit.names.join(', ')}]`);
  }
  const b = fit.estimates.map((v) => (Number.isNaN(v) ? 0 : v));
  return multiplyVector(design.x, b).map(LINKS[fit.link].inverse);
}

function deviance(y: ArrayLike<number>, eta: ArrayLike<number>, link: LinkFunctions): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) d -= 2 * link.logProbability(eta[i], y[i]);
  return d;
}

function checkOutcome(y: ArrayLike<number>, n: number): void {
  if (y.length !== n) throw new Error(`outcome has ${y.length} values, design has ${n} rows`);
  let ones = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error('binary regression needs an outcome coded 0/1 without missing values');
    ones += y[i];
  }
  if (ones === 0 || ones === n) {
    throw new EstimationError('no_variation', [], `outcome does not vary (all ${ones === 0 ? 0 : 1})`);
  }
}

/**
 * Single-variable perfect prediction, as Stata checks before estimating: a value of a binary
 * regressor at which the outcome never varies, or a regressor whose range for y = 0 and for
 * y = 1 do not overlap (complete or quasi-complete separation). Stata drops such a variable
 * with a note; we stop and name it, since dropping silently changes the estimand.
 */
function checkPerfectPrediction(y: ArrayLike<number>, design: Design): void {
  const { x, names } = design;
  const n = x.rows;
  for (let j = 0; j < x.cols; j++) {
    const off = j * n;
    let max0 = -Infinity;
    let min0 = Infinity;
    let max1 = -Infinity;
    let min1 = Infinity;
    for (let i = 0; i < n; i++) {
      const v = x.data[off + i];
      if (y[i] === 1) {
        max1 = Math.max(max1, v);
        min1 = Math.min(min1, v);
      } else {
        max0 = Math.max(max0, v);
        min0 = Math.min(min0, v);
      }
    }
    if (Math.min(min0, min1) === Math.max(max0, max1)) continue; // constant column
    const values = distinctValues(x.data.subarray(off, off + n), 3);
    if (values.length === 2) {
      for (const v of values) {
        let y0 = 0;
        let y1 = 0;
        for (let i = 0; i < n; i++) if (x.data[off + i] === v) y[i] === 1 ? y1++ : y0++;
        if (y0 === 0 || y1 === 0) {
          const outcome = y0 === 0 ? 'success' : 'failure';
          throw new EstimationError('perfect_prediction', [names[j]], `"${names[j]}" = ${v} predicts ${outcome} perfectly (${y0 + y1} observations)`);
        }
      }
    } else if (max0 <= min1 || max1 <= min0) {
      throw new EstimationError('separation', [names[j]], `"${names[j]}" separates the outcome: its ranges for y = 0 and y = 1 do not overlap`);
    }
  }
}

function distinctValues(v: Float64Array, limit: number): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < v.length && seen.size < limit; i++) seen.add(v[i]);
  return [...seen];
}

/**
 * Called when IRLS has not converged. Separation by a combination of regressors shows as
 * coefficients that keep growing while fitted probabilities are driven to 0 or 1; a converged
 * fit with some extreme probabilities is legitimate (large samples with strong predictors).
 * Names the columns with the largest standardized coefficients |b_j|·sd(x_j).
 */
function checkSeparation(eta: Float64Array, b: Float64Array, design: Design, threshold: number): void {
  let extreme = 0;
  for (const e of eta) if (Math.abs(e) > threshold) extreme++;
  if (extreme === 0) return;
  const n = design.x.rows;
  const sizes = design.names.map((name, j) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += design.x.data[i + j * n];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (design.x.data[i + j * n] - mean) ** 2;
    return { name, size: Math.abs(b[j]) * Math.sqrt(ss / n) };
  });
  const ranked = sizes.filter((s) => s.size > 0).sort((a, c) => c.size - a.size);
  const top = ranked.filter((s) => s.size >= 0.1 * ranked[0].size).map((s) => s.name);
  throw new EstimationError(
    'separation',
    top,
    `outcome is (quasi-)completely separated: ${extreme} fitted probabilities are 0 or 1; the separating combination involves ${top.map((t) => `"${t}"`).join(', ')}`,
  );
}
