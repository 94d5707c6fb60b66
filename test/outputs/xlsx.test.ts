import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { HEADER_ROW, sheetName, xlsxBytes } from '../../src/outputs/xlsx.ts';
import { pinZipTimestamps } from '../../src/outputs/zip-dates.ts';
import { SAMPLE_TABLES } from '../report/fixtures.ts';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's load() is typed for its own Buffer declaration; the bytes are a plain Node buffer.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

test('XLSX: one sheet per table, title and note on top, tidy columns, numbers as numbers', async () => {
  const wb = await readBack(await xlsxBytes(SAMPLE_TABLES));
  assert.deepEqual(
    wb.worksheets.map((ws) => ws.name),
    SAMPLE_TABLES.map((t) => t.id),
  );
  const ws = wb.getWorksheet('tab-9.2');
  assert.ok(ws);
  assert.equal(ws.getCell(1, 1).value, 'Resultater af effektanalyser af fritidsjobindsatsen på de unges chance for at være i fritidsjob. Odds ratios.');
  assert.equal(ws.getCell(2, 1).value, '* p < 0,05.');
  assert.deepEqual((ws.getRow(HEADER_ROW).values as unknown[]).slice(1), ['item', 'value', 'n', 'lower', 'upper', 'p_value', 'suppressed']);
  // Rows sorted by item code point: "To år …" < "Tre år …" < "Året …".
  const row = (i: number): unknown[] => Array.from({ length: 7 }, (_, c) => ws.getCell(HEADER_ROW + i, c + 1).value);
  assert.deepEqual(row(1), ['To år efter start', 1.31, 398, 1.31 - 0.35, 1.31 + 0.35, 0.081, null]);
  const suppressed = row(2);
  assert.equal(suppressed[0], 'Tre år efter start');
  assert.deepEqual(suppressed.slice(1, 6), [null, null, null, null, null]);
  assert.equal(suppressed[6], 'secondary');
  assert.equal(typeof row(3)[1], 'number');
  assert.equal(wb.created.toISOString(), '2022-01-01T00:00:00.000Z');
  assert.equal(wb.modified.toISOString(), '2022-01-01T00:00:00.000Z');
});

test('XLSX: every zip entry carries the fixed time, so two writes give the same bytes', async () => {
  const a = await xlsxBytes(SAMPLE_TABLES);
  const b = await xlsxBytes(SAMPLE_TABLES);
  assert.ok(a.equals(b));
  // Walk the local headers: DOS time 0 and date 1980-01-01 ((0 << 9) | (1 << 5) | 1 = 33).
  let entries = 0;
  for (let at = a.indexOf(Buffer.from('PK\u0003\u0004', 'latin1')); at >= 0; at = a.indexOf(Buffer.from('PK\u0003\u0004', 'latin1'), at + 4)) {
    assert.equal(a.readUInt16LE(at + 10), 0);
    assert.equal(a.readUInt16LE(at + 12), 33);
    entries++;
  }
  assert.ok(entries >= 5, `expected the xlsx parts, found ${entries} entries`);
});

test('XLSX: pinZipTimestamps refuses bytes that are not a zip', () => {
  assert.throws(() => pinZipTimestamps(new Uint8Array(64)), /no end of central directory/);
});

test('XLSX: sheet names longer than 31 characters or with forbidden characters are refused', () => {
  assert.equal(sheetName('btab-8.4'), 'btab-8.4');
  assert.throws(() => sheetName('x'.repeat(32)), /longer than 31/);
  assert.throws(() => sheetName('a/b'), /forbids/);
});
