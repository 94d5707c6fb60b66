/**
 * How an exhibit's cells add up, declared as data, so that secondary suppression can find every
 * way a suppressed number could be recomputed from published ones.
 *
 * Exhibits that name the same `universe` report on the same persons: for one year, their cells are
 * all sums over one grid of inner cells, the product of the universe's additive dimensions. A
 * column an exhibit does not split by counts as its total (all inner codes), unless `fixed` pins
 * it. Fig 2.3 (by area group) and Fig 2.4 (by area group × origin) thus share a universe, and
 * Fig 2.4's supported/menapt + supported/non_menapt is Fig 2.3's supported count without anyone
 * having to say so.
 *
 * @example
 * const fig2_4: DisclosureSpec = {
 *   id: 'fig-2.4', universe: 'residents', measure: 'poor',
 *   dimensions: [
 *     { column: 'area_group', kind: 'nested', levels: ['supported', 'social_housing', 'population'] },
 *     // Some residents have no known origin (catalogue: Fig 2.4 Ns sum below Fig 2.3's).
 *     { column: 'origin', kind: 'partition', parts: ['menapt', 'non_menapt'], exhaustive: false },
 *   ],
 * };
 */

/**
 * Disjoint parts of a whole, e.g. origin menapt + non_menapt, sex male + female,
 * parental_restgruppe yes + no. `total` names the code, if any, that a table uses for the whole.
 * When the parts do not cover everyone (`exhaustive: false`), a hidden rest part is added.
 */
export interface PartitionDimension {
  column: string;
  kind: 'partition';
  parts: readonly string[];
  total?: string;
  /** __Default:__ true. */
  exhaustive?: boolean;
}

/**
 * Groups each inside the next, smallest first: supported ⊆ social_housing ⊆ population. Not a
 * partition, but the differences between levels are published implicitly, so each difference is
 * modelled as a hidden part: social_housing = supported + (social_housing − supported).
 */
export interface NestedDimension {
  column: string;
  kind: 'nested';
  levels: readonly string[];
}

/**
 * The categories of a categorical outcome whose shares sum to 1 over the parts (e.g. in education /
 * employed / NEET): a row's n covers all parts, its numerator count only its own part.
 */
export interface OutcomeDimension {
  column: string;
  kind: 'outcome';
  parts: readonly string[];
  total?: string;
  /** __Default:__ true. */
  exhaustive?: boolean;
}

/**
 * Each value names a different yes/no outcome over the same persons (e.g. the risk factors of
 * Table 3.1): the rows share their n but each has its own numerator.
 */
export interface MeasureDimension {
  column: string;
  kind: 'measure';
}

/**
 * Each value is its own population, unrelated to the others (e.g. items measured on different
 * subsets of pupils). Rows with different values, or without the column, are never linked.
 */
export interface LabelDimension {
  column: string;
  kind: 'label';
}

export type DimensionSpec = PartitionDimension | NestedDimension | OutcomeDimension | MeasureDimension | LabelDimension;

/** An exhibit whose cells are person counts (or rest on them) and take part in secondary suppression. */
export interface AdditiveSpec {
  /** Manifest id of the exhibit, e.g. `fig-2.4`. */
  id: string;
  /** Exhibits naming the same universe describe the same persons in a given year. */
  universe: string;
  /** Every key column of the exhibit, declared. Columns shared within a universe must be declared alike. */
  dimensions: readonly DimensionSpec[];
  /** Key values every row has implicitly, e.g. `{ area_group: 'supported' }` for a supported-only exhibit. */
  fixed?: Readonly<Record<string, string>>;
  /**
   * The yes/no outcome a share counts. Exhibits of one universe with the same measure share their
   * numerators. __Default:__ the exhibit id (numerators linked to no other exhibit).
   */
  measure?: string;
}

/**
 * An exhibit that does not rest on Statistics Denmark microdata (e.g. VIVE's survey of project
 * leaders) and leaves untouched. The reason is required and is kept for the audit trail.
 */
export interface ExemptSpec {
  id: string;
  exempt: string;
}

export type DisclosureSpec = AdditiveSpec | ExemptSpec;

export function isExempt(spec: DisclosureSpec): spec is ExemptSpec {
  return 'exempt' in spec;
}
