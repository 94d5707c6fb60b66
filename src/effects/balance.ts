/**
 * Balance before and after matching, as Bilagstabel 2.1/2.2 (psmatch2's pstest layout): for each
 * variable, U = all treated vs the whole control pool, M = matched treated vs matched controls
 * (controls weighted by how often they are used): means, t-value, p > |t| and the standardised
 * difference (% bias, with the unmatched samples' variances in the denominator, as pstest).
 *
 * The t-tests are those of a (weighted) regression of the variable on the treatment dummy, i.e. the
 * pooled-variance two-sample t-test when unweighted (pstest's approach).
 */
import { designMatrix, ols, standardizedBias } from '../stats/index.ts';

export interface BalanceRow {
  variable: string;
  sample: 'U' | 'M';
  meanTreated: number;
  meanControl: number;
  t: number;
  p: number;
  /** Standardised difference in per cent. */
  stdDiff: number;
  nTreated: number;
  nControl: number;
}

/**
 * `weightsTreated`/`weightsControl` are the matching weights (0 = not in the matched sample).
 * Variables that do not vary in a sample get t = p = NaN.
 */
export function balanceRows(
  variable: string,
  treated: ArrayLike<number>,
  control: ArrayLike<number>,
  weightsTreated: ArrayLike<number>,
  weightsControl: ArrayLike<number>,
): BalanceRow[] {
  const unmatched = compare(variable, 'U', treated, control, null, null, treated, control);
  const matched = compare(variable, 'M', treated, control, weightsTreated, weightsControl, treated, control);
  return [unmatched, matched];
}

function compare(
  variable: string,
  sample: 'U' | 'M',
  t: ArrayLike<number>,
  c: ArrayLike<number>,
  wt: ArrayLike<number> | null,
  wc: ArrayLike<number> | null,
  varT: ArrayLike<number>,
  varC: ArrayLike<number>,
): BalanceRow {
  const y: number[] = [];
  const d: number[] = [];
  const w: number[] = [];
  let nT = 0;
  let nC = 0;
  for (let i = 0; i < t.length; i++) {
    const wi = wt ? wt[i] : 1;
    if (wi <= 0) continue;
    y.push(t[i]);
    d.push(1);
    w.push(wi);
    nT++;
  }
  for (let j = 0; j < c.length; j++) {
    const wj = wc ? wc[j] : 1;
    if (wj <= 0) continue;
    y.push(c[j]);
    d.push(0);
    w.push(wj);
    nC++;
  }
  const mean = (grp: number) => {
    let s = 0;
    let sw = 0;
    for (let i = 0; i < y.length; i++) if (d[i] === grp) {
      s += w[i] * y[i];
      sw += w[i];
    }
    return sw > 0 ? s / sw : NaN;
  };
  const meanTreated = mean(1);
  const meanControl = mean(0);
  let tValue = NaN;
  let p = NaN;
  if (nT > 0 && nC > 0 && nT + nC > 2 && !constant(y)) {
    const fit = ols(y, designMatrix([['treated', d]]), { weights: w });
    const coef = fit.coefficients[1];
    tValue = coef.statistic;
    p = coef.pValue;
  }
  let stdDiff = NaN;
  if (varT.length > 1 && varC.length > 1) {
    const tw = wt ? Array.from(wt) : undefined;
    const cw = wc ? Array.from(wc) : undefined;
    const sb = standardizedBias(t, c, { treatedWeights: tw, controlWeights: cw, varianceFrom: { treated: varT, control: varC } });
    stdDiff = Number.isFinite(sb) ? sb : NaN;
  }
  return { variable, sample, meanTreated, meanControl, t: tValue, p, stdDiff, nTreated: nT, nControl: nC };
}

function constant(v: readonly number[]): boolean {
  return v.every((x) => x === v[0]);
}
