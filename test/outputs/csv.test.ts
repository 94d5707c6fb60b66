import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv, formatNumber } from '../../src/outputs/csv.ts';
import type { ResultTable } from '../../src/results/types.ts';

/** Rows deliberately out of order; one row per CSV feature (quoting, nulls, -0, 1e-7, suppression). */
const TABLE: ResultTable = {
  id: 'tab-x.1',
  chapter: 3,
  kind: 'table',
  title: { da: 'Prøve', en: 'Sample' },
  note: { da: '', en: '' },
  unit: 'share',
  keyColumns: ['item', 'area_group'],
  rows: [
    { keys: { item: 'b', area_group: 'supported' }, year: 2019, value: 0.1, n: 120, lower: 0.05, upper: 0.15, extra: { p_value: 0.03 } },
    { keys: { item: 'a', area_group: 'population' }, year: 2019, value: 1 / 3, n: 5000, lower: null, upper: null, extra: { estimate: -0, p_value: null } },
    // A suppressed row keeps its keys; whatever numbers it still holds must not reach the file.
    { keys: { item: 'b', area_group: 'supported' }, year: 2018, value: 0.2, n: 4, lower: 0.1, upper: 0.3, suppressed: 'primary' },
    { keys: { item: 'Forældres "misbrug", alle', area_group: 'supported' }, year: 2019, value: 1e-7, n: 1234567, lower: null, upper: null },
    { keys: { item: 'b', area_group: 'population' }, year: 2018, value: 12345.5, n: 100, lower: 12000, upper: 12700.25 },
  ],
};

test('CSV: golden text with key order, sorting, quoting, nulls and a suppressed row', () => {
  const expected = [
    'item,area_group,year,value,n,lower,upper,estimate,p_value,suppressed',
    '"Forældres ""misbrug"", alle",supported,2019,1e-7,1234567,,,,,',
    'a,population,2019,0.3333333333333333,5000,,,0,,',
    'b,population,2018,12345.5,100,12000,12700.25,,,',
    'b,supported,2018,,,,,,,primary',
    'b,supported,2019,0.1,120,0.05,0.15,,0.03,',
    '',
  ].join('\r\n');
  assert.equal(toCsv(TABLE), expected);
});

test('CSV: no year column when no row has a year', () => {
  const table: ResultTable = {
    ...TABLE,
    keyColumns: ['item'],
    rows: [
      { keys: { item: 'y' }, year: null, value: 2, n: 3, lower: null, upper: null, suppressed: 'secondary' },
      { keys: { item: 'x' }, year: null, value: 0.5, n: 10, lower: 0.25, upper: 0.75 },
    ],
  };
  assert.equal(toCsv(table), 'item,value,n,lower,upper,suppressed\r\nx,0.5,10,0.25,0.75,\r\ny,,,,,secondary\r\n');
});

test('CSV: identical input gives identical bytes, whatever the row order', () => {
  const reversed: ResultTable = { ...TABLE, rows: [...TABLE.rows].reverse() };
  assert.equal(toCsv(reversed), toCsv(TABLE));
});

test('CSV: numbers are the shortest text that parses back to the same double', () => {
  for (const x of [0.1 + 0.2, 1 / 3, 123456789.125, 5e-324, 2 ** 53 + 2]) assert.equal(Number(formatNumber(x)), x);
  assert.equal(formatNumber(0.1 + 0.2), '0.30000000000000004');
  assert.equal(formatNumber(-0), '0');
});

test('CSV: non-finite numbers and clashing column names are refused', () => {
  const nan: ResultTable = { ...TABLE, rows: [{ keys: { item: 'a', area_group: 'x' }, year: null, value: NaN, n: 1, lower: null, upper: null }] };
  assert.throws(() => toCsv(nan), /non-finite/);
  const clash: ResultTable = { ...TABLE, keyColumns: ['value'], rows: [] };
  assert.throws(() => toCsv(clash), /appears twice/);
});
