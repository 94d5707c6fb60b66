import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  at,
  cholesky,
  fromRows,
  multiply,
  qrAliased,
  qrDecompose,
  qrQty,
  qrQz,
  qrRInverse,
  qrSolve,
  qrUnscaledCovariance,
  transpose,
} from '../../src/stats/linalg.ts';
import { leastSquares } from '../../src/stats/leastsquares.ts';
import { designMatrix, dummies, hasConstant, interact } from '../../src/stats/design.ts';
import { assertAllClose, assertClose } from './golden.ts';

const X = fromRows([
  [1, 1],
  [1, 2],
  [1, 3],
]);

test('Householder R of [1 1; 1 2; 1 3] is ±[√3 2√3; 0 √2]', () => {
  const qr = qrDecompose(X);
  assert.equal(qr.rank, 2);
  const r = (i: number, j: number) => qr.qr[i + j * 3];
  assertClose(Math.abs(r(0, 0)), Math.sqrt(3), 1e-15, 'r11');
  assertClose(r(0, 1) / r(0, 0), 2, 1e-15, 'r12 / r11');
  assertClose(Math.abs(r(1, 1)), Math.sqrt(2), 1e-15, 'r22');
});

test('Q is orthogonal: Q(Q\'y) = y and ||Q\'y|| = ||y||', () => {
  const qr = qrDecompose(X);
  const y = [0.5, -2, 7];
  const qty = qrQty(qr, y);
  assertAllClose(qrQz(qr, qty), y, 1e-15, 'round trip');
  assertClose(Math.hypot(...qty), Math.hypot(...y), 1e-15, 'norm');
});

test('(X\'X)^-1 from R equals the hand inverse of [3 6; 6 14], i.e. [14 -6; -6 3]/6', () => {
  const v = qrUnscaledCovariance(qrDecompose(X));
  assertAllClose(v.data, [14 / 6, -1, -1, 0.5], 1e-15, '(X\'X)^-1');
  const qr = qrDecompose(X);
  const rinv = qrRInverse(qr);
  const r = fromRows([
    [qr.qr[0], qr.qr[3]],
    [0, qr.qr[4]],
  ]);
  assertAllClose(multiply(rinv, r).data, [1, 0, 0, 1], 1e-15, 'R^-1 R = I');
});

test('an exactly solvable system is solved exactly, with zero residuals', () => {
  const { coefficients, residuals } = qrSolve(qrDecompose(X), [3, 5, 7]); // y = 1 + 2x
  assertAllClose(coefficients, [1, 2], 1e-14, 'coefficients');
  for (const r of residuals) assert.ok(Math.abs(r) < 1e-14);
  // Iterative refinement removes the last rounding error.
  assert.deepEqual(Array.from(leastSquares(X, [3, 5, 7]).coefficients), [1, 2]);
});

test('rank detection moves a dependent column to the end and reports it, keeping the others in order', () => {
  const m = fromRows([
    [1, 2, 0, 1],
    [1, 4, 1, 2],
    [1, 6, 0, 3],
    [1, 8, 1, 4],
    [1, 3, 1, 1.5],
  ]); // column 3 = column 1 / 2
  const qr = qrDecompose(m);
  assert.equal(qr.rank, 3);
  assert.deepEqual(Array.from(qr.pivot), [0, 1, 2, 3]);
  assert.deepEqual(qrAliased(qr), [3]);
  const swapped = qrDecompose(fromRows([[1, 0.5, 2], [1, 1, 4], [1, 1.5, 6], [1, 2, 9]].map((r) => [r[0], r[1], r[1] * 2, r[2]])));
  assert.deepEqual(qrAliased(swapped), [2]);
  const ls = leastSquares(m, [1, 2, 3, 4, 6]);
  assert.ok(Number.isNaN(ls.coefficients[3]));
});

test('fewer rows than columns: rank is at most the row count', () => {
  const qr = qrDecompose(fromRows([[1, 2, 3], [4, 5, 7]]));
  assert.equal(qr.rank, 2);
  assert.deepEqual(qrAliased(qr), [2]);
});

test('Cholesky of [4 2; 2 3] is [2 0; 1 √2]', () => {
  const l = cholesky(fromRows([[4, 2], [2, 3]]));
  assertAllClose(l.data, [2, 1, 0, Math.SQRT2], 1e-15, 'L');
  assertAllClose(multiply(l, transpose(l)).data, [4, 2, 2, 3], 1e-15, 'L L\'');
  assert.throws(() => cholesky(fromRows([[1, 2], [2, 1]])), /not positive definite/);
});

test('design helpers: dummies, interactions, intercept detection', () => {
  const cols = dummies('region', ['b', 'a', 'c', 'a'], { reference: 'a' });
  assert.deepEqual(cols.map(([n]) => n), ['region=b', 'region=c']);
  assert.deepEqual(Array.from(cols[0][1]), [1, 0, 0, 0]);
  assert.deepEqual(Array.from(interact([1, 2, 3], [0, 1, 1])), [0, 2, 3]);
  const d = designMatrix([['x', [1, 2, 3, 4]], ...cols]);
  assert.deepEqual(d.names, ['(Intercept)', 'x', 'region=b', 'region=c']);
  assert.equal(at(d.x, 2, 1), 3);
  assert.ok(hasConstant(d.x));
  assert.ok(!hasConstant(designMatrix([['x', [1, 2]]], { intercept: false }).x));
  assert.throws(() => designMatrix([['x', [1, 2]], ['x', [3, 4]]]), /duplicate column name "x"/);
  assert.throws(() => dummies('r', ['a', 'b'], { reference: 'z' }), /reference level "z" of "r" does not occur/);
});
