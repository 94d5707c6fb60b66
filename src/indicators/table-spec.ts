/**
 * A multi-measure table is data too: its rows are declared items (a label, a measure and, where an
 * item is measured on other persons, a population of its own), its columns the standard splits,
 * optional row groups and the years. Each item compiles through the same concept machinery as an
 * IndicatorSpec (compile.ts); run-table.ts stacks the items into one ResultTable with an `item`
 * key column, in declared order.
 *
 * @example
 * const t: TableSpec = {
 *   id: 'tab-3.1', chapter: 3, kind: 'table', unit: 'share', title, note,
 *   population: { targetGroup: '0-6', ages: [6, 6], years: [2000, 2019], onlyYears: [2000, 2019] },
 *   by: ['area_group'], items: [{ key: 'breaks', measure: { kind: 'share', of: 'risk_breaks_0_6' } }],
 *   itemsShare: 'persons',
 * };
 */
import type { ExhibitMeta, StandardSplit, Text } from '../results/types.ts';
import type { BooleanConcept, NumericConcept, Population } from './spec.ts';

export type TableMeasure = { kind: 'share'; of: BooleanConcept } | { kind: 'mean'; of: NumericConcept };

export interface TableItem {
  /** Code in the `item` key column (CSV), unique in the table. */
  key: string;
  /** Row label; defaults to the concept's description. */
  label?: Text;
  measure: TableMeasure;
  /** Overrides of the table's population for this item (e.g. 9- instead of 18-year-olds, other years). */
  population?: Partial<Population>;
}

/** Rows split by a yes/no property that is not a standard split (Tab 5.1: crime at 10-17 or not). */
export interface RowGroups {
  column: string;
  parts: readonly { code: string; label: Text; among: readonly BooleanConcept[] }[];
}

export interface TableSpec extends ExhibitMeta {
  kind: 'table';
  population: Population;
  by: readonly StandardSplit[];
  groups?: RowGroups;
  items: readonly TableItem[];
  /**
   * 'value' (default): each item's share or mean. 'n': the persons behind each cell, as the
   * Bilag tables of cell counts print them (unit 'count').
   */
  show?: 'value' | 'n';
  /**
   * How the items' persons relate, for disclosure control. 'persons': every item counts yes/no
   * outcomes over the same persons (a risk-factor table: rows share n, each has its own
   * numerator). 'own': items are measured on different persons (9- and 18-year-olds, pupils with
   * a test), so each item is its own population.
   */
  itemsShare: 'persons' | 'own';
  /**
   * Exhibits naming the same universe show the same cells (a table and its Bilag table of cell
   * counts); defaults to the table's id.
   */
  universe?: string;
  /** Contract tables without which the table cannot be computed (besides those its concepts name). */
  needs?: readonly string[];
}
