/**
 * No person id from the input may appear anywhere in what validation and loading say: the report,
 * the one-line problems, the ContractError. The extract is damaged in every way that involves a
 * person id, including ids in the wrong column and a broken CSV line that starts with one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ContractError, formatProblem, loadExtract, validateExtract, type ValidationReport } from '../../src/contract/index.ts';
import { P, TINY_PERSON_IDS, tempDir, tinyExtract, writeExtract } from '../fixtures/tiny-extract.ts';

const ORPHAN = '9999999991';
const OUTSIDE_MOTHER = '8888888881';
const EMPTY_ORPHAN = '7777777771';

test('no person id appears in the report, the problem lines or the error', async () => {
  const data = tinyExtract();
  data.krsi.push({ PNR: ORPHAN, SIGT_DTO: '2019-01-01', SIGT_NR: 1, LOV: 1 }); // unknown person
  data.survey_response.push({ RESPONSE_ID: 'R003', PNR: EMPTY_ORPHAN, AAR: 2018, ITEM: 'Q1', SVAR: '1' });
  data.bef.push({ ...data.bef[0] }); // duplicate (PNR, AAR)
  data.bef[1].MOR_ID = OUTSIDE_MOTHER; // parent outside the extract
  data.bef[2].KOEN = P.dreng1; // a person id in a code column: a bad value that must not be shown
  data.bef[3].FAMILIE_ID = ''; // empty
  data.mfr[0].VAEGT = P.pige2; // a person id in a number column
  data.lbf_afdeling[0].KOM = P.mor2; // ... and in a table without person ids
  data.mfr.push({ PNR: '', VAEGT: 3000 }); // empty person id
  const dir = await tempDir();
  try {
    await writeExtract(dir, data, 'csv');
    await appendFile(join(dir, 'kraf.csv'), `${P.ung},2019-01`); // a truncated CSV line that starts with an id

    const report = await validateExtract(dir);
    const kinds = new Set(report.problems.map((p) => p.kind));
    for (const k of ['unknown_person', 'duplicate_key', 'parent_outside_extract', 'empty_value', 'unreadable'] as const) {
      assert.ok(kinds.has(k), `the damage produces ${k}`);
    }
    // The ids in the wrong columns read as numbers: found as bad code / out of range, but not shown.
    const misplaced = report.problems.filter((p) => ['KOEN', 'VAEGT', 'KOM'].includes(p.column ?? ''));
    assert.deepEqual(misplaced.map((p) => [p.kind, p.table, p.column, p.rows, p.values]).sort(), [
      ['bad_code', 'bef', 'KOEN', 1, []], ['out_of_range', 'lbf_afdeling', 'KOM', 1, []], ['out_of_range', 'mfr', 'VAEGT', 1, []],
    ]);

    let error: unknown;
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      await loadExtract(dir, conn);
    } catch (e) {
      error = e;
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
    assert.ok(error instanceof ContractError);

    const texts = [
      JSON.stringify(report),
      ...report.problems.map(formatProblem),
      error.message, String(error), error.stack ?? '', JSON.stringify(error.report),
    ].join('\n');
    for (const id of [...TINY_PERSON_IDS, ORPHAN, OUTSIDE_MOTHER, EMPTY_ORPHAN]) {
      assert.equal(texts.includes(id), false, `person id ${TINY_PERSON_IDS.indexOf(id)} leaked`);
    }
    assertPrivate(report);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Values are never shown for person-id columns, whatever the problem. */
function assertPrivate(report: ValidationReport): void {
  for (const p of report.problems.filter((q) => ['PNR', 'MOR_ID', 'FAR_ID'].includes(q.column ?? ''))) {
    assert.deepEqual(p.values, [], `${p.kind} ${p.table}.${p.column}`);
  }
}
