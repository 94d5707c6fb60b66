import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binnedGini, giniBootstrapInterval, poissonDraw, seededUniform, type RankBin } from '../../src/stats/gini-bootstrap.ts';

const exactGini = (v: number[]): number => {
  const x = [...v].sort((a, b) => a - b);
  const n = x.length;
  const s = x.reduce((a, b) => a + b, 0);
  return (2 * x.reduce((a, xi, i) => a + (i + 1) * xi, 0)) / (n * s) - (n + 1) / n;
};

test('binnedGini: one person per bin with unit weights is the exact Gini ({100, 200, 300} → 2/9)', () => {
  assert.ok(Math.abs(binnedGini([1, 1, 1], [100, 200, 300]) - 2 / 9) < 1e-15);
});

test('binnedGini: weights are copies of persons (weights 2, 0, 1 on {1, 2, 3} is the Gini of {1, 1, 3} = 4/15)', () => {
  assert.ok(Math.abs(binnedGini([2, 0, 1], [2, 0, 3]) - 4 / 15) < 1e-15);
  assert.ok(Math.abs(exactGini([1, 1, 3]) - 4 / 15) < 1e-15);
});

test('poissonDraw: mean and variance λ for small and large λ', () => {
  for (const lambda of [0.7, 3, 40, 300]) {
    const u = seededUniform(7);
    const draws = Array.from({ length: 40_000 }, () => poissonDraw(lambda, u));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    assert.ok(Math.abs(mean - lambda) < 4 * Math.sqrt(lambda / draws.length), `λ=${lambda}: mean ${mean}`);
    assert.ok(Math.abs(variance / lambda - 1) < 0.05, `λ=${lambda}: variance ${variance}`);
  }
});

/** Log-normal incomes, seeded, sorted ascending. */
function incomes(n: number): number[] {
  const u = seededUniform(11);
  return Array.from({ length: n }, () => Math.exp(12 + 0.6 * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()))).sort((a, b) => a - b);
}
const bins = (x: number[], k: number): RankBin[] => {
  const out: RankBin[] = Array.from({ length: k }, () => ({ n: 0, sum: 0, sumSq: 0 }));
  x.forEach((v, i) => {
    const b = out[Math.floor((i * k) / x.length)];
    b.n++;
    b.sum += v;
    b.sumSq += v * v;
  });
  return out;
};

/** The textbook person bootstrap: n persons drawn with replacement, percentile interval. */
function bruteForce(x: number[], reps: number): { lower: number; upper: number } {
  const u = seededUniform(99);
  const g = Array.from({ length: reps }, () => exactGini(Array.from({ length: x.length }, () => x[Math.floor(u() * x.length)]))).sort((a, b) => a - b);
  return { lower: g[Math.round(0.025 * (reps - 1))], upper: g[Math.round(0.975 * (reps - 1))] };
}

test('the binned Poisson bootstrap agrees with the textbook person bootstrap', () => {
  const x = incomes(2000);
  const g = exactGini(x);
  const reference = bruteForce(x, 2000);
  const width = reference.upper - reference.lower;
  for (const k of [2000, 100]) {
    const ci = giniBootstrapInterval(g, bins(x, k), { reps: 2000, seed: 5 });
    assert.ok(ci.lower < g && g < ci.upper);
    assert.ok(Math.abs(ci.lower - reference.lower) < 0.15 * width, `K=${k}: lower ${ci.lower} vs ${reference.lower}`);
    assert.ok(Math.abs(ci.upper - reference.upper) < 0.15 * width, `K=${k}: upper ${ci.upper} vs ${reference.upper}`);
  }
});

test('the bootstrap is seeded: the same seed gives the same interval, another seed another', () => {
  const x = incomes(500);
  const g = exactGini(x);
  const a = giniBootstrapInterval(g, bins(x, 100), { reps: 200, seed: 1 });
  assert.deepEqual(giniBootstrapInterval(g, bins(x, 100), { reps: 200, seed: 1 }), a);
  assert.notDeepEqual(giniBootstrapInterval(g, bins(x, 100), { reps: 200, seed: 2 }), a);
});
