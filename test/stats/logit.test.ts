import { test } from 'node:test';
import assert from 'node:assert/strict';
import { designMatrix, dummies } from '../../src/stats/design.ts';
import { EstimationError } from '../../src/stats/errors.ts';
import { logit, predictProbability, type LogitFit } from '../../src/stats/logit.ts';
import { waldTest } from '../../src/stats/wald.ts';
import { assertAllClose, assertClose, assertVcovClose, loadGolden } from './golden.ts';
import { panel, panelDesign, type CoefBlock } from './fixtures.ts';

interface LogitGolden {
  logit: {
    model: CoefBlock;
    HC1: CoefBlock;
    CR1: CoefBlock;
    deviance: number;
    null_deviance: number;
    loglik: number;
    fitted: number[];
    odds_ratio: number[];
    predict: number[];
    wald_region: { chi2: number; df: number; p: number };
  };
  probit: { model: CoefBlock; deviance: number; predict: number[] };
  newdata: { x1: number[]; x2: number[]; area_x: number[]; region: string[] };
}

const golden = loadGolden<LogitGolden>('logit.json');
const y = panel.data.d;

function checkBlock(fit: LogitFit, expected: CoefBlock, label: string): void {
  assertAllClose(fit.coefficients.map((c) => c.estimate), expected.estimate, 1e-11, `${label} estimate`);
  assertAllClose(fit.coefficients.map((c) => c.se), expected.se, 1e-12, `${label} se`);
  assertAllClose(fit.coefficients.map((c) => c.statistic), expected.statistic, 1e-11, `${label} z`);
  assertAllClose(fit.coefficients.map((c) => c.pValue), expected.p, 1e-11, `${label} p`);
  assertAllClose(fit.coefficients.map((c) => c.lower), expected.lower, 1e-11, `${label} lower`);
  assertAllClose(fit.coefficients.map((c) => c.upper), expected.upper, 1e-11, `${label} upper`);
  assertVcovClose(fit.vcov.data, expected.vcov, 1e-11, label);
}

test('hand-worked: logit on one dummy gives the log odds ratio and Woolf standard error', () => {
  // 2×2 table: x = 1: 8 successes, 2 failures; x = 0: 3 successes, 7 failures.
  // b1 = log((8·7)/(2·3)), se = √(1/8 + 1/2 + 1/3 + 1/7); b0 = log(3/7), se = √(1/3 + 1/7).
  const x = [...Array(10).fill(1), ...Array(10).fill(0)];
  const yy = [...Array(8).fill(1), 0, 0, 1, 1, 1, ...Array(7).fill(0)];
  const fit = logit(yy, designMatrix([['x', x]]));
  assertClose(fit.coefficients[1].estimate, Math.log(56 / 6), 1e-12, 'log OR');
  assertClose(fit.coefficients[1].se, Math.sqrt(1 / 8 + 1 / 2 + 1 / 3 + 1 / 7), 1e-10, 'Woolf se');
  assertClose(fit.coefficients[0].estimate, Math.log(3 / 7), 1e-12, 'intercept');
  assertClose(fit.coefficients[0].se, Math.sqrt(1 / 3 + 1 / 7), 1e-10, 'intercept se');
  assertClose(fit.oddsRatios[1].oddsRatio, 56 / 6, 1e-12, 'odds ratio');
  assertAllClose(fit.fitted.slice(0, 1), [0.8], 1e-12, 'fitted share');
  assert.equal(fit.reference.distribution, 'normal');
});

test('logit with model covariance matches R glm (binomial) on the panel', () => {
  const fit = logit(y, panelDesign());
  const g = golden.logit;
  checkBlock(fit, g.model, 'model');
  assertClose(fit.deviance, g.deviance, 1e-12, 'deviance');
  assertClose(fit.nullDeviance, g.null_deviance, 1e-12, 'null deviance');
  assertClose(fit.logLikelihood, g.loglik, 1e-12, 'log likelihood');
  assertAllClose(fit.fitted, g.fitted, 1e-9, 'fitted');
  assertAllClose(fit.oddsRatios.map((o) => o.oddsRatio), g.odds_ratio, 1e-10, 'odds ratios');
  fit.oddsRatios.forEach((o, j) => {
    assertClose(o.lower, Math.exp(g.model.lower[j]), 1e-9, `OR lower ${j}`);
    assertClose(o.upper, Math.exp(g.model.upper[j]), 1e-9, `OR upper ${j}`);
  });
  assertClose(fit.pseudoR2, 1 - g.deviance / g.null_deviance, 1e-12, 'McFadden R²');
});

test('logit HC1 matches sandwich::vcovHC(type = "HC1")', () => {
  checkBlock(logit(y, panelDesign(), { vcov: { type: 'HC1' } }), golden.logit.HC1, 'HC1');
});

test('logit CR1 matches sandwich::vcovCL(type = "HC0", cadjust = TRUE), i.e. Stata\'s G/(G-1)', () => {
  const fit = logit(y, panelDesign(), { vcov: { type: 'CR1', cluster: panel.data.cluster } });
  checkBlock(fit, golden.logit.CR1, 'CR1');
  assert.equal(fit.clusters, panel.clusters);
  // Joint test of the region dummies: χ²(4), as Stata's test after logit.
  const w = waldTest(fit, fit.coefficients.filter((c) => c.name.startsWith('region=')).map((c) => c.name));
  assert.deepEqual([w.distribution, w.df1], ['chi2', golden.logit.wald_region.df]);
  assertClose(w.statistic, golden.logit.wald_region.chi2, 1e-11, 'Wald chi2');
  assertClose(w.pValue, golden.logit.wald_region.p, 1e-11, 'Wald p');
});

test('predicted probabilities on new rows match R predict(type = "response")', () => {
  const fit = logit(y, panelDesign());
  const nd = golden.newdata;
  assertAllClose(predictProbability(fit, panelDesign(nd)), golden.logit.predict, 1e-10, 'predict');
  assert.throws(() => predictProbability(fit, designMatrix([['x1', nd.x1]])), /differ from the fitted/);
});

test('probit link matches R glm(binomial("probit"))', () => {
  const fit = logit(y, panelDesign(), { link: 'probit' });
  checkBlock(fit, golden.probit.model, 'probit');
  assertClose(fit.deviance, golden.probit.deviance, 1e-12, 'deviance');
  assertAllClose(predictProbability(fit, panelDesign(golden.newdata)), golden.probit.predict, 1e-10, 'predict');
  assert.deepEqual(fit.oddsRatios, []);
});

function problemOf(fn: () => unknown): { problem: string; variables: readonly string[]; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof EstimationError) return { problem: e.problem, variables: e.variables, message: e.message };
    throw e;
  }
  assert.fail('expected an EstimationError');
}

test('a dummy that predicts the outcome perfectly is named (as Stata\'s "predicts success perfectly")', () => {
  const x1 = [0.5, 1.2, -0.3, 2.2, 0.1, -1.0, 0.7, 1.9, -0.4, 0.3];
  const flag = [1, 0, 0, 1, 0, 0, 1, 0, 0, 0];
  const yy = [1, 0, 1, 1, 0, 1, 1, 0, 0, 1];
  const r = problemOf(() => logit(yy, designMatrix([['x1', x1], ['flag', flag]])));
  assert.equal(r.problem, 'perfect_prediction');
  assert.deepEqual(r.variables, ['flag']);
  assert.match(r.message, /"flag" = 1 predicts success perfectly \(3 observations\)/);
});

test('a continuous regressor that separates the outcome is named', () => {
  const r = problemOf(() => logit([0, 0, 0, 1, 1, 1], designMatrix([['score', [1, 2, 3, 4, 5, 6]]])));
  assert.equal(r.problem, 'separation');
  assert.deepEqual(r.variables, ['score']);
});

test('separation by a combination of regressors is detected after fitting and the variables named', () => {
  // y = 1 exactly when a + b > 0; neither a nor b separates alone.
  const a = [-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, 0.5, -0.5];
  const b = [1, 3, -1, -2, 0.5, 3, 0.5, 1, -0.5, -3, 1, -1];
  const yy = a.map((v, i) => (v + b[i] > 0 ? 1 : 0));
  const r = problemOf(() => logit(yy, designMatrix([['a', a], ['b', b]])));
  assert.equal(r.problem, 'separation');
  assert.deepEqual([...r.variables].sort(), ['a', 'b']);
});

test('an outcome without variation or outside 0/1 is refused', () => {
  assert.equal(problemOf(() => logit([1, 1, 1], designMatrix([['x', [1, 2, 3]]]))).problem, 'no_variation');
  assert.throws(() => logit([0, 2, 1], designMatrix([['x', [1, 2, 3]]])), /coded 0\/1/);
});

test('collinear regressors are named before any iteration', () => {
  const region = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'];
  const cols = dummies('region', region);
  const total = cols[0][1].map((v, i) => v + cols[1][1][i]);
  const r = problemOf(() => logit([0, 1, 0, 1, 1, 0, 1, 0], designMatrix([...cols, ['b_or_c', total]])));
  assert.equal(r.problem, 'collinear');
  assert.deepEqual(r.variables, ['b_or_c']);
});
