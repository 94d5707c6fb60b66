import { test } from 'node:test';
import assert from 'node:assert/strict';
import { designMatrix } from '../../src/stats/design.ts';
import { EstimationError } from '../../src/stats/errors.ts';
import { ols } from '../../src/stats/ols.ts';
import { waldTest } from '../../src/stats/wald.ts';
import { assertAllClose, assertClose, assertVcovClose } from './golden.ts';
import { panel, panelDesign, type CoefBlock } from './fixtures.ts';
import type { OlsFit } from '../../src/stats/ols.ts';

test('hand-worked simple regression: y = [1, 2, 3, 5] on x = [0, 1, 2, 3]', () => {
  // x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 6.5: slope 1.3, intercept 0.8.
  // Residuals [0.2, -0.1, -0.4, 0.3]: RSS 0.3, σ² = 0.15, se(slope) = √(0.15/5), se(int) = √(0.15(1/4 + 2.25/5)).
  const fit = ols([1, 2, 3, 5], designMatrix([['x', [0, 1, 2, 3]]]));
  const [b0, b1] = fit.coefficients;
  assertClose(b0.estimate, 0.8, 1e-14, 'intercept');
  assertClose(b1.estimate, 1.3, 1e-14, 'slope');
  assertClose(fit.rss, 0.3, 1e-13, 'rss');
  assertClose(b1.se, Math.sqrt(0.15 / 5), 1e-13, 'se slope');
  assertClose(b0.se, Math.sqrt(0.15 * (0.25 + 2.25 / 5)), 1e-13, 'se intercept');
  assertClose(fit.r2, 1 - 0.3 / 8.75, 1e-14, 'R²');
  assert.equal(fit.dfResidual, 2);
  assertAllClose(fit.residuals, [0.2, -0.1, -0.4, 0.3], 1e-13, 'residuals');
});

test('hand-worked HC1: a two-group mean difference has the unequal-variance standard error', () => {
  // y on a group dummy: slope = mean difference; HC0 variance = Σe²/n1² + Σe²/n0² per group,
  // HC1 multiplies by n/(n-k). Groups {1,3} and {2,4,9}: means 2 and 5, Σe² = 2 and 26.
  const fit = ols([1, 3, 2, 4, 9], designMatrix([['g', [1, 1, 0, 0, 0]]]), { vcov: { type: 'HC1' } });
  assertClose(fit.coefficients[1].estimate, -3, 1e-14, 'difference');
  assertClose(fit.coefficients[1].se, Math.sqrt((2 / 4 + 26 / 9) * (5 / 3)), 1e-13, 'HC1 se');
});

function checkBlock(fit: OlsFit, expected: CoefBlock, label: string): void {
  assertAllClose(fit.coefficients.map((c) => c.estimate), expected.estimate, 1e-12, `${label} estimate`);
  assertAllClose(fit.coefficients.map((c) => c.se), expected.se, 1e-12, `${label} se`);
  assertAllClose(fit.coefficients.map((c) => c.statistic), expected.statistic, 1e-12, `${label} t`);
  assertAllClose(fit.coefficients.map((c) => c.pValue), expected.p, 1e-11, `${label} p`);
  assertAllClose(fit.coefficients.map((c) => c.lower), expected.lower, 1e-12, `${label} lower`);
  assertAllClose(fit.coefficients.map((c) => c.upper), expected.upper, 1e-12, `${label} upper`);
  assertVcovClose(fit.vcov.data, expected.vcov, 1e-12, label);
  assert.equal(fit.reference.df, expected.df);
}

test('OLS with model covariance matches R lm on the clustered panel', () => {
  const fit = ols(panel.data.y, panelDesign());
  checkBlock(fit, panel.model, 'model');
  assertClose(fit.sigma, panel.sigma, 1e-12, 'sigma');
  assertClose(fit.r2, panel.r2, 1e-12, 'R²');
  assertClose(fit.adjR2, panel.adj_r2, 1e-12, 'adjusted R²');
  assertClose(fit.fStatistic, panel.f, 1e-11, 'F');
  assertClose(fit.rss, panel.rss, 1e-12, 'RSS');
  assert.equal(fit.clusters, null);
});

test('OLS HC1 matches sandwich::vcovHC(type = "HC1")', () => {
  checkBlock(ols(panel.data.y, panelDesign(), { vcov: { type: 'HC1' } }), panel.HC1, 'HC1');
});

test('OLS CR1 matches sandwich::vcovCL(type = "HC1", cadjust = TRUE), with t(G-1) inference as Stata', () => {
  const fit = ols(panel.data.y, panelDesign(), { vcov: { type: 'CR1', cluster: panel.data.cluster } });
  checkBlock(fit, panel.CR1, 'CR1');
  assert.equal(fit.clusters, panel.clusters);
  // String cluster ids give the same answer as numeric ones.
  const byName = ols(panel.data.y, panelDesign(), { vcov: { type: 'CR1', cluster: panel.data.cluster.map((c) => `area-${c}`) } });
  assert.deepEqual(byName.coefficients.map((c) => c.se), fit.coefficients.map((c) => c.se));
});

test('without an intercept R² is uncentred, as in R', () => {
  const fit = ols(panel.data.y, designMatrix([['x1', panel.data.x1], ['x2', panel.data.x2]], { intercept: false }));
  assertAllClose(fit.coefficients.map((c) => c.estimate), panel.noint.estimate, 1e-12, 'estimate');
  assertClose(fit.r2, panel.noint.r2, 1e-12, 'R²');
});

test('a collinear column is named in the error, or dropped on request', () => {
  const x = [1, 2, 3, 4, 5, 6];
  const twice = x.map((v) => 2 * v + 1);
  const y = [1.1, 1.9, 3.2, 3.9, 5.1, 6.2];
  const design = designMatrix([['x', x], ['z', [0, 1, 0, 1, 1, 0]], ['two_x_plus_1', twice]]);
  assert.throws(
    () => ols(y, design),
    (e: unknown) => e instanceof EstimationError && e.problem === 'collinear' && e.variables.join() === 'two_x_plus_1',
  );
  const fit = ols(y, design, { onCollinear: 'drop', vcov: { type: 'HC1' } });
  const reduced = ols(y, designMatrix([['x', x], ['z', [0, 1, 0, 1, 1, 0]]]), { vcov: { type: 'HC1' } });
  assert.deepEqual(fit.aliased, ['two_x_plus_1']);
  assert.equal(fit.rank, 3);
  assertAllClose(fit.coefficients.slice(0, 3).map((c) => c.se), reduced.coefficients.map((c) => c.se), 1e-12, 'se unaffected by the dropped column');
  assert.ok(fit.coefficients[3].aliased && Number.isNaN(fit.coefficients[3].se));
});

test('missing values and wrong lengths are refused with the variable named', () => {
  assert.throws(() => designMatrix([['age', [1, NaN, 3]]]), /column "age" has 1 missing/);
  assert.throws(() => ols([1, 2], designMatrix([['x', [1, 2, 3]]])), /outcome has 2 values, design has 3 rows/);
  assert.throws(() => ols([1, 2, 3, 4], designMatrix([['x', [1, 2, 3, 4]]]), { vcov: { type: 'CR1', cluster: [1, 1, 1, 1] } }), /at least 2 clusters/);
});

test('joint Wald tests match R (F with n-k, or with G-1 under CR1 as Stata\'s test)', () => {
  const regions = panelDesign().names.filter((n) => n.startsWith('region='));
  assert.equal(regions.length, 4);
  for (const [label, fit] of [
    ['model', ols(panel.data.y, panelDesign())],
    ['CR1', ols(panel.data.y, panelDesign(), { vcov: { type: 'CR1', cluster: panel.data.cluster } })],
  ] as const) {
    const w = waldTest(fit, regions);
    const e = panel.wald[label];
    assertClose(w.statistic, e.F, 1e-12, `${label} F`);
    assert.deepEqual([w.distribution, w.df1, w.df2], ['F', e.df1, e.df2]);
    assertClose(w.pValue, e.p, 1e-11, `${label} p`);
  }
});

test('the Wald test of all slopes under model covariance is the regression F, and one coefficient gives t²', () => {
  const fit = ols(panel.data.y, panelDesign());
  assertClose(waldTest(fit, fit.coefficients.slice(1).map((c) => c.name)).statistic, fit.fStatistic, 1e-11, 'overall F');
  const one = waldTest(fit, ['x1']);
  assertClose(one.statistic, fit.coefficients[1].statistic ** 2, 1e-12, 't²');
  assertClose(one.pValue, fit.coefficients[1].pValue, 1e-11, 'same p');
  assert.throws(() => waldTest(fit, ['nope']), /no coefficient named "nope"/);
});

test('weighted OLS (analytic weights) matches R lm(weights = w) under all three covariances', () => {
  const g = panel.weighted;
  const fit = ols(panel.data.y, panelDesign(), { weights: g.w });
  checkBlock(fit, g.model, 'weighted model');
  assertClose(fit.sigma, g.sigma, 1e-12, 'weighted sigma');
  assertClose(fit.r2, g.r2, 1e-12, 'weighted R²');
  assertClose(fit.fStatistic, g.f, 1e-11, 'weighted F');
  assertAllClose(fit.residuals, g.residuals, 1e-9, 'unweighted residuals');
  checkBlock(ols(panel.data.y, panelDesign(), { weights: g.w, vcov: { type: 'HC1' } }), g.HC1, 'weighted HC1');
  checkBlock(ols(panel.data.y, panelDesign(), { weights: g.w, vcov: { type: 'CR1', cluster: panel.data.cluster } }), g.CR1, 'weighted CR1');
});

test('hand-worked: integer weights equal duplicated rows for the coefficients; weights are scale-free', () => {
  const x = [0, 1, 2, 3];
  const y = [1, 2, 3, 5];
  const weighted = ols(y, designMatrix([['x', x]]), { weights: [1, 2, 1, 1] });
  const duplicated = ols([1, 2, 2, 3, 5], designMatrix([['x', [0, 1, 1, 2, 3]]]));
  assertAllClose(weighted.coefficients.map((c) => c.estimate), duplicated.coefficients.map((c) => c.estimate), 1e-14, 'estimates');
  const scaled = ols(y, designMatrix([['x', x]]), { weights: [10, 20, 10, 10], vcov: { type: 'HC1' } });
  const unscaled = ols(y, designMatrix([['x', x]]), { weights: [1, 2, 1, 1], vcov: { type: 'HC1' } });
  assertAllClose(scaled.coefficients.map((c) => c.se), unscaled.coefficients.map((c) => c.se), 1e-13, 'HC1 se');
  assert.throws(() => ols(y, designMatrix([['x', x]]), { weights: [1, 0, 1, 1] }), /weights must be positive/);
});
