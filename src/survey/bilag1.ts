/**
 * Bilag 1's data tables on the participant lists and the youth survey (Bilagstabel 1.4-1.7), as
 * ResultTables.
 *
 * Definitions (catalog-ch9-bilag.md §5.10-5.11; docs/survey.md):
 * - 1.4 / 1.5: the 2011-14 collection covered only the selected activities, so every `deltager` row
 *   of a plan of the 2011-14 round counts; 10-20-year-olds by register age (`person_year`) in the start
 *   year. Each person once (note 1: "året for den første aktivitet"): the first start year, and the
 *   activity of that first start (ties: the first activity code in `SELECTED_ACTIVITIES` order, then
 *   alphabetical).
 * - 1.6: every `deltager` row of a plan of the 2015-18 round, all ages, each person once with the
 *   first start year (note 1). The report set a missing year to 2019 (207 persons); the contract's
 *   START_AAR cannot be empty, so nothing is imputed.
 * - 1.7: complete responses per year the form was filled in, before register linkage (1.621 in the
 *   report, of which 1.481 were identified); rounds as printed: 2018-2019, 2020, 2021.
 * Rows are shares with the count in `extra.count` and the total in `n`, so disclosure control reads
 * them like every other share ("Antal" and "procent" are both shown).
 */
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { wilsonInterval } from '../stats/index.ts';
import { YOUTH_ROUNDS } from './questionnaire.ts';
import { countText } from './number-text.ts';

/** The participant-list round (lbf_helhedsplan.PULJE) each table reads. */
export const SELECTED_ACTIVITIES_POOL = '2011-14';
export const ALL_ACTIVITIES_POOL = '2015-18';
/** Bilagstabel 1.4-1.5's ages, register age in the start year. */
export const SELECTED_AGES: readonly [number, number] = [10, 20];

/**
 * The `deltager.AKTIVITET_TYPE` codes of the 2011-14 selected activities, with Bilagstabel 1.5's
 * labels in its order. `fritidsjob` is the contract's code for the part-time-job and pocket-money-job
 * effort (data-contract.md); `boern_unge` the child and youth efforts evaluated on school absence.
 * A code not listed still gets a row, labelled by its code.
 */
export const SELECTED_ACTIVITIES: readonly { code: string; label: Text }[] = [
  { code: 'brandkadet', label: { da: 'Brandkadetter', en: 'Fire cadets' } },
  { code: 'fritidsjob', label: { da: 'Fritidsjobindsats', en: 'Part-time-job effort' } },
  { code: 'fritidsjob_lommepenge', label: { da: 'Kombineret fritidsjob-lommepengeindsats', en: 'Combined part-time / pocket-money job effort' } },
  { code: 'kreativ_laering', label: { da: 'Kreativ læring', en: 'Creative learning' } },
  { code: 'lommepenge', label: { da: 'Lommepengeprojekt', en: 'Pocket-money project' } },
  { code: 'mentor', label: { da: 'Mentorordning', en: 'Mentoring scheme' } },
  { code: 'projekt_event', label: { da: 'Projekt- og eventforløb', en: 'Project and event courses' } },
  { code: 'boern_unge', label: { da: 'Børne- og ungeaktiviteter', en: 'Child and youth activities' } },
];

/** One `deltager` row with its plan's round and the person's register age in the start year. */
export interface ParticipantRow {
  person: string;
  pulje: string;
  activity: string;
  startYear: number;
  /** Null when the person is not in person_year in the start year. */
  age: number | null;
}

export const BILAG1_TITLES: Readonly<Record<string, Text>> = {
  'btab-1.4': { da: 'Antal 10-20-årige deltagere i de udvalgte aktiviteter. 1) Særskilt for år for start i aktiviteten. 2)', en: 'Number of 10-20-year-old participants in the selected activities, by year of starting the activity.' },
  'btab-1.5': { da: 'Fordeling på, hvilke af de udvalgte aktiviteter de 10-20-årige deltagere er startet på.', en: 'Distribution of the 10-20-year-old participants by the selected activity they started.' },
  'btab-1.6': { da: 'Antal deltagere i de boligsociale aktiviteter. Særskilt for startår1) i indsatsen.', en: 'Number of participants in the social housing activities, by start year.' },
  'btab-1.7': { da: 'Antal komplette besvarelser. Særskilt for år, hvor spørgeskemaet er udfyldt.', en: 'Number of complete responses, by year the questionnaire was filled in.' },
};

const NOTE_FIRST: Text = {
  da: '1) En mindre andel af deltagerne har deltaget i to af de udvalgte aktiviteter, og i de tilfælde er året for den første aktivitet valgt. 2) De udvalgte aktiviteter er fritidsjobindsats, lommepengeprojekt, brandkadetprojekt, mentorordning, kreativ læring og projekt- og eventforløb.',
  en: '1) A small share took part in two of the selected activities; the year of the first is used. 2) The selected activities are the part-time-job effort, pocket-money project, fire cadets, mentoring, creative learning and project and event courses.',
};

function shareRows(groups: readonly { keys: Record<string, string>; count: number }[], n: number): ResultRow[] {
  return groups.map((g) => {
    const w = n > 0 ? wilsonInterval(g.count, n) : null;
    return { keys: g.keys, year: null, value: n > 0 ? g.count / n : null, n, lower: w?.lower ?? null, upper: w?.upper ?? null, extra: { count: g.count } };
  });
}

const activityRank = (code: string): number => {
  const i = SELECTED_ACTIVITIES.findIndex((a) => a.code === code);
  return i < 0 ? SELECTED_ACTIVITIES.length : i;
};

/** Each person's first row (earliest start year; ties by activity order, then code). */
function firstPerPerson(rows: readonly ParticipantRow[]): ParticipantRow[] {
  const first = new Map<string, ParticipantRow>();
  for (const r of rows) {
    const f = first.get(r.person);
    const earlier = !f || r.startYear < f.startYear
      || (r.startYear === f.startYear && (activityRank(r.activity) - activityRank(f.activity) || (r.activity < f.activity ? -1 : r.activity > f.activity ? 1 : 0)) < 0);
    if (earlier) first.set(r.person, r);
  }
  return [...first.values()];
}

function byStartYear(persons: readonly ParticipantRow[]): { keys: Record<string, string>; count: number }[] {
  const years = [...new Set(persons.map((p) => p.startYear))].sort((a, b) => a - b);
  return years.map((y) => ({ keys: { start_year: String(y) }, count: persons.filter((p) => p.startYear === y).length }));
}

function bilagTable(id: string, keyColumns: string[], rows: ResultRow[], note: Text, choices: Text[], labels?: ResultTable['labels']): ResultTable {
  return { id, chapter: 'B1', kind: 'table', title: BILAG1_TITLES[id], note, unit: 'share', keyColumns, rows, choices, ...(labels ? { labels } : {}) };
}

export function participantTables(rows: readonly ParticipantRow[]): ResultTable[] {
  const selected = firstPerPerson(rows.filter((r) => r.pulje === SELECTED_ACTIVITIES_POOL && r.age !== null && r.age >= SELECTED_AGES[0] && r.age <= SELECTED_AGES[1]));
  const all = firstPerPerson(rows.filter((r) => r.pulje === ALL_ACTIVITIES_POOL));
  // activities present in the data, in the report's order: an activity the lists do not hold would be
  // a structural zero, and disclosure control would show it as suppressed
  const listed = SELECTED_ACTIVITIES.filter((a) => selected.some((p) => p.activity === a.code));
  const unlisted = [...new Set(selected.map((p) => p.activity).filter((a) => activityRank(a) === SELECTED_ACTIVITIES.length))].sort();
  const activityCodes = [...listed.map((a) => a.code), ...unlisted];
  const choice14: Text = {
    da: `Deltagere på lister fra helhedsplaner i ${SELECTED_ACTIVITIES_POOL}-puljen (indsamlingen omfattede kun de udvalgte aktiviteter); alder ${SELECTED_AGES[0]}-${SELECTED_AGES[1]} år er registeralderen i startåret; personer uden registerrække det år tæller ikke med. Hver person én gang med første startår og den aktivitet, de startede i først.`,
    en: `Participants on the lists of plans of the ${SELECTED_ACTIVITIES_POOL} round (that collection covered the selected activities only); ages ${SELECTED_AGES[0]}-${SELECTED_AGES[1]} are the register age in the start year; persons without a register row that year are left out. Each person once, with the first start year and the activity started first.`,
  };
  return [
    bilagTable('btab-1.4', ['start_year'], shareRows(byStartYear(selected), selected.length),
      { da: `I alt, personer: N = ${countText(selected.length, 'da')}. ${NOTE_FIRST.da}`, en: `Total persons: N = ${countText(selected.length, 'en')}. ${NOTE_FIRST.en}` }, [choice14]),
    bilagTable('btab-1.5', ['activity'], shareRows(activityCodes.map((a) => ({ keys: { activity: a }, count: selected.filter((p) => p.activity === a).length })), selected.length),
      { da: `I alt: N = ${countText(selected.length, 'da')}. ${NOTE_FIRST.da}`, en: `Total: N = ${countText(selected.length, 'en')}. ${NOTE_FIRST.en}` }, [choice14],
      { activity: Object.fromEntries(SELECTED_ACTIVITIES.map((a) => [a.code, a.label])) }),
    bilagTable('btab-1.6', ['start_year'], shareRows(byStartYear(all), all.length),
      {
        da: `I alt personer: N = ${countText(all.length, 'da')}. 1) Den samme person kan godt deltage i flere indsatser i forskellige år. I denne tabel tæller vi kun hver person med én gang og har derfor tildelt personer, som deltager flere gange, deres første år i en boligsocial indsats som deres startår.`,
        en: `Total persons: N = ${countText(all.length, 'en')}. 1) A person may take part in several efforts in different years; each person counts once, with their first year in a social housing effort as start year.`,
      },
      [{
        da: `Alle deltagere på lister fra helhedsplaner i ${ALL_ACTIVITIES_POOL}-puljen, alle aldre. Rapporten satte startåret til 2019 for 207 personer uden årstal; i datakontrakten har alle rækker et startår, så intet er imputeret.`,
        en: `All participants on the lists of plans of the ${ALL_ACTIVITIES_POOL} round, all ages. The report set the start year to 2019 for 207 persons without a year; in the data contract every row has a start year, so nothing is imputed.`,
      }]),
  ];
}

/** Round label of a survey year, as Bilagstabel 1.7 prints it (2018 and 2019 are round 1). */
export function roundOf(year: number): string {
  const round = YOUTH_ROUNDS.find((r) => (r.years as readonly number[]).includes(year));
  return round ? round.years.join('-') : String(year);
}

/** Bilagstabel 1.7 from the complete responses' years (one entry per response). */
export function completeResponsesTable(years: readonly number[]): ResultTable {
  const rounds = [...new Set(years.map(roundOf))].sort();
  const rows = shareRows(rounds.map((r) => ({ keys: { round: r }, count: years.filter((y) => roundOf(y) === r).length })), years.length);
  return bilagTable('btab-1.7', ['round'], rows,
    { da: `Total: N = ${countText(years.length, 'da')} komplette besvarelser, før kobling til registrene.`, en: `Total: N = ${countText(years.length, 'en')} complete responses, before register linkage.` },
    [{
      da: 'Tæller alle komplette besvarelser i survey_response, også dem, der ikke kunne kobles til registrene, og dem uden for 13-30 år (rapportens 1.621 mod 1.229 analyserede).',
      en: 'Counts every complete response in survey_response, also those not linked to the registers and those outside ages 13-30 (the report\'s 1,621 vs the 1,229 analysed).',
    }]);
}
