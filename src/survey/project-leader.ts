/**
 * The project-leader survey (BUILD/AAU, 2018 and 2020; the report's Bilag 1, Spørgsmål 1-2), as data,
 * and its import into the contract's `projektleder_svar` shape (PLAN_ID, AAR, MAALGRUPPE, ITEM, SVAR).
 *
 * Each project leader answers per target group: Spørgsmål 1, ten statements on what the plan
 * contributes for the core actors (figures 3.6, 4.8, 5.10, 6.23), and Spørgsmål 2, how the plan's
 * staff work: bridging, facilitating, executing (figures 3.5, 4.7, 5.9, 6.22). Only 2020 is shown in
 * the report ("Der er ikke forskelle på projektledernes oplevelser i 2018 og 2020").
 *
 * Choices (docs/survey.md):
 * - Answer scale: not printed. The text uses "i høj grad", "i høj eller i nogen grad" and "slet ikke";
 *   the scale is taken as the usual four steps with "I mindre grad" as the third (INFERENCE), plus
 *   "Ved ikke" = 8 as in the youth survey (INFERENCE; harmless if never used).
 * - No answer is required: the contract allows an empty SVAR. A record with no answer at all is kept
 *   apart (not loaded) and counted.
 * - Target group "skolebørn og deres forældre" (chapter 4) is '6-17'; "kriminalitetstruede unge"
 *   (chapter 5) is '10-17'.
 *
 * Input columns (case-insensitive): `plan_id`, `year` (2018 or 2020), `target_group` ('0-6', '6-17',
 * '10-17', '15-29') and one column per item id below; one record per plan, year and target group.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Text } from '../results/types.ts';
import { parseCsv } from './csv.ts';
import { FaultLog, SurveyImportError } from './faults.ts';
import type { AnswerOption, Questionnaire, SurveyItem } from './questionnaire.ts';
import { normaliseRecords, parseAnswer, parseYear, recordsFromCsv, recordsFromJson, type RawRecord } from './records.ts';

/** The contract's MAALGRUPPE codes. */
export const TARGET_GROUPS = ['0-6', '6-17', '10-17', '15-29'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const PROJECT_LEADER_YEARS = [2018, 2020] as const;

/** The degree scale of both questions (INFERENCE except the three labels the text uses). */
export const DEGREE_SCALE: readonly AnswerOption[] = [
  { code: 1, label: { da: 'I høj grad', en: 'To a great extent' } },
  { code: 2, label: { da: 'I nogen grad', en: 'To some extent' } },
  { code: 3, label: { da: 'I mindre grad', en: 'To a lesser extent' } },
  { code: 4, label: { da: 'Slet ikke', en: 'Not at all' } },
  { code: 8, label: { da: 'Ved ikke', en: "Don't know" }, missing: 'dont_know' },
];

export interface ProjectLeaderQuestion {
  number: 1 | 2;
  /** Seed lines of the question in Bilag 1. */
  sourceLines: readonly [number, number];
  text: Text;
  items: readonly SurveyItem[];
}

const statement = (id: string, sourceLine: number, da: string, en: string): SurveyItem => ({
  id, sourceLine, kind: 'single', required: false, text: { da, en }, options: DEGREE_SCALE, groupings: [],
});

export const PROJECT_LEADER_QUESTIONS: readonly ProjectLeaderQuestion[] = [
  {
    number: 1,
    sourceLines: [7755, 7778],
    text: {
      da: 'I forhold til samarbejde og organisering vedrørende de fire prioriterede målgrupper, i hvilken grad oplever projektlederne, at den boligsociale indsats i boligområdet bidrager til, at:',
      en: 'Regarding cooperation and organisation for the four priority target groups: to what degree do project leaders experience that the social housing effort in the area contributes to:',
    },
    items: [
      statement('s1_knowledge_of_needs', 7761, 'Kerneaktører får større viden om behov og udfordringer hos målgruppen', "Core actors gain more knowledge of the target group's needs and challenges"),
      statement('s2_identify', 7762, 'Kerneaktører bedre kan opspore målgruppen fra boligområdet med behov for støtte', 'Core actors can better identify members of the target group in the area who need support'),
      statement('s3_contact', 7765, 'Kerneaktører får bedre kontakt til målgruppen', 'Core actors get better contact with the target group'),
      statement('s4_retain_in_activities', 7766, 'Kerneaktører fastholder målgruppe i konkrete aktiviteter og indsatser', 'Core actors retain the target group in concrete activities and efforts'),
      statement('s5_knowledge_of_services', 7767, 'Kerneaktører styrker målgruppens kendskab til kommunale tilbud', "Core actors strengthen the target group's knowledge of municipal services"),
      statement('s6_other_competences', 7768, 'Kerneaktører får flere muligheder for at trække på personer, som har anden viden og kompetencer i forhold til målgruppen', 'Core actors get more opportunities to draw on people with other knowledge and skills regarding the target group'),
      statement('s7_holistic_cooperation', 7771, 'Kerneaktørers samarbejde om målgruppen er blevet mere helhedsorienteret end før den boligsociale helhedsplan', "Core actors' cooperation on the target group has become more holistic than before the master plan"),
      statement('s8_cross_sector', 7774, 'Det tværsektorielle samarbejde om målgruppen styrkes', 'Cross-sector cooperation on the target group is strengthened'),
      statement('s9_bridging_to_services', 7775, 'Der sker brobygning til kommunale tilbud', 'Bridges are built to municipal services'),
      statement('s10_role_responsibility', 7776, 'Der skabes en god rolle- og ansvarsfordeling mellem kerneaktører, som arbejder med målgruppen.', 'A good division of roles and responsibilities is created among core actors working with the target group.'),
    ],
  },
  {
    number: 2,
    sourceLines: [7780, 7787],
    text: {
      da: 'I forhold til arbejdet med målgrupperne, i hvilken grad medarbejdere ansat i helhedsplanen arbejder?',
      en: 'Regarding the work with the target groups: to what degree do staff employed in the master plan work:',
    },
    items: [
      statement('r_bridging', 7785, 'Brobyggende (opsøger og brobygger målgruppen)', 'Bridging (reaches out to the target group and builds bridges)'),
      statement('r_facilitating', 7786, 'Faciliterende (opbygger og betjener netværk mellem samarbejdspartnere)', 'Facilitating (builds and serves networks between partners)'),
      statement('r_executing', 7787, 'Udførende i konkrete aktiviteter (fx afholder en aktivitet for målgruppen).', 'Executing concrete activities (e.g. runs an activity for the target group).'),
    ],
  },
];

export const PROJECT_LEADER_SURVEY: Questionnaire = {
  id: 'projektleder',
  title: { da: 'Survey til projektledere (BUILD/AAU)', en: 'Project-leader survey (BUILD/AAU)' },
  years: [2018, 2020],
  items: PROJECT_LEADER_QUESTIONS.flatMap((q) => q.items),
};

/** The report's figures over this survey: which question, target group and year each shows. */
export const PROJECT_LEADER_FIGURES: readonly { exhibit: string; question: 1 | 2; targetGroup: TargetGroup; year: number }[] = [
  { exhibit: 'fig-3.5', question: 2, targetGroup: '0-6', year: 2020 },
  { exhibit: 'fig-3.6', question: 1, targetGroup: '0-6', year: 2020 },
  { exhibit: 'fig-4.7', question: 2, targetGroup: '6-17', year: 2020 },
  { exhibit: 'fig-4.8', question: 1, targetGroup: '6-17', year: 2020 },
  { exhibit: 'fig-5.9', question: 2, targetGroup: '10-17', year: 2020 },
  { exhibit: 'fig-5.10', question: 1, targetGroup: '10-17', year: 2020 },
  { exhibit: 'fig-6.22', question: 2, targetGroup: '15-29', year: 2020 },
  { exhibit: 'fig-6.23', question: 1, targetGroup: '15-29', year: 2020 },
];

/** A row of the contract table `projektleder_svar`. */
export interface ProjectLeaderRow {
  PLAN_ID: string;
  AAR: number;
  MAALGRUPPE: TargetGroup;
  ITEM: string;
  SVAR: number | null;
}

export interface ProjectLeaderImport {
  rows: ProjectLeaderRow[];
  summary: {
    records: number;
    /** Records without any answer, not loaded. */
    empty: number;
    /** Loaded records per "year target_group", e.g. "2020 0-6": the N of a figure. */
    byYearAndGroup: Record<string, number>;
  };
}

export interface ProjectLeaderImportOptions {
  /** Plan ids of lbf_helhedsplan; when given, any other plan id is a fault. */
  knownPlans?: ReadonlySet<string>;
  source?: string;
}

const PLAN = 'plan_id';
const YEAR = 'year';
const GROUP = 'target_group';

export function importProjectLeaderRecords(records: readonly RawRecord[], options: ProjectLeaderImportOptions = {}): ProjectLeaderImport {
  return importWith(records, new FaultLog(), options);
}

export function importProjectLeaderCsv(text: string, options: ProjectLeaderImportOptions & { delimiter?: string } = {}): ProjectLeaderImport {
  const log = new FaultLog();
  return importWith(recordsFromCsv(parseCsv(text, options.delimiter), log), log, options);
}

export function importProjectLeaderJson(text: string, options: ProjectLeaderImportOptions = {}): ProjectLeaderImport {
  return importProjectLeaderRecords(recordsFromJson(text, options.source ?? 'project-leader JSON'), options);
}

export async function importProjectLeaderFile(path: string, options: ProjectLeaderImportOptions = {}): Promise<ProjectLeaderImport> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') throw new Error(`${path}: project-leader files must be .csv or .json`);
  const text = await readFile(path, 'utf8');
  const withSource = { source: path, ...options };
  return ext === '.csv' ? importProjectLeaderCsv(text, withSource) : importProjectLeaderJson(text, withSource);
}

function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}

function importWith(raw: readonly RawRecord[], log: FaultLog, options: ProjectLeaderImportOptions): ProjectLeaderImport {
  const items = PROJECT_LEADER_SURVEY.items;
  const { records } = normaliseRecords(raw, { required: [PLAN, YEAR, GROUP, ...items.map((i) => i.id)], optional: [] }, log);
  const seen = new Set<string>();
  const rows: ProjectLeaderRow[] = [];
  const byYearAndGroup: Record<string, number> = {};
  let empty = 0;

  records.forEach((cells, index) => {
    const record = index + 1;
    const cell = (name: string) => cells.get(name) ?? '';
    const plan = cell(PLAN);
    if (plan === '') log.add('missing_id', PLAN, record);
    else if (options.knownPlans && !options.knownPlans.has(plan)) log.add('unknown_plan', PLAN, record);
    const year = parseYear(cell(YEAR), (y) => (PROJECT_LEADER_YEARS as readonly number[]).includes(y), YEAR, record, log);
    const group = cell(GROUP);
    if (!isTargetGroup(group)) log.add('invalid_value', GROUP, record, group);

    const key = `${plan}\u0000${year}\u0000${group}`;
    if (plan !== '' && seen.has(key)) log.add('duplicate_id', `${PLAN}+${YEAR}+${GROUP}`, record);
    seen.add(key);

    const answers = items.map((item) => ({ item, answer: parseAnswer(item, cell(item.id), record, log) }));
    if (plan === '' || year === undefined || !isTargetGroup(group) || answers.some((a) => a.answer === undefined)) return;
    if (answers.every((a) => a.answer === null)) {
      empty += 1;
      return;
    }
    const label = `${year} ${group}`;
    byYearAndGroup[label] = (byYearAndGroup[label] ?? 0) + 1;
    for (const { item, answer } of answers) {
      rows.push({ PLAN_ID: plan, AAR: year, MAALGRUPPE: group, ITEM: item.id, SVAR: answer ? answer[0] : null });
    }
  });

  if (log.size > 0) throw new SurveyImportError(options.source ?? 'project-leader responses', log.faults());
  return { rows, summary: { records: records.length, empty, byYearAndGroup } };
}
