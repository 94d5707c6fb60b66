/**
 * One tidy CSV per ResultTable (RFC 4180: comma-separated, CRLF line ends, fields quoted only when
 * they hold a comma, quote or line break). Numbers use JavaScript's shortest round-trip form, so
 * parsing the text gives back the exact double; null is an empty field.
 */
import type { ResultTable } from '../results/types.ts';
import { tidyTable, type Cell } from './tidy.ts';

/** The CSV text of one table, header first. Identical input gives identical bytes. */
export function toCsv(table: ResultTable): string {
  const { columns, rows } = tidyTable(table);
  const lines = [columns.map(quoteField), ...rows.map((row) => row.map(formatCell))];
  return lines.map((fields) => fields.join(',') + '\r\n').join('');
}

export function formatCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  return quoteField(cell);
}

/** Shortest round-trip decimal; -0 is written 0. */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
