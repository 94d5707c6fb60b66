/**
 * Calibration targets on the youth survey (chapter 8): the headline shares of catalog-ch8.md §13
 * (ids as there), computed from the pipeline's survey exhibits. A reported group ("often or
 * sometimes") is the sum of its answer codes' shares (the codes of the questionnaire's groupings,
 * so a changed grouping changes the target's cell too).
 *
 * Tolerance: sampling error, not a generator promise. At the default scale the survey has about as
 * many responses as the report (~1,200; the generator's floor), so a share is compared within 2.5
 * binomial standard errors at the report's group N (at least 0.03), rounded up to 0.01. Numbers the
 * report gives in words ("knap 40 pct.") get at least 0.05.
 */
import { groupingCodes, type YouthItemId } from '../survey/questionnaire.ts';
import type { CalibrationTarget, TargetCell } from './targets.ts';

/** 2.5 binomial standard errors of `p` with `n` observations, at least `floor`, rounded up to 0.01. */
export function samplingTolerance(p: number, n: number, floor = 0.03): number {
  return Math.max(floor, Math.ceil(250 * Math.sqrt((p * (1 - p)) / n)) / 100);
}

/** The share of a figure's answer codes, summed. */
function codes(exhibit: string, item: YouthItemId, keys: Record<string, string>, answerCodes: readonly number[]): TargetCell {
  return { kind: 'sum', exhibit, keys: { item, ...keys }, column: 'answer', codes: answerCodes.map(String) };
}
const group = (exhibit: string, item: YouthItemId, grouping: string, keys: Record<string, string> = {}): TargetCell =>
  codes(exhibit, item, keys, groupingCodes(item, grouping));

interface Row {
  /** Catalogue id (catalog-ch8.md §13). */
  id: string;
  description: string;
  published: number;
  /** The report's N behind the share (figure note). */
  n: number;
  source: string;
  line: string;
  cell: TargetCell;
  /** Approximate in words: at least 0.05. */
  approx?: boolean;
}

const ROWS: readonly Row[] = [
  // Tables 8.2, 8.6, 8.8
  { id: 'ch8.tab8_2.sex.girls', description: 'Girls, share of persons', published: 0.53, n: 1069, source: 'Tabel 8.2', line: '5597', cell: { kind: 'sum', exhibit: 'tab-8.2', keys: { block: 'sex' }, column: 'group', codes: ['female'] } },
  { id: 'ch8.tab8_2.origin.menapt', description: 'MENAPT origin, share of persons', published: 0.67, n: 1069, source: 'Tabel 8.2', line: '5603', cell: { kind: 'sum', exhibit: 'tab-8.2', keys: { block: 'origin' }, column: 'group', codes: ['menapt'] } },
  { id: 'ch8.tab8_6.neet', description: 'NEET share of the 16-30-year-olds\' responses', published: 0.21, n: 624, source: 'Tabel 8.6', line: '5716', cell: { kind: 'sum', exhibit: 'tab-8.6', keys: {}, column: 'neet', codes: ['neet'] } },
  ...([['none', 0.43, '6358'], ['one', 0.25, '6360'], ['two', 0.13, '6362'], ['three', 0.08, '6364'], ['four_to_seven', 0.11, '6366']] as const).map(([bin, p, line]): Row => ({
    id: `ch8.tab8_8.${bin}`, description: `Negative answers on the eight dimensions: ${bin}`, published: p, n: 1229, source: 'Tabel 8.8', line,
    cell: { kind: 'sum', exhibit: 'tab-8.8', keys: {}, column: 'negatives', codes: [bin] },
  })),
  { id: 'ch8.tab8_8.three_plus', description: '3 or more negative answers', published: 0.19, n: 1229, source: 'Tabel 8.8 (text)', line: '6378-6379', cell: { kind: 'sum', exhibit: 'tab-8.8', keys: {}, column: 'negatives', codes: ['three', 'four_to_seven'] } },
  // School (base: the responses in school or education)
  { id: 'ch8.like_school.very.menapt', description: 'Very happy to go to school, MENAPT', published: 0.53, n: 752, source: 'Fig 8.2 (text)', line: '5782', cell: group('fig-8.2', 'like_school', 'very', { origin: 'menapt' }) },
  { id: 'ch8.like_school.very.nonmenapt', description: 'Very happy to go to school, non-MENAPT', published: 0.45, n: 324, source: 'Fig 8.2 (text)', line: '5784', cell: group('fig-8.2', 'like_school', 'very', { origin: 'non_menapt' }) },
  { id: 'ch8.academic_self_assessment.well_verywell.menapt', description: 'Doing very well or well academically, MENAPT', published: 0.8, n: 752, source: 'Fig 8.3 (text)', line: '5789', cell: group('fig-8.3', 'academic_self_assessment', 'well_verywell', { origin: 'menapt' }) },
  { id: 'ch8.academic_self_assessment.well_verywell.nonmenapt', description: 'Doing very well or well academically, non-MENAPT', published: 0.68, n: 324, source: 'Fig 8.3 (text)', line: '5787', cell: group('fig-8.3', 'academic_self_assessment', 'well_verywell', { origin: 'non_menapt' }) },
  { id: 'ch8.truancy_6m.any.all', description: 'Self-reported unauthorised absence, all in school ("knap 40 pct.")', published: 0.4, n: 1076, source: 'Fig 8.5 (text)', line: '5815', approx: true, cell: group('fig-8.5', 'truancy_6m', 'any') },
  // Education and job talks, plans
  { id: 'ch8.career_talk_with.housing_worker.all', description: 'Talks with a social housing worker about education or job, all', published: 0.08, n: 1229, source: 'Fig 8.6 (text)', line: '5840', cell: group('fig-8.6', 'career_talk_with', 'housing_worker') },
  { id: 'ch8.career_talk_with.housing_worker.age16_30.neet', description: 'Same, 16-30, NEET', published: 0.3, n: 133, source: 'Fig 8.7 (text)', line: '5850', cell: group('fig-8.7', 'career_talk_with', 'housing_worker', { neet: 'neet' }) },
  { id: 'ch8.career_talk_with.housing_worker.age16_30.not_neet', description: 'Same, 16-30, not NEET', published: 0.09, n: 491, source: 'Fig 8.7 (text)', line: '5852', cell: group('fig-8.7', 'career_talk_with', 'housing_worker', { neet: 'not_neet' }) },
  { id: 'ch8.career_talk_with.housing_worker.age16_30.no_exam', description: 'Same, 16-30, no leaving exam', published: 0.23, n: 87, source: 'Fig 8.8 (text)', line: '5864', cell: group('fig-8.8', 'career_talk_with', 'housing_worker', { exam: 'no_exam' }) },
  { id: 'ch8.career_talk_with.housing_worker.age16_30.exam', description: 'Same, 16-30, with the leaving exam', published: 0.1, n: 396, source: 'Fig 8.8 (text)', line: '5864', cell: group('fig-8.8', 'career_talk_with', 'housing_worker', { exam: 'exam' }) },
  { id: 'ch8.plans_next_6m.has_plans.age16_30.neet', description: 'Plans to start education or work within 6 months, 16-30, NEET', published: 0.57, n: 117, source: 'Fig 8.9 (text)', line: '5888', cell: group('fig-8.9', 'plans_next_6m', 'has_plans', { neet: 'neet' }) },
  { id: 'ch8.plans_next_6m.has_plans.age16_30.no_exam', description: 'Same, 16-30, no leaving exam', published: 0.41, n: 76, source: 'Fig 8.10 (text)', line: '5888', cell: group('fig-8.10', 'plans_next_6m', 'has_plans', { exam: 'no_exam' }) },
  // Friends and community
  { id: 'ch8.out_with_friends.daily_weekly.all', description: "Out with or at friends' daily or weekly, all", published: 0.6, n: 1229, source: 'Fig 8.11 (text)', line: '5920', cell: group('fig-8.11', 'out_with_friends', 'daily_weekly') },
  { id: 'ch8.friends_at_home.daily_weekly.all', description: 'Friends over daily or weekly, all', published: 0.35, n: 1229, source: 'Fig 8.11 (text)', line: '5922', cell: group('fig-8.11', 'friends_at_home', 'daily_weekly') },
  { id: 'ch8.part_of_community.high_some.age13_15', description: 'Part of a community, 13-15', published: 0.9, n: 605, source: 'Fig 8.16 (text)', line: '6009', cell: group('fig-8.16', 'part_of_community', 'high_some', { age_group: '13-15' }) },
  { id: 'ch8.part_of_community.high_some.age16_30', description: 'Part of a community, 16-30', published: 0.83, n: 624, source: 'Fig 8.16 (text)', line: '6010', cell: group('fig-8.16', 'part_of_community', 'high_some', { age_group: '16-30' }) },
  { id: 'ch8.excluded_from_society.high_some.age13_15', description: 'Feels excluded from society, 13-15', published: 0.12, n: 605, source: 'Fig 8.18 (text)', line: '6034', cell: group('fig-8.18', 'excluded_from_society', 'high_some', { age_group: '13-15' }) },
  { id: 'ch8.excluded_from_society.high_some.age16_30', description: 'Feels excluded from society, 16-30', published: 0.25, n: 624, source: 'Fig 8.18 (text)', line: '6034', cell: group('fig-8.18', 'excluded_from_society', 'high_some', { age_group: '16-30' }) },
  // Loneliness and life satisfaction
  { id: 'ch8.lonely.often_sometimes.all', description: 'Lonely often or sometimes, all', published: 0.27, n: 1229, source: 'Fig 8.24 (text)', line: '6115; 6160; 6165', cell: group('fig-8.24', 'lonely', 'often_sometimes') },
  // Fig 8.25 prints no N: the group Ns are Table 8.3's sex shares of Fig 8.14's origin Ns (catalogue §13 note 3):
  // MENAPT 828 × 0.52 / 0.48, non-MENAPT 401 × 0.54 / 0.46.
  { id: 'ch8.lonely.often_sometimes.menapt.girls', description: 'Lonely often or sometimes, MENAPT girls', published: 0.22, n: 431, source: 'Fig 8.25 (text)', line: '6160-6161', cell: group('fig-8.25', 'lonely', 'often_sometimes', { origin: 'menapt', sex: 'female' }) },
  { id: 'ch8.lonely.often_sometimes.menapt.boys', description: 'Lonely often or sometimes, MENAPT boys', published: 0.16, n: 397, source: 'Fig 8.25 (text)', line: '6161', cell: group('fig-8.25', 'lonely', 'often_sometimes', { origin: 'menapt', sex: 'male' }) },
  { id: 'ch8.lonely.often_sometimes.nonmenapt.girls', description: 'Lonely often or sometimes, non-MENAPT girls', published: 0.5, n: 217, source: 'Fig 8.25 (text)', line: '6162', cell: group('fig-8.25', 'lonely', 'often_sometimes', { origin: 'non_menapt', sex: 'female' }) },
  { id: 'ch8.lonely.often_sometimes.nonmenapt.boys', description: 'Lonely often or sometimes, non-MENAPT boys', published: 0.27, n: 184, source: 'Fig 8.25 (text)', line: '6164-6165', cell: group('fig-8.25', 'lonely', 'often_sometimes', { origin: 'non_menapt', sex: 'male' }) },
  { id: 'ch8.lonely.often_sometimes.age16_30.neet', description: 'Lonely often or sometimes, 16-30, NEET', published: 0.53, n: 133, source: 'Fig 8.27 (text)', line: '6181', cell: group('fig-8.27', 'lonely', 'often_sometimes', { neet: 'neet' }) },
  { id: 'ch8.life_satisfaction.good_verygood.all', description: 'Thinks well or very well of life, all', published: 0.88, n: 1229, source: 'Fig 8.28 (text)', line: '6195', cell: group('fig-8.28', 'life_satisfaction', 'good_verygood') },
  { id: 'ch8.life_satisfaction.good_verygood.age13_15', description: 'Thinks well or very well of life, 13-15', published: 0.91, n: 605, source: 'Fig 8.30 (text)', line: '6221-6222', cell: group('fig-8.30', 'life_satisfaction', 'good_verygood', { age_group: '13-15' }) },
  { id: 'ch8.life_satisfaction.good_verygood.age16_30', description: 'Thinks well or very well of life, 16-30', published: 0.84, n: 624, source: 'Fig 8.30 (text)', line: '6222', cell: group('fig-8.30', 'life_satisfaction', 'good_verygood', { age_group: '16-30' }) },
  // Economic deprivation
  { id: 'ch8.missed_out_lack_of_money.yes.not_poor', description: 'Missed out for lack of money, not poor (2018)', published: 0.27, n: 756, source: 'Fig 8.38 (text)', line: '6404', cell: group('fig-8.38', 'missed_out_lack_of_money', 'yes', { poor: 'not_poor' }) },
  { id: 'ch8.missed_out_lack_of_money.yes.poor', description: 'Missed out for lack of money, poor (2018)', published: 0.36, n: 471, source: 'Fig 8.38 (text)', line: '6406', cell: group('fig-8.38', 'missed_out_lack_of_money', 'yes', { poor: 'poor' }) },
];

export const SURVEY_TARGETS: CalibrationTarget[] = ROWS.map((r) => ({
  id: r.id, description: `${r.description} (report N = ${r.n})`, published: r.published,
  tolerance: samplingTolerance(r.published, r.n, r.approx ? 0.05 : 0.03),
  source: r.source, line: r.line, cell: r.cell,
}));
