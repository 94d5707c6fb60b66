/** Wald inference for a coefficient vector: statistics, p-values and confidence intervals. */

import { normalQuantile, tQuantile, tTwoSidedP } from './distributions.ts';
import type { Matrix } from './linalg.ts';

/** Reference distribution of the Wald statistic: t with `df` degrees of freedom, or normal (df = Infinity). */
export interface Reference {
  distribution: 't' | 'normal';
  df: number;
}

export interface Coefficient {
  name: string;
  estimate: number;
  se: number;
  /** estimate / se: t or z depending on the model's reference distribution. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  lower: number;
  upper: number;
  /**
   * True when the column was dropped as linearly dependent on earlier ones (only with
   * `onCollinear: 'drop'`); every number above is then NaN.
   */
  aliased: boolean;
}

export function coefficientTable(
  names: readonly string[],
  estimates: ArrayLike<number>,
  vcov: Matrix,
  reference: Reference,
  level: number,
): Coefficient[] {
  if (!(level > 0 && level < 1)) throw new Error(`confidence level must be in (0, 1), got ${level}`);
  const k = names.length;
  const crit =
    reference.distribution === 'normal' ? normalQuantile(1 - (1 - level) / 2) : tQuantile(1 - (1 - level) / 2, reference.df);
  return names.map((name, j) => {
    const estimate = estimates[j];
    const se = Math.sqrt(vcov.data[j + j * k]);
    const statistic = estimate / se;
    return {
      name,
      estimate,
      se,
      statistic,
      pValue: tTwoSidedP(statistic, reference.distribution === 'normal' ? Infinity : reference.df),
      lower: estimate - crit * se,
      upper: estimate + crit * se,
      aliased: Number.isNaN(estimate),
    };
  });
}
