/**
 * Calibration targets on the chapter 6 education exhibits (indicators/specs/ch6-education.ts): the
 * numbers the chapter-6 text prints for Figs 6.6-6.19 and Bilagsfigur 8.4-8.22 (catalog-ch6-7.md
 * §10, ids as there). Reported, not asserted: the generator's education careers are not tuned to
 * them. Tolerances as in targets-catalogue.ts: shares ±0.04 supported, ±0.03 population; ±0.05 for
 * "ca." / "godt" / "under" and for levels without a year (compared with the period mean).
 *
 * Left out: the Fig 6.14 NEET "9 pct." and "26 pct." around the financial crisis (years not stated),
 * the stated changes that contradict their own levels (Fig 6.18 "31 procentpoint", FLAG; Fig 6.5's
 * population "+4"), and the Fig 6.9 range ends (one period level instead).
 */
import { cell, period, type CalibrationTarget } from './targets.ts';

type Keys = Record<string, string>;
const sup = (extra: Keys = {}): Keys => ({ area_group: 'supported', ...extra });
const pop = (extra: Keys = {}): Keys => ({ area_group: 'population', ...extra });
const tol = (keys: Keys): number => (keys.area_group === 'population' ? 0.03 : 0.04);

/** Exact cells: [id, exhibit, keys, year, value, source, line]. */
type Row = readonly [id: string, exhibit: string, keys: Keys, year: number, value: number, source: string, line: string];
const cells = (describe: string, rows: readonly Row[]): CalibrationTarget[] =>
  rows.map(([id, exhibit, keys, year, value, source, line]) => ({
    id, description: `${describe}, ${Object.values(keys).join(', ')}, ${year}`,
    published: value, tolerance: tol(keys), source, line, cell: cell(exhibit, keys, year),
  }));

const MF = (origin: 'menapt' | 'non_menapt', sex: 'female' | 'male') => sup({ origin, sex });
const F66 = 'Figur 6.6 (text)';
const F68 = 'Figur 6.8 (text)';
const F610 = 'Figur 6.10 (text)';
const F611 = 'Figur 6.11 (text)';
const F614 = 'Figur 6.14 (text)';
const F616 = 'Figur 6.16 (text)';
const F618 = 'Figur 6.18 (text)';
const F619 = 'Figur 6.19 (text)';
const st = (area: Keys, status: string): Keys => ({ ...area, status });

export const CH6_EDUCATION_TARGETS: CalibrationTarget[] = [
  ...cells('18-20-year-olds enrolled in a youth education', [
    ['ch6.in_youth_edu.18-20.menapt_female.supported.2000', 'fig-6.6', MF('menapt', 'female'), 2000, 0.23, F66, '3619'],
    ['ch6.in_youth_edu.18-20.menapt_female.supported.2019', 'fig-6.6', MF('menapt', 'female'), 2019, 0.37, F66, '3621'],
    // INFERENCE (catalogue): "unge mænd" read as MENAPT men
    ['ch6.in_youth_edu.18-20.menapt_male.supported.2000', 'fig-6.6', MF('menapt', 'male'), 2000, 0.19, F66, '3621'],
    ['ch6.in_youth_edu.18-20.menapt_male.supported.2019', 'fig-6.6', MF('menapt', 'male'), 2019, 0.32, F66, '3621'],
    ['ch6.in_youth_edu.18-20.nonmenapt_female.supported.2000', 'fig-6.6', MF('non_menapt', 'female'), 2000, 0.24, F66, '3622'],
    ['ch6.in_youth_edu.18-20.nonmenapt_female.supported.2019', 'fig-6.6', MF('non_menapt', 'female'), 2019, 0.33, F66, '3622'],
    ['ch6.in_youth_edu.18-20.nonmenapt_male.supported.2000', 'fig-6.6', MF('non_menapt', 'male'), 2000, 0.19, F66, '3623'],
    ['ch6.in_youth_edu.18-20.nonmenapt_male.supported.2019', 'fig-6.6', MF('non_menapt', 'male'), 2019, 0.31, F66, '3623'],
  ]),
  // Fig 6.7: the 2006 start year is an INFERENCE; "under 30/50 pct." are upper bounds compared with ±0.05
  { id: 'ch6.youth_edu_completed.21.menapt_female.supported.2006', description: '21-year-olds with a completed youth education, supported, MENAPT women, 2006 ("ca. 40 pct.", year INFERENCE)', published: 0.4, tolerance: 0.05, source: 'Figur 6.7 (text)', line: '3666', cell: cell('fig-6.7', MF('menapt', 'female'), 2006) },
  { id: 'ch6.youth_edu_completed.21.menapt_female.supported.2019', description: '21-year-olds with a completed youth education, supported, MENAPT women, 2019', published: 0.6, tolerance: 0.04, source: 'Figur 6.7 (text)', line: '3666', cell: cell('fig-6.7', MF('menapt', 'female'), 2019) },
  { id: 'ch6.youth_edu_completed.21.menapt_male.supported.2006', description: '21-year-olds with a completed youth education, supported, MENAPT men, 2006 ("under 30 pct.")', published: 0.3, tolerance: 0.05, source: 'Figur 6.7 (text)', line: '3669', cell: cell('fig-6.7', MF('menapt', 'male'), 2006) },
  { id: 'ch6.youth_edu_completed.21.menapt_male.supported.2019', description: '21-year-olds with a completed youth education, supported, MENAPT men, 2019 ("under 50 pct.")', published: 0.5, tolerance: 0.05, source: 'Figur 6.7 (text)', line: '3669', cell: cell('fig-6.7', MF('menapt', 'male'), 2019) },
  // Bilagsfigur 8.4 (shown at entry year + 3)
  { id: 'ch6.youth_edu_completed_3y.15-29.supported.2003', description: 'Youth education completed within 3 years of entry, supported, 2003 ("godt 60 pct.")', published: 0.6, tolerance: 0.05, source: 'Bilagsfigur 8.4 (text in ch. 6)', line: '3647', cell: cell('bfig-8.4', sup(), 2003) },
  ...cells('Youth education completed within 3 years of entry', [
    ['ch6.youth_edu_completed_3y.15-29.supported.2019', 'bfig-8.4', sup(), 2019, 0.7, 'Bilagsfigur 8.4 (text in ch. 6)', '3649'],
    ['ch6.youth_edu_completed_3y.15-29.population.2003', 'bfig-8.4', pop(), 2003, 0.76, 'Bilagsfigur 8.4 (text in ch. 6)', '3650'],
    ['ch6.youth_edu_completed_3y.15-29.population.2019', 'bfig-8.4', pop(), 2019, 0.82, 'Bilagsfigur 8.4 (text in ch. 6)', '3650'],
  ]),
  ...cells('Completers of a youth education, status the year after', [
    ['ch6.next_after_youth_edu_completed.education.supported.2000', 'fig-6.8', st(sup(), 'education'), 2000, 0.48, F68, '3689'],
    ['ch6.next_after_youth_edu_completed.education.supported.2018', 'fig-6.8', st(sup(), 'education'), 2018, 0.57, F68, '3690'],
    ['ch6.next_after_youth_edu_completed.education.supported.2014', 'fig-6.8', st(sup(), 'education'), 2014, 0.66, F68, '3691'],
    ['ch6.next_after_youth_edu_completed.employment.supported.2000', 'fig-6.8', st(sup(), 'employment'), 2000, 0.45, F68, '3694'],
    ['ch6.next_after_youth_edu_completed.employment.supported.2013', 'fig-6.8', st(sup(), 'employment'), 2013, 0.25, F68, '3695'],
    ['ch6.next_after_youth_edu_completed.employment.supported.2018', 'fig-6.8', st(sup(), 'employment'), 2018, 0.37, F68, '3696'],
  ]),
  { id: 'ch6.next_after_youth_edu_completed.neet.supported.unspecified', description: 'Completers of a youth education going into NEET, supported, 2000-2018 ("Godt 10 pct."; FLAG: 57 + 37 leaves 6 in 2018)', published: 0.1, tolerance: 0.05, source: F68, line: '3698', cell: period('fig-6.8', st(sup(), 'neet'), 2000, 2018) },
  // Fig 6.9: levels over 2000-2018
  { id: 'ch6.youth_edu_dropout.21.supported.2000-2018', description: '21-year-olds who interrupted and did not complete a youth education, supported, 2000-2018 ("omkring 21-22 pct.")', published: 0.215, tolerance: 0.04, source: 'Figur 6.9 (text)', line: '3715', cell: period('fig-6.9', sup(), 2000, 2018) },
  { id: 'ch6.youth_edu_dropout.21.population.2000-2018', description: '21-year-olds who interrupted and did not complete a youth education, population, 2000-2018 ("ca. 12 pct.")', published: 0.12, tolerance: 0.03, source: 'Figur 6.9 (text)', line: '3715', cell: period('fig-6.9', pop(), 2000, 2018) },
  ...cells('21-year-old youth-education dropouts, status the year after', [
    ['ch6.next_after_youth_edu_dropout.neet.supported.2000', 'fig-6.10', st(sup(), 'neet'), 2000, 0.55, F610, '3728'],
    ['ch6.next_after_youth_edu_dropout.neet.supported.2019', 'fig-6.10', st(sup(), 'neet'), 2019, 0.74, F610, '3728'],
    ['ch6.next_after_youth_edu_dropout.education.supported.2000', 'fig-6.10', st(sup(), 'education'), 2000, 0.22, F610, '3730'],
    ['ch6.next_after_youth_edu_dropout.education.supported.2019', 'fig-6.10', st(sup(), 'education'), 2019, 0.14, F610, '3731'],
    ['ch6.next_after_youth_edu_dropout.employment.supported.2000', 'fig-6.10', st(sup(), 'employment'), 2000, 0.21, F610, '3731'],
    ['ch6.next_after_youth_edu_dropout.employment.supported.2019', 'fig-6.10', st(sup(), 'employment'), 2019, 0.11, F610, '3732'],
  ]),
  ...cells('21-25-year-olds by status', [
    ['ch6.status.21-25.education.supported.2000', 'fig-6.11', st(sup(), 'education'), 2000, 0.31, F611, '3790'],
    ['ch6.status.21-25.education.supported.2019', 'fig-6.11', st(sup(), 'education'), 2019, 0.49, F611, '3790'],
    ['ch6.status.21-25.employment.supported.2000', 'fig-6.11', st(sup(), 'employment'), 2000, 0.48, F611, '3790'],
    ['ch6.status.21-25.employment.supported.2019', 'fig-6.11', st(sup(), 'employment'), 2019, 0.28, F611, '3791'],
    ['ch6.status.21-25.neet.supported.2019', 'fig-6.11', st(sup(), 'neet'), 2019, 0.23, F611, '3792'],
  ]),
  { id: 'ch6.status.21-25.neet.supported.2000-2019', description: '21-25-year-olds NEET, supported, 2000-2019 ("mellem 21 og 25 pct.")', published: 0.23, tolerance: 0.03, source: F611, line: '3792', cell: period('fig-6.11', st(sup(), 'neet'), 2000, 2019) },
  { id: 'ch6.status.21-25.education.supported.change_2000_2019', description: 'Rise in the share of 21-25-year-olds in education, supported, 2000-2019 ("næsten 20 procentpoint")', published: 0.2, tolerance: 0.05, source: F611, line: '3790', cell: { kind: 'change', exhibit: 'fig-6.11', keys: st(sup(), 'education'), from: 2000, to: 2019 } },
  ...cells('17-24-year-olds in a vocationally qualifying education', [
    ['ch6.vocq_start.17-24.supported.2000', 'bfig-8.9', sup(), 2000, 0.15, 'Bilagsfigur 8.9 (text in ch. 6)', '3835'],
    ['ch6.vocq_start.17-24.population.2000', 'bfig-8.9', pop(), 2000, 0.14, 'Bilagsfigur 8.9 (text in ch. 6)', '3837'],
    ['ch6.vocq_start.17-24.supported.2019', 'bfig-8.9', sup(), 2019, 0.1, 'Bilagsfigur 8.9 (text in ch. 6)', '3837'],
    ['ch6.vocq_start.17-24.population.2019', 'bfig-8.9', pop(), 2019, 0.09, 'Bilagsfigur 8.9 (text in ch. 6)', '3837'],
  ]),
  { id: 'ch6.vocq_completed_5y.supported.unspecified', description: 'Vocationally qualifying education completed within 5 years, supported, 2005-2019 ("godt 30 pct.", no year)', published: 0.3, tolerance: 0.05, source: 'Bilagsfigur 8.10 (text in ch. 6)', line: '3867', cell: period('bfig-8.10', sup(), 2005, 2019) },
  { id: 'ch6.vocq_completed_5y.population.unspecified', description: 'Vocationally qualifying education completed within 5 years, population, 2005-2019 ("ca. 45 pct.", no year)', published: 0.45, tolerance: 0.05, source: 'Bilagsfigur 8.10 (text in ch. 6)', line: '3869', cell: period('bfig-8.10', pop(), 2005, 2019) },
  { id: 'ch6.vocq_completed.25.population.2000', description: '25-year-olds with a completed vocationally qualifying education, population, 2000 ("ca. 40 pct.")', published: 0.4, tolerance: 0.05, source: 'Bilagsfigur 8.11 (text in ch. 6)', line: '3872', cell: cell('bfig-8.11', pop(), 2000) },
  ...cells('25-year-olds with a completed vocationally qualifying education', [
    ['ch6.vocq_completed.25.supported.2000', 'bfig-8.11', sup(), 2000, 0.35, 'Bilagsfigur 8.11 (text in ch. 6)', '3872'],
    ['ch6.vocq_completed.25.supported.2019', 'bfig-8.11', sup(), 2019, 0.2, 'Bilagsfigur 8.11 (text in ch. 6)', '3873'],
    ['ch6.vocq_completed.25.population.2019', 'bfig-8.11', pop(), 2019, 0.2, 'Bilagsfigur 8.11 (text in ch. 6)', '3873'],
  ]),
  ...cells('25-year-olds with a completed vocationally qualifying education, status the year after', [
    ['ch6.next_after_vocq_completed.25.employment.supported.2000', 'fig-6.14', st(sup(), 'employment'), 2000, 0.81, F614, '3905'],
    ['ch6.next_after_vocq_completed.25.employment.supported.2018', 'fig-6.14', st(sup(), 'employment'), 2018, 0.74, F614, '3905'],
    ['ch6.next_after_vocq_completed.25.employment.supported.2013', 'fig-6.14', st(sup(), 'employment'), 2013, 0.64, F614, '3906'],
    ['ch6.next_after_vocq_completed.25.neet.supported.2018', 'fig-6.14', st(sup(), 'neet'), 2018, 0.17, F614, '3908'],
  ]),
  { id: 'ch6.next_after_vocq_completed.25.education.supported.2000-2018', description: '25-year-old vocational completers choosing (other) education, supported, 2000-2018 ("Under 10 pct.")', published: 0.1, tolerance: 0.05, source: F614, line: '3908', cell: period('fig-6.14', st(sup(), 'education'), 2000, 2018) },
  ...cells('26-29-year-olds by status', [
    ['ch6.status.26-29.employment.supported.2000', 'fig-6.16', st(sup(), 'employment'), 2000, 0.61, F616, '3981'],
    ['ch6.status.26-29.employment.supported.2019', 'fig-6.16', st(sup(), 'employment'), 2019, 0.52, F616, '3981'],
    // the text says "i restgruppe" (FLAG); read as the chart's NEET category
    ['ch6.status.26-29.neet.supported.2000', 'fig-6.16', st(sup(), 'neet'), 2000, 0.23, F616, '3982'],
    ['ch6.status.26-29.neet.supported.2019', 'fig-6.16', st(sup(), 'neet'), 2019, 0.25, F616, '3982'],
    ['ch6.status.26-29.education.supported.2000', 'fig-6.16', st(sup(), 'education'), 2000, 0.17, F616, '3983'],
    ['ch6.status.26-29.education.supported.2019', 'fig-6.16', st(sup(), 'education'), 2019, 0.22, F616, '3983'],
  ]),
  ...cells('21-25-year-olds enrolled in a higher education', [
    ['ch6.in_higher_edu.21-25.all.supported.2000', 'bfig-8.13', sup(), 2000, 0.14, 'Bilagsfigur 8.13 (text in ch. 6)', '4052'],
    ['ch6.in_higher_edu.21-25.all.supported.2019', 'bfig-8.13', sup(), 2019, 0.32, 'Bilagsfigur 8.13 (text in ch. 6)', '4053'],
    ['ch6.in_higher_edu.21-25.all.population.2000', 'bfig-8.13', pop(), 2000, 0.26, 'Bilagsfigur 8.13 (text in ch. 6)', '4054'],
    ['ch6.in_higher_edu.21-25.all.population.2019', 'bfig-8.13', pop(), 2019, 0.38, 'Bilagsfigur 8.13 (text in ch. 6)', '4054'],
    // Fig 6.17 (title 26-29, text and Ns 21-25: FLAG; computed for 21-25)
    ['ch6.in_higher_edu.21-25.menapt_female.supported.2019', 'fig-6.17', MF('menapt', 'female'), 2019, 0.46, 'Figur 6.17 (text)', '4062'],
    ['ch6.in_higher_edu.21-25.nonmenapt_female.supported.2019', 'fig-6.17', MF('non_menapt', 'female'), 2019, 0.32, 'Figur 6.17 (text)', '4063'],
    ['ch6.in_higher_edu.21-25.nonmenapt_female.population.2019', 'fig-6.17', pop({ origin: 'non_menapt', sex: 'female' }), 2019, 0.44, 'Figur 6.17 (text)', '4064'],
    ['ch6.in_higher_edu.21-25.menapt_female.population.2019', 'fig-6.17', pop({ origin: 'menapt', sex: 'female' }), 2019, 0.42, 'Figur 6.17 (text)', '4065'],
  ]),
  ...cells('Higher education completed within 7 years of starting', [
    ['ch6.higher_completed_7y.supported.2007', 'bfig-8.21', sup(), 2007, 0.7, 'Bilagsfigur 8.21 (text cites "8.14")', '4109'],
    ['ch6.higher_completed_7y.supported.2019', 'bfig-8.21', sup(), 2019, 0.75, 'Bilagsfigur 8.21 (text cites "8.14")', '4110'],
    ['ch6.higher_completed_7y.population.2007', 'bfig-8.21', pop(), 2007, 0.79, 'Bilagsfigur 8.21 (text cites "8.14")', '4110'],
    ['ch6.higher_completed_7y.population.2019', 'bfig-8.21', pop(), 2019, 0.76, 'Bilagsfigur 8.21 (text cites "8.14")', '4111'],
  ]),
  ...cells('29-year-olds with a completed higher education', [
    ['ch6.higher_completed.29.all.supported.2000', 'bfig-8.22', sup(), 2000, 0.15, 'Bilagsfigur 8.22 (text in ch. 6)', '4116'],
    ['ch6.higher_completed.29.all.supported.2019', 'bfig-8.22', sup(), 2019, 0.33, 'Bilagsfigur 8.22 (text in ch. 6)', '4117'],
    ['ch6.higher_completed.29.all.population.2000', 'bfig-8.22', pop(), 2000, 0.29, 'Bilagsfigur 8.22 (text in ch. 6)', '4117'],
    ['ch6.higher_completed.29.all.population.2019', 'bfig-8.22', pop(), 2019, 0.47, 'Bilagsfigur 8.22 (text in ch. 6)', '4117'],
    ['ch6.higher_completed.29.menapt_female.supported.2000', 'fig-6.18', MF('menapt', 'female'), 2000, 0.09, F618, '4122'],
    ['ch6.higher_completed.29.menapt_female.supported.2019', 'fig-6.18', MF('menapt', 'female'), 2019, 0.42, F618, '4124'],
    ['ch6.higher_completed.29.nonmenapt_female.supported.2000', 'fig-6.18', MF('non_menapt', 'female'), 2000, 0.18, F618, '4126'],
    ['ch6.higher_completed.29.nonmenapt_female.supported.2019', 'fig-6.18', MF('non_menapt', 'female'), 2019, 0.39, F618, '4126'],
    // "For mænd ... uanset etnisk herkomst": one target per origin
    ['ch6.higher_completed.29.menapt_male.supported.2019', 'fig-6.18', MF('menapt', 'male'), 2019, 0.25, F618, '4128'],
    ['ch6.higher_completed.29.nonmenapt_male.supported.2019', 'fig-6.18', MF('non_menapt', 'male'), 2019, 0.25, F618, '4128'],
  ]),
  { id: 'ch6.higher_completed.29.nonmenapt_female.supported.change_2000_2019', description: 'Rise in 29-year-olds with a completed higher education, non-MENAPT women, supported, 2000-2019', published: 0.21, tolerance: 0.05, source: F618, line: '4126', cell: { kind: 'change', exhibit: 'fig-6.18', keys: MF('non_menapt', 'female'), from: 2000, to: 2019 } },
  { id: 'ch6.higher_completed.29.menapt_male.supported.2000', description: '29-year-olds with a completed higher education, supported, MENAPT men, 2000 ("ca. 10 pct.", both origins)', published: 0.1, tolerance: 0.05, source: F618, line: '4128', cell: cell('fig-6.18', MF('menapt', 'male'), 2000) },
  { id: 'ch6.higher_completed.29.nonmenapt_male.supported.2000', description: '29-year-olds with a completed higher education, supported, non-MENAPT men, 2000 ("ca. 10 pct.", both origins)', published: 0.1, tolerance: 0.05, source: F618, line: '4128', cell: cell('fig-6.18', MF('non_menapt', 'male'), 2000) },
  ...cells('29-year-olds with a completed higher education, status the year after', [
    ['ch6.next_after_higher_completed.29.employment.supported.2000', 'fig-6.19', st(sup(), 'employment'), 2000, 0.81, F619, '4150'],
    ['ch6.next_after_higher_completed.29.employment.supported.2019', 'fig-6.19', st(sup(), 'employment'), 2019, 0.7, F619, '4150'],
    ['ch6.next_after_higher_completed.29.neet.supported.2019', 'fig-6.19', st(sup(), 'neet'), 2019, 0.17, F619, '4152'],
    ['ch6.next_after_higher_completed.29.education.supported.2019', 'fig-6.19', st(sup(), 'education'), 2019, 0.14, F619, '4153'],
  ]),
];
