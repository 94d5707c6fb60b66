/**
 * Event study and balance on hand-made data: the planted coefficients are recovered from a large
 * simulated panel, frequency weights equal repeated rows, perfect prediction is handled as Stata
 * does, and the balance table's t-test is the pooled two-sample t-test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventStudy, termName, type EventStudyInput } from '../../src/effects/event-study.ts';
import { balanceRows } from '../../src/effects/balance.ts';
import { tTest } from '../../src/stats/index.ts';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (u: () => number) => Math.sqrt(-2 * Math.log(u() + 1e-300)) * Math.cos(2 * Math.PI * u());

const BETA: Record<number, number> = { [-3]: 0, [-2]: 0, 0: Math.log(2.33), 1: Math.log(2.97), 2: Math.log(5) };

/** Persons × event times −3..2; logit or linear outcome with the effects in BETA and an age slope. */
function simulate(persons: number, model: 'logit' | 'ols', seed: number): EventStudyInput & { y: number[]; unit: number[]; eventTime: number[]; treated: number[] } {
  const u = rng(seed);
  const unit: number[] = [];
  const eventTime: number[] = [];
  const y: number[] = [];
  const treated: number[] = [];
  const age: number[] = [];
  for (let p = 0; p < persons; p++) {
    const d = p % 2;
    const a = 13 + Math.floor(u() * 5);
    for (let e = -3; e <= 2; e++) {
      const eta = -2 + 0.3 * (a + e - 15) + 0.4 * d + (BETA[e] ?? 0) * d;
      unit.push(p);
      eventTime.push(e);
      treated.push(d);
      age.push(a);
      y.push(model === 'logit' ? (u() < 1 / (1 + Math.exp(-eta)) ? 1 : 0) : 10 + 2 * eta + normal(u));
    }
  }
  return { unit, eventTime, y, treated, weight: y.map(() => 1), controls: [['alder', age]], window: [-3, 2], reference: -1, model };
}

test('logit event study recovers the planted log odds ratios (within 3.5 clustered SEs)', () => {
  const r = eventStudy(simulate(6000, 'logit', 7));
  for (const t of r.terms.filter((x) => x.eventTime !== -1)) {
    assert.ok(Math.abs(t.coefficient! - BETA[t.eventTime]) < 3.5 * t.se!, `event ${t.eventTime}: ${t.coefficient} vs ${BETA[t.eventTime]} (se ${t.se})`);
    assert.ok(Math.abs(Math.exp(t.coefficient!) - t.estimate!) < 1e-12 && t.lower! < t.estimate! && t.estimate! < t.upper!);
  }
  assert.equal(r.clusters, 6000);
  assert.ok(r.preTrend && r.preTrend.df1 === 2 && r.preTrend.distribution === 'chi2');
  // Predicted probabilities: one per group and event time, inside their intervals, treated rising.
  assert.equal(r.predicted.length, 12);
  const tr = r.predicted.filter((p) => p.group === 'treated');
  assert.ok(tr[5].probability > tr[2].probability + 0.2);
  for (const p of r.predicted) assert.ok(p.lower <= p.probability && p.probability <= p.upper);
});

test('OLS event study: coefficients near the truth, pre-period Wald F test, no probabilities', () => {
  const r = eventStudy(simulate(3000, 'ols', 11));
  for (const t of r.terms.filter((x) => x.eventTime !== -1)) {
    assert.ok(Math.abs(t.estimate! - 2 * BETA[t.eventTime]) < 3.5 * t.se!, `event ${t.eventTime}`);
  }
  assert.equal(r.preTrend?.distribution, 'F');
  assert.equal(r.predicted.length, 0);
});

test('Monte Carlo: the 95 % intervals cover the planted values about 95 % of the time', () => {
  for (const [model, seeds, persons] of [['ols', 40, 600], ['logit', 20, 1500]] as const) {
    let covered = 0;
    let total = 0;
    for (let s = 100; s < 100 + seeds; s++) {
      for (const t of eventStudy(simulate(persons, model, s)).terms) {
        if (t.eventTime === -1) continue;
        const truth = model === 'ols' ? 2 * BETA[t.eventTime] : Math.exp(BETA[t.eventTime]);
        total++;
        if (t.lower! <= truth && truth <= t.upper!) covered++;
      }
    }
    const rate = covered / total;
    assert.ok(rate > 0.85 && rate <= 1, `${model}: coverage ${rate}`);
  }
});

test('frequency weights: weight 2 equals the same person-years twice (logit), and scaling weights changes nothing', () => {
  const base = simulate(400, 'logit', 3);
  const w = base.y.map((_, i) => (base.unit[i] % 3 === 0 ? 2 : 1));
  const weighted = eventStudy({ ...base, weight: w });
  const doubled = eventStudy({ ...base, weight: w.map((x) => 2 * x) });
  for (let i = 0; i < weighted.terms.length; i++) {
    const a = weighted.terms[i];
    const b = doubled.terms[i];
    if (a.coefficient === null) continue;
    assert.ok(Math.abs(a.coefficient - b.coefficient!) < 1e-8);
    assert.ok(Math.abs(a.se! - b.se!) < 1e-8);
  }
  // Expand by hand: persons with weight 2 appear twice under the same cluster id.
  const idx: number[] = [];
  base.y.forEach((_, i) => {
    idx.push(i);
    if (w[i] === 2) idx.push(i);
  });
  const pickN = (v: ArrayLike<number>) => idx.map((i) => v[i]);
  const expanded = eventStudy({
    ...base, unit: pickN(base.unit), eventTime: pickN(base.eventTime), y: pickN(base.y), treated: pickN(base.treated),
    weight: idx.map(() => 1), controls: [['alder', pickN(base.controls[0][1])]],
  });
  for (let i = 0; i < weighted.terms.length; i++) {
    if (weighted.terms[i].coefficient === null) continue;
    assert.ok(Math.abs(weighted.terms[i].coefficient! - expanded.terms[i].coefficient!) < 1e-8);
    assert.ok(Math.abs(weighted.terms[i].se! - expanded.terms[i].se!) < 1e-8);
  }
});

test('a treated cell without the outcome is dropped as Stata does and reported as not estimated', () => {
  const base = simulate(2000, 'logit', 5);
  const y = base.y.map((v, i) => (base.treated[i] && base.eventTime[i] === -3 ? 0 : v));
  const r = eventStudy({ ...base, y });
  const t3 = r.terms.find((t) => t.eventTime === -3)!;
  assert.equal(t3.estimate, null);
  assert.match(t3.note ?? '', /perfect prediction/);
  assert.equal(r.preTrend?.names.join(), termName(-2));
  assert.ok(r.terms.find((t) => t.eventTime === 2)!.estimate! > 1);
});

test('no variation at the reference event time is refused with a clear error', () => {
  const base = simulate(300, 'logit', 9);
  const y = base.y.map((v, i) => (!base.treated[i] && base.eventTime[i] === -1 ? 0 : v));
  assert.throws(() => eventStudy({ ...base, y }), /reference event time -1/);
});

test('balance: unmatched t equals the pooled-variance t-test; matched uses the weights', () => {
  const t = [1, 0, 1, 1, 0, 1, 1, 1];
  const c = [0, 0, 1, 0, 0, 1, 0, 0, 0, 0];
  const [u, m] = balanceRows('x', t, c, t.map(() => 1), c.map((_, j) => (j < 4 ? 1 : 0)));
  const ref = tTest(t, c, { equalVariance: true });
  assert.ok(Math.abs(u.t - ref.statistic) < 1e-10);
  assert.ok(Math.abs(u.p - ref.pValue) < 1e-10);
  assert.equal(u.meanTreated, 0.75);
  assert.equal(u.meanControl, 0.2);
  assert.equal(m.meanControl, 0.25);
  assert.equal(m.nControl, 4);
  // Standardised difference with the unmatched variances (pstest).
  const sd = Math.sqrt((variance(t) + variance(c)) / 2);
  assert.ok(Math.abs(m.stdDiff - (100 * (0.75 - 0.25)) / sd) < 1e-10);
});

function variance(v: number[]): number {
  const m = v.reduce((s, x) => s + x, 0) / v.length;
  return v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1);
}
