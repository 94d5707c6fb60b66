import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gaussSuppress, type SparseVector } from '../../src/disclosure/gauss.ts';

/** The 0/1 vector over the given inner cells. */
function sum(...cells: number[]): SparseVector {
  return new Map(cells.map((c) => [c, 1]));
}

test('a protected cell in a published total: the last remaining part is withheld', () => {
  // Inner cells a=0, b=1, c=2; a protected. Total, c, b offered in that order: b would complete it.
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0, 1, 2)], [sum(2)], [sum(1)]], protect: [sum(0)] }), [2]);
});

test('a candidate already in the span is published for free', () => {
  // a+b, b+c, then a−c (= (a+b) − (b+c)) carries nothing new and cannot reveal a.
  const aMinusC = new Map([[0, 1], [2, -1]]);
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0, 1)], [sum(1, 2)], [aMinusC]], protect: [sum(0)] }), []);
});

test('a group is judged whole: two vectors that reveal only together are withheld together', () => {
  // Publishing a+b alone, or b alone, is safe; the group {a+b, b} reveals a.
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0, 1), sum(1)]], protect: [sum(0)] }), [0]);
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0, 1)], [sum(1)]], protect: [sum(0)] }), [1]);
});

test('a protected difference: n − count is revealed by n and count together', () => {
  // Layer 0 holds persons (cells 0, 1), layer 1 the persons with the outcome (cells 2, 3).
  const complement = new Map([[0, 1], [2, -1]]);
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0)], [sum(2)]], protect: [complement] }), [1]);
});

test('nothing to protect: nothing withheld, without any elimination', () => {
  assert.deepEqual(gaussSuppress({ candidates: [[sum(0)], [sum(1)]], protect: [] }), []);
});

test('coefficients that outgrow exact arithmetic fall back to floating point with the same answer', () => {
  // Vectors with huge, coprime coefficients overflow 2^50 on the first elimination step.
  const big = 2 ** 40 + 1;
  const other = 2 ** 40 - 1;
  const v1 = new Map([[0, big], [1, other]]);
  const v2 = new Map([[0, other], [1, big]]);
  // v1 and v2 span the plane, so together they reveal cell 0; either alone does not.
  assert.deepEqual(gaussSuppress({ candidates: [[v1], [v2]], protect: [sum(0)] }), [1]);
});
