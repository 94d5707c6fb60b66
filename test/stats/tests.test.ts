import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chiSquareTest, poissonInterval, standardizedBias, tTest, wilsonInterval } from '../../src/stats/tests.ts';
import { assertAllClose, assertClose, loadGolden } from './golden.ts';

interface TT {
  statistic: number;
  df: number;
  p: number;
  lower: number;
  upper: number;
}
interface Chi {
  table: number[][];
  statistic: number;
  df: number;
  p: number;
  expected: number[][];
}
const golden = loadGolden<{
  a: number[];
  b: number[];
  welch: TT;
  student: TT;
  chi2x2: Chi;
  chi3x4: Chi;
  wilson: { x: number; n: number; lower: number; upper: number }[];
  wilson90: { lower: number; upper: number };
  poisson: { x: number; exposure: number; lower: number; upper: number }[];
  smd: number;
}>('tests.json');

function checkT(r: ReturnType<typeof tTest>, e: TT, label: string): void {
  assertClose(r.statistic, e.statistic, 1e-12, `${label} t`);
  assertClose(r.df, e.df, 1e-12, `${label} df`);
  assertClose(r.pValue, e.p, 1e-11, `${label} p`);
  assertClose(r.lower, e.lower, 1e-12, `${label} lower`);
  assertClose(r.upper, e.upper, 1e-12, `${label} upper`);
}

test('Welch and Student two-sample t-tests match R t.test', () => {
  checkT(tTest(golden.a, golden.b), golden.welch, 'Welch');
  checkT(tTest(golden.a, golden.b, { equalVariance: true }), golden.student, 'Student');
});

test('hand-worked pooled t-test: x = [1, 2, 3], y = [4, 5, 6]', () => {
  // Difference -3, both variances 1, pooled variance 1, se = √(2/3), t = -3/√(2/3), df = 4.
  const r = tTest([1, 2, 3], [4, 5, 6], { equalVariance: true });
  assertClose(r.estimate, -3, 1e-15, 'difference');
  assertClose(r.statistic, -3 / Math.sqrt(2 / 3), 1e-14, 't');
  assert.equal(r.df, 4);
  // Equal variances and sizes: Welch's df is also 4.
  assertClose(tTest([1, 2, 3], [4, 5, 6]).df, 4, 1e-14, 'Welch df');
});

test('Pearson chi-square tests match R chisq.test(correct = FALSE)', () => {
  for (const [label, g] of [['2x2', golden.chi2x2], ['3x4', golden.chi3x4]] as const) {
    const r = chiSquareTest(g.table);
    assertClose(r.statistic, g.statistic, 1e-13, `${label} statistic`);
    assert.equal(r.df, g.df);
    assertClose(r.pValue, g.p, 1e-11, `${label} p`);
    r.expected.forEach((row, i) => assertAllClose(row, g.expected[i], 1e-14, `${label} expected row ${i}`));
  }
});

test('hand-worked chi-square: [[10, 20], [20, 10]] has statistic 60/9', () => {
  // All expected counts 15; each cell contributes 25/15.
  assertClose(chiSquareTest([[10, 20], [20, 10]]).statistic, 100 / 15, 1e-14, 'statistic');
  assert.throws(() => chiSquareTest([[0, 0], [3, 4]]), /total is zero/);
});

test('Wilson score intervals match R prop.test(correct = FALSE)', () => {
  for (const w of golden.wilson) {
    const r = wilsonInterval(w.x, w.n);
    assertClose(r.lower, w.lower, 1e-12, `${w.x}/${w.n} lower`);
    assertClose(r.upper, w.upper, 1e-12, `${w.x}/${w.n} upper`);
  }
  const r90 = wilsonInterval(37, 120, 0.9);
  assertClose(r90.lower, golden.wilson90.lower, 1e-12, '90% lower');
  assertClose(r90.upper, golden.wilson90.upper, 1e-12, '90% upper');
});

test('hand-worked Wilson interval for 0 of n: [0, z²/(n + z²)]', () => {
  const z = 1.959963984540054;
  const r = wilsonInterval(0, 20);
  assert.equal(r.lower, 0);
  assertClose(r.upper, (z * z) / (20 + z * z), 1e-14, 'upper');
});

test('exact Poisson intervals match R poisson.test', () => {
  for (const p of golden.poisson) {
    const r = poissonInterval(p.x, p.exposure);
    assertClose(r.lower, p.lower, 1e-12, `${p.x}/${p.exposure} lower`);
    assertClose(r.upper, p.upper, 1e-12, `${p.x}/${p.exposure} upper`);
    assertClose(r.estimate, p.x / p.exposure, 1e-15, 'rate');
  }
});

test('hand-worked Poisson interval for a count of 0: upper = -log(α/2)', () => {
  // P(X = 0 | μ) = e^-μ = 0.025 at the upper limit.
  assertClose(poissonInterval(0).upper, -Math.log(0.025), 1e-14, 'upper');
});

test('standardized bias is pstest\'s 100·Δmean/√((var_t + var_c)/2)', () => {
  assertClose(standardizedBias(golden.a, golden.b), golden.smd, 1e-13, 'vs R');
  // Hand-worked: means 2 and 4, variances 1 and 4: 100·(-2)/√2.5.
  assertClose(standardizedBias([1, 2, 3], [2, 4, 6]), (100 * -2) / Math.sqrt(2.5), 1e-14, 'hand');
  // Matched comparison: weights change the means, the unmatched samples give the variances.
  const matched = standardizedBias([1, 2, 3], [2, 4, 6], {
    controlWeights: [2, 1, 0],
    varianceFrom: { treated: [1, 2, 3, 10], control: [2, 4, 6] },
  });
  // Weighted control mean (2·2 + 4)/3 = 8/3; treated variance of [1, 2, 3, 10] = 50/3.
  assertClose(matched, (100 * (2 - 8 / 3)) / Math.sqrt((50 / 3 + 4) / 2), 1e-14, 'matched');
});
