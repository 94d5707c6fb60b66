/**
 * Derives an indicator's disclosure spec (how its cells add up) from the indicator itself, so no
 * exhibit needs a hand-written one: indicators over the same persons (target group or residents,
 * ages, `among` restrictions, parental measurement age) share a universe, and shares of the same
 * concept share numerators. A distribution's categories are an outcome dimension.
 */
import type { DimensionSpec, DisclosureSpec } from '../disclosure/index.ts';
import { SPLIT_CODES, type StandardSplit } from '../results/types.ts';
import { CONCEPTS, conceptDef } from './concepts.ts';
import { isConceptSplit } from './compile.ts';
import type { IndicatorSpec, Split } from './spec.ts';

function dimension(split: Split): DimensionSpec {
  // a category concept's categories are disjoint; rows whose category is NULL are not in the population
  if (isConceptSplit(split)) return { column: split, kind: 'partition', parts: [...(conceptDef(split).categories ?? [])] };
  if (split === 'area_group') return { column: split, kind: 'nested', levels: [...SPLIT_CODES.area_group] };
  return { column: split, kind: 'partition', parts: [...SPLIT_CODES[split as StandardSplit]] };
}

export function disclosureSpecFor(spec: IndicatorSpec): DisclosureSpec {
  const pop = spec.population;
  const ages = pop.ages ? `${pop.ages[0]}-${pop.ages[1]}` : 'all';
  const parts = [pop.targetGroup ? `tg${pop.targetGroup}` : 'residents', ages];
  if (pop.among && pop.among.length > 0) parts.push(`among:${[...pop.among].sort().join('+')}`);
  if (pop.parentalAtAge !== undefined) parts.push(`parents@${pop.parentalAtAge}`);
  if (pop.pooled) parts.push(`pooled:${pop.years[0]}-${pop.years[1]}`);
  // a shifted year label is another set of persons per labelled year
  if (pop.yearOffset) parts.push(`year+${pop.yearOffset}`);
  const dimensions: DimensionSpec[] = spec.by.map(dimension);
  const m = spec.measure;
  if (m.kind === 'distribution') {
    dimensions.push({ column: m.key, kind: 'outcome', parts: [...(CONCEPTS[m.of].categories ?? [])] });
  }
  return {
    id: spec.id,
    // the first two parts keep the earlier universe names of all-resident exhibits (residents:15-29)
    universe: parts.length === 2 && !pop.targetGroup ? `residents:${ages}` : parts.join(':'),
    dimensions,
    ...(m.kind === 'share' ? { measure: m.of } : m.kind === 'distribution' ? { measure: m.of } : {}),
  };
}
