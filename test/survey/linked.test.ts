/**
 * The register background linked to survey respondents (survey/linked.ts) on hand-built registers,
 * the exhibits built on it (Table 8.5, Table 8.7, Figures 8.8 and 8.10), the Bilag 1 tables 1.4-1.7
 * and the questionnaire labels in the report. Every expected value is worked out in the comments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { examStatusSql, parentBackgroundSql } from '../../src/survey/linked.ts';
import { backgroundTables, distributionTable, type AnalysedResponse } from '../../src/survey/analyses.ts';
import { DISTRIBUTION_SPECS } from '../../src/survey/analysis-specs.ts';
import { completeResponsesTable, participantTables, type ParticipantRow } from '../../src/survey/bilag1.ts';
import { renderReport } from '../../src/report/render.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { SAMPLE_INPUT } from '../report/fixtures.ts';
import { response } from './fixture.ts';

async function withDb(f: (conn: DuckDBConnection) => Promise<void>): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try { await f(conn); } finally { conn.closeSync(); instance.closeSync(); }
}

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as unknown as Record<string, unknown>[];
}

const persons = (...ids: string[]) => `SELECT * FROM (VALUES ${ids.map((i) => `('${i}')`).join(', ')}) t(pnr)`;

test('exam status: completed = a grade in every mandatory subject, exam years up to 2020, unclassified left out', async () => {
  await withDb(async (conn) => {
    await conn.run(`
      CREATE TABLE elev AS SELECT * FROM (VALUES
        ('E1', 2010, 9, 1), ('E2', 2012, 9, 1), ('E3', 2020, 9, 1), ('E5', 2003, 9, 1), ('E6', 2012, 9, 4)
      ) t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE);
      CREATE TABLE karakterer AS SELECT * FROM (VALUES
        ('E1', 2010, 'a', 7, true), ('E1', 2010, 'b', 4, true),
        ('E2', 2012, 'a', 2, true), ('E2', 2012, 'b', NULL, true),
        ('E3', 2020, 'a', 10, true), ('E3', 2020, 'b', 12, true)
      ) t(PNR, SKOLEAAR, FAG, KARAKTER, BUNDET);`);
    const got = await rows(conn, `${examStatusSql(persons('E1', 'E2', 'E3', 'E4', 'E5', 'E6'))} ORDER BY pnr`);
    // E1: 9th grade 2010/11, both subjects → exam. E2: 2012/13, no grade in b → no_exam.
    // E3: exam year 2021 > 2020 → not classified. E4: no pupil row. E5: 2004, before the grade
    // register (first exam year 2011) → not classified. E6: special school (type 4) → not a 9th-grade pupil.
    assert.deepEqual(got, [{ pnr: 'E1', exam: 'exam' }, { pnr: 'E2', exam: 'no_exam' }]);
  });
});

test('parents at age 10: home parents, else legal parents, else the next years; family type in 2019', async () => {
  await withDb(async (conn) => {
    await conn.run(`
      CREATE TABLE person_year AS SELECT * FROM (VALUES
        -- K1 is 10 in 2010 with home parents M1 (employed, compulsory school, 40) and F1 (not employed, gymnasium)
        ('K1', 2010, 10, 3, 'M1', 'F1', NULL, NULL, NULL),
        ('M1', 2010, 40, 1, NULL, NULL, true, 'grundskole', false),
        ('F1', 2010, 42, 2, NULL, NULL, false, 'gymnasial', false),
        ('K1', 2019, 19, 3, 'M1', 'F1', NULL, NULL, NULL),
        -- K2 arrives at 12 (2015) without home parents; the legal mother M2 lives in Denmark and is in the restgruppe
        ('K2', 2015, 12, 1, 'M2', 'F2', NULL, NULL, NULL),
        ('M2', 2015, 35, 1, NULL, NULL, false, 'ukendt', true),
        ('K2', 2019, 16, 1, 'M2', 'F2', NULL, NULL, NULL),
        -- K3 is 10 in 2011 with no parent found; in 2012 a home parent P3 with unknown employment
        ('K3', 2011, 10, 1, NULL, NULL, NULL, NULL, NULL),
        ('K3', 2012, 11, 3, NULL, NULL, NULL, NULL, NULL),
        ('P3', 2012, 17, 1, NULL, NULL, NULL, 'grundskole', NULL),
        ('K3', 2019, 18, 3, NULL, NULL, NULL, NULL, NULL)
      ) t(pnr, year, age, plads, mor_id, far_id, employed, edu_level, restgruppe);
      CREATE TABLE family_parents AS SELECT * FROM (VALUES
        ('K1', 2010, 'M1'), ('K1', 2010, 'F1'), ('K1', 2019, 'M1'), ('K1', 2019, 'F1'),
        ('K3', 2012, 'P3'), ('K3', 2019, 'P3')
      ) t(pnr, year, parent_pnr);`);
    const got = await rows(conn, `${parentBackgroundSql(persons('K1', 'K2', 'K3', 'K4'))} ORDER BY pnr`);
    assert.deepEqual(got, [
      // one employed parent, one above compulsory school, none in the restgruppe; two home parents in 2019
      { pnr: 'K1', employment: 'atleast1', education: 'above_compulsory', restgruppe: 'none', family_type: 'couple' },
      // legal mother only (the father is not in Denmark); K2 is a reference person in 2019, not living at home
      { pnr: 'K2', employment: 'none', education: 'compulsory_or_unknown', restgruppe: 'atleast1', family_type: null },
      // P3 found a year later: employment unknown; a parent under 18 is not in the restgruppe; one home parent
      { pnr: 'K3', employment: null, education: 'compulsory_or_unknown', restgruppe: 'none', family_type: 'single' },
      // never in the registers at 10-17
      { pnr: 'K4', employment: null, education: null, restgruppe: null, family_type: null },
    ]);
  });
});

function analysed(id: string, bg: Partial<AnalysedResponse>, overrides: Record<string, string> = {}): AnalysedResponse {
  const answers = new Map<string, readonly number[] | null>();
  for (const [k, v] of Object.entries(response(id, overrides))) {
    if (k !== 'response_id' && k !== 'year' && k !== 'pnr') answers.set(k, v === '' ? null : v.split(';').map(Number));
  }
  return { responseId: id, person: `person-${id}`, year: 2020, age: 20, sex: 'male', origin: 'menapt', neet: false, poor: null, answers, ...bg };
}

const row = (t: ResultTable, keys: Record<string, string>) => {
  const found = t.rows.find((r) => Object.entries(keys).every(([k, v]) => r.keys[k] === v));
  assert.ok(found, `row ${JSON.stringify(keys)} in ${t.id}`);
  return found;
};

test('Table 8.5 counts persons per block with a known status; Table 8.7 and Figs 8.8/8.10 split 16-30 by the exam', () => {
  const both = { employment: 'atleast1', education: 'above_compulsory', restgruppe: 'none', familyType: 'couple' } as const;
  const rs = [
    analysed('a1', { person: 'p1', year: 2019, age: 16, exam: 'exam', parents: both }, { career_talk_with: '1', plans_next_6m: '1' }),
    analysed('a2', { person: 'p1', year: 2021, age: 18, exam: 'exam', parents: both }, { career_talk_with: '1;2', plans_next_6m: '2' }),
    analysed('b', { person: 'p2', exam: 'no_exam', parents: { employment: null, education: 'compulsory_or_unknown', restgruppe: 'atleast1', familyType: null } }, { career_talk_with: '4', plans_next_6m: '2' }),
    analysed('c', { person: 'p3', exam: null }, { career_talk_with: '4' }),            // not classified, no parents found
    analysed('d', { person: 'p4', age: 14, exam: 'exam' }, { career_talk_with: '4' }), // under 16: never in the exam split
  ];
  const tables = new Map(backgroundTables(rs).map((t) => [t.id, t]));
  const t85 = tables.get('tab-8.5')!;
  // persons p1..p4; employment known for p1 only (1 of 1); education for p1, p2; restgruppe p1 (none), p2 (atleast1)
  assert.equal(row(t85, { group: 'parent_employed' }).n, 1);
  assert.equal(row(t85, { group: 'parent_employed' }).value, 1);
  assert.equal(row(t85, { group: 'above_basic' }).value, 0.5);
  assert.equal(row(t85, { group: 'parent_restgruppe' }).extra?.count, 1);
  assert.equal(row(t85, { group: 'couple' }).n, 1);
  assert.equal(t85.labels?.group?.basic_or_unknown?.da, 'Begge forældre med grundskole eller ukendt status som højest fuldførte');
  const t87 = tables.get('tab-8.7')!;
  // responses: a1, a2 (exam), b (no exam); c unclassified, d under 16
  assert.equal(row(t87, { exam: 'exam' }).extra?.count, 2);
  assert.equal(row(t87, { exam: 'no_exam' }).value, 1 / 3);
  const fig88 = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.8')!, rs);
  assert.equal(row(fig88, { exam: 'no_exam', answer: '4' }).value, 1);
  assert.equal(row(fig88, { exam: 'exam', answer: '1' }).value, 1);
  assert.equal(row(fig88, { exam: 'exam', answer: '2' }).value, 0.5);
  // option 4 by exam: [[0, 2], [1, 0]] → X² = 3, p = 0.0833 (R: chisq.test(matrix(c(0, 1, 2, 0), 2), correct = FALSE))
  assert.ok(Math.abs((row(fig88, { exam: 'exam', answer: '4' }).extra?.p_value ?? 0) - 0.08326) < 1e-4);
  const fig810 = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.10')!, rs);
  assert.equal(row(fig810, { exam: 'exam', answer: '2' }).extra?.count, 1);
  assert.equal(fig810.labels?.answer?.['2']?.da, 'Ja, jeg har planer om at søge ind på en uddannelse');
  assert.equal(fig810.labels?.exam?.no_exam?.da, 'Ikke-afsluttet grundskole');
});

test('Bilagstabel 1.4-1.6: each person once at the first start; 1.4/1.5 only 10-20-year-olds of the 2011-14 round', () => {
  const p = (person: string, pulje: string, activity: string, startYear: number, age: number | null): ParticipantRow => ({ person, pulje, activity, startYear, age });
  const tables = new Map(participantTables([
    p('A', '2011-14', 'lommepenge', 2015, 14), p('A', '2011-14', 'fritidsjob', 2016, 15), // first: 2015, lommepenge
    p('B', '2011-14', 'fritidsjob', 2014, 20), p('B', '2011-14', 'mentor', 2014, 20),     // tie in 2014: fritidsjob comes first in 1.5's order
    p('C', '2011-14', 'fritidsjob', 2014, 21),                                           // 21: out
    p('D', '2011-14', 'fritidsjob', 2016, null),                                         // age unknown: out
    p('A', '2015-18', 'boern_unge', 2018, 17), p('E', '2015-18', 'fritidsjob', 2019, 30), p('E', '2015-18', 'fritidsjob', 2017, 28),
  ]).map((t) => [t.id, t]));
  const t14 = tables.get('btab-1.4')!;
  assert.deepEqual(t14.rows.map((r) => [r.keys.start_year, r.extra?.count, r.n]), [['2014', 1, 2], ['2015', 1, 2]]);
  const t15 = tables.get('btab-1.5')!;
  assert.equal(row(t15, { activity: 'lommepenge' }).extra?.count, 1);
  assert.equal(row(t15, { activity: 'fritidsjob' }).extra?.count, 1);
  // B's tied mentor start is not B's first, and no one else started in mentor or brandkadet: no rows
  assert.deepEqual(t15.rows.map((r) => r.keys.activity), ['fritidsjob', 'lommepenge'], "the report's order");
  assert.equal(t15.labels?.activity?.lommepenge?.da, 'Lommepengeprojekt');
  const t16 = tables.get('btab-1.6')!;
  // A starts 2018, E first in 2017 (all ages)
  assert.deepEqual(t16.rows.map((r) => [r.keys.start_year, r.extra?.count, r.value]), [['2017', 1, 0.5], ['2018', 1, 0.5]]);
  assert.equal(t16.chapter, 'B1');
});

test('Bilagstabel 1.7: complete responses by round, 2018 and 2019 together', () => {
  const t = completeResponsesTable([2018, 2019, 2019, 2020, 2021, 2021]);
  assert.deepEqual(t.rows.map((r) => [r.keys.round, r.extra?.count, r.n]), [['2018-2019', 3, 6], ['2020', 1, 6], ['2021', 2, 6]]);
});

test('the report shows the questionnaire labels, not the codes, in Danish and English', () => {
  const rs = [analysed('a', { age: 14 }, { like_school: '1' }), analysed('b', { age: 14, origin: 'non_menapt' }, { like_school: '3' })];
  const fig82 = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.2')!, rs);
  const da = renderReport({ ...SAMPLE_INPUT, tables: [fig82] }, 'da');
  assert.ok(da.includes('Ja, meget') && da.includes('Kan du lide at gå i skole?'), 'Danish answer and question labels');
  assert.ok(!/<td>3<\/td>/.test(da), 'no bare answer code in the numbers table');
  const en = renderReport({ ...SAMPLE_INPUT, tables: [fig82] }, 'en');
  assert.ok(en.includes('Yes, a lot') && en.includes('Do you like going to school?'));
});

test('p-values: shown under "p-værdi", below 0.001 as "< 0,001", not a rounded 0', async () => {
  const { formatPValue } = await import('../../src/report/exhibit.ts');
  assert.equal(formatPValue(0.0000123, 'da'), '< 0,001');
  assert.equal(formatPValue(0.04551, 'da'), '0,046');
  assert.equal(formatPValue(0.0004, 'en'), '< 0.001');
  // 10 boys all "yes", 10 girls all "no": X² = 20, p = 7.7e-6
  const rs = [
    ...Array.from({ length: 10 }, (_, i) => analysed(`m${i}`, { age: 14 }, { ever_drunk_alcohol: '1' })),
    ...Array.from({ length: 10 }, (_, i) => analysed(`f${i}`, { age: 14, sex: 'female' }, { ever_drunk_alcohol: '2' })),
  ];
  const t = distributionTable({ id: 'fig-8.99', title: 'x', items: ['ever_drunk_alcohol'], split: ['sex'] }, rs);
  const html = renderReport({ ...SAMPLE_INPUT, tables: [t] }, 'da');
  assert.ok(html.includes('p-værdi') && html.includes('&lt; 0,001'), 'header and small p-value');
  assert.ok(html.includes('>Svar<') && html.includes('>Antal<'), 'column headers in Danish');
});

test('a partition table (Bilagstabel 1.4) gets secondary suppression: a small year cannot be recovered by subtraction', async () => {
  const { applyDisclosure } = await import('../../src/disclosure/index.ts');
  const { surveyDisclosureSpecs } = await import('../../src/survey/analyses.ts');
  const p = (person: string, startYear: number): ParticipantRow => ({ person, pulje: '2011-14', activity: 'fritidsjob', startYear, age: 15 });
  // 2014: 20 persons, 2015: 3 persons, 2016: 10 persons (n = 33)
  const ps = [...Array.from({ length: 20 }, (_, i) => p(`a${i}`, 2014)), ...Array.from({ length: 3 }, (_, i) => p(`b${i}`, 2015)), ...Array.from({ length: 10 }, (_, i) => p(`c${i}`, 2016))];
  const t14 = participantTables(ps).filter((t) => t.id === 'btab-1.4');
  const primaryOnly = applyDisclosure(t14, []).tables[0];
  assert.deepEqual(primaryOnly.rows.map((r) => r.suppressed ?? ''), ['', 'primary', ''], 'the primary rule alone leaves 3 = 33 - 20 - 10 open');
  const { tables } = applyDisclosure(t14, surveyDisclosureSpecs(t14));
  // the smaller remaining year (10) is withheld too
  assert.deepEqual(tables[0].rows.map((r) => r.suppressed ?? ''), ['', 'primary', 'secondary']);
});

test('notes print counts as the report does: "N = 1.229" in Danish', async () => {
  const { countText } = await import('../../src/survey/number-text.ts');
  assert.equal(countText(1229, 'da'), '1.229');
  assert.equal(countText(1229, 'en'), '1,229');
  assert.equal(countText(483, 'da'), '483');
  assert.equal(countText(1234567, 'da'), '1.234.567');
  const t = completeResponsesTable(Array.from({ length: 1621 }, () => 2020));
  assert.ok(t.note.da.startsWith('Total: N = 1.621 '));
});
