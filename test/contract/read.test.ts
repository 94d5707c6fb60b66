/** Reading details: the CSV dialect accepted, header parsing, messages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, validateExtract } from '../../src/contract/index.ts';
import { parseCsvHeader } from '../../src/contract/read.ts';
import { validateBroken } from './broken.ts';
import { P } from '../fixtures/tiny-extract.ts';

test('parseCsvHeader splits on commas outside quotes and undoes doubled quotes', () => {
  assert.deepEqual(parseCsvHeader('PNR, "AAR" ,"A,B","C""D"'), ['PNR', 'AAR', 'A,B', 'C"D']);
});

test('CSV with a BOM, CRLF line ends, quoted header and values, blanks around numbers is valid', async () => {
  const report = await validateBroken({
    after: async (dir) => {
      const file = join(dir, 'mfr.csv');
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
      const quoted = lines.map((l, i) => (i === 0 ? '"PNR","VAEGT"' : l.replace(/^(\d+),(\d+)$/, '"$1", $2 ')));
      assert.match(quoted[1], /^"\d+", \d+ $/);
      await writeFile(file, `\uFEFF${quoted.join('\r\n')}\r\n`);
    },
  });
  assert.deepEqual(report.problems, []);
  assert.equal(report.tables.find((t) => t.table === 'mfr')?.rows, 4);
});

test('a CSV header naming a column twice is unreadable', async () => {
  const report = await validateBroken({ after: async (dir) => writeFile(join(dir, 'mfr.csv'), `PNR,VAEGT,vaegt\n${P.pige1},3200,1\n`) });
  assert.deepEqual(report.problems.map((p) => [p.kind, p.table, p.message]), [['unreadable', 'mfr', 'cannot read mfr.csv: the header names a column twice']]);
});

test('formatProblem gives one line with severity, place, kind, message and values', async () => {
  const report = await validateBroken({ mutate: (x) => { x.mfr[0].VAEGT = 90000; } });
  assert.deepEqual(report.problems.map(formatProblem), ['error   mfr.VAEGT  out_of_range: outside 300–7000: 1 row  values: 90000']);
});

test('a directory that does not exist is a clear error', async () => {
  const missing = join(tmpdir(), 'livschancer-no-such-extract');
  await rm(missing, { recursive: true, force: true });
  await assert.rejects(validateExtract(missing), /cannot read the extract directory .*livschancer-no-such-extract: ENOENT/);
});
