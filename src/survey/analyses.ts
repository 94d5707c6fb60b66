/**
 * Chapter 8 (the youth life-mastery survey), the project-leader figures and the activity charts, as
 * ResultTables, from the loaded contract tables (`survey_response`, `projektleder_svar`,
 * `lbf_aktivitet`) and the warehouse (`person_year`, plus `bfl` for the NEET rule).
 *
 * Counting as the report does (docs/survey.md):
 * - A response is analysed when it is complete, linked to a person id, found in `person_year` in the
 *   survey year, and aged 13-30 then (Bilag 1: "Efter at vi har droppet delvise besvarelser og personer
 *   uden for aldersintervallet ... 1.229 besvarelser fra 1.069 børn og unge").
 * - Figures and tables 8.1 (responses column), 8.6-8.8 count responses; tables 8.1 (persons
 *   column), 8.2-8.5 count persons, each person described by their first response (earliest year).
 * - The 9th-grade exam split (Table 8.7, Figs 8.8, 8.10) and the parental background (Table 8.5) are
 *   linked from the registers (survey/linked.ts); Bilagstabel 1.4-1.7 come from survey/bilag1.ts.
 * - Sex and origin come from the registers (`person_year`), age is the register age in the survey
 *   year. NEET (16-30 only, Table 8.6 note): not in school or education by the respondent's own answer
 *   and at most 800 paid hours in BFL that year. Poverty (Fig 8.38): the family is poor in 2018
 *   (`person_year.poor`); responses without a 2018 classification are left out of that figure.
 * - A distribution's rows: one per group and answer code; `value` = share of the group's responses
 *   that answered the item (a school item not asked is not in the base), `n` = that base, Wilson
 *   interval, `extra.count` = responses with that answer, `extra.p_value` = Pearson chi-square test of
 *   the test split against the answer codes, within each level of the other splits. Multi-choice
 *   items: one share per option (options do not sum to 1) and one 2×2 test per option.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AdditiveSpec, ExemptSpec } from '../disclosure/spec.ts';
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { chiSquareTest, wilsonInterval } from '../stats/index.ts';
import { ACTIVITY_FIGURES, ACTIVITY_TYPES } from './activities.ts';
import { completeResponsesTable, participantTables } from './bilag1.ts';
import { DISTRIBUTION_SPECS, OMITTED_EXHIBITS, SPLIT_LEVEL_LABELS, TABLE_TITLES, type DistributionSpec, type SplitId } from './analysis-specs.ts';
import { EXAM_LAST_YEAR, examStatusSql, FAMILY_TYPE_YEAR, PARENT_AGE, parentBackgroundSql, type ExamStatus, type ParentBackground } from './linked.ts';
import { isAsked } from './import.ts';
import { countNegativeAnswers, TAB_8_8_BINS, type SingleAnswers } from './negative-count.ts';
import { DEGREE_SCALE, PROJECT_LEADER_FIGURES, PROJECT_LEADER_QUESTIONS, type TargetGroup } from './project-leader.ts';
import { groupingCodes, surveyItem, YOUTH_QUESTIONNAIRE, type SurveyItem, type YouthItemId } from './questionnaire.ts';
import type { Answer } from './records.ts';
import { countText } from './number-text.ts';

/** One analysed response: answers plus register background. `person` is only used to count persons. */
export interface AnalysedResponse {
  responseId: string;
  person: string;
  year: number;
  age: number;
  sex: 'male' | 'female' | null;
  origin: 'menapt' | 'non_menapt' | null;
  /** NEET by the report's survey rule; null when unknown (and always ignored below 16). */
  neet: boolean | null;
  /** Family below the poverty line in 2018; null when not classified. */
  poor: boolean | null;
  /** 9th-grade leaving exam (survey/linked.ts); null or absent when not classified. */
  exam?: ExamStatus | null;
  /** Parents at age 10 and family type in 2019 (Table 8.5; the person's, on each of their responses). */
  parents?: ParentBackground;
  answers: ReadonlyMap<string, Answer>;
}

const SPLIT_LEVELS: Record<SplitId, readonly string[]> = {
  sex: ['male', 'female'],
  age_group: ['13-15', '16-30'],
  origin: ['menapt', 'non_menapt'],
  neet: ['not_neet', 'neet'],
  poor: ['not_poor', 'poor'],
  lonely: ['not_lonely', 'lonely'],
  exam: ['exam', 'no_exam'],
};

const SPLIT_TEXT: Record<SplitId, Text> = {
  sex: { da: 'køn', en: 'sex' },
  age_group: { da: 'alder', en: 'age group' },
  origin: { da: 'herkomst', en: 'origin' },
  neet: { da: 'NEET', en: 'NEET' },
  poor: { da: 'fattigdom', en: 'poverty' },
  lonely: { da: 'ensomhed', en: 'loneliness' },
  exam: { da: 'folkeskolens afgangsprøve', en: "the 9th-grade leaving exam" },
};

const LONELY_CODES = groupingCodes('lonely', 'often_sometimes');

export function splitValue(r: AnalysedResponse, split: SplitId): string | null {
  switch (split) {
    case 'sex': return r.sex;
    case 'origin': return r.origin;
    case 'age_group': return r.age <= 15 ? '13-15' : '16-30';
    case 'neet': return r.age < 16 || r.neet === null ? null : r.neet ? 'neet' : 'not_neet';
    case 'poor': return r.poor === null ? null : r.poor ? 'poor' : 'not_poor';
    case 'exam': return r.age < 16 ? null : r.exam ?? null;
    case 'lonely': {
      const a = r.answers.get('lonely');
      if (!a) return null;
      return a.some((c) => LONELY_CODES.includes(c)) ? 'lonely' : 'not_lonely';
    }
  }
}

function pValue(table: number[][]): number | null {
  const rows = table.filter((row) => row.some((v) => v > 0));
  const cols = rows.length === 0 ? [] : rows[0].map((_, j) => j).filter((j) => rows.some((row) => row[j] > 0));
  if (rows.length < 2 || cols.length < 2) return null;
  try {
    return chiSquareTest(rows.map((row) => cols.map((j) => row[j]))).pValue;
  } catch {
    return null;
  }
}

/** Cartesian product of the splits' levels, outer first. */
function combinations(splits: readonly SplitId[]): Record<string, string>[] {
  return splits.reduce<Record<string, string>[]>(
    (acc, s) => acc.flatMap((keys) => SPLIT_LEVELS[s].map((v) => ({ ...keys, [s]: v }))),
    [{}],
  );
}

const share = (count: number, n: number) => {
  if (n === 0) return { value: null, lower: null, upper: null };
  const w = wilsonInterval(count, n);
  return { value: count / n, lower: w.lower, upper: w.upper };
};

/** One chapter-8 distribution figure. */
export function distributionTable(spec: DistributionSpec, responses: readonly AnalysedResponse[]): ResultTable {
  const population = responses.filter((r) => spec.ages !== '16-30' || r.age >= 16);
  const test = spec.test ?? spec.split[spec.split.length - 1];
  const strataSplits = spec.split.filter((s) => s !== test);
  const rows: ResultRow[] = [];
  for (const itemId of spec.items) {
    const item = surveyItem(itemId);
    const codes = item.options.map((o) => o.code);
    const groups = combinations(spec.split).map((keys) => {
      const members = population.filter((r) => spec.split.every((s) => splitValue(r, s) === keys[s]));
      const answered = members.map((r) => r.answers.get(itemId) ?? null).filter((a): a is readonly number[] => a !== null);
      const counts = codes.map((c) => answered.filter((a) => a.includes(c)).length);
      return { keys, n: answered.length, counts };
    });
    // p-values: per stratum of the non-test splits (per option too, for a multi-choice item)
    const pFor = new Map<string, number | null>();
    const stratumKey = (keys: Record<string, string>) => strataSplits.map((s) => keys[s]).join('|');
    if (test !== undefined) {
      for (const stratum of combinations(strataSplits)) {
        const inStratum = groups.filter((g) => stratumKey(g.keys) === stratumKey(stratum));
        if (item.kind === 'single') {
          pFor.set(stratumKey(stratum), pValue(inStratum.map((g) => g.counts)));
        } else {
          codes.forEach((_, j) => pFor.set(`${stratumKey(stratum)}#${j}`, pValue(inStratum.map((g) => [g.counts[j], g.n - g.counts[j]]))));
        }
      }
    }
    for (const g of groups) {
      codes.forEach((code, j) => {
        const p = test === undefined ? undefined : item.kind === 'single' ? pFor.get(stratumKey(g.keys)) : pFor.get(`${stratumKey(g.keys)}#${j}`);
        rows.push({
          keys: { item: itemId, ...g.keys, answer: String(code) },
          year: null,
          n: g.n,
          ...share(g.counts[j], g.n),
          extra: { count: g.counts[j], ...(p === undefined ? {} : { p_value: p }) },
        });
      });
    }
  }
  const items = spec.items.map((id) => surveyItem(id));
  const by = spec.split.map((s) => SPLIT_TEXT[s]);
  const byEn = by.length > 0 ? ` By ${by.map((t) => t.en).join(' and ')}.` : '';
  const multi = items.some((i) => i.kind === 'multi');
  return {
    id: spec.id,
    chapter: 8,
    kind: 'figure',
    title: { da: spec.title, en: `${items.map((i) => i.text.en).join(' / ')}${spec.ages ? ' 16-30-year-olds.' : ''}${byEn} Per cent.` },
    note: {
      da: `Andel af besvarelserne i gruppen, der har besvaret spørgsmålet (N = ${countText(population.length, 'da')}).${multi ? ' Flere svar mulige.' : ''}${test ? ` p-værdi: chi-i-anden-test på tværs af ${SPLIT_TEXT[test].da}.` : ''}`,
      en: `Share of the group's responses that answered the item (N = ${countText(population.length, 'en')}).${multi ? ' Several answers possible.' : ''}${test ? ` p-value: chi-square test across ${SPLIT_TEXT[test].en}.` : ''}`,
    },
    unit: 'share',
    keyColumns: ['item', ...spec.split, 'answer'],
    rows,
    labels: { ...SPLIT_LEVEL_LABELS, ...itemLabels(items) },
    choices: [{
      da: 'Køn og herkomst fra registrene; alder er registeralderen i svaråret. Alle svarkoder vises, også "ved ikke"; rapportens grupperinger (fx "ofte eller af og til") er summer af koderne.',
      en: 'Sex and origin from the registers; age is the register age in the survey year. Every answer code is shown, "don\'t know" included; the report\'s groupings (e.g. "often or sometimes") are sums of codes.',
    }, ...(spec.split.includes('exam') ? [EXAM_CHOICE] : [])],
  };
}

/** The items' question texts and their answer labels as printed in the questionnaire (Bilag 4). */
export function itemLabels(items: readonly SurveyItem[]): Record<'item' | 'answer', Record<string, Text>> {
  const item: Record<string, Text> = {};
  const answer: Record<string, Text> = {};
  for (const i of items) {
    item[i.id] = i.text;
    for (const o of i.options) {
      const seen = answer[String(o.code)];
      // one answer column per exhibit: its items must agree on what a code means
      if (seen && seen.da !== o.label.da) throw new Error(`answer code ${o.code} means different things in one exhibit (${i.id})`);
      answer[String(o.code)] = o.label;
    }
  }
  return { item, answer };
}

const EXAM_CHOICE: Text = {
  da: `Afgangsprøven fra registrene (elevregistret og UDFK, som i kapitel 4-5): 9.-klasseselever med eksamensår til og med ${EXAM_LAST_YEAR} (2021 var ikke tilgængelig for rapporten); afsluttet = karakter i alle bundne fag. Unge, der ikke har gået i 9. klasse i Danmark i registrenes år, er ikke klassificeret (rapportens 483 af 624).`,
  en: `Leaving exam from the registers (pupil register and UDFK, as in chapters 4-5): 9th-grade pupils with exam year up to ${EXAM_LAST_YEAR} (2021 was not available to the report); completed = a grade in every mandatory subject. Young people not in a Danish 9th grade in the registers' years are not classified (the report's 483 of 624).`,
};

const AGE_BANDS: readonly { id: string; min: number; max: number }[] = [
  { id: '13', min: 13, max: 13 }, { id: '14', min: 14, max: 14 }, { id: '15', min: 15, max: 15 },
  { id: '16', min: 16, max: 16 }, { id: '17', min: 17, max: 17 }, { id: '18-24', min: 18, max: 24 }, { id: '25-30', min: 25, max: 30 },
];
const ageBand = (age: number) => AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.id ?? null;

/** Each person once, by their first response (earliest year, then response id). */
export function firstResponses(responses: readonly AnalysedResponse[]): AnalysedResponse[] {
  const first = new Map<string, AnalysedResponse>();
  for (const r of [...responses].sort((a, b) => a.year - b.year || a.responseId.localeCompare(b.responseId))) {
    if (!first.has(r.person)) first.set(r.person, r);
  }
  return [...first.values()];
}

function countRows(groups: { keys: Record<string, string>; count: number }[], n: number): ResultRow[] {
  return groups.map((g) => ({ keys: g.keys, year: null, n, ...share(g.count, n), extra: { count: g.count } }));
}

function table(id: string, keyColumns: string[], rows: ResultRow[], en: string, note: Text): ResultTable {
  return { id, chapter: 8, kind: 'table', title: { da: TABLE_TITLES[id], en }, note, unit: 'share', keyColumns, rows, labels: BACKGROUND_LABELS };
}

const years = (a: number, b?: number): Text => (b === undefined ? { da: `${a} år`, en: `${a} years` } : { da: `${a}-${b} år`, en: `${a}-${b} years` });

/** Row labels of Tables 8.1-8.8 as printed (English ours). */
const BACKGROUND_LABELS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  ...SPLIT_LEVEL_LABELS,
  unit: { responses: { da: 'Besvarelser', en: 'Responses' }, persons: { da: 'Personer', en: 'Persons' } },
  age_band: { 13: years(13), 14: years(14), 15: years(15), 16: years(16), 17: years(17), '18-24': years(18, 24), '25-30': years(25, 30) },
  block: {
    sex: { da: 'Køn', en: 'Sex' }, origin: { da: 'Herkomst', en: 'Origin' },
    parent_employment: { da: 'Forældres beskæftigelse, da barnet var 10 år', en: "Parents' employment when the child was 10" },
    parent_education: { da: 'Forældres uddannelse, da barnet var 10 år', en: "Parents' education when the child was 10" },
    parent_restgruppe: { da: 'Forældre i restgruppen, da barnet var 10 år', en: 'Parents in the restgruppe when the child was 10' },
    family_type: { da: `Familietype i ${FAMILY_TYPE_YEAR} (kun hjemmeboende)`, en: `Family type in ${FAMILY_TYPE_YEAR} (children living at home only)` },
  },
  group: {
    male: { da: 'Dreng', en: 'Boy' }, female: { da: 'Pige', en: 'Girl' },
    menapt: { da: 'MENAPT', en: 'MENAPT' }, non_menapt: { da: 'Ikke-MENAPT', en: 'Non-MENAPT' },
  },
  column: {
    female: { da: 'Piger', en: 'Girls' }, male: { da: 'Drenge', en: 'Boys' },
    menapt: { da: 'MENAPT', en: 'MENAPT' }, non_menapt: { da: 'Ikke-MENAPT', en: 'Non-MENAPT' },
  },
  exam: {
    exam: { da: 'Afsluttet 9. klasse med folkeskolens afgangsprøve', en: 'Completed 9th grade with the leaving exam' },
    no_exam: { da: 'Har ikke været oppe til folkeskolens afgangsprøve', en: 'Has not sat the leaving exam' },
  },
  neet: { neet: { da: 'I NEET', en: 'NEET' }, not_neet: { da: 'Ikke i NEET', en: 'Not NEET' } },
  negatives: Object.fromEntries(TAB_8_8_BINS.map((b) => [b.id, b.label])),
};

/** Table 8.5's blocks in printed order: each group code (unique across blocks) and the status it counts. */
const TAB_8_5_BLOCKS: readonly { block: string; groups: readonly (readonly [code: string, status: string])[]; of: (p: ParentBackground) => string | null }[] = [
  { block: 'parent_employment', groups: [['no_parent_employed', 'none'], ['parent_employed', 'atleast1']], of: (p) => p.employment },
  { block: 'parent_education', groups: [['basic_or_unknown', 'compulsory_or_unknown'], ['above_basic', 'above_compulsory']], of: (p) => p.education },
  { block: 'parent_restgruppe', groups: [['no_parent_restgruppe', 'none'], ['parent_restgruppe', 'atleast1']], of: (p) => p.restgruppe },
  { block: 'family_type', groups: [['couple', 'couple'], ['single', 'single']], of: (p) => p.familyType },
];

const TAB_8_5_GROUP_LABELS: Readonly<Record<string, Text>> = {
  no_parent_employed: { da: 'Ingen forældre i beskæftigelse', en: 'No parent employed' },
  parent_employed: { da: 'Mindst én forælder i beskæftigelse', en: 'At least one parent employed' },
  basic_or_unknown: { da: 'Begge forældre med grundskole eller ukendt status som højest fuldførte', en: 'Both parents with compulsory school or unknown status as highest completed' },
  above_basic: { da: 'Mindst én forælder med mere end grundskole som højest fuldførte', en: 'At least one parent with more than compulsory school as highest completed' },
  no_parent_restgruppe: { da: 'Ingen forældre i restgruppe', en: 'No parent in the restgruppe' },
  parent_restgruppe: { da: 'Mindst én forælder i restgruppe', en: 'At least one parent in the restgruppe' },
  couple: { da: 'Par-familie', en: 'Couple family' },
  single: { da: 'Enlig forælder', en: 'Single parent' },
};

/** Table 8.5 from persons (first responses); each block's base is the persons with a known status. */
export function parentBackgroundTable(persons: readonly AnalysedResponse[]): ResultTable {
  const rows = TAB_8_5_BLOCKS.flatMap((b) => {
    const known = persons.filter((r) => r.parents !== undefined && b.of(r.parents) !== null);
    return countRows(b.groups.map(([code, status]) => ({ keys: { block: b.block, group: code }, count: known.filter((r) => b.of(r.parents!) === status).length })), known.length);
  });
  const base = table('tab-8.5', ['block', 'group'], rows, 'Parental background. Number and per cent.', {
    da: `Personer (N = ${countText(persons.length, 'da')}); hver blok har sit eget N (personer med kendt status).`,
    en: `Persons (N = ${countText(persons.length, 'en')}); each block has its own N (persons with a known status).`,
  });
  return {
    ...base,
    labels: { ...BACKGROUND_LABELS, group: TAB_8_5_GROUP_LABELS },
    choices: [{
      da: `Forældre, da barnet var ${PARENT_AGE} år: bopælsforældre (E-familie), ellers juridiske forældre i Danmark; for børn, der kom til senere, det første år i Danmark (til og med 17 år); findes ingen forældre det år, de næste 3 år. Ukendt uddannelse tæller med grundskole (rækkens tekst); en blok uden kendt status for personen tæller ikke med i blokkens N (rapportens N er 1.043, 1.043, 1.069 og 942).`,
      en: `Parents when the child was ${PARENT_AGE}: home parents (E-family), else legal parents living in Denmark; for children who arrived later the first year in Denmark (up to 17); with no parent that year, the next 3 years. Unknown education counts with compulsory school (as the row says); a person without a known status in a block is left out of that block's N (the report's Ns are 1,043, 1,043, 1,069 and 942).`,
    }],
  };
}

/** How the read responses became the analysed ones (Bilag 1: partial and out-of-range responses dropped). */
export interface ResponseAccounting {
  read: number;
  partial: number;
  unlinked: number;
  notFound: number;
  outside: number;
}

function accountingNote(a: ResponseAccounting): Text {
  return {
    da: ` Af ${countText(a.read, 'da')} besvarelser i data er fravalgt: ${countText(a.partial, 'da')} delvise, ${countText(a.unlinked, 'da')} ikke koblet til registrene, ${countText(a.notFound, 'da')} ikke fundet i registrene i svaråret og ${countText(a.outside, 'da')} uden for 13-30 år.`,
    en: ` Of ${countText(a.read, 'en')} responses in the data, left out: ${countText(a.partial, 'en')} partial, ${countText(a.unlinked, 'en')} not linked to the registers, ${countText(a.notFound, 'en')} not found in the registers in the survey year and ${countText(a.outside, 'en')} outside ages 13-30.`,
  };
}

export function backgroundTables(responses: readonly AnalysedResponse[], accounting?: ResponseAccounting): ResultTable[] {
  const persons = firstResponses(responses);
  const noteP: Text = { da: `Personer (N = ${countText(persons.length, 'da')}).`, en: `Persons (N = ${countText(persons.length, 'en')}).` };
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;

  const t81 = (['responses', 'persons'] as const).flatMap((unit) => {
    const base = unit === 'responses' ? responses : persons;
    return countRows(AGE_BANDS.map((b) => ({ keys: { unit, age_band: b.id }, count: count(base, (r) => ageBand(r.age) === b.id) })), base.length);
  });
  const t82 = [
    ...countRows(SPLIT_LEVELS.sex.map((v) => ({ keys: { block: 'sex', group: v }, count: count(persons, (r) => r.sex === v) })), count(persons, (r) => r.sex !== null)),
    ...countRows(SPLIT_LEVELS.origin.map((v) => ({ keys: { block: 'origin', group: v }, count: count(persons, (r) => r.origin === v) })), count(persons, (r) => r.origin !== null)),
  ];
  const t83 = SPLIT_LEVELS.origin.flatMap((o) => {
    const inOrigin = persons.filter((r) => r.origin === o && r.sex !== null);
    return countRows(SPLIT_LEVELS.sex.map((s) => ({ keys: { origin: o, sex: s }, count: count(inOrigin, (r) => r.sex === s) })), inOrigin.length);
  });
  const columns: { column: string; of: (r: AnalysedResponse) => boolean }[] = [
    { column: 'female', of: (r) => r.sex === 'female' }, { column: 'male', of: (r) => r.sex === 'male' },
    { column: 'menapt', of: (r) => r.origin === 'menapt' }, { column: 'non_menapt', of: (r) => r.origin === 'non_menapt' },
  ];
  const t84 = columns.flatMap((c) => {
    const inColumn = persons.filter(c.of);
    return countRows(AGE_BANDS.map((b) => ({ keys: { column: c.column, age_band: b.id }, count: count(inColumn, (r) => ageBand(r.age) === b.id) })), inColumn.length);
  });
  const old = responses.filter((r) => r.age >= 16 && r.neet !== null);
  const examined = responses.filter((r) => splitValue(r, 'exam') !== null);
  const t87 = countRows(SPLIT_LEVELS.exam.map((v) => ({ keys: { exam: v }, count: count(examined, (r) => r.exam === v) })), examined.length);
  const t86 = countRows(SPLIT_LEVELS.neet.map((v) => ({ keys: { neet: v }, count: count(old, (r) => (r.neet ? 'neet' : 'not_neet') === v) })), old.length);

  const negatives = responses.map((r) => countNegativeAnswers(singleAnswers(r)));
  const counted = negatives.filter((c) => c.status === 'counted');
  const t88 = countRows(TAB_8_8_BINS.map((b) => ({ keys: { negatives: b.id }, count: counted.filter((c) => c.bin === b.id).length })), counted.length);

  return [
    table('tab-8.1', ['unit', 'age_band'], t81, 'Age distribution. Number and per cent.', {
      da: `Besvarelser (N = ${countText(responses.length, 'da')}); Personer (N = ${countText(persons.length, 'da')}).${accounting ? accountingNote(accounting).da : ''}`,
      en: `Responses (N = ${countText(responses.length, 'en')}); Persons (N = ${countText(persons.length, 'en')}).${accounting ? accountingNote(accounting).en : ''}`,
    }),
    table('tab-8.2', ['block', 'group'], t82, 'Sex and origin. Number and per cent.', noteP),
    table('tab-8.3', ['origin', 'sex'], t83, 'Sex by origin. Per cent.', noteP),
    table('tab-8.4', ['column', 'age_band'], t84, 'Age distribution by sex and origin. Per cent.', noteP),
    parentBackgroundTable(persons),
    table('tab-8.6', ['neet'], t86, 'Young people by whether they are NEET. Number and per cent.', {
      da: `16-30-årige besvarelser (N = ${countText(old.length, 'da')}). Uddannelse er selvrapporteret; beskæftigelse fra BFL (over 800 løntimer).`,
      en: `Responses of 16-30-year-olds (N = ${countText(old.length, 'en')}). Education self-reported; employment from BFL (more than 800 paid hours).`,
    }),
    {
      ...table('tab-8.7', ['exam'], t87, 'Completed 9th grade with the leaving exam. Number and per cent.', {
        da: `16-30-årige besvarelser, der kan klassificeres (N = ${countText(examined.length, 'da')}). Fra UDFK (afsluttet grundskolen med karakterer) og elevregistret, eksamensår til og med ${EXAM_LAST_YEAR}.`,
        en: `Responses of 16-30-year-olds that can be classified (N = ${countText(examined.length, 'en')}). From UDFK (completed compulsory school with grades) and the pupil register, exam years up to ${EXAM_LAST_YEAR}.`,
      }),
      choices: [EXAM_CHOICE],
    },
    {
      ...table('tab-8.8', ['negatives'], t88, 'Negative answers on several life-mastery dimensions at once. Per cent.', {
        da: `N = ${countText(counted.length, 'da')}. "Ved ikke" tæller ikke som negativt.`, en: `N = ${countText(counted.length, 'en')}. "Don't know" does not count as negative.`,
      }),
      choices: [{ da: 'De negative svarkoder pr. dimension er udledt (rapporten angiver dem ikke); øverste gruppe er 4-8.', en: 'The negative codes per dimension are inferred (the report does not state them); the top bin is 4-8.' }],
    },
  ];
}

function singleAnswers(r: AnalysedResponse): SingleAnswers {
  const out: Partial<Record<YouthItemId, number | null>> = {};
  for (const [item, answer] of r.answers) out[item as YouthItemId] = answer && answer.length === 1 ? answer[0] : null;
  return out;
}

/** Chapter 8's tables and figures from analysed responses. */
export function youthSurveyTables(responses: readonly AnalysedResponse[], accounting?: ResponseAccounting): ResultTable[] {
  return [...backgroundTables(responses, accounting), ...DISTRIBUTION_SPECS.map((s) => distributionTable(s, responses))];
}

/** A `projektleder_svar` row. */
export interface ProjectLeaderAnswer { PLAN_ID: string; AAR: number; MAALGRUPPE: string; ITEM: string; SVAR: number | null }

export function projectLeaderTables(answers: readonly ProjectLeaderAnswer[]): ResultTable[] {
  return PROJECT_LEADER_FIGURES.map((fig) => {
    const question = PROJECT_LEADER_QUESTIONS.find((q) => q.number === fig.question);
    if (!question) throw new Error(`no project-leader question ${fig.question}`);
    const rows: ResultRow[] = [];
    let plans = 0;
    for (const item of question.items) {
      const given = answers.filter((a) => a.AAR === fig.year && a.MAALGRUPPE === fig.targetGroup && a.ITEM === item.id && a.SVAR !== null);
      plans = Math.max(plans, new Set(given.map((a) => a.PLAN_ID)).size);
      for (const option of DEGREE_SCALE) {
        const c = given.filter((a) => a.SVAR === option.code).length;
        rows.push({ keys: { item: item.id, answer: String(option.code) }, year: fig.year, n: given.length, ...share(c, given.length), extra: { count: c } });
      }
    }
    return {
      id: fig.exhibit,
      chapter: Number(fig.exhibit.split('-')[1].split('.')[0]),
      kind: 'figure' as const,
      title: { da: `Projektlederes vurderinger, målgruppe ${fig.targetGroup}, ${fig.year}. Spørgsmål ${fig.question}. Procent.`, en: `Project leaders' assessments, target group ${fig.targetGroup}, ${fig.year}. Question ${fig.question}. Per cent.` },
      note: { da: `N = ${plans} (helhedsplaner med svar).`, en: `N = ${plans} (plans answering).` },
      unit: 'share' as const,
      keyColumns: ['item', 'answer'],
      rows,
      labels: itemLabels(question.items),
      choices: [{ da: 'Svarskalaen er ikke trykt i rapporten: fire trin plus "ved ikke" (udledt).', en: 'The answer scale is not printed in the report: four steps plus "don\'t know" (inferred).' }],
    };
  });
}

/** A `lbf_aktivitet` row. */
export interface ActivityRow { PLAN_ID: string; MAALGRUPPE: string; AKTIVITET_TYPE: string }

export function activityTables(activities: readonly ActivityRow[]): ResultTable[] {
  return ACTIVITY_FIGURES.map((fig) => {
    const inGroup = activities.filter((a) => a.MAALGRUPPE === fig.targetGroup);
    const known = ACTIVITY_TYPES[fig.targetGroup as TargetGroup].map((t) => t.id);
    const types = [...known, ...[...new Set(inGroup.map((a) => a.AKTIVITET_TYPE))].filter((t) => !known.includes(t)).sort()];
    const rows: ResultRow[] = types.map((type) => {
      const of = inGroup.filter((a) => a.AKTIVITET_TYPE === type);
      return { keys: { activity_type: type }, year: null, value: of.length, n: null, lower: null, upper: null, extra: { count: of.length, plans: new Set(of.map((a) => a.PLAN_ID)).size } };
    });
    return {
      id: fig.exhibit,
      chapter: Number(fig.exhibit.split('-')[1].split('.')[0]),
      kind: 'figure' as const,
      title: fig.title,
      note: { da: `Antal aktiviteter (i alt ${countText(inGroup.length, 'da')}). Kilde: Landsbyggefondens driftsstøttesystem.`, en: `Number of activities (${countText(inGroup.length, 'en')} in all). Source: Landsbyggefonden's operating-support system.` },
      unit: 'count' as const,
      keyColumns: ['activity_type'],
      rows,
      labels: { activity_type: Object.fromEntries(ACTIVITY_TYPES[fig.targetGroup as TargetGroup].map((t) => [t.id, t.label])) },
    };
  });
}

/**
 * Disclosure specs for the exhibits that do not rest on DST microdata: the project-leader survey (one
 * answer per plan, collected by BUILD/AAU) and the plans' activity counts (Landsbyggefonden). The
 * youth-survey tables are linked microdata and get the ordinary primary rule (they carry n and
 * extra.count).
 */
export const SURVEY_EXEMPT_SPECS: readonly ExemptSpec[] = [
  ...PROJECT_LEADER_FIGURES.map((f) => ({ id: f.exhibit, exempt: 'project-leader survey (BUILD/AAU): answers per plan, not DST microdata' })),
  ...ACTIVITY_FIGURES.map((f) => ({ id: f.exhibit, exempt: "activity counts from Landsbyggefonden's driftsstøttesystem, not persons" })),
];

/**
 * Exhibits whose rows split one total into exhaustive parts (one key column; every row's n = the
 * total): a part suppressed by the primary rule could be recovered by subtraction, so they get an
 * additive spec with the key as a categorical outcome and secondary suppression.
 */
const PARTITION_EXHIBITS: ReadonlySet<string> = new Set(['tab-8.6', 'tab-8.7', 'tab-8.8', 'btab-1.4', 'btab-1.5', 'btab-1.6', 'btab-1.7']);

/** Additive disclosure specs of the survey exhibits that partition a total (built from the computed parts). */
export function surveyDisclosureSpecs(tables: readonly ResultTable[]): AdditiveSpec[] {
  return tables.filter((t) => PARTITION_EXHIBITS.has(t.id) && t.keyColumns.length === 1).map((t) => {
    const column = t.keyColumns[0];
    return { id: t.id, universe: `survey:${t.id}`, dimensions: [{ column, kind: 'outcome', parts: [...new Set(t.rows.map((r) => r.keys[column]))] }] };
  });
}

/** Whether a complete response: every required item that was asked is answered. */
export function isComplete(answers: ReadonlyMap<string, Answer>): boolean {
  return YOUTH_QUESTIONNAIRE.items.every((item) => !item.required || !isAsked(item, answers) || (answers.get(item.id) ?? null) !== null);
}

async function rowsOf(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson() as unknown as Record<string, unknown>[];
}

async function relations(conn: DuckDBConnection): Promise<Set<string>> {
  const rows = await rowsOf(conn, `SELECT lower(table_name) AS name FROM information_schema.tables`);
  return new Set(rows.map((r) => String(r.name)));
}

const parseSvar = (svar: unknown): Answer => (svar === null || svar === undefined || svar === '' ? null : String(svar).split(';').map(Number));

/** Reads `survey_response` with the register background; returns the analysed responses and notes. */
export async function loadAnalysedResponses(conn: DuckDBConnection): Promise<{ responses: AnalysedResponse[]; notes: string[]; completeYears: number[]; accounting: ResponseAccounting }> {
  const have = await relations(conn);
  const notes: string[] = [];
  const long = await rowsOf(conn, `SELECT RESPONSE_ID, PNR, AAR, ITEM, SVAR FROM survey_response ORDER BY RESPONSE_ID`);
  const byId = new Map<string, { pnr: string | null; year: number; answers: Map<string, Answer> }>();
  for (const row of long) {
    const id = String(row.RESPONSE_ID);
    let r = byId.get(id);
    if (!r) {
      r = { pnr: row.PNR === null ? null : String(row.PNR), year: Number(row.AAR), answers: new Map() };
      byId.set(id, r);
    }
    r.answers.set(String(row.ITEM), parseSvar(row.SVAR));
  }
  const hours = have.has('bfl') ? 'b.hours' : 'NULL::DOUBLE';
  if (!have.has('bfl')) notes.push('survey: bfl is missing; NEET (tab-8.6, fig-8.7, 8.9, 8.27) cannot be classified');
  const background = await rowsOf(conn, `
    WITH r AS (SELECT DISTINCT RESPONSE_ID, PNR, AAR FROM survey_response WHERE PNR IS NOT NULL)
    SELECT r.RESPONSE_ID, p.age, p.sex, p.origin, p18.poor, ${hours} AS hours
    FROM r
    JOIN person_year p ON p.pnr = r.PNR AND p.year = r.AAR
    LEFT JOIN person_year p18 ON p18.pnr = r.PNR AND p18.year = 2018
    ${have.has('bfl') ? 'LEFT JOIN (SELECT PNR, AAR, sum(AARSTIMER) AS hours FROM bfl GROUP BY PNR, AAR) b ON b.PNR = r.PNR AND b.AAR = r.AAR' : ''}`);
  const bg = new Map(background.map((b) => [String(b.RESPONSE_ID), b]));
  const respondents = `SELECT DISTINCT PNR AS pnr FROM survey_response WHERE PNR IS NOT NULL`;
  const exam = new Map<string, ExamStatus>();
  if (have.has('elev') && have.has('karakterer')) {
    for (const e of await rowsOf(conn, examStatusSql(respondents))) exam.set(String(e.pnr), e.exam === 'exam' ? 'exam' : 'no_exam');
  } else {
    notes.push('survey: elev or karakterer is missing; the 9th-grade exam (tab-8.7, fig-8.8, fig-8.10) cannot be classified');
  }
  const parents = new Map<string, ParentBackground>();
  if (have.has('family_parents')) {
    const text = <T extends string>(v: unknown, allowed: readonly T[]): T | null => (allowed.includes(v as T) ? (v as T) : null);
    for (const p of await rowsOf(conn, parentBackgroundSql(respondents))) {
      parents.set(String(p.pnr), {
        employment: text(p.employment, ['none', 'atleast1'] as const),
        education: text(p.education, ['compulsory_or_unknown', 'above_compulsory'] as const),
        restgruppe: text(p.restgruppe, ['none', 'atleast1'] as const),
        familyType: text(p.family_type, ['couple', 'single'] as const),
      });
    }
  } else {
    notes.push('survey: family_parents (warehouse) is missing; parental background (tab-8.5) cannot be computed');
  }

  let partial = 0, unlinked = 0, notFound = 0, outside = 0;
  const responses: AnalysedResponse[] = [];
  const completeYears: number[] = [];
  for (const [id, r] of byId) {
    if (!isComplete(r.answers)) { partial += 1; continue; }
    completeYears.push(r.year);
    if (r.pnr === null) { unlinked += 1; continue; }
    const b = bg.get(id);
    if (!b || b.age === null) { notFound += 1; continue; }
    const age = Number(b.age);
    if (age < 13 || age > 30) { outside += 1; continue; }
    const school = r.answers.get('in_school_or_education');
    const h = b.hours === null || b.hours === undefined ? (have.has('bfl') ? 0 : null) : Number(b.hours);
    const neet = age < 16 || h === null || !school ? null : !school.includes(1) && h <= 800;
    responses.push({
      responseId: id, person: r.pnr, year: r.year, age,
      sex: b.sex === 'male' || b.sex === 'female' ? b.sex : null,
      origin: b.origin === 'menapt' || b.origin === 'non_menapt' ? b.origin : null,
      neet, poor: b.poor === null || b.poor === undefined ? null : Boolean(b.poor),
      exam: exam.get(r.pnr) ?? null,
      ...(parents.has(r.pnr) ? { parents: parents.get(r.pnr) } : {}),
      answers: r.answers,
    });
  }
  notes.push(`survey: ${byId.size} responses read; ${responses.length} analysed from ${new Set(responses.map((r) => r.person)).size} persons; left out: ${partial} partial, ${unlinked} not linked, ${notFound} not in person_year, ${outside} outside ages 13-30`);
  return { responses, notes, completeYears, accounting: { read: byId.size, partial, unlinked, notFound, outside } };
}

/** Every survey and activity exhibit that the loaded tables allow; missing tables become notes. */
export async function runSurveyAnalyses(conn: DuckDBConnection): Promise<{ tables: ResultTable[]; notes: string[] }> {
  const have = await relations(conn);
  const tables: ResultTable[] = [];
  const notes: string[] = [];
  if (!have.has('survey_response')) {
    notes.push('survey: survey_response is missing; chapter 8 (tab-8.x, fig-8.x) not computed');
  } else if (!have.has('person_year')) {
    notes.push('survey: person_year (warehouse) is missing; chapter 8 not computed');
  } else {
    const { responses, notes: loadNotes, completeYears, accounting } = await loadAnalysedResponses(conn);
    notes.push(...loadNotes);
    tables.push(completeResponsesTable(completeYears));
    if (responses.length === 0) notes.push('survey: no analysable youth responses; chapter 8 not computed');
    else tables.push(...youthSurveyTables(responses, accounting));
    for (const o of OMITTED_EXHIBITS) notes.push(`survey: ${o.id} not computed: ${o.reason}`);
  }
  if (!have.has('deltager') || !have.has('lbf_helhedsplan') || !have.has('person_year')) {
    notes.push('survey: deltager, lbf_helhedsplan or person_year is missing; btab-1.4, 1.5, 1.6 not computed');
  } else {
    const rows = await rowsOf(conn, `
      SELECT d.PNR, h.PULJE, d.AKTIVITET_TYPE, d.START_AAR, p.age
      FROM deltager AS d JOIN lbf_helhedsplan AS h USING (PLAN_ID)
      LEFT JOIN person_year AS p ON p.pnr = d.PNR AND p.year = d.START_AAR`);
    tables.push(...participantTables(rows.map((r) => ({
      person: String(r.PNR), pulje: String(r.PULJE), activity: String(r.AKTIVITET_TYPE), startYear: Number(r.START_AAR),
      age: r.age === null || r.age === undefined ? null : Number(r.age),
    }))));
  }
  if (!have.has('projektleder_svar')) {
    notes.push('survey: projektleder_svar is missing; project-leader figures (fig-3.5, 3.6, 4.7, 4.8, 5.9, 5.10, 6.22, 6.23) not computed');
  } else {
    const rows = await rowsOf(conn, `SELECT PLAN_ID, AAR, MAALGRUPPE, ITEM, SVAR FROM projektleder_svar`);
    tables.push(...projectLeaderTables(rows.map((r) => ({
      PLAN_ID: String(r.PLAN_ID), AAR: Number(r.AAR), MAALGRUPPE: String(r.MAALGRUPPE), ITEM: String(r.ITEM), SVAR: r.SVAR === null ? null : Number(r.SVAR),
    }))));
  }
  if (!have.has('lbf_aktivitet')) {
    notes.push('survey: lbf_aktivitet is missing; activity charts (fig-3.4, 4.6, 5.8, 6.21) not computed');
  } else {
    const rows = await rowsOf(conn, `SELECT PLAN_ID, MAALGRUPPE, AKTIVITET_TYPE FROM lbf_aktivitet`);
    tables.push(...activityTables(rows.map((r) => ({ PLAN_ID: String(r.PLAN_ID), MAALGRUPPE: String(r.MAALGRUPPE), AKTIVITET_TYPE: String(r.AKTIVITET_TYPE) }))));
  }
  return { tables, notes };
}
