/**
 * Nearest-neighbour matching: the golden comparison with R's MatchIt (scripts/golden/matchit.R)
 * on a committed dataset with ties and units off support, plus hand-worked cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nearestNeighbourMatch, nearestNeighbourMatchData, type MatchOrder } from '../../src/effects/matching.ts';

interface GoldenCase {
  replace: boolean;
  ratio: number;
  caliper: number | null;
  m_order: MatchOrder;
  discard: 'none' | 'treated';
  matches: number[][];
  treated_weights: number[];
  control_weights: number[];
}

const dir = new URL('../golden/effects/', import.meta.url);
const golden = JSON.parse(readFileSync(new URL('matchit.json', dir), 'utf8')) as { cases: GoldenCase[]; n_treated: number; n_control: number };
const rows = readFileSync(new URL('matchit-data.csv', dir), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const treat = rows.map((r) => r[1]);
const score = rows.map((r) => r[2]);

test('golden: every MatchIt case gives the same matches and weights', () => {
  assert.equal(golden.cases.length, 38);
  assert.equal(treat.filter((t) => t === 1).length, golden.n_treated);
  for (const c of golden.cases) {
    const label = `replace=${c.replace} ratio=${c.ratio} caliper=${c.caliper} order=${c.m_order} discard=${c.discard}`;
    const r = nearestNeighbourMatchData(score, treat, {
      k: c.ratio, replace: c.replace, caliper: c.caliper, order: c.m_order, commonSupport: c.discard,
    });
    assert.deepEqual(r.matches, c.matches, label);
    assert.deepEqual(Array.from(r.treatedWeights), c.treated_weights, label);
    r.controlWeightsNormalised.forEach((w, j) => assert.ok(Math.abs(w - c.control_weights[j]) < 1e-12, `${label}: control ${j} weight ${w} vs ${c.control_weights[j]}`));
  }
});

test('golden cases exercise the caliper, unmatched treated and reuse', () => {
  const cal = golden.cases.find((c) => c.caliper === 0.01 && !c.replace && c.ratio === 1 && c.m_order === 'largest' && c.discard === 'none');
  assert.ok(cal);
  assert.ok(cal.matches.filter((m) => m.length === 0).length > 5, 'some treated are unmatched by the caliper');
  const rep = golden.cases.find((c) => c.replace && c.ratio === 1 && c.caliper === null);
  assert.ok(rep && rep.control_weights.some((w) => w > 1), 'with replacement some control is reused');
});

test('hand-worked: nearest within caliper, left wins ties, unmatched counted', () => {
  // Treated 0.50 has controls at 0.48 and 0.52 (tie: the lower score wins); 0.90 has none within 0.01.
  const r = nearestNeighbourMatch([0.5, 0.9], [0.52, 0.48, 0.2], { caliper: 0.05 });
  assert.deepEqual(r.matches, [[1], []]);
  assert.equal(r.matchedTreated, 1);
  assert.equal(r.unmatchedTreated, 1);
  assert.equal(r.support.treatedOutside, 1);
  assert.deepEqual(Array.from(r.controlWeights), [0, 1, 0]);
});

test('hand-worked: without replacement the larger score chooses first; with replacement both take the same control', () => {
  const t = [0.40, 0.41];
  const c = [0.405, 0.30];
  const without = nearestNeighbourMatch(t, c, { replace: false, caliper: null });
  assert.deepEqual(without.matches, [[1], [0]]);
  const withR = nearestNeighbourMatch(t, c, { replace: true, caliper: null });
  assert.deepEqual(withR.matches, [[0], [0]]);
  assert.deepEqual(Array.from(withR.controlWeights), [2, 0]);
  assert.equal(withR.matchedControls, 1);
});

test('k neighbours: matched in rounds, fewer than k counted as partial', () => {
  const r = nearestNeighbourMatch([0.5], [0.49, 0.52, 0.9], { k: 3, caliper: 0.05 });
  assert.deepEqual(r.matches, [[0, 1]]);
  assert.equal(r.partiallyMatched, 1);
  assert.deepEqual(Array.from(r.controlWeights), [0.5, 0.5, 0]);
});

test('common support: treated outside the control range are discarded when asked', () => {
  const r = nearestNeighbourMatch([0.95, 0.3], [0.2, 0.31, 0.9], { caliper: null, commonSupport: 'treated' });
  assert.equal(r.support.treatedDiscarded, 1);
  assert.deepEqual(r.matches, [[], [1]]);
});

test('input validation', () => {
  assert.throws(() => nearestNeighbourMatch([NaN], [0.1]), /not finite/);
  assert.throws(() => nearestNeighbourMatch([0.1], [0.1], { k: 0 }), /positive integer/);
});
