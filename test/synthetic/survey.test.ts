/**
 * The survey stage on a small hand-built population (no full generator run): the youth responses pass
 * the import validation, the exports have the contract shapes, the backgrounds move the answers the
 * way chapter 8 reports, the project-leader answers import cleanly, and the activity counts are the
 * charts' totals.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenDb } from '../../src/synthetic/gen-db.ts';
import { defaultParams } from '../../src/synthetic/params.ts';
import { generateSurvey, SURVEY_EXPORTS, SURVEY_TARGETS } from '../../src/synthetic/survey.ts';
import { importSurveyRecords } from '../../src/survey/import.ts';
import { importProjectLeaderRecords, PROJECT_LEADER_SURVEY } from '../../src/survey/project-leader.ts';
import { ACTIVITY_TYPES } from '../../src/survey/activities.ts';
import { YOUTH_QUESTIONNAIRE } from '../../src/survey/questionnaire.ts';
import { tableSpec } from '../../src/contract/schema.ts';

let dir: string;
let db: GenDb;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-gen-'));
  db = await GenDb.open(join(dir, 'gen.duckdb'), 7, { memoryLimit: '1GB', threads: 2 });
  // 8,000 persons living 2018-2021 in departments A0 (supported) or A1 (not); born 1987-2009
  await db.run(`
    CREATE TABLE person AS
    SELECT i AS id, (1 + i % 2)::INTEGER AS sex, (1987 + i % 23)::INTEGER AS birth_year, (i % 3 <> 0) AS menapt,
           nrm(i, 0, 3) - 0.5 AS ses
    FROM range(8000) t(i);
    CREATE TABLE py AS SELECT p.id, y AS year, y - p.birth_year AS age, p.sex, p.id AS fam_key, 1 AS plads
    FROM person p, range(2018, 2022) t(y);
    CREATE TABLE fam_year AS SELECT fam_key, year, CASE WHEN fam_key % 10 = 0 THEN 'A1' ELSE 'A0' END AS afd_id, 101 AS kom, 1084 AS reg FROM py;
    CREATE TABLE department AS SELECT * FROM (VALUES ('A0', true), ('A1', false)) t(afd_id, supported);
    CREATE TABLE plan AS SELECT * FROM (VALUES ('HP3-001', '2015-18', 2016, 2019), ('HP3-002', '2015-18', 2015, 2018),
      ('HP3-003', '2015-18', 2017, 2020), ('HP2-001', '2011-14', 2012, 2015)) t(plan_id, pulje, start_aar, slut_aar);
    CREATE TABLE status AS SELECT id, year, u(id, year, 99) < 0.6 AS in_edu FROM py;
    CREATE TABLE money AS SELECT id, year, CASE WHEN u(id, year, 98) < 0.5 THEN 1200 ELSE 100 END AS hours,
      200000 * exp(0.5 * nrm(id, 0, 3)) AS dispon FROM py;
  `);
  await generateSurvey(db, defaultParams(0.01, 7));
});

after(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Long { response_id: string; id: number; year: number; linked: boolean; complete: boolean; item: string; svar: string | null }

async function wideRecords(): Promise<Record<string, string>[]> {
  const long = await db.rows<Long>(`SELECT response_id, id, year, linked, complete, item, svar FROM sv_answer ORDER BY response_id, item_no`);
  const byId = new Map<string, Record<string, string>>();
  for (const r of long) {
    let rec = byId.get(r.response_id);
    if (!rec) {
      // the synthetic person id stays in the test: it is a generated number, never printed
      rec = { response_id: r.response_id, year: String(r.year), pnr: r.linked ? `P${String(r.id).padStart(9, '0')}` : '' };
      byId.set(r.response_id, rec);
    }
    rec[r.item] = r.svar ?? '';
  }
  return [...byId.values()];
}

test('every synthetic youth response passes the import validation; partial ones are recognised as break-offs', async () => {
  const records = await wideRecords();
  const imported = importSurveyRecords(records); // throws SurveyImportError on any fault
  const counts = (await db.rows<{ complete: string; partial: string; linked: string }>(
    `SELECT sum(complete::INT) AS complete, sum((NOT complete)::INT) AS partial, sum((complete AND linked)::INT) AS linked FROM sv_response`))[0];
  assert.equal(imported.summary.complete, Number(counts.complete));
  assert.equal(imported.summary.partial, Number(counts.partial));
  assert.equal(imported.summary.linked, Number(counts.linked));
  assert.ok(imported.summary.partial > 0, 'some partial responses');
  const share = imported.summary.linked / imported.summary.complete;
  assert.ok(share > 0.8 && share < 0.92, `linked share ${share}`);
});

test('the survey_response export is the import output of the complete responses, in the contract columns', async () => {
  const exported = await db.rows<Record<string, unknown>>(SURVEY_EXPORTS.survey_response);
  const imported = importSurveyRecords(await wideRecords());
  assert.deepEqual(Object.keys(exported[0]), tableSpec('survey_response').columns.map((c) => c.name));
  assert.equal(exported.length, imported.rows.length);
  const key = (r: { RESPONSE_ID: unknown; ITEM: unknown; SVAR: unknown; PNR: unknown; AAR: unknown }) => `${r.RESPONSE_ID}|${r.ITEM}|${r.SVAR}|${r.PNR}|${r.AAR}`;
  const a = exported.map((r) => key(r as never)).sort();
  const b = imported.rows.map((r) => key(r)).sort();
  assert.deepEqual(a, b);
  // the school block is empty exactly when the respondent is out of school
  const perResponse = new Map<string, Map<string, unknown>>();
  for (const r of exported) {
    const m = perResponse.get(String(r.RESPONSE_ID)) ?? new Map<string, unknown>();
    m.set(String(r.ITEM), r.SVAR);
    perResponse.set(String(r.RESPONSE_ID), m);
  }
  for (const m of perResponse.values()) {
    const inSchool = m.get('in_school_or_education') === '1';
    for (const item of YOUTH_QUESTIONNAIRE.items.filter((i) => i.askedIf)) assert.equal(m.get(item.id) !== null, inSchool);
  }
});

test('the sample: about the report size when the population allows, ages and origins drawn towards Tables 8.1-8.2', async () => {
  const r = (await db.rows<{ persons: string; eligible: string; young: string; menapt: string; repeat: string }>(`
    SELECT count(DISTINCT id) AS persons, (SELECT count(*) FROM sv_first) AS eligible,
           avg((age BETWEEN 13 AND 15)::INT) AS young, avg((nonmenapt = 0)::INT)::DOUBLE AS menapt,
           count(*) - count(DISTINCT id) AS repeat
    FROM sv_response`))[0];
  const drawnCap = SURVEY_TARGETS.maxDrawShare * Number(r.eligible);
  assert.ok(Number(r.persons) <= drawnCap * 1.15, `persons ${r.persons} vs cap ${drawnCap}`);
  assert.ok(Number(r.persons) > 0.6 * Math.min(drawnCap, 1250));
  assert.ok(Number(r.young) > 0.35 && Number(r.young) < 0.6, `13-15 share ${r.young}`);
  assert.ok(Number(r.menapt) > 0.55 && Number(r.menapt) < 0.78, `MENAPT share ${r.menapt}`);
  assert.ok(Number(r.repeat) > 0, 'some persons answer twice');
});

async function shareOf(item: string, codes: number[], where: string): Promise<number> {
  const r = await db.rows<{ s: number }>(`
    SELECT avg((a.svar IN (${codes.map((c) => `'${c}'`).join(', ')}))::INT)::DOUBLE AS s
    FROM sv_answer a JOIN sv_response r USING (response_id)
    WHERE a.complete AND a.item = '${item}' AND a.svar IS NOT NULL AND ${where}`);
  return Number(r[0].s);
}

test('answers depend on the background the way chapter 8 reports', async () => {
  // non-MENAPT girls lonelier than MENAPT boys (50 % vs 16 %)
  assert.ok(await shareOf('lonely', [1, 2, 3], 'nmgirl = 1') > (await shareOf('lonely', [1, 2, 3], 'girl = 0 AND nonmenapt = 0')) + 0.1);
  // 13-15-year-olds more part of a community (90 % vs 83 %)
  assert.ok(await shareOf('part_of_community', [1, 2], 'old = 0') > await shareOf('part_of_community', [1, 2], 'old = 1'));
  // 16-30 more often excluded (25 % vs 12 %)
  assert.ok(await shareOf('excluded_from_society', [1, 2], 'old = 1') > (await shareOf('excluded_from_society', [1, 2], 'old = 0')) + 0.05);
  // NEET youth lonelier and talk more with a housing worker
  assert.ok(await shareOf('lonely', [1, 2, 3], 'old = 1 AND neet = 1') > await shareOf('lonely', [1, 2, 3], 'old = 1 AND neet = 0'));
  const housing = async (neet: number) => Number((await db.rows<{ s: number }>(`
    SELECT avg(list_contains(string_split(a.svar, ';'), '4')::INT)::DOUBLE AS s FROM sv_answer a JOIN sv_response r USING (response_id)
    WHERE a.complete AND a.item = 'career_talk_with' AND r.old = 1 AND r.neet = ${neet}`))[0].s);
  assert.ok(await housing(1) > (await housing(0)) + 0.1);
  // economic deprivation more common in poor families (36 % vs 27 %)
  assert.ok(await shareOf('missed_out_lack_of_money', [1, 2], 'poor = 1') > (await shareOf('missed_out_lack_of_money', [1, 2], 'poor = 0')) + 0.03);
});

test('project-leader answers: every 2015-18 plan may answer per year and target group, and they pass the import', async () => {
  const rows = await db.rows<{ PLAN_ID: string; AAR: number; MAALGRUPPE: string; ITEM: string; SVAR: number | null }>(SURVEY_EXPORTS.projektleder_svar);
  assert.deepEqual(Object.keys(rows[0]), tableSpec('projektleder_svar').columns.map((c) => c.name));
  assert.ok(rows.every((r) => r.PLAN_ID.startsWith('HP3-')), 'only plans of the 2015-18 round');
  const wide = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const k = `${r.PLAN_ID}|${r.AAR}|${r.MAALGRUPPE}`;
    const rec = wide.get(k) ?? { plan_id: r.PLAN_ID, year: String(r.AAR), target_group: r.MAALGRUPPE };
    rec[r.ITEM] = r.SVAR === null ? '' : String(r.SVAR);
    wide.set(k, rec);
  }
  const imported = importProjectLeaderRecords([...wide.values()], { knownPlans: new Set(['HP3-001', 'HP3-002', 'HP3-003']) });
  assert.equal(imported.rows.length, rows.length);
  assert.equal(rows.length % PROJECT_LEADER_SURVEY.items.length, 0);
});

test('activities: the charts totals, spread over the 2015-18 plans, in the contract shape', async () => {
  const rows = await db.rows<{ PLAN_ID: string; AKTIVITET_ID: string; MAALGRUPPE: string; AKTIVITET_TYPE: string }>(SURVEY_EXPORTS.lbf_aktivitet);
  assert.deepEqual(Object.keys(rows[0]), tableSpec('lbf_aktivitet').columns.map((c) => c.name));
  assert.equal(new Set(rows.map((r) => `${r.PLAN_ID}|${r.AKTIVITET_ID}`)).size, rows.length, 'key unique');
  for (const [group, types] of Object.entries(ACTIVITY_TYPES)) {
    for (const t of types) {
      assert.equal(rows.filter((r) => r.MAALGRUPPE === group && r.AKTIVITET_TYPE === t.id).length, t.count, `${group} ${t.id}`);
    }
  }
  assert.ok(rows.every((r) => r.PLAN_ID.startsWith('HP3-')));
});
