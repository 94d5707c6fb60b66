import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../src/survey/csv.ts';

test('plain CSV with LF or CRLF and a trailing newline', () => {
  const expected = { header: ['a', 'b'], records: [['1', '2'], ['3', '']] };
  assert.deepEqual(parseCsv('a,b\n1,2\n3,\n'), expected);
  assert.deepEqual(parseCsv('a,b\r\n1,2\r\n3,'), expected);
});

test('quoted fields: delimiters, doubled quotes and line breaks inside', () => {
  assert.deepEqual(parseCsv('id,svar,note\nr1,"1;4","he said ""hi""\nthen left"\n'), {
    header: ['id', 'svar', 'note'],
    records: [['r1', '1;4', 'he said "hi"\nthen left']],
  });
});

test('a byte-order mark is dropped and blank lines carry no record', () => {
  assert.deepEqual(parseCsv('\uFEFFa\n1\n\n2\n\n'), { header: ['a'], records: [['1'], ['2']] });
  assert.deepEqual(parseCsv(''), { header: [], records: [] });
});

test('";" as delimiter: multi-choice answers must then be quoted', () => {
  assert.deepEqual(parseCsv('id;career\nr1;"1;4"\n', ';'), { header: ['id', 'career'], records: [['r1', '1;4']] });
});

test('broken input is refused', () => {
  assert.throws(() => parseCsv('a\n"open'), /ends inside a quoted field/);
  assert.throws(() => parseCsv('a', '"'), /invalid CSV delimiter/);
});
