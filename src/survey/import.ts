/**
 * Imports youth-survey responses (CSV or JSON, one record per response) into the contract's
 * `survey_response` long shape: one row per response and item (RESPONSE_ID, PNR, AAR, ITEM, SVAR).
 *
 * Input columns (names case-insensitive): `response_id`, `year` (the year the form was filled in,
 * 2018-2021), `pnr` (the respondent's person id after DST's name and address matching; empty when
 * not linked), optionally `complete` (1/0, true/false: the survey tool's completion flag), and one
 * column per item id. Multi-choice answers are codes separated by ";" (or a JSON array).
 *
 * All or nothing: every fault in the file is collected and the import throws SurveyImportError
 * listing them by kind, item and count; no rows are returned.
 *
 * Partial responses (the report keeps only complete ones, Bilag 1) are returned apart:
 * - with a `complete` column, the flag decides; a response flagged complete that misses a required
 *   answer is a fault;
 * - without it, a response is partial when it breaks off: every required item it misses comes after
 *   its last answer. A required answer missing *before* a later answer cannot come from breaking
 *   off and is a fault.
 * An item is required only when it is asked (see `askedIf` in the questionnaire).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseCsv } from './csv.ts';
import { FaultLog, SurveyImportError } from './faults.ts';
import { YOUTH_QUESTIONNAIRE, type Questionnaire, type SurveyItem } from './questionnaire.ts';
import { normaliseRecords, parseAnswer, parseYear, recordsFromCsv, recordsFromJson, type Answer, type RawRecord } from './records.ts';

/** A row of the contract table `survey_response`. */
export interface SurveyResponseRow {
  RESPONSE_ID: string;
  PNR: string | null;
  AAR: number;
  ITEM: string;
  /** Answer code(s), ";"-separated and ascending; null when the item was not answered (or not asked). */
  SVAR: string | null;
}

export interface SurveyImportSummary {
  records: number;
  complete: number;
  partial: number;
  /** Complete responses with a person id. */
  linked: number;
  /** Distinct person ids among complete responses (one person may answer in several rounds). */
  persons: number;
  /** Complete responses per year (keys are years). */
  completeByYear: Record<string, number>;
  /** Partial responses by the last item answered ('(none)' when nothing was answered). */
  partialByLastItem: Record<string, number>;
}

export interface SurveyImport {
  /** Complete responses, long. */
  rows: SurveyResponseRow[];
  /** Partial responses, long, kept apart: the report leaves them out. */
  partialRows: SurveyResponseRow[];
  summary: SurveyImportSummary;
}

export interface SurveyImportOptions {
  questionnaire?: Questionnaire;
  /** Named in error messages. */
  source?: string;
}

const ID = 'response_id';
const YEAR = 'year';
const PNR = 'pnr';
const COMPLETE = 'complete';
const FLAG_VALUES = new Map([['1', true], ['true', true], ['0', false], ['false', false]]);

interface Parsed {
  id: string;
  pnr: string | null;
  year: number;
  answers: Map<string, Answer>;
  complete: boolean;
  lastItem: string;
}

/** Imports already-read records (e.g. parsed JSON objects or CSV records). */
export function importSurveyRecords(records: readonly RawRecord[], options: SurveyImportOptions = {}): SurveyImport {
  return importWith(records, new FaultLog(), options);
}

export function importSurveyCsv(text: string, options: SurveyImportOptions & { delimiter?: string } = {}): SurveyImport {
  const log = new FaultLog();
  const records = recordsFromCsv(parseCsv(text, options.delimiter), log);
  return importWith(records, log, options);
}

/** JSON: an array of objects, one per response. */
export function importSurveyJson(text: string, options: SurveyImportOptions = {}): SurveyImport {
  return importSurveyRecords(recordsFromJson(text, options.source ?? 'survey JSON'), options);
}

/** Reads a .csv or .json file. */
export async function importSurveyFile(path: string, options: SurveyImportOptions = {}): Promise<SurveyImport> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') throw new Error(`${path}: survey files must be .csv or .json`);
  const text = await readFile(path, 'utf8');
  const withSource = { source: path, ...options };
  return ext === '.csv' ? importSurveyCsv(text, withSource) : importSurveyJson(text, withSource);
}

function importWith(raw: readonly RawRecord[], log: FaultLog, options: SurveyImportOptions): SurveyImport {
  const questionnaire = options.questionnaire ?? YOUTH_QUESTIONNAIRE;
  const items = questionnaire.items;
  const { records, columns } = normaliseRecords(raw, {
    required: [ID, YEAR, PNR, ...items.map((i) => i.id)],
    optional: [COMPLETE],
    // A JSON number drops leading zeros, so ids must arrive as text.
    textOnly: [ID, PNR],
  }, log);
  const [firstYear, lastYear] = questionnaire.years;
  const seen = new Set<string>();
  const parsed: Parsed[] = [];

  records.forEach((cells, index) => {
    const record = index + 1;
    const cell = (name: string) => cells.get(name) ?? '';
    let ok = true;

    const id = cell(ID);
    if (id === '') {
      log.add('missing_id', ID, record);
      ok = false;
    } else if (seen.has(id)) {
      log.add('duplicate_id', ID, record);
      ok = false;
    }
    seen.add(id);

    const year = parseYear(cell(YEAR), (y) => y >= firstYear && y <= lastYear, YEAR, record, log);
    const flagText = cell(COMPLETE).toLowerCase();
    const flag = flagText === '' ? undefined : FLAG_VALUES.get(flagText);
    if (flagText !== '' && flag === undefined) log.add('invalid_value', COMPLETE, record, flagText);

    const answers = new Map<string, Answer>();
    for (const item of items) {
      const answer = parseAnswer(item, cell(item.id), record, log);
      if (answer === undefined) ok = false;
      else answers.set(item.id, answer);
    }
    if (!ok || year === undefined) return;

    const completeness = classify(items, answers, flag);
    // A missing column is reported once, not again as a missing answer in every record.
    for (const item of completeness.faults) if (columns.has(item)) log.add('missing_required', item, record);
    const pnr = cell(PNR);
    parsed.push({ id, pnr: pnr === '' ? null : pnr, year, answers, ...completeness });
  });

  if (log.size > 0) throw new SurveyImportError(options.source ?? 'survey responses', log.faults());

  const complete = parsed.filter((p) => p.complete);
  const partial = parsed.filter((p) => !p.complete);
  return {
    rows: complete.flatMap((p) => longRows(p, items)),
    partialRows: partial.flatMap((p) => longRows(p, items)),
    summary: {
      records: parsed.length,
      complete: complete.length,
      partial: partial.length,
      linked: complete.filter((p) => p.pnr !== null).length,
      persons: new Set(complete.flatMap((p) => (p.pnr === null ? [] : [p.pnr]))).size,
      completeByYear: countBy(complete, (p) => String(p.year)),
      partialByLastItem: countBy(partial, (p) => p.lastItem),
    },
  };
}

/** Whether an item was put to the respondent, given their earlier answers. */
export function isAsked(item: SurveyItem, answers: ReadonlyMap<string, Answer>): boolean {
  const condition = item.askedIf;
  if (!condition) return true;
  const given = answers.get(condition.item);
  return given !== null && given !== undefined && given.some((c) => condition.codes.includes(c));
}

/** Completeness of one response; see the module comment for the rule. */
function classify(items: readonly SurveyItem[], answers: ReadonlyMap<string, Answer>, flag: boolean | undefined) {
  const answered = items.map((item) => answers.get(item.id) !== null);
  const last = answered.lastIndexOf(true);
  const lastItem = last < 0 ? '(none)' : items[last].id;
  const missing = items
    .map((item, position) => ({ item, position }))
    .filter(({ item, position }) => item.required && !answered[position] && isAsked(item, answers));
  if (flag === false) return { complete: false, lastItem, faults: [] };
  if (flag === true) return { complete: true, lastItem, faults: missing.map((m) => m.item.id) };
  const gaps = missing.filter((m) => m.position < last);
  return { complete: missing.length === 0, lastItem, faults: gaps.map((m) => m.item.id) };
}

function longRows(p: Parsed, items: readonly SurveyItem[]): SurveyResponseRow[] {
  return items.map((item) => {
    const answer = p.answers.get(item.id) ?? null;
    return { RESPONSE_ID: p.id, PNR: p.pnr, AAR: p.year, ITEM: item.id, SVAR: answer === null ? null : answer.join(';') };
  });
}

function countBy<T>(values: readonly T[], key: (v: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[key(v)] = (out[key(v)] ?? 0) + 1;
  return out;
}

/** A short human report of an import, for the CLI and logs (counts only, never ids). */
export function formatImportSummary(s: SurveyImportSummary): string {
  const years = Object.entries(s.completeByYear).map(([y, n]) => `${y}: ${n}`).join(', ');
  const breaks = Object.entries(s.partialByLastItem).map(([item, n]) => `after ${item}: ${n}`).join(', ');
  return [
    `${s.records} responses: ${s.complete} complete, ${s.partial} partial (left out)`,
    `complete by year: ${years || 'none'}`,
    `linked to a person id: ${s.linked} of ${s.complete} complete responses, ${s.persons} persons`,
    s.partial > 0 ? `partial responses broke off ${breaks}` : '',
  ].filter((l) => l !== '').join('\n');
}
