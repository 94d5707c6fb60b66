/**
 * Calibration targets on the target-group exhibits (Fig 3.3, Fig 4.2, Tab 6.2). Ranges the report
 * gives over 2000-2019 ("30-40 pct.") are compared with the period mean, with a tolerance that
 * covers the range.
 */
import { cell, period, type CalibrationTarget } from './targets.ts';


export const TARGET_GROUP_TARGETS: CalibrationTarget[] = [
  { id: 'ch3.parent_restgruppe_age6.menapt', description: '6-year-olds of MENAPT origin with a parent in the restgruppe, supported, 2000-2019 ("53-72 pct.")', published: 0.625, tolerance: 0.1, source: 'Fig 3.3 (text)', line: '1308-1309', cell: period('fig-3.3', { area_group: 'supported', origin: 'menapt' }, 2000, 2019) },
  { id: 'ch3.parent_restgruppe_age6.supported.nonmenapt', description: '6-year-olds, non-MENAPT, supported, parent in the restgruppe, 2000-2019 ("30-40 pct.")', published: 0.35, tolerance: 0.07, source: 'Fig 3.3 (text)', line: '1310-1311', cell: period('fig-3.3', { area_group: 'supported', origin: 'non_menapt' }, 2000, 2019) },
  { id: 'ch3.parent_restgruppe_age6.population.nonmenapt.approx', description: '6-year-olds, non-MENAPT, population, parent in the restgruppe ("ca. 10 pct.")', published: 0.1, tolerance: 0.04, source: 'Fig 3.3 (text)', line: '1311-1312', cell: period('fig-3.3', { area_group: 'population', origin: 'non_menapt' }, 2000, 2019) },
  { id: 'ch4.parent_restgruppe.school.supported.menapt', description: 'School children, MENAPT, supported, parent in the restgruppe ("70-75 pct.")', published: 0.725, tolerance: 0.08, source: 'Fig 4.2 (text)', line: '2023-2024', cell: period('fig-4.2', { area_group: 'supported', origin: 'menapt' }, 2003, 2019) },
  { id: 'ch4.parent_restgruppe.school.supported.nonmenapt.2019', description: 'School children, non-MENAPT, supported, parent in the restgruppe, 2019', published: 0.39, tolerance: 0.06, source: 'Fig 4.2 (text)', line: '2026', cell: cell('fig-4.2', { area_group: 'supported', origin: 'non_menapt' }, 2019) },
  { id: 'ch4.parent_restgruppe.school.population.nonmenapt.2019', description: 'School children, non-MENAPT, population, parent in the restgruppe, 2019', published: 0.11, tolerance: 0.04, source: 'Fig 4.2 (text)', line: '2028', cell: cell('fig-4.2', { area_group: 'population', origin: 'non_menapt' }, 2019) },
  ...([
    ['supported', 'yes', 2005, 0.26], ['supported', 'yes', 2019, 0.19], ['supported', 'no', 2005, 0.17], ['supported', 'no', 2019, 0.12],
    ['population', 'yes', 2005, 0.24], ['population', 'yes', 2019, 0.21], ['population', 'no', 2005, 0.08], ['population', 'no', 2019, 0.07],
  ] as const).map(([area, parent, year, value]): CalibrationTarget => ({
    id: `ch6.neet.18-20.${parent === 'yes' ? 'parental_restgruppe' : 'parental_not_restgruppe'}.${area}.${year}`,
    description: `NEET among 18-20-year-olds, ${parent === 'yes' ? 'a parent' : 'no parent'} in the restgruppe at 15, ${area}, ${year}`,
    published: value, tolerance: 0.05, source: 'Tabel 6.2', line: '3584-3592',
    cell: cell('tab-6.2', { area_group: area, parental_restgruppe: parent }, year),
  })),
];
