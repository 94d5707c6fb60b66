import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatImportSummary, importSurveyCsv, importSurveyFile, importSurveyJson, importSurveyRecords, type SurveyImport,
} from '../../src/survey/import.ts';
import { SurveyImportError, type FaultKind, type ImportFault } from '../../src/survey/faults.ts';
import type { RawRecord } from '../../src/survey/records.ts';
import { brokenOff, ITEMS, response } from './fixture.ts';

function csv(records: readonly Record<string, string>[], columns = Object.keys(records[0])): string {
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [columns.join(','), ...records.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\r\n') + '\r\n';
}

/** Runs an import that must fail and returns its faults. */
function faultsOf(run: () => SurveyImport): ImportFault[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof SurveyImportError, String(error));
    return error.faults;
  }
  assert.fail('import should have been refused');
}

function onlyFault(run: () => SurveyImport, kind: FaultKind): ImportFault {
  const faults = faultsOf(run);
  assert.deepEqual(faults.map((f) => f.kind), [kind], faults.map((f) => f.message).join('\n'));
  return faults[0];
}

test('CSV: complete responses become one long row per response and item', () => {
  const notInSchool = response('r2', {
    pnr: '', year: '2021', in_school_or_education: '2', like_school: '', truancy_6m: '', academic_self_assessment: '', homework_help: '',
    career_talk_with: '4;1;4',
  });
  const result = importSurveyCsv(csv([response('r1'), notInSchool]));
  assert.equal(result.rows.length, 2 * 31);
  assert.deepEqual(result.partialRows, []);
  const row = (id: string, item: string) => result.rows.find((r) => r.RESPONSE_ID === id && r.ITEM === item);
  assert.deepEqual(row('r1', 'lonely'), { RESPONSE_ID: 'r1', PNR: 'P-r1', AAR: 2020, ITEM: 'lonely', SVAR: '4' });
  assert.deepEqual(row('r1', 'homework_help'), { RESPONSE_ID: 'r1', PNR: 'P-r1', AAR: 2020, ITEM: 'homework_help', SVAR: '1;5' });
  // Not asked (school block, not in school): kept as an empty answer. Multi codes sorted, de-duplicated. No PNR: null.
  assert.deepEqual(row('r2', 'like_school'), { RESPONSE_ID: 'r2', PNR: null, AAR: 2021, ITEM: 'like_school', SVAR: null });
  assert.equal(row('r2', 'career_talk_with')?.SVAR, '1;4');
  assert.deepEqual(result.rows.filter((r) => r.RESPONSE_ID === 'r1').map((r) => r.ITEM), ITEMS, 'items in questionnaire order');
  assert.deepEqual(result.summary, {
    records: 2, complete: 2, partial: 0, linked: 1, persons: 1, completeByYear: { 2020: 1, 2021: 1 }, partialByLastItem: {},
  });
});

test('JSON: numbers, arrays for multi-choice and upper-case column names give the same rows as CSV', () => {
  const record: RawRecord = {
    ...Object.fromEntries(Object.entries(response('r1')).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v])),
    RESPONSE_ID: 'r1', homework_help: [5, 1], career_talk_with: ['4', '1'],
  };
  delete (record as Record<string, unknown>).response_id;
  const fromJson = importSurveyJson(JSON.stringify([record]));
  assert.deepEqual(fromJson.rows, importSurveyCsv(csv([response('r1')])).rows);
  assert.throws(() => importSurveyJson('{"response_id": "r1"}'), /expected a JSON array of objects/);
});

test('the same person may answer in several rounds: persons counts distinct ids', () => {
  const result = importSurveyRecords([response('r1', { pnr: 'A' }), response('r2', { pnr: 'A', year: '2021' }), response('r3', { pnr: 'B' })]);
  assert.equal(result.summary.complete, 3);
  assert.equal(result.summary.linked, 3);
  assert.equal(result.summary.persons, 2);
});

test('fault: invalid code names the item, the count and the codes seen', () => {
  const fault = onlyFault(
    () => importSurveyRecords([response('r1', { lonely: '5' }), response('r2'), response('r3', { lonely: '9' })]),
    'invalid_code',
  );
  assert.equal(fault.column, 'lonely');
  assert.equal(fault.count, 2);
  assert.deepEqual(fault.records, [1, 3]);
  assert.deepEqual(fault.values, ['5', '9']);
  assert.match(fault.message, /^lonely: 2 records with a code that is not an answer option \(values 5, 9; first records 1, 3\)$/);
});

test('fault: a code that is valid elsewhere is invalid for this item ("don\'t know" is 4 in truancy_6m)', () => {
  const fault = onlyFault(() => importSurveyRecords([response('r1', { truancy_6m: '8' })]), 'invalid_code');
  assert.equal(fault.column, 'truancy_6m');
});

test('fault: several codes in a single-choice item', () => {
  const fault = onlyFault(() => importSurveyRecords([response('r1', { proud: '1;2' })]), 'several_codes');
  assert.equal(fault.column, 'proud');
  assert.equal(fault.count, 1);
});

test('fault: an exclusive option ticked with another option', () => {
  const fault = onlyFault(() => importSurveyRecords([response('r1', { career_talk_with: '2;6' })]), 'exclusive_combined');
  assert.equal(fault.column, 'career_talk_with');
});

test('fault: a required answer missing before later answers', () => {
  const fault = onlyFault(
    () => importSurveyRecords([response('r1', { good_friend: '' }), response('r2', { good_friend: '' }), response('r3')]),
    'missing_required',
  );
  assert.equal(fault.column, 'good_friend');
  assert.equal(fault.count, 2);
});

test('fault: a school item missing for a respondent in school (the filter makes it required)', () => {
  const fault = onlyFault(() => importSurveyRecords([response('r1', { like_school: '' })]), 'missing_required');
  assert.equal(fault.column, 'like_school');
});

test('fault: a response flagged complete that misses a required answer at the end', () => {
  const fault = onlyFault(
    () => importSurveyRecords([{ ...brokenOff('r1', 'felt_alcohol_effect_6m'), complete: '1' }]),
    'missing_required',
  );
  assert.equal(fault.column, 'felt_alcohol_effect_6m');
});

test('fault: duplicate response id, counted once per repeat', () => {
  const fault = onlyFault(
    () => importSurveyRecords([response('r1'), response('r1'), response('r2'), response('r1')]),
    'duplicate_id',
  );
  assert.equal(fault.column, 'response_id');
  assert.equal(fault.count, 2);
  assert.deepEqual(fault.records, [2, 4]);
});

test('fault: empty response id', () => {
  assert.equal(onlyFault(() => importSurveyRecords([response('')]), 'missing_id').count, 1);
});

test('fault: year outside the survey years or not a year', () => {
  const fault = onlyFault(
    () => importSurveyRecords([response('r1', { year: '2017' }), response('r2', { year: '' }), response('r3', { year: '20x0' })]),
    'invalid_year',
  );
  assert.equal(fault.count, 3);
});

test('fault: invalid completion flag', () => {
  assert.equal(onlyFault(() => importSurveyRecords([{ ...response('r1'), complete: 'ja' }]), 'invalid_value').column, 'complete');
  assert.equal(onlyFault(() => importSurveyRecords([{ ...response('r1'), complete: 'constructor' }]), 'invalid_value').column, 'complete');
});

test('fault: a person id given as a JSON number (its leading zeros would be lost)', () => {
  const fault = onlyFault(() => importSurveyJson(JSON.stringify([{ ...response('r1'), pnr: 101901234 }])), 'invalid_value');
  assert.deepEqual([fault.column, fault.count, fault.values], ['pnr', 1, []]);
  assert.ok(!fault.message.includes('101901234'));
});

test('fault: a missing item column, an unknown column, a duplicated column', () => {
  const withoutLonely = response('r1');
  delete withoutLonely.lonely;
  const missing = onlyFault(() => importSurveyRecords([withoutLonely]), 'missing_column');
  assert.equal(missing.column, 'lonely');
  assert.equal(missing.message, 'lonely: column is missing from the file');
  // Identifiers collected with the form (names, addresses) must not be imported.
  const unknown = onlyFault(() => importSurveyRecords([{ ...response('r1'), first_name: 'x' }]), 'unknown_column');
  assert.equal(unknown.column, 'first_name');
  assert.equal(onlyFault(() => importSurveyRecords([{ ...response('r1'), LONELY: '4' }]), 'duplicate_column').column, 'lonely');
  const text = csv([response('r1')]).replace('response_id,', 'response_id,Lonely,').replace('\r\nr1,', '\r\nr1,4,');
  assert.equal(onlyFault(() => importSurveyCsv(text), 'duplicate_column').column, 'lonely');
});

test('fault: a CSV record with the wrong number of fields', () => {
  const text = csv([response('r1'), response('r2')]).replace(/\r\nr2,/, '\r\nr2,extra,');
  const fault = onlyFault(() => importSurveyCsv(text), 'malformed_record');
  assert.deepEqual(fault.records, [2]);
});

test('all or nothing: one bad record refuses the whole file, and every fault is listed', () => {
  const faults = faultsOf(() => importSurveyRecords([
    response('r1'), response('r1', { lonely: '7', year: '2030' }), response('r3', { proud: '' }),
  ]));
  assert.deepEqual(faults.map((f) => `${f.kind}:${f.column}`).sort(), [
    'duplicate_id:response_id', 'invalid_code:lonely', 'invalid_year:year', 'missing_required:proud',
  ]);
  assert.throws(() => importSurveyRecords([response('r1'), response('r1')]), (e: unknown) =>
    e instanceof SurveyImportError && /survey responses: import refused, 1 fault\(s\):\n {2}- response_id: 1 records repeating/.test(e.message));
});

test('no person id reaches an error message, even in the wrong column', () => {
  const pnr = '0101901234';
  const faults = faultsOf(() => importSurveyRecords([response('r1', { pnr, lonely: pnr }), response('r1', { pnr })]));
  const invalid = faults.find((f) => f.kind === 'invalid_code');
  assert.deepEqual(invalid?.values, []);
  assert.match(invalid?.message ?? '', /values that are not codes \(not shown\)/);
  const text = JSON.stringify(faults);
  assert.ok(!text.includes(pnr) && !text.includes('1234'), text);
});

test('partial responses: break-offs, the completion flag and empty responses are kept apart and reported', () => {
  const result = importSurveyRecords([
    response('r1'),
    brokenOff('r2', 'parents_interested'),              // last answer: lonely
    brokenOff('r3', 'parents_interested'),
    { ...response('r4'), complete: '0' },                // fully answered, but the tool says not complete
    brokenOff('r5', 'sex'),                              // opened and left
    { ...response('r6'), complete: 'true' },
  ]);
  assert.deepEqual(result.summary, {
    records: 6, complete: 2, partial: 4, linked: 2, persons: 2, completeByYear: { 2020: 2 },
    partialByLastItem: { lonely: 2, felt_alcohol_effect_6m: 1, '(none)': 1 },
  });
  assert.deepEqual([...new Set(result.rows.map((r) => r.RESPONSE_ID))], ['r1', 'r6']);
  assert.deepEqual([...new Set(result.partialRows.map((r) => r.RESPONSE_ID))], ['r2', 'r3', 'r4', 'r5']);
  assert.equal(result.partialRows.find((r) => r.RESPONSE_ID === 'r2' && r.ITEM === 'lonely')?.SVAR, '4');
  assert.equal(result.partialRows.find((r) => r.RESPONSE_ID === 'r2' && r.ITEM === 'proud')?.SVAR, null);
  assert.equal(formatImportSummary(result.summary), [
    '6 responses: 2 complete, 4 partial (left out)',
    'complete by year: 2020: 2',
    'linked to a person id: 2 of 2 complete responses, 2 persons',
    'partial responses broke off after lonely: 2, after felt_alcohol_effect_6m: 1, after (none): 1',
  ].join('\n'));
});

test('a break-off inside the school block of a pupil is partial, not a fault', () => {
  const result = importSurveyRecords([brokenOff('r1', 'truancy_6m')]);
  assert.deepEqual(result.summary.partialByLastItem, { like_school: 1 });
});

test('files: .csv and .json by extension; the path names the source in errors', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'survey-'));
  try {
    await writeFile(join(dir, 'a.csv'), csv([response('r1')]));
    await writeFile(join(dir, 'a.json'), JSON.stringify([response('r1', { lonely: '0' })]));
    assert.equal((await importSurveyFile(join(dir, 'a.csv'))).summary.complete, 1);
    await assert.rejects(importSurveyFile(join(dir, 'a.json')), (e: unknown) =>
      e instanceof SurveyImportError && e.message.startsWith(`${join(dir, 'a.json')}: import refused`));
    await assert.rejects(importSurveyFile(join(dir, 'a.txt')), /must be \.csv or \.json/);
  } finally {
    await rm(dir, { recursive: true });
  }
});
