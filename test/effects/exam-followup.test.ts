import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { examFollowupTable } from '../../src/effects/exam-followup.ts';
import { existingTables } from '../../src/effects/populations.ts';

/**
 * §9.4.1 by hand. Participants of the child and youth cohort (first start 2016, aged 11-18, in
 * grundskole on 1 October 2016):
 *   q1 born 2002, 9th grade 2017/18 (exam year 2018), all four mandatory grades: dansk 7 and 4,
 *      matematik 2, engelsk 10 -> completed; Danish 5.5, maths 2, all 23/4 = 5.75
 *   q2 born 2002, 9th grade 2016/17 and again 2017/18: the last (2018) counts; its maths grade is
 *      missing -> not completed (its complete 2017 exam does not count)
 *   q3 born 2003, 9th grade 2019/20 (exam 2020) -> outside 2014-2019
 *   q4 born 2006, 10 years old at the start -> not in the cohort, so one of the supported areas'
 * Supported areas, exam year 2018 (school-children group, supported): s1 (12, 10, 7, 4), q4 (2, 2, 0, 2);
 *   q1 is a participant and left out; s2 is not in the target group; s3's exam year is 2017.
 * Participants: 2 pupils, 1 completed (0.5); grades of q1.
 * Supported: 2 pupils, 2 completed; Danish (11 + 2)/2 = 6.5, maths (7 + 0)/2 = 3.5, all (8.25 + 1.5)/2 = 4.875.
 */
async function world() {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const grades = (pnr: string, year: number, g: [number | null, number | null, number | null, number | null]) =>
    ['dansk_skriftlig', 'dansk_mundtlig', 'matematik_faerdighed', 'engelsk_mundtlig'].map((f, i) => `('${pnr}', ${year}, '${f}', ${g[i] ?? 'NULL'}, true)`).join(', ');
  await conn.run(`
    CREATE TABLE bef AS SELECT * FROM (VALUES ('q1', 2016, DATE '2002-03-01'), ('q2', 2016, DATE '2002-05-01'), ('q3', 2016, DATE '2003-01-01'), ('q4', 2016, DATE '2006-01-01'), ('x', 2021, DATE '2000-01-01'))
      t(PNR, AAR, FOED_DAG);
    CREATE TABLE kotre AS SELECT * FROM (VALUES ('q1', 1090, DATE '2008-08-01', DATE '2018-06-30'), ('q2', 1090, DATE '2008-08-01', DATE '2018-06-30'),
      ('q3', 1090, DATE '2009-08-01', DATE '2020-06-30'), ('q4', 1090, DATE '2012-08-01', DATE '2022-06-30')) t(PNR, UDD, ELEV3_VFRA, ELEV3_VTIL);
    CREATE TABLE deltager AS SELECT * FROM (VALUES ('q1', 'P', 'boern_unge', 2016), ('q2', 'P', 'boern_unge', 2016), ('q3', 'P', 'boern_unge', 2016), ('q4', 'P', 'boern_unge', 2016))
      t(PNR, PLAN_ID, AKTIVITET_TYPE, START_AAR);
    CREATE TABLE elev AS SELECT * FROM (VALUES ('q1', 2017, 9, 1), ('q2', 2016, 9, 1), ('q2', 2017, 9, 1), ('q3', 2019, 9, 1), ('q4', 2017, 9, 2),
      ('s1', 2017, 9, 1), ('s2', 2017, 9, 1), ('s3', 2016, 9, 1)) t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE);
    CREATE TABLE karakterer AS SELECT * FROM (VALUES ${[
      grades('q1', 2017, [7, 4, 2, 10]), grades('q2', 2016, [7, 7, 7, 7]), grades('q2', 2017, [4, 4, null, 4]),
      grades('q3', 2019, [12, 12, 12, 12]), grades('q4', 2017, [2, 2, 0, 2]), grades('s1', 2017, [12, 10, 7, 4]),
      grades('s2', 2017, [0, 0, 0, 0]), grades('s3', 2016, [4, 4, 4, 4]),
    ].join(', ')}) t(PNR, SKOLEAAR, FAG, KARAKTER, BUNDET);
    CREATE TABLE target_group_member AS SELECT * FROM (VALUES ('s1', 2018, '6-17', 'supported'), ('q4', 2018, '6-17', 'supported'),
      ('q1', 2018, '6-17', 'supported'), ('s3', 2017, '6-17', 'supported'), ('s2', 2018, '6-17', 'population')) t(pnr, year, target_group, area_group);
  `);
  return conn;
}

test('tab-9.7: exam completion and mean grades of participants (2014-19) and the supported areas (2018)', async () => {
  const conn = await world();
  const { table } = await examFollowupTable(conn, await existingTables(conn));
  const v = Object.fromEntries(table.rows.map((r) => [`${r.keys.item}/${r.keys.group}`, r]));
  assert.equal(v['exam_completed/participants'].value, 0.5);
  assert.equal(v['exam_completed/participants'].n, 2);
  assert.equal(v['exam_completed/participants'].extra?.count, 1);
  assert.equal(v['grade_danish/participants'].value, 5.5);
  assert.equal(v['grade_math/participants'].value, 2);
  assert.equal(v['grade_all/participants'].value, 5.75);
  assert.equal(v['grade_all/participants'].n, 1);
  assert.equal(v['exam_completed/supported'].value, 1);
  assert.equal(v['exam_completed/supported'].n, 2);
  assert.equal(v['grade_danish/supported'].value, 6.5);
  assert.equal(v['grade_math/supported'].value, 3.5);
  assert.equal(v['grade_all/supported'].value, 4.875);
  // t interval of {8.25, 1.5}: mean 4.875, sd 4.773, se 3.375, t(0.975, 1) = 12.706
  assert.ok(Math.abs((v['grade_all/supported'].upper ?? 0) - (4.875 + 12.706204736174707 * 3.375)) < 1e-6);
  // every number has an interval, except where one pupil cannot give one
  for (const r of table.rows) if ((r.n ?? 0) > 1) assert.ok(r.lower !== null && r.upper !== null, JSON.stringify(r.keys));
  assert.equal(table.rows.filter((r) => r.extra?.is_mean === 1).length, 6);
  assert.match(table.note.da, /N \(deltagere\) = 2; N \(støttede områder\) = 2/);
});
