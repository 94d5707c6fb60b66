/**
 * From a file's records to validated cells, for both surveys: column names are normalised (trimmed,
 * lower case), JSON values and CSV fields become one text form, and answer cells are parsed against
 * an item's options. Faults go to the caller's FaultLog; nothing here throws on bad data.
 */
import type { CsvTable } from './csv.ts';
import type { FaultLog } from './faults.ts';
import type { SurveyItem } from './questionnaire.ts';

/** A value as it may arrive from JSON (a multi-choice answer may be an array) or CSV (text). */
export type RawCell = string | number | boolean | null | undefined | readonly (string | number)[];
export type RawRecord = Readonly<Record<string, RawCell>>;

/** A record with normalised column names and text cells ('' = empty). */
export type TextRecord = ReadonlyMap<string, string>;

export interface ColumnRules {
  /** Columns that must be present (their values may still be empty where the importer allows). */
  required: readonly string[];
  /** Columns that may be present. Any other column is a fault. */
  optional: readonly string[];
  /** Columns whose values must not be JSON numbers (ids: a number loses its leading zeros). */
  textOnly?: readonly string[];
}

export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.map((c) => String(c).trim()).join(';');
  return String(cell).trim();
}

/** CSV records as raw records; a record with the wrong number of fields is a fault and is skipped. */
export function recordsFromCsv(table: CsvTable, log: FaultLog): RawRecord[] {
  // Checked here: building objects from the fields would silently keep only the last of two names.
  const names = table.header.map((h) => h.trim().toLowerCase());
  names.filter((n, k) => names.indexOf(n) !== k).forEach((n) => log.add('duplicate_column', n, null));
  const out: RawRecord[] = [];
  table.records.forEach((fields, i) => {
    if (fields.length !== table.header.length) {
      log.add('malformed_record', null, i + 1);
      return;
    }
    out.push(Object.fromEntries(table.header.map((name, j) => [name, fields[j]])));
  });
  return out;
}

/** Parses a JSON array of objects, one per record. */
export function recordsFromJson(text: string, source: string): RawRecord[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new Error(`${source}: expected a JSON array of objects, one per record`);
  }
  return data as RawRecord[];
}

/**
 * Normalises column names and checks them against the rules. A JSON object may leave out a key
 * (a partial response often does): the column then counts as present if any record has it.
 */
export function normaliseRecords(records: readonly RawRecord[], rules: ColumnRules, log: FaultLog): { records: TextRecord[]; columns: ReadonlySet<string> } {
  const present = new Set<string>();
  const textOnly = new Set(rules.textOnly ?? []);
  const out = records.map((record, index) => {
    const normal = new Map<string, string>();
    for (const [key, cell] of Object.entries(record)) {
      const name = key.trim().toLowerCase();
      if (normal.has(name)) log.add('duplicate_column', name, null);
      if (textOnly.has(name) && typeof cell === 'number') log.add('invalid_value', name, index + 1);
      normal.set(name, cellText(cell));
      present.add(name);
    }
    return normal;
  });
  for (const name of rules.required) {
    if (!present.has(name)) log.add('missing_column', name, null);
  }
  const known = new Set([...rules.required, ...rules.optional]);
  for (const name of present) {
    if (!known.has(name)) log.add('unknown_column', name, null);
  }
  return { records: out, columns: present };
}

/** Answer codes of one cell, or null when the cell is empty. */
export type Answer = readonly number[] | null;

const CODE = /^-?\d+$/;

/**
 * Parses one answer cell against an item: every code must be an option, a single-choice item takes
 * one code, an exclusive option stands alone. Multi-choice codes come back sorted and de-duplicated.
 * Returns undefined (after logging the fault) when the cell is invalid.
 */
export function parseAnswer(item: SurveyItem, text: string, record: number, log: FaultLog): Answer | undefined {
  if (text === '') return null;
  const parts = text.split(';').map((p) => p.trim());
  const allowed = new Set(item.options.map((o) => o.code));
  if (parts.some((p) => !CODE.test(p) || !allowed.has(Number(p)))) {
    log.add('invalid_code', item.id, record, text);
    return undefined;
  }
  const codes = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  if (item.kind === 'single' && codes.length > 1) {
    log.add('several_codes', item.id, record, text);
    return undefined;
  }
  const exclusive = item.options.filter((o) => o.exclusive).map((o) => o.code);
  if (codes.length > 1 && codes.some((c) => exclusive.includes(c))) {
    log.add('exclusive_combined', item.id, record, text);
    return undefined;
  }
  return codes;
}

/** A year cell: a four-digit year the predicate allows, else undefined (and a fault). */
export function parseYear(text: string, allowed: (year: number) => boolean, column: string, record: number, log: FaultLog): number | undefined {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!allowed(year)) {
    log.add('invalid_year', column, record, text);
    return undefined;
  }
  return year;
}
