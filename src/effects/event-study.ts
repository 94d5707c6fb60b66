/**
 * The event-study difference-in-differences on the matched person-year panel:
 *
 *   g(E[y_it]) = α + δ·D_i + Σ_{k≠ref} γ_k·1[e_it = k] + Σ_{k≠ref} β_k·D_i·1[e_it = k] + X_i'θ
 *
 * with g = logit (binary outcome, β reported as odds ratios) or identity (OLS), D_i = treated,
 * e_it = event time (calendar year − start year; 2018 for controls), reference event time −1, X_i the
 * control variables measured in the start year (age in the start year with the event dummies
 * makes age at t linear, which is what the Fig 9.2 note calls the age effect) and region dummies.
 * Standard errors are clustered by person (CR1, Stata's vce(cluster id)). Matching weights enter
 * as frequency weights: with replacement a control used twice counts twice (logit: rows repeated,
 * which gives the weighted estimator and the weighted cluster sandwich exactly; OLS: weights).
 *
 * A term that cannot be estimated because it predicts the outcome perfectly (e.g. no treated girl
 * with a job 3 years before, the report's "-" in Tab 9.3) is dropped with its observations, as
 * Stata's logit does, and reported as not estimated.
 */
import {
  designMatrix,
  EstimationError,
  logit,
  normalQuantile,
  ols,
  waldTest,
  type Coefficient,
  type LogitFit,
  type OlsFit,
  type WaldTest,
} from '../stats/index.ts';
import { dropPerfect, isConstant } from './propensity.ts';

export interface EventStudyInput {
  /** Person-year rows. */
  unit: ArrayLike<number>;
  eventTime: ArrayLike<number>;
  y: ArrayLike<number>;
  treated: ArrayLike<number>;
  /** Frequency weight of the row's person (> 0). */
  weight: ArrayLike<number>;
  /** Control columns (already restricted to the rows). */
  controls: ReadonlyArray<readonly [string, ArrayLike<number>]>;
  window: readonly [number, number];
  reference: number;
  model: 'logit' | 'ols';
  level?: number;
}

export interface EventTerm {
  eventTime: number;
  name: string;
  /** Coefficient (log odds ratio for logit); null when not estimable. */
  coefficient: number | null;
  /** Odds ratio (logit) or the coefficient (OLS). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  se: number | null;
  pValue: number | null;
  /** Treated persons observed at this event time. */
  nTreated: number;
  note?: string;
}

export interface PredictedProbability {
  group: 'treated' | 'control';
  eventTime: number;
  probability: number;
  lower: number;
  upper: number;
  persons: number;
}

export interface EventStudyResult {
  terms: EventTerm[];
  /** Joint Wald test that the estimable pre-period terms are zero. */
  preTrend: WaldTest | null;
  predicted: PredictedProbability[];
  persons: number;
  rows: number;
  clusters: number;
  notes: string[];
  coefficients: Coefficient[];
}

export const termName = (k: number) => `treated×e=${k}`;
const eventName = (k: number) => `e=${k}`;

/** Smallest common multiple of the denominators of the weights (1/m sums), for frequency expansion. */
function integerScale(weights: ArrayLike<number>): number {
  for (const scale of [1, 2, 6, 12, 60, 420, 840, 2520]) {
    let ok = true;
    for (let i = 0; i < weights.length && ok; i++) ok = Math.abs(weights[i] * scale - Math.round(weights[i] * scale)) < 1e-9;
    if (ok) return scale;
  }
  throw new Error('matching weights are not rational with a small denominator; use k ≤ 7');
}

export function eventStudy(input: EventStudyInput): EventStudyResult {
  const level = input.level ?? 0.95;
  const notes: string[] = [];
  const n = input.y.length;
  const events: number[] = [];
  for (let k = input.window[0]; k <= input.window[1]; k++) if (k !== input.reference) events.push(k);

  const keep = new Uint8Array(n).fill(1);
  const columns = new Map<string, Float64Array>();
  columns.set('treated', Float64Array.from(input.treated));
  for (const k of events) columns.set(eventName(k), Float64Array.from({ length: n }, (_, i) => (input.eventTime[i] === k ? 1 : 0)));
  for (const k of events) columns.set(termName(k), Float64Array.from({ length: n }, (_, i) => (input.eventTime[i] === k && input.treated[i] ? 1 : 0)));
  for (const [name, values] of input.controls) columns.set(name, Float64Array.from(values));
  const notEstimated = new Map<number, string>();
  if (input.model === 'logit') {
    // Cells without outcome variation make the logit diverge in combination (quasi-separation that
    // the single-variable check cannot see). A control cell (group × event time) without variation:
    // the event time is left out for both groups; a treated cell: its term and rows go, as Stata.
    for (const grp of [0, 1]) {
      let ones = 0;
      let total = 0;
      for (let i = 0; i < n; i++) if (input.eventTime[i] === input.reference && (input.treated[i] ? 1 : 0) === grp) {
        total++;
        ones += input.y[i];
      }
      if (total === 0 || ones === 0 || ones === total) {
        throw new EstimationError('perfect_prediction', ['treated'], `the ${grp ? 'treated' : 'control'} group has ${total === 0 ? 'no person-years' : ones === 0 ? 'no outcome' : 'the outcome in every person-year'} at the reference event time ${input.reference}: the odds ratios are not identified`);
      }
    }
    for (const k of events) {
      for (const grp of [0, 1]) {
        let ones = 0;
        let total = 0;
        for (let i = 0; i < n; i++) if (keep[i] && input.eventTime[i] === k && (input.treated[i] ? 1 : 0) === grp) {
          total++;
          ones += input.y[i];
        }
        if (total === 0 || (ones > 0 && ones < total)) continue;
        const all = ones === 0 ? 'no' : 'every';
        for (let i = 0; i < n; i++) if (input.eventTime[i] === k && (grp === 0 || input.treated[i])) keep[i] = 0;
        if (grp === 0) {
          notEstimated.set(k, `${all} control person-year has the outcome at this event time; event time left out`);
          columns.delete(eventName(k));
        } else if (!notEstimated.has(k)) {
          notEstimated.set(k, `${all} treated person-year has the outcome at this event time (perfect prediction); dropped as Stata's logit`);
        }
        columns.delete(termName(k));
      }
    }
  }

  let fit: LogitFit | OlsFit | null = null;
  let rowsUsed: number[] = [];
  let expandedIndex: number[] = [];
  let designColumns: Float64Array[] = [];
  for (let attempt = 0; attempt < 60 && !fit; attempt++) {
    for (const [name, col] of [...columns]) {
      if (isConstant(col, keep)) {
        columns.delete(name);
        const k = termEvent(name);
        if (k !== null) notEstimated.set(k, 'no treated person observed at this event time');
        else if (name !== 'treated') notes.push(`outcome model: left out constant ${name}`);
      }
    }
    rowsUsed = [...keep.keys()].filter((i) => keep[i]);
    const names = [...columns.keys()];
    try {
      if (input.model === 'ols') {
        const design = designMatrix(names.map((nm) => [nm, rowsUsed.map((i) => columns.get(nm)![i])] as const));
        fit = ols(rowsUsed.map((i) => input.y[i]), design, {
          weights: rowsUsed.map((i) => input.weight[i]),
          vcov: { type: 'CR1', cluster: rowsUsed.map((i) => input.unit[i]) },
          level,
          onCollinear: 'drop',
        });
        expandedIndex = rowsUsed;
      } else {
        const scale = integerScale(rowsUsed.map((i) => input.weight[i]));
        expandedIndex = [];
        for (const i of rowsUsed) {
          const times = Math.round(input.weight[i] * scale);
          for (let r = 0; r < times; r++) expandedIndex.push(i);
        }
        designColumns = names.map((nm) => Float64Array.from(expandedIndex, (i) => columns.get(nm)![i]));
        const design = designMatrix(names.map((nm, j) => [nm, designColumns[j]] as const));
        fit = logit(expandedIndex.map((i) => input.y[i]), design, {
          vcov: { type: 'CR1', cluster: expandedIndex.map((i) => input.unit[i]) },
          level,
          onCollinear: 'drop',
        });
      }
    } catch (e) {
      if (e instanceof EstimationError && e.problem === 'no_convergence') {
        throw new EstimationError('no_convergence', e.variables, `outcome model did not converge (quasi-separation among ${e.variables.length} columns; the message carries no counts, which could be small)`);
      }
      if (!(e instanceof EstimationError) || (e.problem !== 'perfect_prediction' && e.problem !== 'separation')) throw e;
      const name = e.variables[0];
      const col = columns.get(name)!;
      const dropped = dropPerfect(col, input.y, keep);
      columns.delete(name);
      const k = termEvent(name);
      if (k !== null) notEstimated.set(k, `predicts the outcome perfectly; dropped with ${dropped} person-year(s), as Stata's logit`);
      else notes.push(`outcome model: ${name} predicts the outcome perfectly; dropped with ${dropped} person-year(s)`);
    }
  }
  if (!fit) throw new Error('outcome model: could not remove perfect prediction');
  if (fit.aliased.length > 0) notes.push(`outcome model: collinear ${fit.aliased.join(', ')} dropped`);

  const byName = new Map(fit.coefficients.map((c) => [c.name, c]));
  const treatedAt = (k: number) => {
    const persons = new Set<number>();
    for (const i of rowsUsed) if (input.treated[i] && input.eventTime[i] === k) persons.add(input.unit[i]);
    return persons.size;
  };
  const terms: EventTerm[] = [];
  for (let k = input.window[0]; k <= input.window[1]; k++) {
    const nTreated = treatedAt(k);
    if (k === input.reference) {
      terms.push({ eventTime: k, name: 'reference', coefficient: null, estimate: null, lower: null, upper: null, se: null, pValue: null, nTreated, note: 'reference' });
      continue;
    }
    const c = byName.get(termName(k));
    if (!c || c.aliased) {
      terms.push({
        eventTime: k, name: termName(k), coefficient: null, estimate: null, lower: null, upper: null, se: null, pValue: null, nTreated,
        note: notEstimated.get(k) ?? 'not estimable (collinear)',
      });
      continue;
    }
    const tr = input.model === 'logit' ? Math.exp : (v: number) => v;
    terms.push({
      eventTime: k, name: c.name, coefficient: c.estimate, estimate: tr(c.estimate), lower: tr(c.lower), upper: tr(c.upper),
      se: c.se, pValue: c.pValue, nTreated,
    });
  }
  const pre = terms.filter((t) => t.eventTime < input.reference && t.coefficient !== null).map((t) => t.name);
  const preTrend = pre.length > 0 ? waldTest(fit, pre) : null;

  const predicted = input.model === 'logit' ? predictedProbabilities(fit as LogitFit, designColumns, expandedIndex, input, level) : [];
  const persons = new Set<number>();
  for (const i of rowsUsed) persons.add(input.unit[i]);
  return {
    terms,
    preTrend,
    predicted,
    persons: persons.size,
    rows: rowsUsed.length,
    clusters: fit.clusters ?? 0,
    notes,
    coefficients: fit.coefficients,
  };
}

function termEvent(name: string): number | null {
  const m = /^treated×e=(-?\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Average predicted probability by group and event time over that group's (weighted) person-years,
 * from the fitted logit (§3.10: averaged predictions rather than predictions at the means), with
 * a delta-method interval from the clustered covariance.
 */
function predictedProbabilities(fit: LogitFit, design: Float64Array[], rows: readonly number[], input: EventStudyInput, level: number): PredictedProbability[] {
  const z = normalQuantile(1 - (1 - level) / 2);
  // Columns after the intercept, in fit order: fit.names = ['(Intercept)', ...design names].
  const k = fit.names.length;
  const value = (r: number, j: number) => (j === 0 ? 1 : design[j - 1][r]);
  const out: PredictedProbability[] = [];
  for (const group of ['treated', 'control'] as const) {
    for (let e = input.window[0]; e <= input.window[1]; e++) {
      const grad = new Float64Array(k);
      let sum = 0;
      let count = 0;
      const persons = new Set<number>();
      rows.forEach((i, r) => {
        if ((input.treated[i] ? 'treated' : 'control') !== group || input.eventTime[i] !== e) return;
        const p = fit.fitted[r];
        sum += p;
        count++;
        persons.add(input.unit[i]);
        const d = p * (1 - p);
        for (let j = 0; j < k; j++) grad[j] += d * value(r, j);
      });
      if (count === 0) continue;
      const mean = sum / count;
      let variance = 0;
      for (let a = 0; a < k; a++) {
        if (!Number.isFinite(fit.vcov.data[a + a * k])) continue;
        for (let b = 0; b < k; b++) {
          const v = fit.vcov.data[a + b * k];
          if (Number.isFinite(v)) variance += (grad[a] / count) * v * (grad[b] / count);
        }
      }
      const se = Math.sqrt(Math.max(variance, 0));
      out.push({ group, eventTime: e, probability: mean, lower: Math.max(0, mean - z * se), upper: Math.min(1, mean + z * se), persons: persons.size });
    }
  }
  return out;
}
