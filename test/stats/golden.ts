/** Loading R-made golden files and comparing numbers to a stated precision. */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Reads test/golden/stats/<name>; R writes NaN and ±Infinity as strings, restored here. */
export function loadGolden<T>(name: string): T {
  const text = readFileSync(new URL(`../golden/stats/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && value in SPECIAL ? SPECIAL[value] : value)) as T;
}

/** Relative error, or absolute error where the expected value is 0. */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

export function assertClose(actual: number, expected: number, tol: number, label: string): void {
  const err = relativeError(actual, expected);
  assert.ok(err <= tol || (Number.isNaN(actual) && Number.isNaN(expected)), `${label}: got ${actual}, expected ${expected} (relative error ${err.toExponential(2)} > ${tol})`);
}

export function assertAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < expected.length; i++) assertClose(actual[i], expected[i], tol, `${label}[${i}]`);
}

/**
 * Covariance matrices (column-major actual, row arrays expected), each element's error scaled
 * by √(V_ii V_jj) so that near-zero covariances are judged on the scale of their variances.
 */
export function assertVcovClose(actual: Float64Array, expected: number[][], tol: number, label: string): void {
  const k = expected.length;
  assert.equal(actual.length, k * k, `${label}: vcov size`);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const scale = Math.sqrt(expected[i][i] * expected[j][j]);
      const err = Math.abs(actual[i + j * k] - expected[i][j]) / scale;
      assert.ok(err <= tol, `${label} vcov[${i}][${j}]: got ${actual[i + j * k]}, expected ${expected[i][j]} (scaled error ${err.toExponential(2)})`);
    }
  }
}
