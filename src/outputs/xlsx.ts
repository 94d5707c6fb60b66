/**
 * tables.xlsx: one sheet per ResultTable, named by its id, with the Danish title and note above the
 * same tidy columns as the CSV. Numbers are stored as numbers. Workbook dates and zip entry times
 * are fixed, so identical input gives an identical file.
 */
import ExcelJS from 'exceljs';
import type { Lang, ResultTable } from '../results/types.ts';
import { tidyTable } from './tidy.ts';
import { pinZipTimestamps } from './zip-dates.ts';

/** Fixed workbook creation/modification date (the report's publication year). */
const FIXED_DATE = new Date(Date.UTC(2022, 0, 1, 0, 0, 0));
const MAX_SHEET_NAME = 31;

/** The row (1-based) of the column header: title, note and one blank row come first. */
export const HEADER_ROW = 4;

export function sheetName(id: string): string {
  // Excel forbids these characters and names longer than 31.
  if (/[\\/?*[\]:]/.test(id)) throw new Error(`sheet name "${id}" holds a character Excel forbids`);
  if (id.length > MAX_SHEET_NAME) throw new Error(`sheet name "${id}" is longer than ${MAX_SHEET_NAME} characters`);
  return id;
}

/** Builds the workbook in memory; exported for tests that want to inspect it without a file. */
export function buildWorkbook(tables: readonly ResultTable[], lang: Lang = 'da'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'livschancer';
  wb.lastModifiedBy = 'livschancer';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const names = new Set<string>();
  for (const table of tables) {
    const name = sheetName(table.id);
    if (names.has(name.toLowerCase())) throw new Error(`two tables share the sheet name "${name}"`);
    names.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    const { columns, rows } = tidyTable(table);
    ws.getCell(1, 1).value = table.title[lang];
    ws.getCell(1, 1).font = { bold: true };
    ws.getCell(2, 1).value = table.note[lang];
    const header = ws.getRow(HEADER_ROW);
    header.values = columns;
    header.font = { bold: true };
    rows.forEach((cells, i) => {
      // ExcelJS treats undefined as an empty cell; null would too, but undefined is its documented form.
      ws.getRow(HEADER_ROW + 1 + i).values = cells.map((c) => c ?? undefined);
    });
    columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.max(10, c.length + 2);
    });
    ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  }
  return wb;
}

/** The bytes of tables.xlsx. */
export async function xlsxBytes(tables: readonly ResultTable[], lang: Lang = 'da'): Promise<Buffer> {
  const raw = await buildWorkbook(tables, lang).xlsx.writeBuffer();
  return pinZipTimestamps(new Uint8Array(raw));
}
