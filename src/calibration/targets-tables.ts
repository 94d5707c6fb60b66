/**
 * Calibration targets on the multi-measure tables (indicators/specs/tables-ch3-5.ts, tables-ch6.ts)
 * and Tab 6.4/6.6: the printed cells of catalog-ch2-5.md §10.1 and catalog-ch6-7.md §10, ids as
 * there. Reported, not asserted: the generator's childhood, school and dropout domains are not
 * tuned to them. Units are the exhibits': shares 0-1, absence in per cent (the catalogue's 0.08 is
 * 8), grams, national-test points, wellbeing 1-5.
 *
 * Tolerances: shares ±0.04 in supported areas, ±0.03 in the population (targets-catalogue.ts);
 * birth weight ±75 g; absence ±1.5 points; national tests ±5 points; wellbeing ±0.15.
 *
 * Left out: FLAGged cells (Tab 4.2 population/restgruppe grade-4 reading "381"; Tab 5.1
 * supported/neither mellemtrin absence "67"); the text's restatements (".text" ids); N targets and
 * the cell-count tables (they scale with the synthetic population); the yearly Bilag 8 tables
 * (their 2019 supported cells are the chapter tables' cells).
 */
import { cell, type CalibrationTarget } from './targets.ts';

type Area = 'supported' | 'population';
const AREAS: readonly Area[] = ['supported', 'population'];
const shareTol = (area: Area): number => (area === 'supported' ? 0.04 : 0.03);

/** Rows of a table by item: [item key, catalogue id part, published per area group and column]. */
type Published = readonly (number | null)[];

/** Tab 3.1 / 4.1: item × (supported first, last; population first, last). */
function riskTargets(exhibit: string, prefix: string, line: string, first: number, last: number,
  rows: readonly (readonly [item: string, idPart: string, values: Published, years?: readonly [number, number]])[]): CalibrationTarget[] {
  return rows.flatMap(([item, idPart, values, years]) => AREAS.flatMap((area, a) => ([0, 1] as const).flatMap((j) => {
    const value = values[2 * a + j];
    const year = (years ?? [first, last])[j];
    if (value === null || value === undefined) return [];
    return [{
      id: `${prefix}.${idPart}.${area}.${year}`, description: `${exhibit} ${item}, ${area}, ${year}`,
      published: value, tolerance: shareTol(area), source: exhibit === 'tab-3.1' ? 'Table 3.1' : 'Table 4.1', line,
      cell: cell(exhibit, { item, area_group: area }, year),
    }];
  })));
}

/** Tab 3.2 / 4.2: item × (supported rest, not rest; population rest, not rest). */
function motherTargets(exhibit: string, prefix: string, source: string, line: string,
  rows: readonly (readonly [item: string, idPart: string, tolerance: number | 'share', values: Published])[]): CalibrationTarget[] {
  return rows.flatMap(([item, idPart, tolerance, values]) => AREAS.flatMap((area, a) => (['yes', 'no'] as const).flatMap((mother, j) => {
    const value = values[2 * a + j];
    if (value === null || value === undefined) return [];
    return [{
      id: `${prefix}.${idPart}.${area}.${mother === 'yes' ? 'mother_rest' : 'mother_notrest'}`,
      description: `${exhibit} ${item}, ${area}, mother ${mother === 'yes' ? 'in' : 'not in'} the restgruppe, 2019`,
      published: value, tolerance: tolerance === 'share' ? shareTol(area) : tolerance, source, line,
      cell: cell(exhibit, { item, area_group: area, mother_restgruppe: mother }, 2019),
    }];
  })));
}

const ABS = 1.5;
const NT = 5;

export const TABLE_TARGETS: CalibrationTarget[] = [
  ...riskTargets('tab-3.1', 'ch3.risk_0_6', '1365-1379', 2000, 2019, [
    ['breaks', 'breakups_ge2', [0.38, 0.31, 0.2, 0.18]],
    ['parent_crime', 'parent_charge_or_verdict', [0.26, 0.18, 0.1, 0.08]],
    ['parent_abuse', 'parent_abuse', [0.02, 0.02, 0.01, 0.01]],
    ['parent_psych', 'parent_psych_treatment', [0.06, 0.23, 0.04, 0.16], [2000, 2018]],
    ['moves', 'moves_gt3', [0.08, 0.07, 0.05, 0.04]],
    ['measures', 'person_family_measures', [0.07, 0.13, 0.01, 0.05], [2015, 2019]],
    ['none', 'none', [0.37, 0.43, 0.46, 0.7]],
  ]),
  ...riskTargets('tab-4.1', 'ch4.risk_6_18', '2121-2137', 2000, 2019, [
    ['breaks', 'breakups_ge1', [0.49, 0.54, 0.33, 0.43]],
    ['parent_crime', 'parent_charge_or_verdict', [0.18, 0.11, 0.06, 0.05]],
    ['parent_abuse', 'parent_abuse', [0.03, 0.03, 0.01, 0.02]],
    ['parent_psych', 'parent_psych_treatment', [0.07, 0.27, 0.03, 0.12]],
    ['moves', 'moves_gt2', [0.22, 0.18, 0.16, 0.16]],
    ['measures', 'person_measures', [0.1, 0.14, 0.04, 0.08]],
    ['none', 'none', [0.25, 0.16, 0.49, 0.41]],
  ]),
  ...motherTargets('tab-3.2', 'ch3.age9', 'Table 3.2', '1410-1429', [
    ['birth_weight', 'birthweight_mean', 75, [3321, 3387, 3353, 3483]],
    ['daycare_at_2', 'daycare_age2', 'share', [0.8, 0.87, 0.81, 0.91]],
    ['school_postponed', 'school_postponed', 'share', [0.11, 0.08, 0.12, 0.06]],
  ]),
  ...motherTargets('tab-4.2', 'ch4.mother_rest_table', 'Table 4.2', '2264-2286', [
    ['absence_indskoling', 'absence_indskoling_age9', ABS, [8, 6, 7, 5]],
    ['nt_danish_2', 'nt_danish_reading_g2_age9', NT, [39, 48, 42, 57]],
    ['absence_mellemtrin', 'absence_mellemtrin', ABS, [8, 7, 8, 5]],
    // population / restgruppe "381" is FLAGged (a stray footnote digit): left out
    ['nt_danish_4', 'nt_danish_reading_g4', NT, [33, 44, null, 56]],
    ['nt_maths_6', 'nt_math_g6', NT, [36, 46, 40, 58.1]],
    ['wellbeing_high', 'wellbeing_high', 'share', [0.24, 0.21, 0.21, 0.2]],
    ['nt_danish_8', 'nt_danish_g8', NT, [39, 47, 41, 57]],
    ['absence_udskoling', 'absence_udskoling', ABS, [9, 8, 10, 6]],
    ['exam_completed', 'completed_exam', 'share', [0.87, 0.91, 0.87, 0.95]],
    ['efterskole', 'efterskole', 'share', [0.05, 0.12, 0.12, 0.32]],
  ]),
  // Tab 5.1: item × (supported crime, neither; population crime, neither); "67" FLAGged, left out
  ...([
    ['indskoling_absence', 'absence_indskoling', ABS, [8, 7, 6, 5]],
    ['mellemtrin_absence', 'absence_mellemtrin', ABS, [8, null, 7, 5]],
    ['mellemtrin_wellbeing', 'wellbeing_mellemtrin', 0.15, [3.6, 3.7, 3.6, 3.8]],
    ['udskoling_absence', 'absence_udskoling', ABS, [13, 8, 11, 7]],
    ['udskoling_wellbeing', 'wellbeing_udskoling', 0.15, [3.6, 3.7, 3.5, 3.7]],
  ] as const).flatMap(([item, idPart, tolerance, values]) => AREAS.flatMap((area, a) => (['yes', 'no'] as const).flatMap((crime, j): CalibrationTarget[] => {
    const value = values[2 * a + j];
    if (value === null) return [];
    return [{
      id: `ch5.age17.${idPart}.${area}.${crime === 'yes' ? 'crime' : 'nocrime'}`,
      description: `tab-5.1 ${item}, ${area}, ${crime === 'yes' ? 'suspicion or charge' : 'neither'} at 10-17, 2019`,
      published: value, tolerance, source: 'Table 5.1', line: '2951-2965',
      cell: cell('tab-5.1', { item, crime, area_group: area }, 2019),
    }];
  }))),
  // Tab 6.1, 6.3, 6.5, 6.7: item × (supported, population), 2019
  ...([
    ['tab-6.1', 'tab6_1', '3522-3534', [['male', 'boys', 0.6, 0.57], ['menapt', 'menapt', 0.54, 0.14], ['parental', 'parent_restgruppe', 0.67, 0.32],
      ['poor', 'below_poverty', 0.41, 0.17], ['charge', 'charged', 0.23, 0.14], ['psych', 'psychiatric_treatment', 0.16, 0.23], ['absence', 'absence_gt10pct', 0.31, 0.26]]],
    ['tab-6.3', 'tab6_3', '3756-3774', [['male', 'boys', 0.55, 0.53], ['menapt', 'menapt', 0.57, 0.1], ['parental', 'parent_restgruppe', 0.59, 0.2],
      ['poor', 'below_poverty', 0.2, 0.07], ['charge', 'charged', 0.44, 0.29], ['psych', 'psychiatric_treatment', 0.16, 0.21], ['abuse', 'substance_treatment', 0.02, 0.03],
      ['prior_dropout', 'prior_dropout', 0.29, 0.28]]],
    ['tab-6.5', 'tab6_5', '3950-3968', [['male', 'boys', 0.58, 0.57], ['menapt', 'menapt', 0.42, 0.08], ['parental', 'parent_restgruppe', 0.56, 0.24],
      ['poor', 'below_poverty', 0.17, 0.07], ['charge', 'charged', 0.57, 0.44], ['psych', 'psychiatric_treatment', 0.19, 0.23], ['abuse', 'substance_treatment', 0.03, 0.04],
      ['prior_dropout', 'prior_dropout', 0.49, 0.42]]],
    ['tab-6.7', 'tab6_7', '4501-4519', [['male', 'boys', 0.48, 0.46], ['menapt', 'menapt', 0.51, 0.05], ['parental', 'parent_restgruppe', 0.51, 0.1],
      ['poor', 'below_poverty', 0.18, 0.04], ['charge', 'charged', 0.38, 0.23], ['psych', 'psychiatric_treatment', 0.14, 0.12],
      ['prior_dropout', 'prior_dropout', 0.36, 0.29]]],
  ] as const).flatMap(([exhibit, prefix, line, rows]) => rows.flatMap(([item, idPart, sup, pop]) => AREAS.map((area): CalibrationTarget => ({
    id: `ch6.${prefix}.${idPart}.${area}.2019`, description: `${exhibit} ${item}, ${area}, 2019`,
    published: area === 'supported' ? sup : pop, tolerance: shareTol(area), source: `Table ${exhibit.slice(4)}`, line,
    cell: cell(exhibit, { item, area_group: area }, 2019),
  })))),
  // Tab 6.4, 6.6: NEET by parental restgruppe at 15
  ...([
    ['tab-6.4', '21-25', '3817-3825', [['supported', 'yes', 0.29, 0.27], ['supported', 'no', 0.17, 0.18], ['population', 'yes', 0.23, 0.26], ['population', 'no', 0.08, 0.1]]],
    ['tab-6.6', '26-29', '4034-4042', [['supported', 'yes', 0.3, 0.29], ['supported', 'no', 0.17, 0.2], ['population', 'yes', 0.23, 0.27], ['population', 'no', 0.1, 0.12]]],
  ] as const).flatMap(([exhibit, ages, line, rows]) => rows.flatMap(([area, parent, v2005, v2019]) => ([[2005, v2005], [2019, v2019]] as const).map(([year, value]): CalibrationTarget => ({
    id: `ch6.neet.${ages}.${parent === 'yes' ? 'parental_restgruppe' : 'parental_not_restgruppe'}.${area}.${year}`,
    description: `NEET among ${ages}-year-olds, ${parent === 'yes' ? 'a parent' : 'no parent'} in the restgruppe at 15, ${area}, ${year}`,
    published: value, tolerance: 0.05, source: `Table ${exhibit.slice(4)}`, line,
    cell: cell(exhibit, { area_group: area, parental_restgruppe: parent }, year),
  })))),
];
