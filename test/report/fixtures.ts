/**
 * A hand-built report input covering every chart shape: yearly lines with and without intervals,
 * a suppressed year, two key columns, grouped bars with long labels, effects with extra columns
 * and an appendix figure. Values follow simple formulas so the sample is deterministic.
 */
import type { ResultRow, ResultTable } from '../../src/results/types.ts';
import type { ReportInput } from '../../src/report/types.ts';

const YEARS = Array.from({ length: 20 }, (_, i) => 2000 + i);
const AREAS = ['supported', 'social_housing', 'population'] as const;

function row(keys: Record<string, string>, year: number | null, value: number, n: number, halfWidth?: number): ResultRow {
  return {
    keys,
    year,
    value,
    n,
    lower: halfWidth === undefined ? null : value - halfWidth,
    upper: halfWidth === undefined ? null : value + halfWidth,
  };
}

const poverty: ResultTable = {
  id: 'fig-2.3',
  chapter: 2,
  kind: 'figure',
  title: {
    da: 'Udvikling for andelen af borgere med en indkomst under fattigdomsgrænsen. Særskilt for befolkningen, almene områder og støttede områder. Procent.',
    en: 'Share of residents with income below the poverty line. Population, social housing and supported areas. Per cent.',
  },
  note: {
    da: 'Anm.: Økonomisk fattigdom er defineret som en persons indkomst, der er mindre end 50 pct. af medianindkomsten.',
    en: 'Note: Economic poverty is an income below 50 per cent of the median income.',
  },
  unit: 'share',
  keyColumns: ['area_group'],
  rows: AREAS.flatMap((a, k) =>
    YEARS.map((y, i) => {
      const r = row({ area_group: a }, y, [0.08, 0.05, 0.03][k] + i * [0.004, 0.002, 0.0005][k], [300000, 950000, 5500000][k] + i * 1000, 0.006);
      return a === 'supported' && y === 2010 ? { ...r, value: null, n: null, lower: null, upper: null, suppressed: 'primary' as const } : r;
    }),
  ),
  choices: [{ da: 'Studerende og personer med formue tælles som ikke-fattige.', en: 'Students and people with wealth count as not poor.' }],
};

const income: ResultTable = {
  id: 'fig-2.2',
  chapter: 2,
  kind: 'figure',
  title: {
    da: 'Udvikling i gennemsnitlig ækvivaleret disponibel familieindkomst. Særskilt for befolkningen, almene områder og udsatte områder. I kroner.',
    en: 'Mean equivalised disposable family income. Population, social housing and supported areas. DKK.',
  },
  note: { da: 'Negative indkomster er sat til en indkomst på 0.', en: 'Negative incomes are set to 0.' },
  unit: 'dkk',
  keyColumns: ['area_group'],
  rows: AREAS.flatMap((a, k) => YEARS.map((y, i) => row({ area_group: a }, y, [150000, 170000, 213855][k] + i * [1500, 2500, 4200][k], [300000, 950000, 5500000][k]))),
};

const restgruppeByOrigin: ResultTable = {
  id: 'fig-3.3',
  chapter: 3,
  kind: 'figure',
  title: {
    da: 'Andel 6-årige med mindst én forælder i restgruppen pågældende år. Særskilt for støttede områder og befolkningen og herkomst. Procent.',
    en: 'Share of 6-year-olds with at least one parent in the restgruppe that year. Supported areas and population, by origin. Per cent.',
  },
  note: { da: 'N (Udsatte områder) = 2.100-2.900.', en: 'N (supported areas) = 2,100-2,900.' },
  unit: 'share',
  keyColumns: ['area_group', 'origin'],
  rows: (['supported', 'population'] as const).flatMap((a, k) =>
    (['menapt', 'non_menapt'] as const).flatMap((o, m) => YEARS.map((y, i) => row({ area_group: a, origin: o }, y, [[0.55, 0.3], [0.35, 0.08]][k][m] * (1 - i * 0.02), 2500))),
  ),
};

const riskFactors: ResultTable = {
  id: 'tab-3.1',
  chapter: 3,
  kind: 'table',
  title: { da: 'Forekomsten af risikofaktorer hos børn i 6-årsalderen. Procent.', en: 'Risk factors among 6-year-olds. Per cent.' },
  note: { da: '2015 er første år med angivelse af familierettede foranstaltninger.', en: '2015 is the first year with family-directed measures.' },
  unit: 'share',
  keyColumns: ['item', 'area_group'],
  rows: [
    ['Mindst 2 brud i familien', [0.12, 0.07]],
    ['Forældre sigtet eller dømt', [0.18, 0.09]],
    ['Forældres misbrug', [0.05, 0.03]],
    ['Forældres psykiske sygdom', [0.14, 0.1]],
    ['Mere end tre flytninger', [0.11, 0.06]],
    ['Person- og familierettede foranstaltninger', [0.09, 0.04]],
  ].flatMap(([item, values]) =>
    (['supported', 'population'] as const).map((a, k) => row({ item: item as string, area_group: a }, null, (values as number[])[k], [2400, 61000][k])),
  ),
};

const partTimeJobs: ResultTable = {
  id: 'tab-9.2',
  chapter: 9,
  kind: 'table',
  title: {
    da: 'Resultater af effektanalyser af fritidsjobindsatsen på de unges chance for at være i fritidsjob. Odds ratios.',
    en: 'Effect of the part-time job effort on the chance of having a part-time job. Odds ratios.',
  },
  note: { da: '* p < 0,05.', en: '* p < 0.05.' },
  unit: 'odds_ratio',
  keyColumns: ['item'],
  rows: [
    { ...row({ item: 'Året efter start' }, null, 1.84, 412, 0.4), extra: { p_value: 0.0021 } },
    { ...row({ item: 'To år efter start' }, null, 1.31, 398, 0.35), extra: { p_value: 0.081 } },
    { ...row({ item: 'Tre år efter start' }, null, 1.12, 20, 0.5), extra: { p_value: 0.4 }, suppressed: 'secondary' as const },
  ],
};

const participantsBySex: ResultTable = {
  id: 'bfig-3.1',
  chapter: 'B3',
  kind: 'figure',
  title: {
    da: 'Fordeling på køn. Sammenligning af grupper i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    en: 'Distribution by sex. Participants in activities compared with other residents. Per cent.',
  },
  note: { da: '', en: '' },
  unit: 'share',
  keyColumns: ['group', 'sex'],
  rows: [
    row({ group: 'Deltagere 10-20 år', sex: 'male' }, null, 0.58, 1200),
    row({ group: 'Deltagere 10-20 år', sex: 'female' }, null, 0.42, 870),
    row({ group: 'Øvrige beboere 10-20 år', sex: 'male' }, null, 0.51, 15400),
    row({ group: 'Øvrige beboere 10-20 år', sex: 'female' }, null, 0.49, 14900),
    { keys: { group: 'Deltagere 0-6 år', sex: 'male' }, year: null, value: null, n: null, lower: null, upper: null, suppressed: 'primary' },
    row({ group: 'Deltagere 0-6 år', sex: 'female' }, null, 0.5, 9),
  ],
};

export const SAMPLE_TABLES: readonly ResultTable[] = [poverty, income, restgruppeByOrigin, riskFactors, partTimeJobs, participantsBySex];

export const SAMPLE_INPUT: ReportInput = {
  tables: SAMPLE_TABLES,
  run: {
    seed: 42,
    inputFingerprint: 'sha256:3f2a9c0d5e7b41aa',
    dataSource: { da: 'Syntetiske registerdata (livschancer generate, seed 42)', en: 'Synthetic register data (livschancer generate, seed 42)' },
    disabled: [{ analysis: 'survey', reason: { da: 'Ingen surveydata i input.', en: 'No survey data in the input.' } }],
    calibration: [
      { id: 'gini-2019-pop', description: { da: 'Gini-koefficient, befolkningen 2019', en: 'Gini coefficient, population 2019' }, published: 0.31, achieved: 0.305, tolerance: 0.02, within: true, unit: 'gini' },
      { id: 'poor-2019-sup', description: { da: 'Andel fattige, støttede områder 2019', en: 'Share poor, supported areas 2019' }, published: 0.16, achieved: 0.19, tolerance: 0.02, within: false, unit: 'share' },
    ],
  },
  labels: { group: {} },
  order: ['fig-2.2', 'fig-2.3', 'fig-3.3', 'tab-3.1'],
};
