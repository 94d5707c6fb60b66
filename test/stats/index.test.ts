import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as stats from '../../src/stats/index.ts';

test('the public API exposes the estimators, tests, distributions and design helpers', () => {
  for (const name of [
    'designMatrix', 'dummies', 'interact', 'ols', 'logit', 'predictProbability', 'waldTest', 'EstimationError',
    'tTest', 'chiSquareTest', 'standardizedBias', 'wilsonInterval', 'poissonInterval',
    'normalCdf', 'normalQuantile', 'tCdf', 'tQuantile', 'chiSquareSurvival', 'chiSquareQuantile', 'fSurvival', 'leastSquares',
  ]) {
    assert.equal(typeof (stats as Record<string, unknown>)[name], 'function', name);
  }
});

test('the documented example runs: clustered OLS on named columns', () => {
  // y = 2 + 3·age exactly except for ±0.1 noise; four areas of three persons.
  const age = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const region = ['H', 'S', 'H', 'S', 'H', 'S', 'H', 'S', 'H', 'S', 'H', 'S'];
  const noise = [0.1, -0.1, 0.1, -0.1, -0.1, 0.1, 0.1, -0.1, 0.1, -0.1, -0.1, 0.1];
  const y = age.map((a, i) => 2 + 3 * a + noise[i]);
  const area = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
  const design = stats.designMatrix([['age', age], ...stats.dummies('region', region, { reference: 'H' })]);
  const fit = stats.ols(y, design, { vcov: { type: 'CR1', cluster: area } });
  const ageTerm = fit.coefficients.find((c) => c.name === 'age');
  assert.ok(ageTerm && Math.abs(ageTerm.estimate - 3) < 0.02 && ageTerm.lower < 3 && ageTerm.upper > 3);
  assert.equal(fit.clusters, 4);
  assert.deepEqual(fit.reference, { distribution: 't', df: 3 });
});
