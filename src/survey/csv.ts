/**
 * A small RFC 4180 CSV reader for survey exports: quoted fields, doubled quotes, CRLF or LF, a
 * leading byte-order mark. Multi-choice answers are ";"-separated, so a file that also uses ";" as
 * its delimiter must quote those fields; the delimiter is an option for that reason.
 */

export interface CsvTable {
  header: string[];
  /** Data records (the header excluded), each as its fields. */
  records: string[][];
}

export function parseCsv(text: string, delimiter = ','): CsvTable {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      fields.push(field);
      lines.push(fields);
      fields = [];
      field = '';
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    lines.push(fields);
  }
  // Blank lines (a trailing newline, an empty line at the end) carry no record.
  const nonBlank = lines.filter((l) => !(l.length === 1 && l[0] === ''));
  const [header = [], ...records] = nonBlank;
  return { header, records };
}

/** Quotes a field when it holds the delimiter, a quote or a line break. */
function formatField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text with a header; null becomes an empty field (read back as NULL by the contract loader). */
export function formatCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], delimiter = ','): string {
  const line = (fields: readonly (string | number | null)[]) => fields.map((f) => formatField(f === null ? '' : String(f), delimiter)).join(delimiter);
  return [header, ...rows].map(line).join('\n') + '\n';
}
