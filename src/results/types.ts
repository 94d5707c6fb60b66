/**
 * The one tidy shape every computed exhibit takes on its way out: indicator series, tables,
 * effect estimates and survey distributions all become a ResultTable. Disclosure control,
 * CSV/XLSX writers and the report read only this shape, never person-level rows.
 */

/** Bilingual text: Danish is the default language of the report. */
export interface Text {
  da: string;
  en: string;
}
export type Lang = keyof Text;

/** Split columns, named and coded the same way in every exhibit. */
export const SPLIT_CODES = {
  area_group: ['supported', 'social_housing', 'population'],
  origin: ['menapt', 'non_menapt'],
  sex: ['male', 'female'],
  parental_restgruppe: ['yes', 'no'],
  /** The mother's restgruppe status at the child's birth (Tab 3.2, 4.2; populations mother_restgruppe_at_birth). */
  mother_restgruppe: ['yes', 'no'],
} as const;
export type StandardSplit = keyof typeof SPLIT_CODES;

/** How a value is to be read and shown. */
export type ValueUnit = 'share' | 'gini' | 'dkk' | 'per_1000' | 'mean' | 'grams' | 'percent_points' | 'odds_ratio' | 'coefficient' | 'count';

export type Suppression = 'primary' | 'secondary';

export interface ResultRow {
  /** Split values (area_group, origin, ... and any exhibit-specific row label such as `item`). */
  keys: Record<string, string>;
  year: number | null;
  value: number | null;
  /** Persons behind the value. */
  n: number | null;
  lower: number | null;
  upper: number | null;
  /** Set by disclosure control only. */
  suppressed?: Suppression;
  /** Extra numeric columns (e.g. p_value, estimate) kept as numbers. */
  extra?: Record<string, number | null>;
}

/** What identifies and describes an exhibit: shared by every engine's spec and by its result. */
export interface ExhibitMeta {
  /** Manifest id, as the report numbers it: fig-2.1, tab-3.2, bfig-7.1, btab-2.1. */
  id: string;
  /** Chapter number, or 'B<n>' for a Bilag (report/texts.ts REPORT_CHAPTERS). */
  chapter: number | string;
  kind: 'figure' | 'table';
  title: Text;
  note: Text;
  unit: ValueUnit;
  /** Choices made where the report is unclear, shown with the exhibit. */
  choices?: Text[];
}

export interface ResultTable extends ExhibitMeta {
  /** Names of the key columns, in display order (the CSV has them first, then year, value, n, lower, upper). */
  keyColumns: string[];
  rows: ResultRow[];
  /**
   * Labels of this exhibit's own key codes, per key column, where a code means something only within
   * the exhibit (a survey item's answer codes). The report prefers them over the shared KEY_LABELS.
   */
  labels?: Readonly<Record<string, Readonly<Record<string, Text>>>>;
}
