/**
 * An indicator is data: a population, a measure and splits, interpreted by one engine
 * (compile.ts turns it into SQL over the warehouse, run.ts into a ResultTable), the way a
 * Vega-Lite spec is compiled. Adding a figure of the report is adding one of these objects.
 */
import type { ExhibitMeta, StandardSplit } from '../results/types.ts';
import type { PopulationAreaGroup, TargetGroupId } from '../populations/spec.ts';
import type { BooleanConcept, CategoryConcept, NumericConcept } from './concepts.ts';

export type { Concept, BooleanConcept, NumericConcept, CategoryConcept } from './concepts.ts';

/** The parental restgruppe measurement ages of the target groups (populations/ TARGET_GROUPS). */
export type ParentalAge = 0 | 6 | 10 | 15;

export type Measure =
  /** Share of the population for which the concept is true (rows where it is null are left out). */
  | { kind: 'share'; of: BooleanConcept }
  /** Mean of a numeric concept. */
  | { kind: 'mean'; of: NumericConcept }
  /** Gini coefficient of a numeric concept over persons. */
  | { kind: 'gini'; of: NumericConcept }
  /**
   * Events per 1,000 persons: 1000 × Σ events / persons, where the concept counts one person's
   * events in the year (0 if none). The interval is the exact (Garwood) Poisson interval of the
   * event count over the persons, × 1000.
   */
  | { kind: 'rate_per_1000'; of: NumericConcept }
  /**
   * The distribution of a categorical concept: one row per category (key column `key`) with its
   * share of the persons whose category is known; shares of a cell sum to 1.
   */
  | { kind: 'distribution'; of: CategoryConcept; key: string };

export interface Population {
  /**
   * A target group (populations/ TARGET_GROUPS): its members instead of all residents, with
   * area_group meaning "grown up in" rather than "lives in". Omitted = all residents by residence.
   */
  targetGroup?: TargetGroupId;
  /** Inclusive age range at the end of the year; omitted = all ages. */
  ages?: readonly [number, number];
  /** Inclusive year range (of the population's own year, before any yearOffset). */
  years: readonly [number, number];
  /**
   * Rows are labelled with the population year plus this many years: a cohort of entrants of year t
   * followed for N years is shown at t + N, the year its outcome is known (Bilagsfigur 8.4, 8.10, 8.21).
   */
  yearOffset?: number;
  /** Only these years of the range (a table's columns, e.g. 2000 and 2019). */
  onlyYears?: readonly number[];
  /** Boolean concepts every member must have true that year (the exhibit's unit, e.g. 9th-grade pupils). */
  among?: readonly BooleanConcept[];
  /** Only these area groups (a supported-only figure; the population panel is its own exhibit). */
  areaGroups?: readonly PopulationAreaGroup[];
  /**
   * Parental restgruppe measured at this child age instead of the target group's own (Tab 4.3:
   * at 15 for 9th-graders of the school-children group). Also allows the split for all residents.
   */
  parentalAtAge?: ParentalAge;
  /**
   * All years of `years` in one cell (the result's year is null): for populations measured each in
   * its own year, e.g. participants in their start year against residents in one year (Bilag 3).
   */
  pooled?: boolean;
}

/**
 * A split: a standard split (results/types.ts SPLIT_CODES), or a category concept whose categories
 * become the split's codes (e.g. participants against the other residents, Bilag 3). Person-years
 * whose category is NULL are not in the population.
 */
export type Split = StandardSplit | CategoryConcept;

export interface IndicatorSpec extends ExhibitMeta {
  population: Population;
  measure: Measure;
  by: readonly Split[];
  /** Contract tables without which the indicator cannot be computed (besides those its concepts name). */
  needs?: readonly string[];
}
