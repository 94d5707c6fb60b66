/**
 * Calibration targets: the report's published numbers that the synthetic default must reproduce,
 * as data. Each target names the exhibit cell (or the difference of two cells, or the mean of a
 * series over a period) it is compared with, so it is computed through the real pipeline.
 * Ids and lines follow the "Calibration targets" sections of the catalogues.
 */
export type TargetCell =
  /** One cell: exhibit, split keys, year. */
  | { kind: 'cell'; exhibit: string; keys: Record<string, string>; year: number }
  /** The later minus the earlier year. */
  | { kind: 'change'; exhibit: string; keys: Record<string, string>; from: number; to: number }
  /** Mean of the yearly values over a period (for levels the report gives without a year). */
  | { kind: 'period_mean'; exhibit: string; keys: Record<string, string>; from: number; to: number }
  /**
   * The sum of the yearless rows whose `column` is one of `codes` (each exactly once), for a group
   * the report reports as one share but the exhibit shows by answer code ("often or sometimes").
   */
  | { kind: 'sum'; exhibit: string; keys: Record<string, string>; column: string; codes: readonly string[] };

export interface CalibrationTarget {
  id: string;
  description: string;
  published: number;
  /** Accepted absolute distance between published and achieved. */
  tolerance: number;
  /** Why the tolerance is what it is (sampling noise at the default scale 0.05), and FLAGs on the
   *  published number (inconsistencies in the report that the target does not chase). */
  note?: string;
  source: string;
  line: string;
  cell: TargetCell;
}

const area = (g: string) => ({ area_group: g });
/** One exhibit cell: split keys and year. */
export const cell = (exhibit: string, keys: Record<string, string>, year: number): TargetCell => ({ kind: 'cell', exhibit, keys, year });
/** The mean of a series over a period, for levels and ranges the report gives without a year. */
export const period = (exhibit: string, keys: Record<string, string>, from: number, to: number): TargetCell => ({ kind: 'period_mean', exhibit, keys, from, to });

/** Tolerances: Gini ±0.03; shares ±0.03 (±0.04 for small groups); DKK ±10 %. */
export const CALIBRATION_TARGETS: CalibrationTarget[] = [
  { id: 'ch2.gini.supported.2000', description: 'Gini, supported areas, 2000', published: 0.18, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1004-1005', cell: cell('fig-2.1', area('supported'), 2000) },
  { id: 'ch2.gini.supported.2019', description: 'Gini, supported areas, 2019', published: 0.22, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1004-1005', cell: cell('fig-2.1', area('supported'), 2019) },
  { id: 'ch2.gini.almene.2000', description: 'Gini, social housing, 2000', published: 0.18, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1004-1005', cell: cell('fig-2.1', area('social_housing'), 2000) },
  { id: 'ch2.gini.almene.2019', description: 'Gini, social housing, 2019', published: 0.22, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1004-1005', cell: cell('fig-2.1', area('social_housing'), 2019) },
  { id: 'ch2.gini.population.2000', description: 'Gini, population, 2000', published: 0.25, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1006', cell: cell('fig-2.1', area('population'), 2000) },
  { id: 'ch2.gini.population.2019', description: 'Gini, population, 2019', published: 0.31, tolerance: 0.03, source: 'Fig 2.1 (text)', line: '1006', cell: cell('fig-2.1', area('population'), 2019) },
  { id: 'ch2.income_mean.supported.2000', description: 'Mean equivalised disposable income, supported, 2000 (DKK)', published: 153384, tolerance: 15338, source: 'Fig 2.2 (text)', line: '1029', cell: cell('fig-2.2', area('supported'), 2000) },
  { id: 'ch2.income_mean.supported.2019', description: 'Mean equivalised disposable income, supported, 2019 (DKK)', published: 177178, tolerance: 17718, source: 'Fig 2.2 (text)', line: '1029', cell: cell('fig-2.2', area('supported'), 2019) },
  { id: 'ch2.income_mean.almene.2019', description: 'Mean equivalised disposable income, social housing, 2019 (DKK)', published: 187673, tolerance: 18767, source: 'Fig 2.2 (text)', line: '1046', cell: cell('fig-2.2', area('social_housing'), 2019) },
  { id: 'ch2.income_mean.population.2019', description: 'Mean equivalised disposable income, population, 2019 (DKK)', published: 284339, tolerance: 28434, source: 'Fig 2.2 (text)', line: '1047', cell: cell('fig-2.2', area('population'), 2019) },
  { id: 'ch2.income_mean_change.population.2000_2019', description: 'Increase in mean income, population, 2000-2019 (DKK)', published: 70484, tolerance: 15000, source: 'Fig 2.2 (text)', line: '1046-1047', cell: { kind: 'change', exhibit: 'fig-2.2', keys: area('population'), from: 2000, to: 2019 } },
  { id: 'ch2.income_mean_change.supported.2000_2019', description: 'Increase in mean income, supported, 2000-2019 (DKK)', published: 23794, tolerance: 15000, source: 'Fig 2.2 (text)', line: '1044', cell: { kind: 'change', exhibit: 'fig-2.2', keys: area('supported'), from: 2000, to: 2019 } },
  { id: 'ch2.poverty.supported.2000', description: 'Poverty share, supported, 2000', published: 0.10, tolerance: 0.04, source: 'Fig 2.3 (text)', line: '1076', cell: cell('fig-2.3', area('supported'), 2000) },
  { id: 'ch2.poverty.supported.2019', description: 'Poverty share, supported, 2019', published: 0.21, tolerance: 0.04, source: 'Fig 2.3 (text)', line: '1076', cell: cell('fig-2.3', area('supported'), 2019) },
  { id: 'ch2.poverty.almene.2000', description: 'Poverty share, social housing, 2000', published: 0.08, tolerance: 0.03, source: 'Fig 2.3 (text)', line: '1077', cell: cell('fig-2.3', area('social_housing'), 2000) },
  { id: 'ch2.poverty.almene.2019', description: 'Poverty share, social housing, 2019', published: 0.17, tolerance: 0.03, source: 'Fig 2.3 (text)', line: '1077', cell: cell('fig-2.3', area('social_housing'), 2019) },
  { id: 'ch2.poverty.population.2000', description: 'Poverty share, population, 2000', published: 0.06, tolerance: 0.03, source: 'Fig 2.3 (text)', line: '1077-1078', cell: cell('fig-2.3', area('population'), 2000) },
  { id: 'ch2.poverty.population.2019', description: 'Poverty share, population, 2019', published: 0.10, tolerance: 0.03, source: 'Fig 2.3 (text)', line: '1077-1078', cell: cell('fig-2.3', area('population'), 2019) },
  { id: 'ch2.poverty.supported.menapt.2000', description: 'Poverty share, MENAPT, supported, 2000', published: 0.17, tolerance: 0.06, source: 'Fig 2.4 (text)', line: '1098-1099', cell: cell('fig-2.4', { area_group: 'supported', origin: 'menapt' }, 2000) },
  { id: 'ch2.poverty.supported.menapt.2019', description: 'Poverty share, MENAPT, supported, 2019', published: 0.34, tolerance: 0.06, source: 'Fig 2.4 (text)', line: '1098-1099', cell: cell('fig-2.4', { area_group: 'supported', origin: 'menapt' }, 2019) },
  { id: 'ch2.poverty.supported.nonmenapt.2000', description: 'Poverty share, non-MENAPT, supported, 2000', published: 0.05, tolerance: 0.04, source: 'Fig 2.4 (text)', line: '1103-1104', cell: cell('fig-2.4', { area_group: 'supported', origin: 'non_menapt' }, 2000) },
  { id: 'ch2.poverty.supported.nonmenapt.2019', description: 'Poverty share, non-MENAPT, supported, 2019', published: 0.15, tolerance: 0.04, source: 'Fig 2.4 (text)', line: '1104', cell: cell('fig-2.4', { area_group: 'supported', origin: 'non_menapt' }, 2019) },
  { id: 'ch2.poverty.population.nonmenapt.2000', description: 'Poverty share, non-MENAPT, population, 2000', published: 0.05, tolerance: 0.03, source: 'Fig 2.4 (text)', line: '1105', cell: cell('fig-2.4', { area_group: 'population', origin: 'non_menapt' }, 2000) },
  { id: 'ch2.poverty.population.nonmenapt.2019', description: 'Poverty share, non-MENAPT, population, 2019', published: 0.09, tolerance: 0.03, source: 'Fig 2.4 (text)', line: '1105', cell: cell('fig-2.4', { area_group: 'population', origin: 'non_menapt' }, 2019) },
  { id: 'ch2.restgruppe_18_64.supported.2007', description: 'Restgruppe share 18-64, supported, 2007', published: 0.30, tolerance: 0.04, source: 'Fig 2.5 (text)', line: '1148-1149', cell: cell('fig-2.5', area('supported'), 2007) },
  { id: 'ch2.restgruppe_18_64.supported.2019', description: 'Restgruppe share 18-64, supported, 2019', published: 0.28, tolerance: 0.04, source: 'Fig 2.5 (text)', line: '1148-1149', cell: cell('fig-2.5', area('supported'), 2019) },
  { id: 'ch2.restgruppe_18_64.almene.2007', description: 'Restgruppe share 18-64, social housing, 2007', published: 0.25, tolerance: 0.04, source: 'Fig 2.5 (text)', line: '1149', cell: cell('fig-2.5', area('social_housing'), 2007) },
  { id: 'ch2.restgruppe_18_64.almene.2019', description: 'Restgruppe share 18-64, social housing, 2019', published: 0.25, tolerance: 0.04, source: 'Fig 2.5 (text)', line: '1149', cell: cell('fig-2.5', area('social_housing'), 2019) },
  { id: 'ch2.restgruppe_18_64.population.2007', description: 'Restgruppe share 18-64, population, 2007', published: 0.11, tolerance: 0.03, source: 'Fig 2.5 (text)', line: '1150', cell: cell('fig-2.5', area('population'), 2007) },
  { id: 'ch2.restgruppe_18_64.population.2019', description: 'Restgruppe share 18-64, population, 2019', published: 0.11, tolerance: 0.03, source: 'Fig 2.5 (text)', line: '1150', cell: cell('fig-2.5', area('population'), 2019) },
  { id: 'ch2.neet_15_29.supported.level', description: 'NEET share 15-29, supported, 2000-2019 level', published: 0.20, tolerance: 0.04, source: 'Fig 2.6 (text)', line: '1163', cell: { kind: 'period_mean', exhibit: 'fig-2.6', keys: area('supported'), from: 2000, to: 2019 } },
  { id: 'ch2.neet_15_29.population.level', description: 'NEET share 15-29, population, 2000-2019 level', published: 0.14, tolerance: 0.03, source: 'Fig 2.6 (text)', line: '1164', cell: { kind: 'period_mean', exhibit: 'fig-2.6', keys: area('population'), from: 2000, to: 2019 } },
  // Further chapter 2 numbers (catalogue §10.1) that are cells, changes or period levels of the same exhibits.
  // Left out: ch2.neet_15_29.population.box ("1 ud af 10", FLAG: contradicts the 14 pct. at Fig 2.6) and the
  // "3-5 gange" ratios (FLAG: no printed number supports them).
  { id: 'ch2.income_mean_change.almene.2000_2019', description: 'Increase in mean income, social housing, 2000-2019 (DKK)', published: 25979, tolerance: 15000, source: 'Fig 2.2 (text)', line: '1044-1045', cell: { kind: 'change', exhibit: 'fig-2.2', keys: area('social_housing'), from: 2000, to: 2019 } },
  // "godt 30 pct." / "omkring de 10 pct." describe the 2007-2019 chart (l. 1142-1145); approximate, hence the tolerances.
  { id: 'ch2.restgruppe_18_64.supported.level_approx', description: 'Restgruppe share 18-64, supported, 2007-2019 level ("godt 30 pct.")', published: 0.30, tolerance: 0.04, source: 'Fig 2.5 (text)', line: '1144', cell: { kind: 'period_mean', exhibit: 'fig-2.5', keys: area('supported'), from: 2007, to: 2019 } },
  { id: 'ch2.restgruppe_18_64.population.level_approx', description: 'Restgruppe share 18-64, population, 2007-2019 level ("omkring de 10 pct.")', published: 0.10, tolerance: 0.03, source: 'Fig 2.5 (text)', line: '1145', cell: { kind: 'period_mean', exhibit: 'fig-2.5', keys: area('population'), from: 2007, to: 2019 } },
  // Box 2.1 states the restgruppe levels "i perioden 2000-2019" (FLAG: the Fig 2.5 text says 2007-2019); read as the 18-64 share of Fig 2.5.
  { id: 'ch2.restgruppe.supported.box_approx', description: 'Restgruppe share, supported, 2000-2019 ("ca. 3 ud af 10", Box 2.1)', published: 0.30, tolerance: 0.04, source: 'Box 2.1', line: '983-984', cell: { kind: 'period_mean', exhibit: 'fig-2.5', keys: area('supported'), from: 2000, to: 2019 } },
  { id: 'ch2.restgruppe.population.box_approx', description: 'Restgruppe share, population, 2000-2019 ("omkring 1 ud af 10", Box 2.1)', published: 0.10, tolerance: 0.03, source: 'Box 2.1', line: '984', cell: { kind: 'period_mean', exhibit: 'fig-2.5', keys: area('population'), from: 2000, to: 2019 } },
  { id: 'ch2.neet_15_29.supported.box', description: 'NEET share 15-29, supported, 2000-2019 ("Hver femte", Box 2.1)', published: 0.20, tolerance: 0.04, source: 'Box 2.1', line: '987', cell: { kind: 'period_mean', exhibit: 'fig-2.6', keys: area('supported'), from: 2000, to: 2019 } },
];
