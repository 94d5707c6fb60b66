/**
 * Import faults: collected over the whole file, then reported together so one run shows every
 * problem. A fault names its kind, the column (item) and how many records have it, plus the first
 * few record numbers to find them by. Values from the file are echoed only when they look like an
 * answer code, so a person id or a name that landed in the wrong column is never printed.
 */

export type FaultKind =
  | 'malformed_record'
  | 'duplicate_column'
  | 'missing_column'
  | 'unknown_column'
  | 'missing_id'
  | 'duplicate_id'
  | 'invalid_year'
  | 'invalid_value'
  | 'invalid_code'
  | 'several_codes'
  | 'exclusive_combined'
  | 'missing_required'
  | 'unknown_plan';

export interface ImportFault {
  kind: FaultKind;
  /** The column (item id) concerned; null for a fault of the whole record. */
  column: string | null;
  /** Records with the fault. */
  count: number;
  /** 1-based numbers of the first records with the fault (data records, header not counted). */
  records: number[];
  /** Distinct offending values, only those that look like codes. */
  values: string[];
  message: string;
}

const MAX_LISTED = 5;
/** One- or two-digit codes, ";"-separated: an answer code, never (part of) a person id. */
const SAFE_VALUE = /^-?\d{1,2}(;-?\d{1,2})*$/;

const MESSAGES: Record<FaultKind, string> = {
  malformed_record: 'records whose field count differs from the header',
  duplicate_column: 'column appears more than once',
  missing_column: 'column is missing from the file',
  unknown_column: 'column is not in the definition (identifiers such as names or addresses must not be imported)',
  missing_id: 'records with an empty id',
  duplicate_id: 'records repeating an id already seen',
  invalid_year: 'records with a year outside the survey years',
  invalid_value: 'records with a value that is not allowed',
  invalid_code: 'records with a code that is not an answer option',
  several_codes: 'records with several codes in a single-choice item',
  exclusive_combined: 'records combining an exclusive option with other options',
  missing_required: 'records missing a required answer before later answers (not a break-off)',
  unknown_plan: 'records naming a plan that is not in lbf_helhedsplan',
};

/** Faults of the file's columns rather than of records: reported without a count. */
const COLUMN_KINDS: ReadonlySet<FaultKind> = new Set(['duplicate_column', 'missing_column', 'unknown_column']);

interface Entry {
  kind: FaultKind;
  column: string | null;
  count: number;
  records: number[];
  values: Set<string>;
  unsafeValues: boolean;
}

export class FaultLog {
  readonly #entries = new Map<string, Entry>();

  /** Records one occurrence. `value`, if given, is listed only when it looks like a code. */
  add(kind: FaultKind, column: string | null, record: number | null, value?: string): void {
    const key = `${kind}\u0000${column ?? ''}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { kind, column, count: 0, records: [], values: new Set(), unsafeValues: false };
      this.#entries.set(key, entry);
    }
    entry.count += 1;
    if (record !== null && entry.records.length < MAX_LISTED) entry.records.push(record);
    if (value !== undefined) {
      if (SAFE_VALUE.test(value)) {
        if (entry.values.size < MAX_LISTED) entry.values.add(value);
      } else {
        entry.unsafeValues = true;
      }
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  faults(): ImportFault[] {
    return [...this.#entries.values()].map((e) => {
      const values = [...e.values];
      const where = e.column === null ? '' : `${e.column}: `;
      const shown = [
        values.length > 0 ? `values ${values.join(', ')}` : '',
        e.unsafeValues ? 'and values that are not codes (not shown)' : '',
        e.records.length > 0 ? `first records ${e.records.join(', ')}` : '',
      ].filter((s) => s !== '');
      const count = COLUMN_KINDS.has(e.kind) ? '' : `${e.count} `;
      const message = `${where}${count}${MESSAGES[e.kind]}${shown.length > 0 ? ` (${shown.join('; ')})` : ''}`;
      return { kind: e.kind, column: e.column, count: e.count, records: e.records, values, message };
    });
  }
}

/** Thrown when an import has any fault; nothing of the file is returned. */
export class SurveyImportError extends Error {
  readonly faults: ImportFault[];

  constructor(source: string, faults: ImportFault[]) {
    super(`${source}: import refused, ${faults.length} fault(s):\n${faults.map((f) => `  - ${f.message}`).join('\n')}`);
    this.name = 'SurveyImportError';
    this.faults = faults;
  }
}
