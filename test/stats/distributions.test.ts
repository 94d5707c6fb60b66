import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as D from '../../src/stats/distributions.ts';
import { logBeta, logGamma } from '../../src/stats/special.ts';
import { assertClose, loadGolden, relativeError } from './golden.ts';

interface Point {
  fn: string;
  args: number[];
  value: number;
}

const golden = loadGolden<{ r_version: string; points: Point[] }>('distributions.json');
const functions: Record<string, (...args: number[]) => number> = {
  normalCdf: D.normalCdf,
  normalSurvival: D.normalSurvival,
  normalQuantile: D.normalQuantile,
  tCdf: D.tCdf,
  tSurvival: D.tSurvival,
  tQuantile: D.tQuantile,
  chiSquareCdf: D.chiSquareCdf,
  chiSquareSurvival: D.chiSquareSurvival,
  chiSquareQuantile: D.chiSquareQuantile,
  fCdf: D.fCdf,
  fSurvival: D.fSurvival,
};

test('golden file covers every distribution function at many points', () => {
  const counts = new Map<string, number>();
  for (const p of golden.points) counts.set(p.fn, (counts.get(p.fn) ?? 0) + 1);
  assert.deepEqual([...counts.keys()].sort(), Object.keys(functions).sort());
  for (const [fn, count] of counts) assert.ok(count >= 15, `${fn}: only ${count} points`);
});

for (const fn of Object.keys(functions)) {
  test(`${fn} matches R to 1e-10 relative error at every golden point`, () => {
    let worst = 0;
    for (const p of golden.points.filter((q) => q.fn === fn)) {
      const value = functions[fn](...p.args);
      assertClose(value, p.value, 1e-10, `${fn}(${p.args.join(', ')})`);
      worst = Math.max(worst, relativeError(value, p.value));
    }
    assert.ok(worst < 1e-10);
  });
}

test('closed forms: Φ(0), the Cauchy and t(2) quantiles, χ²(2) = exponential', () => {
  assert.equal(D.normalCdf(0), 0.5);
  assertClose(D.tQuantile(0.75, 1), 1, 1e-15, 'Cauchy upper quartile');
  // t(2): F^-1(p) = (2p - 1) / √(2p(1 - p)).
  for (const p of [0.01, 0.3, 0.9]) assertClose(D.tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-13, `t2 quantile ${p}`);
  for (const x of [0.1, 1, 7.5]) assertClose(D.chiSquareCdf(x, 2), -Math.expm1(-x / 2), 1e-14, `chi2(2) cdf ${x}`);
  assertClose(D.chiSquareSurvival(40, 2), Math.exp(-20), 1e-14, 'chi2(2) far tail');
});

test('upper tails keep relative precision where 1 - cdf would not', () => {
  // Values from R: pnorm(10, lower = FALSE), pt(40, 3, lower = FALSE).
  assertClose(D.normalSurvival(10), 7.6198530241605269e-24, 1e-13, 'Φ(-10)');
  assertClose(D.tSurvival(40, 3), 1.719034039457927e-05, 1e-13, 'P(T3 > 40)');
  assertClose(D.tTwoSidedP(2.5, 12), 2 * D.tSurvival(2.5, 12), 1e-14, 'two-sided p');
  assert.equal(D.tTwoSidedP(0, 5), 1);
});

test('quantiles invert their cdfs', () => {
  for (const df of [1.5, 4, 17, 250]) {
    for (const p of [1e-8, 0.01, 0.5, 0.8, 0.999]) {
      assertClose(D.tCdf(D.tQuantile(p, df), df), p, 1e-12, `t(${df}) round trip ${p}`);
      assertClose(D.chiSquareCdf(D.chiSquareQuantile(p, df), df), p, 1e-12, `chi2(${df}) round trip ${p}`);
    }
  }
});

test('log-gamma and log-beta at known values', () => {
  assertClose(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-15, 'lgamma(1/2)');
  assertClose(logGamma(10), Math.log(362880), 1e-15, 'lgamma(10) = log 9!');
  assertClose(logGamma(171), 706.5730622457874, 1e-15, 'lgamma(171)');
  assertClose(logBeta(3, 4), Math.log(1 / 60), 1e-15, 'B(3, 4) = 1/60');
  assertClose(logBeta(200, 300), logGamma(200) + logGamma(300) - logGamma(500), 1e-13, 'lbeta large');
});
