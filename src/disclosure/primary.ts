/**
 * Primary suppression: which numbers of one row are too small to publish.
 *
 * Conventions the engines follow (the only inputs read here):
 * - `n` is the number of persons behind the row's value.
 * - A share (`unit: 'share'`) also carries its numerator, the persons with the outcome, in
 *   `extra.count`. The count is derivable from value × n anyway, so it is protected like n.
 * - With a dominance rule on, magnitude rows carry the rule's field in `extra`.
 * - A table that mixes shares with a mean (e.g. "Alder og procent") marks the mean rows with
 *   `extra.is_mean = 1`; they need no numerator.
 */
import type { ResultRow, ValueUnit } from '../results/types.ts';
import type { DisclosureRules } from './rules.ts';

/** The numbers of a row that must stay undeterminable: its n, its numerator, or n − numerator. */
export type Protected = 'n' | 'count' | 'complement';

export interface PrimaryVerdict {
  /** Empty when the row must go but nothing of it can be protected (n unknown). */
  protect: Protected[];
}

/** Units whose value is a total or mean of amounts, where one large contributor can dominate. */
const MAGNITUDE_UNITS: ReadonlySet<ValueUnit> = new Set(['dkk', 'mean', 'grams']);

/** True if the row shows anything at all; an all-null row needs no protection. */
export function publishesAnything(row: ResultRow): boolean {
  if (row.value !== null || row.n !== null || row.lower !== null || row.upper !== null) return true;
  return Object.values(row.extra ?? {}).some((x) => x !== null);
}

/** A share's numerator count, or null when the row is not a share or the count is missing. */
export function numeratorCount(row: ResultRow, unit: ValueUnit): number | null {
  if (unit !== 'share') return null;
  return row.extra?.count ?? null;
}

/**
 * Decides primary suppression for one row; null means the row may be published.
 * Throws (naming only the exhibit) when a row lacks what the conventions require.
 */
export function primaryVerdict(row: ResultRow, unit: ValueUnit, rules: DisclosureRules, exhibitId: string): PrimaryVerdict | null {
  if (!publishesAnything(row)) return null;
  // A value whose population size is unknown cannot be shown to be safe.
  if (row.n === null) return { protect: [] };

  const protect: Protected[] = [];
  if (row.n < rules.minCell) protect.push('n');

  const count = numeratorCount(row, unit);
  if (unit === 'share' && row.extra?.is_mean !== 1 && row.value !== null && count === null) {
    throw new Error(`disclosure: ${exhibitId}: a share row has no extra.count (its numerator)`);
  }
  if (count !== null) {
    if (count < rules.minCell) protect.push('count');
    if (rules.complement && row.n - count < rules.minCell) protect.push('complement');
  }

  const dominance = rules.dominance;
  if (dominance !== null && MAGNITUDE_UNITS.has(unit) && row.value !== null) {
    const share = row.extra?.[dominance.field];
    if (share === undefined || share === null) {
      throw new Error(`disclosure: ${exhibitId}: the dominance rule needs extra.${dominance.field} on every value`);
    }
    // The magnitudes add up over the same inner cells as n, so protecting n protects them.
    if (share > dominance.maxShare && !protect.includes('n')) protect.push('n');
  }
  return protect.length > 0 ? { protect } : null;
}
