/**
 * Derives an indicator's disclosure spec (how its cells add up) from the indicator itself, so no
 * exhibit needs a hand-written one: indicators over the same ages share a universe, and shares of
 * the same concept share numerators.
 */
import type { DimensionSpec, DisclosureSpec } from '../disclosure/index.ts';
import { SPLIT_CODES, type StandardSplit } from '../results/types.ts';
import type { IndicatorSpec } from './spec.ts';

function dimension(split: StandardSplit): DimensionSpec {
  if (split === 'area_group') return { column: split, kind: 'nested', levels: [...SPLIT_CODES.area_group] };
  return { column: split, kind: 'partition', parts: [...SPLIT_CODES[split]] };
}

export function disclosureSpecFor(spec: IndicatorSpec): DisclosureSpec {
  const ages = spec.population.ages ? `${spec.population.ages[0]}-${spec.population.ages[1]}` : 'all';
  return {
    id: spec.id,
    universe: `residents:${ages}`,
    dimensions: spec.by.map(dimension),
    ...(spec.measure.kind === 'share' ? { measure: spec.measure.of } : {}),
  };
}
