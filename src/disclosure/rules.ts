/**
 * The output rules of Statistics Denmark's research service (Forskningsservice) as settings.
 * Defaults follow DST: at least 5 persons behind every published number, shares protected on both
 * sides (few with, or few without, the outcome), no dominance rule.
 */

/** Suppress a magnitude cell when its largest contributors hold too much of it. */
export interface DominanceRule {
  /**
   * Name of the `extra` column in which the engine gives the share (0-1) of the cell's total held
   * by its largest contributors (e.g. `top2_share` for the two largest).
   */
  field: string;
  /** Largest share allowed, e.g. 0.85: a cell whose field exceeds it is suppressed. */
  maxShare: number;
}

export interface DisclosureRules {
  /** Fewest persons a published number may rest on (n, and a share's numerator count). __Default:__ 5. */
  minCell: number;
  /**
   * Also suppress a share whose complement n − count is below `minCell`: "all but 2 of them are
   * poor" discloses as much as "2 of them are poor". __Default:__ true.
   */
  complement: boolean;
  /**
   * Also hold to `minCell` the hidden cells a table gives away by subtraction: a nested area group
   * minus the next smaller one shown, a total minus the parts of a non-exhaustive partition.
   * __Default:__ true.
   */
  differences: boolean;
  /** __Default:__ null (off). */
  dominance: DominanceRule | null;
}

export const DEFAULT_DISCLOSURE_RULES: Readonly<DisclosureRules> = Object.freeze({
  minCell: 5,
  complement: true,
  differences: true,
  dominance: null,
});

/** Fills in defaults and rejects settings that would silently weaken protection. */
export function resolveRules(rules: Partial<DisclosureRules> = {}): DisclosureRules {
  const resolved: DisclosureRules = { ...DEFAULT_DISCLOSURE_RULES, ...rules };
  if (!Number.isInteger(resolved.minCell) || resolved.minCell < 1) {
    throw new Error(`disclosure: minCell must be a positive integer, got ${resolved.minCell}`);
  }
  const dominance = resolved.dominance;
  if (dominance !== null && !(dominance.maxShare > 0 && dominance.maxShare <= 1)) {
    throw new Error(`disclosure: dominance.maxShare must be in (0, 1], got ${dominance.maxShare}`);
  }
  return resolved;
}
