/**
 * The statistics core: exact, dependency-free numerics for the effects engine.
 *
 * @example
 * const design = designMatrix([['age', age], ...dummies('region', region, { reference: 'Hovedstaden' })]);
 * const fit = ols(outcome, design, { vcov: { type: 'CR1', cluster: areaId } });
 * fit.coefficients.find((c) => c.name === 'age'); // { estimate, se, statistic, pValue, lower, upper }
 */

export { designMatrix, dummies, interact, interceptOnly, selectColumns, INTERCEPT } from './design.ts';
export type { Design, DesignOptions, DummyOptions, NamedColumns } from './design.ts';

export { ols } from './ols.ts';
export type { OlsFit, OlsOptions } from './ols.ts';

export { logit, predictProbability } from './logit.ts';
export type { Link, LogitFit, LogitOptions, OddsRatio } from './logit.ts';

export { waldTest } from './wald.ts';
export type { WaldInput, WaldTest } from './wald.ts';

export type { VcovSpec, VcovType } from './covariance.ts';
export type { Coefficient, Reference } from './inference.ts';
export { EstimationError } from './errors.ts';
export type { EstimationProblem } from './errors.ts';

export { chiSquareTest, poissonInterval, standardizedBias, tTest, wilsonInterval } from './tests.ts';
export type { ChiSquareResult, Interval, StandardizedBiasOptions, TTestOptions, TTestResult } from './tests.ts';

export {
  chiSquareCdf,
  chiSquarePdf,
  chiSquareQuantile,
  chiSquareSurvival,
  fCdf,
  fSurvival,
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSurvival,
  tCdf,
  tPdf,
  tQuantile,
  tSurvival,
  tTwoSidedP,
} from './distributions.ts';

export { cholesky, fromColumns, fromRows, qrDecompose, qrSolve, qrUnscaledCovariance } from './linalg.ts';
export type { Matrix, QR } from './linalg.ts';
export { leastSquares } from './leastsquares.ts';
export type { LeastSquares } from './leastsquares.ts';
