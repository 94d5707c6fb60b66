import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableSpec } from '../../src/contract/schema.ts';
import { SurveyImportError, type FaultKind, type ImportFault } from '../../src/survey/faults.ts';
import {
  importProjectLeaderCsv, importProjectLeaderJson, importProjectLeaderRecords, PROJECT_LEADER_FIGURES, PROJECT_LEADER_QUESTIONS,
  PROJECT_LEADER_SURVEY, PROJECT_LEADER_YEARS, TARGET_GROUPS, type ProjectLeaderImport,
} from '../../src/survey/project-leader.ts';

const ITEMS = PROJECT_LEADER_SURVEY.items.map((i) => i.id);

function answer(plan: string, year: string, group: string, overrides: Record<string, string> = {}): Record<string, string> {
  // Statements 1-10 answered 1,2,3,4,1,2,3,4,8,1; roles 1,1,2.
  const codes = ['1', '2', '3', '4', '1', '2', '3', '4', '8', '1', '1', '1', '2'];
  return { plan_id: plan, year, target_group: group, ...Object.fromEntries(ITEMS.map((id, k) => [id, codes[k]])), ...overrides };
}

function onlyFault(run: () => ProjectLeaderImport, kind: FaultKind): ImportFault {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof SurveyImportError, String(error));
    assert.deepEqual(error.faults.map((f) => f.kind), [kind], error.message);
    return error.faults[0];
  }
  assert.fail('import should have been refused');
}

test('the definition: Spørgsmål 1 has ten statements, Spørgsmål 2 three roles, on the degree scale', () => {
  assert.deepEqual(PROJECT_LEADER_QUESTIONS.map((q) => [q.number, q.items.length]), [[1, 10], [2, 3]]);
  assert.deepEqual(ITEMS.slice(0, 10).map((id) => id.split('_')[0]), ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10']);
  assert.deepEqual(ITEMS.slice(10), ['r_bridging', 'r_facilitating', 'r_executing']);
  for (const item of PROJECT_LEADER_SURVEY.items) {
    assert.deepEqual(item.options.map((o) => o.label.da), ['I høj grad', 'I nogen grad', 'I mindre grad', 'Slet ikke', 'Ved ikke']);
  }
});

test('target groups and years are the contract\'s codes', () => {
  const columns = tableSpec('projektleder_svar').columns;
  assert.deepEqual(columns.find((c) => c.name === 'MAALGRUPPE')?.codes, [...TARGET_GROUPS]);
  assert.deepEqual(columns.find((c) => c.name === 'AAR')?.codes, [...PROJECT_LEADER_YEARS]);
});

test('each of the eight figures shows one question for one target group in 2020', () => {
  assert.equal(PROJECT_LEADER_FIGURES.length, 8);
  const combos = PROJECT_LEADER_FIGURES.map((f) => `${f.question} ${f.targetGroup}`);
  assert.equal(new Set(combos).size, 8);
  assert.ok(PROJECT_LEADER_FIGURES.every((f) => f.year === 2020));
});

test('import: one contract row per plan, year, target group and item', () => {
  const result = importProjectLeaderCsv([
    ['plan_id', 'year', 'target_group', ...ITEMS].join(','),
    Object.values(answer('P1', '2020', '0-6')).join(','),
    Object.values(answer('P2', '2018', '15-29', { s3_contact: '', r_executing: '' })).join(','),
  ].join('\n'));
  assert.equal(result.rows.length, 2 * 13);
  assert.deepEqual(result.rows[0], { PLAN_ID: 'P1', AAR: 2020, MAALGRUPPE: '0-6', ITEM: 's1_knowledge_of_needs', SVAR: 1 });
  assert.deepEqual(result.rows.filter((r) => r.PLAN_ID === 'P1').map((r) => r.SVAR), [1, 2, 3, 4, 1, 2, 3, 4, 8, 1, 1, 1, 2]);
  assert.deepEqual(result.rows.find((r) => r.PLAN_ID === 'P2' && r.ITEM === 's3_contact')?.SVAR, null);
  assert.deepEqual(result.summary, { records: 2, empty: 0, byYearAndGroup: { '2020 0-6': 1, '2018 15-29': 1 } });
});

test('import: a record with no answer at all is counted and not loaded', () => {
  const blank = Object.fromEntries(ITEMS.map((id) => [id, '']));
  const result = importProjectLeaderJson(JSON.stringify([answer('P1', '2020', '6-17'), answer('P2', '2020', '6-17', blank)]));
  assert.deepEqual(result.summary, { records: 2, empty: 1, byYearAndGroup: { '2020 6-17': 1 } });
  assert.equal(new Set(result.rows.map((r) => r.PLAN_ID)).size, 1);
});

test('fault: invalid code and several codes name the item and the count', () => {
  const invalid = onlyFault(() => importProjectLeaderRecords([answer('P1', '2020', '0-6', { r_bridging: '5' }), answer('P2', '2020', '0-6', { r_bridging: '0' })]), 'invalid_code');
  assert.equal(invalid.message, 'r_bridging: 2 records with a code that is not an answer option (values 5, 0; first records 1, 2)');
  assert.equal(onlyFault(() => importProjectLeaderRecords([answer('P1', '2020', '0-6', { s4_retain_in_activities: '1;4' })]), 'several_codes').column, 's4_retain_in_activities');
});

test('fault: a year the survey was not run (2019)', () => {
  assert.equal(onlyFault(() => importProjectLeaderRecords([answer('P1', '2019', '0-6')]), 'invalid_year').count, 1);
});

test('fault: a target group outside the contract', () => {
  assert.equal(onlyFault(() => importProjectLeaderRecords([answer('P1', '2020', '6-16')]), 'invalid_value').column, 'target_group');
});

test('fault: the same plan, year and target group twice', () => {
  const fault = onlyFault(() => importProjectLeaderRecords([answer('P1', '2020', '0-6'), answer('P1', '2018', '0-6'), answer('P1', '2020', '0-6')]), 'duplicate_id');
  assert.deepEqual([fault.column, fault.count, fault.records], ['plan_id+year+target_group', 1, [3]]);
});

test('fault: empty plan id, and a plan unknown to lbf_helhedsplan', () => {
  assert.equal(onlyFault(() => importProjectLeaderRecords([answer('', '2020', '0-6')]), 'missing_id').column, 'plan_id');
  const known = new Set(['P1']);
  assert.equal(importProjectLeaderRecords([answer('P1', '2020', '0-6')], { knownPlans: known }).rows.length, 13);
  assert.equal(onlyFault(() => importProjectLeaderRecords([answer('P9', '2020', '0-6')], { knownPlans: known }), 'unknown_plan').count, 1);
});

test('fault: a missing item column and an unknown column', () => {
  const record = answer('P1', '2020', '0-6');
  delete record.r_executing;
  assert.equal(onlyFault(() => importProjectLeaderRecords([record]), 'missing_column').column, 'r_executing');
  assert.equal(onlyFault(() => importProjectLeaderRecords([{ ...answer('P1', '2020', '0-6'), leader_name: 'x' }]), 'unknown_column').column, 'leader_name');
});
