/** Disclosure control: the one pass every result table takes before any writer sees it. */
export { applyDisclosure, type DisclosureResult, type DisclosureSummary } from './apply-disclosure.ts';
export { DEFAULT_DISCLOSURE_RULES, type DisclosureRules, type DominanceRule } from './rules.ts';
export { safeQuantile } from './safe-quantile.ts';
export type { AdditiveSpec, DimensionSpec, DisclosureSpec, ExemptSpec } from './spec.ts';
