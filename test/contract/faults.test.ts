/**
 * One test per kind of fault: each damages the valid tiny extract in one way and checks that the
 * report names the table, column, kind and number of rows (and, outside person ids, the values).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertProblems, only, validateBroken } from './broken.ts';
import { P, type Row } from '../fixtures/tiny-extract.ts';

const person = (rows: Row[], pnr: string, aar?: number): Row[] =>
  rows.filter((r) => r.PNR === pnr && (aar === undefined || r.AAR === aar));

test('the valid tiny extract has no problems, as CSV and as Parquet', async () => {
  for (const format of ['csv', 'parquet'] as const) {
    const report = await validateBroken({ format });
    assert.deepEqual(report.problems, [], format);
    assert.equal(report.ok, true);
    assert.equal(report.tables.length, 26);
    assert.equal(report.tables.find((t) => t.table === 'bef')?.rows, 20);
    assert.equal(report.tables.find((t) => t.table === 'karakterer')?.rows, 3);
    assert.match(report.summary, /^extract valid: 26 tables, 91 rows, 0 warnings$/);
  }
});

test('unreadable: a truncated Parquet file and a CSV cut mid-row are named, other tables still checked', async () => {
  const parquet = await validateBroken({
    format: 'parquet',
    after: async (dir) => truncate(join(dir, 'akm.parquet'), 100),
  });
  const p = only(parquet, 'unreadable');
  assert.equal(p.table, 'akm');
  assert.equal(p.severity, 'error');
  assert.match(p.message, /akm\.parquet/);
  assert.equal(parquet.tables.some((t) => t.table === 'akm'), false);
  assert.equal(parquet.tables.length, 25);

  const csv = await validateBroken({ after: async (dir) => appendFile(join(dir, 'krsi.csv'), `${P.ung},2019-0`) });
  const c = only(csv, 'unreadable');
  assert.equal(c.table, 'krsi');
  assert.match(c.message, /krsi\.csv.*Line: 5.*Expected Number of Columns: 4 Found: 2/);
});

test('unreadable: a broken referenced table is not blamed on the tables that refer to it', async () => {
  const report = await validateBroken({ after: async (dir) => appendFile(join(dir, 'lbf_afdeling.csv'), 'AFD03,"10') });
  assert.deepEqual(report.problems.map((p) => [p.kind, p.table]), [['unreadable', 'lbf_afdeling']]);
  assert.match(report.problems[0].message, /lbf_afdeling\.csv.*unterminated quote/);
  assert.deepEqual(report.tables.map((t) => t.table).slice(0, 3), ['bef', 'mfr', 'lbf_helhedsplan'], 'tables in schema order');
});

test('unreadable: an empty CSV file and a file that is not UTF-8', async () => {
  const empty = await validateBroken({ after: async (dir) => writeFile(join(dir, 'mfr.csv'), '') });
  assert.match(only(empty, 'unreadable').message, /mfr\.csv: the file is empty/);
  const latin1 = await validateBroken({
    after: async (dir) => appendFile(join(dir, 'lpr.csv'), Buffer.from([0x31, 0x2c, 0xe6, 0xf8, 0x2c, 0x44, 0x0a])),
  });
  assert.match(only(latin1, 'unreadable').message, /lpr\.csv.*not utf-8/);
});

test('ambiguous_file: both mfr.csv and mfr.parquet', async () => {
  const report = await validateBroken({
    after: async (dir) => writeFile(join(dir, 'mfr.parquet'), await readFile(join(dir, 'mfr.csv'))),
  });
  assertProblems(report, [{ kind: 'ambiguous_file', table: 'mfr', column: null, rows: 0 }]);
});

test('missing_table: a required table is an error, an optional one is listed with what it disables', async () => {
  const report = await validateBroken({ mutate: (x) => { delete (x as Partial<typeof x>).kotre; delete (x as Partial<typeof x>).mfr; } });
  assertProblems(report, [{ kind: 'missing_table', table: 'kotre', column: null, rows: 0 }]);
  assert.deepEqual(report.missingOptional, [{ table: 'mfr', disables: ['birth weight (Tab 3.2)', 'propensity score controls (Bilag 2)'] }]);
  assert.match(report.summary, /1 optional table missing \(mfr\)/);
});

test('missing_column: bef without KOEN', async () => {
  const report = await validateBroken({ mutate: (x) => x.bef.forEach((r) => delete r.KOEN) });
  assertProblems(report, [{ kind: 'missing_column', table: 'bef', column: 'KOEN', rows: 0 }]);
});

test('extra_column: a warning, and a header-less file does not print its first row as column names', async () => {
  const report = await validateBroken({ mutate: (x) => x.mfr.forEach((r) => { r.KOMMENTAR = 'x'; }) });
  assertProblems(report, [{ kind: 'extra_column', table: 'mfr', column: 'KOMMENTAR', rows: 0 }]);
  assert.equal(report.ok, true);

  const headerless = await validateBroken({
    after: async (dir) => writeFile(join(dir, 'mfr.csv'), `${P.pige1},3200\n${P.dreng1},3500\n`),
  });
  const extra = only(headerless, 'extra_column');
  assert.equal(extra.column, null);
  assert.match(extra.message, /2 columns with names that are not column names/);
  assert.equal(JSON.stringify(headerless).includes(P.pige1), false);
});

test('unknown_file: a .csv that is no contract table is a warning', async () => {
  const report = await validateBroken({ after: async (dir) => writeFile(join(dir, 'noter.csv'), 'A\n1\n') });
  assertProblems(report, [{ kind: 'unknown_file', table: 'noter', column: null, rows: 0 }]);
  assert.equal(report.ok, true);
});

test('bad_value: text, decimals in an INTEGER column, an impossible date, NaN, a bad boolean', async () => {
  const report = await validateBroken({
    mutate: (x) => {
      x.bef[0].KOEN = 'x';
      x.bef[1].KOEN = '1.5';
      x.bef[2].KOEN = '2.0'; // integral: accepted
      x.kotre[0].ELEV3_VFRA = '2019-02-30';
      x.ind[0].DISPON_13 = 'NaN';
      x.karakterer[0].BUNDET = 'ja';
    },
  });
  assertProblems(report, [
    { kind: 'bad_value', table: 'bef', column: 'KOEN', rows: 2 },
    { kind: 'bad_value', table: 'kotre', column: 'ELEV3_VFRA', rows: 1 },
    { kind: 'bad_value', table: 'ind', column: 'DISPON_13', rows: 1 },
    { kind: 'bad_value', table: 'karakterer', column: 'BUNDET', rows: 1 },
  ]);
  const koen = report.problems.find((p) => p.column === 'KOEN');
  assert.deepEqual(koen?.values.slice().sort(), ['1.5', 'x']);
  assert.match(koen?.message ?? '', /^not readable as INTEGER: 2 rows$/);
  assert.deepEqual(report.problems.find((p) => p.column === 'ELEV3_VFRA')?.values, ['2019-02-30']);
});

test('bad_value in Parquet: a VARCHAR column with a value that is not a number', async () => {
  const report = await validateBroken({ format: 'parquet', mutate: (x) => { x.mfr[1].VAEGT = '3 kg'; } });
  const p = only(report, 'bad_value');
  assert.deepEqual([p.table, p.column, p.rows, p.values], ['mfr', 'VAEGT', 1, ['3 kg']]);
});

test('empty_value: FAMILIE_ID empty in 3 rows (empty and blank), never with values', async () => {
  const report = await validateBroken({
    mutate: (x) => { x.bef[0].FAMILIE_ID = null; x.bef[5].FAMILIE_ID = ''; x.bef[6].FAMILIE_ID = '   '; },
  });
  const p = only(report, 'empty_value');
  assert.deepEqual([p.table, p.column, p.rows, p.values], ['bef', 'FAMILIE_ID', 3, []]);
  assert.equal(report.problems.length, 1);
});

test('bad_code: KOEN 7 in two rows, a PULJE that is no grant round', async () => {
  const report = await validateBroken({
    mutate: (x) => { person(x.bef, P.single).forEach((r) => { r.KOEN = 7; }); x.lbf_helhedsplan[0].PULJE = '2019-22'; },
  });
  assertProblems(report, [
    { kind: 'bad_code', table: 'bef', column: 'KOEN', rows: 2 },
    { kind: 'bad_code', table: 'lbf_helhedsplan', column: 'PULJE', rows: 1 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.column === 'KOEN')?.values, ['7']);
  assert.match(report.problems.find((p) => p.column === 'KOEN')?.message ?? '', /^not one of the codes 1, 2: 2 rows$/);
  assert.deepEqual(report.problems.find((p) => p.column === 'PULJE')?.values, ['2019-22']);
});

test('out_of_range: a number above its range and a date before the range years', async () => {
  const report = await validateBroken({
    mutate: (x) => { x.mfr[0].VAEGT = 90000; x.bufo[0].SLUT_DTO = '2022-06-01'; },
  });
  assertProblems(report, [
    { kind: 'out_of_range', table: 'mfr', column: 'VAEGT', rows: 1 },
    { kind: 'out_of_range', table: 'bufo', column: 'SLUT_DTO', rows: 1 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.column === 'VAEGT')?.values, ['90000']);
  assert.match(report.problems.find((p) => p.column === 'SLUT_DTO')?.message ?? '', /^outside 1980–2021 \(year\): 1 row$/);
});

test('future_date: reported as future, not also as out of range', async () => {
  const report = await validateBroken({ mutate: (x) => { x.lpr[0].D_INDDTO = '2999-01-01'; } });
  assertProblems(report, [{ kind: 'future_date', table: 'lpr', column: 'D_INDDTO', rows: 1 }]);
  assert.deepEqual(report.problems[0].values, ['2999-01-01']);
});

test('before_birth: a charge dated before birth, a school year before the birth year, bef years before birth', async () => {
  const report = await validateBroken({
    mutate: (x) => {
      x.krsi[0].SIGT_DTO = '1999-01-01'; // ung is born 2000-09-09
      x.elev[2].SKOLEAAR = 2009; // dreng1 is born 2010-01-20
      person(x.bef, P.pige2).forEach((r) => { r.FOED_DAG = '2019-03-03'; }); // in bef 2018: not born yet
    },
  });
  assertProblems(report, [
    { kind: 'before_birth', table: 'krsi', column: 'SIGT_DTO', rows: 1 },
    { kind: 'before_birth', table: 'elev', column: 'SKOLEAAR', rows: 1 },
    { kind: 'before_birth', table: 'bef', column: 'AAR', rows: 1 },
    // dagtilbud of pige2 in 2014 and 2015 are now before her birth too.
    { kind: 'before_birth', table: 'dagtilbud', column: 'AAR', rows: 2 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.table === 'krsi')?.values, ['1999-01-01']);
});

test('end_before_start: an education spell ending before it starts, a plan ending before it starts', async () => {
  const report = await validateBroken({
    mutate: (x) => { x.kotre[1].ELEV3_VTIL = '2015-01-01'; x.lbf_helhedsplan[1].SLUT_AAR = 2010; },
  });
  assertProblems(report, [
    { kind: 'end_before_start', table: 'kotre', column: 'ELEV3_VTIL', rows: 1 },
    { kind: 'end_before_start', table: 'lbf_helhedsplan', column: 'SLUT_AAR', rows: 1 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.table === 'kotre')?.values, ['2016-08-01 > 2015-01-01']);
  assert.deepEqual(report.problems.find((p) => p.table === 'lbf_helhedsplan')?.values, ['2011 > 2010']);
});

test('duplicate_key: a repeated person-year shows only the year; a repeated department shows its id', async () => {
  const report = await validateBroken({
    mutate: (x) => {
      x.bef.push({ ...person(x.bef, P.pige1, 2019)[0] });
      x.lbf_afdeling.push({ AFD_ID: 'AFD01', KOM: 147 });
    },
  });
  assertProblems(report, [
    { kind: 'duplicate_key', table: 'bef', column: 'PNR, AAR', rows: 2 },
    { kind: 'duplicate_key', table: 'lbf_afdeling', column: 'AFD_ID', rows: 2 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.table === 'bef')?.values, ['AAR=2019']);
  assert.deepEqual(report.problems.find((p) => p.table === 'lbf_afdeling')?.values, ['AFD_ID=AFD01']);
});

test('duplicate_key: found whether the file is sorted by its key or not, and not claimed when keys are unique', async () => {
  const byKey = (a: Row, b: Row): number => String(a.PNR).localeCompare(String(b.PNR)) || Number(a.AAR) - Number(b.AAR);
  // sorted, with the copy next to its original: the order test fails, the grouped query counts
  const sortedDup = await validateBroken({
    format: 'parquet',
    mutate: (x) => { x.bef.push({ ...person(x.bef, P.pige1, 2019)[0] }); x.bef.sort(byKey); },
  });
  assertProblems(sortedDup, [{ kind: 'duplicate_key', table: 'bef', column: 'PNR, AAR', rows: 2 }]);
  // unsorted and unique: the order test cannot prove it, the grouped query finds nothing
  const unsorted = await validateBroken({ format: 'parquet', mutate: (x) => { x.bef.sort(byKey).reverse(); x.akm.reverse(); } });
  assert.deepEqual(unsorted.problems, []);
  // sorted and unique: proven by the order test alone
  const sorted = await validateBroken({ format: 'parquet', mutate: (x) => { x.bef.sort(byKey); } });
  assert.deepEqual(sorted.problems, []);
});

test('unknown_person: charges of a person who is not in bef are counted, the id is not shown', async () => {
  const report = await validateBroken({
    mutate: (x) => {
      x.krsi.push({ PNR: '9999999991', SIGT_DTO: '2019-01-01', SIGT_NR: 1, LOV: 1 });
      x.krsi.push({ PNR: '9999999991', SIGT_DTO: '2019-01-02', SIGT_NR: 1, LOV: 1 });
    },
  });
  const p = only(report, 'unknown_person');
  assert.deepEqual([p.table, p.column, p.rows, p.values], ['krsi', 'PNR', 2, []]);
  assert.equal(report.problems.length, 1);
});

test('parent_outside_extract: a mother who is not in bef is only a warning', async () => {
  const report = await validateBroken({ mutate: (x) => person(x.bef, P.ung).forEach((r) => { r.MOR_ID = '8888888881'; }) });
  const p = only(report, 'parent_outside_extract');
  assert.deepEqual([p.severity, p.table, p.column, p.rows, p.values], ['warning', 'bef', 'MOR_ID', 2, []]);
  assert.equal(report.ok, true);
  assert.match(report.summary, /^extract valid: .* 1 warning$/);
});

test('unknown_reference: a department that is not in lbf_afdeling, a plan that is not in lbf_helhedsplan', async () => {
  const report = await validateBroken({
    mutate: (x) => { person(x.bef, P.single).forEach((r) => { r.AFD_ID = 'AFD99'; }); x.deltager[0].PLAN_ID = 'PLAN09'; },
  });
  assertProblems(report, [
    { kind: 'unknown_reference', table: 'bef', column: 'AFD_ID', rows: 2 },
    { kind: 'unknown_reference', table: 'deltager', column: 'PLAN_ID', rows: 1 },
  ]);
  assert.deepEqual(report.problems.find((p) => p.table === 'bef')?.values, ['AFD99']);
  assert.match(report.problems.find((p) => p.table === 'bef')?.message ?? '', /^no match in lbf_afdeling\.AFD_ID: 2 rows$/);
});

test('no_rows: an empty required table is an error, an empty optional table a warning', async () => {
  const report = await validateBroken({ mutate: (x) => { x.ind = []; x.trivsel = []; } });
  assertProblems(report, [
    { kind: 'no_rows', table: 'ind', column: null, rows: 0 },
    { kind: 'empty_optional_table', table: 'trivsel', column: null, rows: 0 },
  ]);
  assert.equal(report.problems[0].kind, 'no_rows', 'errors come before warnings');
});
