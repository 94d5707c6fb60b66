import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeQuantile } from '../../src/disclosure/safe-quantile.ts';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

test('the median of 1..10 is the mean of the two central 5-windows: (5 + 6) / 2', () => {
  // h = 9 · 0.5 = 4.5, start = 4.5 − 2 = 2.5: windows {3..7} (mean 5) and {4..8} (mean 6), half each.
  assert.equal(safeQuantile(oneToTen, 0.5), 5.5);
});

test('extremes are the means of the 5 smallest and the 5 largest values', () => {
  assert.equal(safeQuantile(oneToTen, 0), 3); // (1+2+3+4+5)/5
  assert.equal(safeQuantile(oneToTen, 1), 8); // (6+7+8+9+10)/5
});

test('the lower quartile interpolates between neighbouring windows', () => {
  // h = 2.25, start = 0.25: 0.75 · mean(1..5) + 0.25 · mean(2..6) = 0.75·3 + 0.25·4 = 3.25
  assert.equal(safeQuantile(oneToTen, 0.25), 3.25);
});

test('an odd-sized median is the mean of the window centred on the middle value', () => {
  // 7 values, h = 3, start = 1: values 20, 30, 40, 50, 1000 → 228
  assert.equal(safeQuantile([10, 20, 30, 40, 50, 1000, 5000], 0.5), 228);
});

test('never one person\'s value: even with one outlier, the median moves by outlier / k', () => {
  const base = [1, 1, 1, 1, 1, 1, 1, 1, 1];
  const withOutlier = [1, 1, 1, 1, 1, 1, 1, 1, 1001];
  assert.equal(safeQuantile(base, 1), 1);
  assert.equal(safeQuantile(withOutlier, 1), (4 + 1001) / 5);
});

test('k is configurable; k = 1 is the ordinary type-7 quantile', () => {
  assert.equal(safeQuantile(oneToTen, 0.5, 1), 5.5);
  assert.equal(safeQuantile(oneToTen, 0.5, 3), 5.5); // windows {4,5,6} and {5,6,7}: 5 and 6
  assert.equal(safeQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5, 3), 5);
});

test('fewer values than k: no publishable quantile', () => {
  assert.equal(safeQuantile([1, 2, 3, 4], 0.5), null);
  assert.equal(safeQuantile([], 0.5), null);
  assert.equal(safeQuantile([1, 2, 3, 4, 5], 0.9), 3); // exactly k: the mean of all
});

test('bad input fails loudly', () => {
  assert.throws(() => safeQuantile([3, 1, 2, 4, 5], 0.5), /sorted/);
  assert.throws(() => safeQuantile(oneToTen, 1.5), /p must be/);
  assert.throws(() => safeQuantile(oneToTen, Number.NaN), /p must be/);
  assert.throws(() => safeQuantile(oneToTen, 0.5, 0), /k must be/);
});
