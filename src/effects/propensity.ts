/**
 * The propensity score: P(treated | control variables) by a binary regression (logit by default,
 * probit as psmatch2's default), fitted on the treated and the whole control pool.
 *
 * Columns that are constant in the sample are left out (e.g. "no information on mother" when every
 * mother is known). A variable that predicts treatment perfectly is dropped together with the
 * units it predicts, as Stata's logit does, and the dropped units get no score (they cannot be
 * matched). Each such step is reported in `notes`.
 */
import { designMatrix, EstimationError, logit, type Link, type LogitFit } from '../stats/index.ts';
import { INCOME_SCALE, type Covariate } from './covariates.ts';
import type { Cohort } from './populations.ts';

export interface PropensityResult {
  /** Score per cohort unit (cohort order); NaN for units dropped by perfect prediction. */
  scores: Float64Array;
  fit: LogitFit;
  used: string[];
  notes: string[];
}

/** The model value of a covariate column (income in 100,000 DKK). */
export function modelColumn(cohort: Cohort, id: string): Float64Array {
  const col = cohort.covariates[id];
  return id === 'disp_familieindkomst' ? col.map((v) => v / INCOME_SCALE) : col;
}

export function isConstant(values: ArrayLike<number>, keep?: ArrayLike<number>): boolean {
  let first: number | null = null;
  for (let i = 0; i < values.length; i++) {
    if (keep && !keep[i]) continue;
    if (first === null) first = values[i];
    else if (values[i] !== first) return false;
  }
  return true;
}

export function estimatePropensity(cohort: Cohort, covariates: readonly Covariate[], link: Link = 'logit'): PropensityResult {
  const notes: string[] = [];
  const n = cohort.treated.length;
  const keep = new Uint8Array(n).fill(1);
  let ids = covariates.filter((c) => c.inPropensity).map((c) => c.id);
  const y = Float64Array.from(cohort.treated);

  for (let attempt = 0; attempt < 40; attempt++) {
    const constant = ids.filter((id) => isConstant(cohort.covariates[id], keep));
    if (constant.length > 0) {
      notes.push(`propensity model: left out constant ${constant.join(', ')}`);
      ids = ids.filter((id) => !constant.includes(id));
    }
    const rows = [...keep.keys()].filter((i) => keep[i]);
    const design = designMatrix(ids.map((id) => [id, pick(modelColumn(cohort, id), rows)] as const));
    try {
      const fit = logit(pick(y, rows), design, { link, onCollinear: 'drop' });
      if (fit.aliased.length > 0) notes.push(`propensity model: collinear ${fit.aliased.join(', ')} dropped`);
      const scores = new Float64Array(n).fill(NaN);
      rows.forEach((i, r) => (scores[i] = fit.fitted[r]));
      return { scores, fit, used: ids.filter((id) => !fit.aliased.includes(id)), notes };
    } catch (e) {
      if (!(e instanceof EstimationError) || (e.problem !== 'perfect_prediction' && e.problem !== 'separation')) throw e;
      const id = e.variables[0];
      const col = cohort.covariates[id];
      // Drop the units at the value that predicts perfectly (binary columns), then the column.
      const dropped = dropPerfect(col, cohort.treated, keep);
      notes.push(`propensity model: ${id} predicts treatment perfectly; dropped with ${dropped} unit(s)`);
      ids = ids.filter((x) => x !== id);
    }
  }
  throw new Error('propensity model: could not remove perfect prediction');
}

/** For a binary column: marks as not kept the units at a value where the outcome does not vary. */
export function dropPerfect(col: ArrayLike<number>, y: ArrayLike<number>, keep: Uint8Array): number {
  const counts = new Map<number, [number, number]>();
  for (let i = 0; i < col.length; i++) {
    if (!keep[i]) continue;
    const c = counts.get(col[i]) ?? [0, 0];
    c[y[i] ? 1 : 0]++;
    counts.set(col[i], c);
  }
  if (counts.size !== 2) return 0;
  let dropped = 0;
  for (const [v, [n0, n1]] of counts) {
    if (n0 > 0 && n1 > 0) continue;
    for (let i = 0; i < col.length; i++) if (keep[i] && col[i] === v) {
      keep[i] = 0;
      dropped++;
    }
  }
  return dropped;
}

export function pick(values: ArrayLike<number>, rows: readonly number[]): Float64Array {
  return Float64Array.from(rows, (i) => values[i]);
}
