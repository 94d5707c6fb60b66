/**
 * An indicator is data: a population, a measure and splits, interpreted by one engine
 * (compile.ts turns it into SQL over the warehouse, run.ts into a ResultTable), the way a
 * Vega-Lite spec is compiled. Adding a figure of the report is adding one of these objects.
 */
import type { Text, ValueUnit, StandardSplit } from '../results/types.ts';
import type { TargetGroupId } from '../populations/spec.ts';

/** Columns of the warehouse's `person_year` (see docs/definitions.md). */
export type Concept =
  | 'poor' | 'restgruppe' | 'neet' | 'employed' | 'in_education' | 'student' | 'has_wealth'
  | 'eq_income' | 'eq_income_nonneg' | 'disp_income'
  /** At least one parent in the restgruppe at the target group's age (populations/): target groups only. */
  | 'parental_restgruppe';

export type Measure =
  /** Share of the population for which the concept is true (rows where it is null are left out). */
  | { kind: 'share'; of: Concept }
  /** Mean of a numeric concept. */
  | { kind: 'mean'; of: Concept }
  /** Gini coefficient of a numeric concept over persons. */
  | { kind: 'gini'; of: Concept };

export interface Population {
  /**
   * A target group (populations/ TARGET_GROUPS): its members instead of all residents, with
   * area_group meaning "grown up in" rather than "lives in". Omitted = all residents by residence.
   */
  targetGroup?: TargetGroupId;
  /** Inclusive age range at the end of the year; omitted = all ages. */
  ages?: readonly [number, number];
  /** Inclusive year range. */
  years: readonly [number, number];
}

export interface IndicatorSpec {
  id: string;
  chapter: number;
  kind: 'figure' | 'table';
  title: Text;
  note: Text;
  unit: ValueUnit;
  population: Population;
  measure: Measure;
  by: readonly StandardSplit[];
  /** Where the report is unclear: what was chosen. */
  choices?: Text[];
  /** Contract tables without which the indicator cannot be computed. */
  needs?: readonly string[];
}
