import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableSpec } from '../../src/contract/schema.ts';
import { contractCsv } from '../../src/survey/contract-csv.ts';
import { parseCsv } from '../../src/survey/csv.ts';
import { importSurveyRecords } from '../../src/survey/import.ts';
import { countNegativeAnswers, type DontKnowRule, type SingleAnswers } from '../../src/survey/negative-count.ts';
import { negativeCountSql } from '../../src/survey/negative-count-sql.ts';
import { importProjectLeaderRecords, PROJECT_LEADER_SURVEY } from '../../src/survey/project-leader.ts';
import { brokenOff, response } from './fixture.ts';

// The eight dimensions: lonely, life_satisfaction, dream_for_future, good_friend, proud,
// positive_difference, part_of_community, excluded_from_society.
const DIMENSION_ANSWERS: Record<string, Record<string, string>> = {
  a_none: {},
  b_three_dk: { lonely: '3', dream_for_future: '8', proud: '3', part_of_community: '4', excluded_from_society: '3' },
  c_all: { lonely: '1', life_satisfaction: '4', dream_for_future: '2', good_friend: '3', proud: '4', positive_difference: '3', part_of_community: '3', excluded_from_society: '1' },
  d_excluded: { excluded_from_society: '2', good_friend: '8' },
};

function imported() {
  return importSurveyRecords([
    ...Object.entries(DIMENSION_ANSWERS).map(([id, answers]) => response(id, answers)),
    brokenOff('e_partial', 'proud'), // lonely, life satisfaction, dream and good friend answered, then broke off
  ]);
}

/** Loads contract CSV text the way the contract loader reads CSV: text, blanks as NULL, then typed. */
async function loadSurveyResponse(conn: DuckDBConnection, path: string): Promise<void> {
  await conn.run(`CREATE TABLE survey_response AS
    SELECT NULLIF(trim(RESPONSE_ID), '') AS RESPONSE_ID, NULLIF(trim(PNR), '') AS PNR, CAST(AAR AS INTEGER) AS AAR,
           NULLIF(trim(ITEM), '') AS ITEM, NULLIF(trim(SVAR), '') AS SVAR
    FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
      columns = {'RESPONSE_ID': 'VARCHAR', 'PNR': 'VARCHAR', 'AAR': 'VARCHAR', 'ITEM': 'VARCHAR', 'SVAR': 'VARCHAR'})`);
}

test('contract CSV: columns in schema order, NULL as an empty field, multi-choice intact', () => {
  const result = imported();
  const table = parseCsv(contractCsv('survey_response', result.rows));
  assert.deepEqual(table.header, tableSpec('survey_response').columns.map((c) => c.name));
  assert.equal(table.records.length, result.rows.length);
  assert.deepEqual(table.records.find((r) => r[0] === 'a_none' && r[3] === 'career_talk_with'), ['a_none', 'P-a_none', '2020', 'career_talk_with', '1;4']);
  const pl = importProjectLeaderRecords([{ plan_id: 'P1', year: '2020', target_group: '0-6', ...Object.fromEntries(PROJECT_LEADER_SURVEY.items.map((i) => [i.id, ''])), r_bridging: '1' }]);
  const plTable = parseCsv(contractCsv('projektleder_svar', pl.rows));
  assert.deepEqual(plTable.header, tableSpec('projektleder_svar').columns.map((c) => c.name));
  assert.deepEqual(plTable.records.find((r) => r[3] === 'r_bridging'), ['P1', '2020', '0-6', 'r_bridging', '1']);
  assert.deepEqual(plTable.records.find((r) => r[3] === 'r_executing'), ['P1', '2020', '0-6', 'r_executing', '']);
});

test('Table 8.8 in DuckDB equals the TypeScript count, for every "don\'t know" rule', async () => {
  const result = imported();
  const dir = await mkdtemp(join(tmpdir(), 'survey-db-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  try {
    const path = join(dir, 'survey_response.csv');
    await writeFile(path, contractCsv('survey_response', [...result.rows, ...result.partialRows]));
    await loadSurveyResponse(conn, path);

    // The same responses as plain objects for the TypeScript function.
    const byResponse = new Map<string, Record<string, number | null>>();
    for (const row of [...result.rows, ...result.partialRows]) {
      const answers = byResponse.get(row.RESPONSE_ID) ?? {};
      answers[row.ITEM] = row.SVAR === null ? null : Number(row.SVAR);
      byResponse.set(row.RESPONSE_ID, answers);
    }

    const expected: Record<DontKnowRule, Record<string, [number | null, string | null]>> = {
      not_negative: { a_none: [0, 'none'], b_three_dk: [3, 'three'], c_all: [8, 'four_to_seven'], d_excluded: [1, 'one'], e_partial: [null, null] },
      negative: { a_none: [0, 'none'], b_three_dk: [4, 'four_to_seven'], c_all: [8, 'four_to_seven'], d_excluded: [2, 'two'], e_partial: [null, null] },
      unclassified: { a_none: [0, 'none'], b_three_dk: [null, null], c_all: [8, 'four_to_seven'], d_excluded: [null, null], e_partial: [null, null] },
    };
    for (const rule of ['not_negative', 'negative', 'unclassified'] as const) {
      const rows = (await conn.runAndReadAll(negativeCountSql({ dontKnow: rule }))).getRowObjectsJS();
      const fromSql = Object.fromEntries(rows.map((r) => [String(r.RESPONSE_ID), [r.negatives as number | null, r.bin as string | null]]));
      const fromTs = Object.fromEntries([...byResponse].map(([id, answers]) => {
        const c = countNegativeAnswers(answers as SingleAnswers, { dontKnow: rule });
        return [id, c.status === 'counted' ? [c.negatives, c.bin] : [null, null]];
      }));
      assert.deepEqual(fromSql, expected[rule], `SQL, ${rule}`);
      assert.deepEqual(fromTs, expected[rule], `TypeScript, ${rule}`);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true });
  }
});
