import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { compileIndicator, requiredTables } from '../../src/indicators/compile.ts';
import { runIndicator } from '../../src/indicators/run.ts';
import { disclosureSpecFor } from '../../src/indicators/disclosure-spec.ts';
import type { IndicatorSpec } from '../../src/indicators/spec.ts';
import type { ResultTable } from '../../src/results/types.ts';

/**
 * Hand-built warehouses for the measure kinds and concepts added for chapters 3-6. Every expected
 * number below is worked out by hand from the rows in the fixture.
 */
interface Py {
  pnr: string; year?: number; age: number; sex?: string; supported?: boolean; social_housing?: boolean;
  in_education?: boolean | null; employed?: boolean | null; neet?: boolean | null; poor?: boolean | null;
}
const b = (v: boolean | null | undefined): string => (v === null || v === undefined ? 'NULL' : String(v));
const s = (v: string | null | undefined): string => (v === null || v === undefined ? 'NULL' : `'${v}'`);

async function db(sql: string): Promise<DuckDBConnection> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  await conn.run(sql);
  return conn;
}

function personYear(rows: Py[]): string {
  const vals = rows.map((r) => `(${s(r.pnr)}, ${r.year ?? 2019}, ${r.age}, ${s(r.sex ?? 'male')}, 'non_menapt', ${b(r.social_housing ?? r.supported ?? false)}, ${b(r.supported ?? false)}, ${b(r.in_education ?? false)}, ${b(r.employed === undefined ? false : r.employed)}, ${b(r.neet === undefined ? true : r.neet)}, ${b(r.poor ?? false)})`);
  return `CREATE TABLE person_year AS SELECT * FROM (VALUES ${vals.join(',\n')})
    t(pnr, year, age, sex, origin, social_housing, supported, in_education, employed, neet, poor);`;
}

/** target_group_origin rows: one per area group the person belongs to (nested). */
function members(tg: string, rows: [pnr: string, area: 'supported' | 'social_housing' | 'population', parental: string | null][], year = 2019): string {
  const levels = { supported: ['supported', 'social_housing', 'population'], social_housing: ['social_housing', 'population'], population: ['population'] };
  const vals = rows.flatMap(([pnr, area, par]) => levels[area].map((a) => `(${s(pnr)}, ${year}, '${tg}', '${a}', 0, ${s(par)})`));
  return `INSERT INTO target_group_origin VALUES ${vals.join(', ')};`;
}
const TGO = `CREATE TABLE target_group_origin (pnr VARCHAR, year INTEGER, target_group VARCHAR, area_group VARCHAR, measured_at_age INTEGER, parental_restgruppe VARCHAR);
  CREATE TABLE parental_restgruppe (pnr VARCHAR, measured_at_age INTEGER, parental_restgruppe VARCHAR);`;

const base = { chapter: 5, kind: 'figure' as const, title: { da: 't', en: 't' }, note: { da: '', en: '' } };
const cells = (t: ResultTable) => Object.fromEntries(t.rows.map((r) => [Object.values(r.keys).join('/') + '@' + r.year, r]));

/**
 * Crime fixture, 10-17 target group, 2019:
 *   a 16 supported, parent yes: charges LOV 1, 3 (counted), 2 (traffic, not), one LOV 1 in 2018 (other year);
 *        verdicts LOV 1 conditional prison (counted) and LOV 1 fine (not)
 *   b 15 social housing, parent no: charge LOV 4; verdict LOV 2 prison (traffic, not)
 *   c 17 population, parent no: charge LOV 5 (other special act, not)
 *   d 12 supported, parent yes: 2 suspicions LOV 1
 *   e 13 population, parent unknown: suspicion LOV 2 (not)
 */
async function crime(): Promise<DuckDBConnection> {
  return db(`
    ${personYear([{ pnr: 'a', age: 16, supported: true }, { pnr: 'b', age: 15, social_housing: true }, { pnr: 'c', age: 17 }, { pnr: 'd', age: 12, supported: true }, { pnr: 'e', age: 13 }])}
    ${TGO}
    ${members('10-17', [['a', 'supported', 'yes'], ['b', 'social_housing', 'no'], ['c', 'population', 'no'], ['d', 'supported', 'yes'], ['e', 'population', null]])}
    CREATE TABLE krsi AS SELECT * FROM (VALUES ('a', DATE '2019-03-01', 1, 1), ('a', DATE '2019-05-01', 1, 3), ('a', DATE '2019-06-01', 1, 2),
      ('a', DATE '2018-06-01', 1, 1), ('b', DATE '2019-12-31', 1, 4), ('c', DATE '2019-01-01', 1, 5)) t(PNR, SIGT_DTO, SIGT_NR, LOV);
    CREATE TABLE kraf AS SELECT * FROM (VALUES ('a', DATE '2019-09-01', 1, 1, 2), ('a', DATE '2019-10-01', 1, 1, 3), ('b', DATE '2019-10-01', 1, 2, 1))
      t(PNR, AFG_DTO, AFG_NR, LOV, SANKTION);
    CREATE TABLE krms AS SELECT * FROM (VALUES ('d', DATE '2019-02-01', 1, 1), ('d', DATE '2019-02-01', 2, 1), ('e', DATE '2019-02-01', 1, 2)) t(PNR, MIST_DTO, MIST_NR, LOV);
  `);
}

const rate = (of: 'charges' | 'prison_verdicts' | 'suspicions', ages: readonly [number, number]): IndicatorSpec => ({
  ...base, id: `x-${of}`, unit: 'per_1000', population: { targetGroup: '10-17', ages, years: [2019, 2019] },
  measure: { kind: 'rate_per_1000', of }, by: ['area_group'],
});

test('rate_per_1000: charges of counted laws per 1,000 15-17-year-olds, with an exact Poisson interval', async () => {
  const t = await runIndicator(await crime(), rate('charges', [15, 17]));
  const c = cells(t);
  // supported {a}: 2 counted charges in 2019 (LOV 1, 3) → 2000 per 1,000
  assert.equal(c['supported@2019'].value, 2000);
  assert.equal(c['supported@2019'].n, 1);
  // social housing {a, b}: 2 + 1 = 3 events / 2 persons
  assert.equal(c['social_housing@2019'].value, 1500);
  // population {a, b, c}: c's LOV 5 is not counted → 3 events / 3 persons;
  // R: poisson.test(3, 3)$conf.int = 0.206224040965201 2.922424356580775 (per person)
  const pop = c['population@2019'];
  assert.equal(pop.value, 1000);
  assert.equal(pop.extra?.count, 3);
  assert.ok(Math.abs((pop.lower ?? 0) - 206.224040965201) < 1e-6);
  assert.ok(Math.abs((pop.upper ?? 0) - 2922.424356580775) < 1e-6);
});

test('rate_per_1000: verdicts count conditional/unconditional prison only; suspicions exclude traffic', async () => {
  const conn = await crime();
  const v = cells(await runIndicator(conn, rate('prison_verdicts', [15, 17])));
  assert.equal(v['supported@2019'].value, 1000); // a's conditional prison; the fine is not counted
  assert.ok(Math.abs((v['population@2019'].value ?? 0) - 1000 / 3) < 1e-9); // b's verdict is traffic
  const m = cells(await runIndicator(conn, rate('suspicions', [10, 14])));
  assert.equal(m['supported@2019'].value, 2000); // d: 2 suspicions
  assert.equal(m['population@2019'].value, 1000); // d 2 + e 0 (LOV 2) over 2 persons
});

test('share of an event flag, by parental restgruppe, restricted to one area group', async () => {
  const spec: IndicatorSpec = {
    ...base, id: 'x-any', unit: 'share', population: { targetGroup: '10-17', ages: [15, 17], years: [2019, 2019], areaGroups: ['population'] },
    measure: { kind: 'share', of: 'any_charge' }, by: ['area_group', 'parental_restgruppe'],
  };
  const t = await runIndicator(await crime(), spec);
  assert.deepEqual(t.rows.map((r) => r.keys.area_group), ['population', 'population']);
  const c = cells(t);
  assert.equal(c['population/yes@2019'].value, 1); // a
  assert.equal(c['population/no@2019'].value, 0.5); // b yes, c no (LOV 5)
  assert.equal(c['population/no@2019'].extra?.count, 1);
});

/**
 * School fixture, 6-17 target group, exam year 2019 (school year 2018). Mandatory subjects of 2018:
 * M1, M2, M3 (marked BUNDET by 3-4 of the 4 pupils with mandatory grades); R is BUNDET for 1 of 4
 * (< half: not mandatory); D is a drawn subject (not BUNDET).
 *   p1 grade 9 folkeskole, supported:  M1 2, M2 4, M3 0, R 12, D 12 → completed, mean 2 → ≥ 02
 *   p2 grade 9 efterskole, supported:  M1, M2 only                 → not completed
 *   p3 grade 9 privatskole:            M3 without a grade (absent) → not completed
 *   p4 grade 9 specialskole:           not in the base
 *   p5 grade 9 folkeskole:             M1 -3, M2 0, M3 2           → completed, mean -1/3 < 02
 *   p6 grade 8:                        not a 9th-grader
 * Parents at 6 (the group's own): p1 no, p2 yes, p3 unknown, p5 no; at 15: p1 yes, p2 no, p3 no, p5 yes.
 */
async function school(): Promise<DuckDBConnection> {
  const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
  return db(`
    ${personYear(ids.map((pnr) => ({ pnr, age: 16, supported: pnr === 'p1' || pnr === 'p2', sex: pnr === 'p5' ? 'female' : 'male' })))}
    ${TGO}
    ${members('6-17', [['p1', 'supported', 'no'], ['p2', 'supported', 'yes'], ['p3', 'population', null], ['p4', 'population', 'no'], ['p5', 'population', 'no'], ['p6', 'population', 'no']])}
    INSERT INTO parental_restgruppe VALUES ('p1', 15, 'yes'), ('p2', 15, 'no'), ('p3', 15, 'no'), ('p5', 15, 'yes'), ('p1', 6, 'no');
    CREATE TABLE elev AS SELECT * FROM (VALUES ('p1', 2018, 9, 1), ('p2', 2018, 9, 3), ('p3', 2018, 9, 2), ('p4', 2018, 9, 4), ('p5', 2018, 9, 1), ('p6', 2018, 8, 1),
      ('p1', 2017, 8, 1)) t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE);
    CREATE TABLE karakterer AS SELECT * FROM (VALUES
      ('p1', 2018, 'M1', 2, true), ('p1', 2018, 'M2', 4, true), ('p1', 2018, 'M3', 0, true), ('p1', 2018, 'R', 12, true), ('p1', 2018, 'D', 12, false),
      ('p2', 2018, 'M1', 7, true), ('p2', 2018, 'M2', 7, true),
      ('p3', 2018, 'M1', 10, true), ('p3', 2018, 'M2', 10, true), ('p3', 2018, 'M3', NULL, true),
      ('p5', 2018, 'M1', -3, true), ('p5', 2018, 'M2', 0, true), ('p5', 2018, 'M3', 2, true)
    ) t(PNR, SKOLEAAR, FAG, KARAKTER, BUNDET);
  `);
}

const exam = (over: Partial<IndicatorSpec> & Pick<IndicatorSpec, 'measure' | 'by'>, among: IndicatorSpec['population']['among'], parentalAtAge?: 15): IndicatorSpec => ({
  ...base, id: 'x-exam', unit: 'share',
  population: { targetGroup: '6-17', years: [2019, 2019], among, areaGroups: ['supported', 'population'], ...(parentalAtAge ? { parentalAtAge } : {}) },
  ...over,
});

test('exam completed: grades in every mandatory subject, 9th-graders of school types 1-3, exam year = school year + 1', async () => {
  const t = await runIndicator(await school(), exam({ measure: { kind: 'share', of: 'exam_completed' }, by: ['area_group'] }, ['ninth_grade_pupil']));
  const c = cells(t);
  assert.equal(c['supported@2019'].value, 0.5); // p1 yes, p2 no (M3 missing)
  assert.equal(c['population@2019'].n, 4); // p1, p2, p3, p5 (p4 special school, p6 grade 8)
  assert.equal(c['population@2019'].value, 0.5); // p1, p5
  assert.equal(t.rows.some((r) => r.keys.area_group === 'social_housing'), false);
});

test('mean of at least 02 among completers; below 02 is its complement', async () => {
  const conn = await school();
  const up = cells(await runIndicator(conn, exam({ measure: { kind: 'share', of: 'exam_mean_02' }, by: ['area_group'] }, ['ninth_grade_pupil', 'exam_completed'])));
  assert.equal(up['supported@2019'].value, 1); // p1: (2 + 4 + 0) / 3 = 2; R and D are not mandatory
  assert.equal(up['population@2019'].value, 0.5); // p1 yes, p5 (-3 + 0 + 2) / 3 no
  const down = cells(await runIndicator(conn, exam({ measure: { kind: 'share', of: 'exam_mean_below_02' }, by: ['area_group'] }, ['ninth_grade_pupil', 'exam_completed'])));
  assert.equal(down['population@2019'].value, 0.5);
  assert.equal(down['supported@2019'].value, 0);
});

test('parental restgruppe at another age than the group\'s (Tab 4.3: at 15) vs the group\'s own (at 6)', async () => {
  const conn = await school();
  const at15 = cells(await runIndicator(conn, exam({ measure: { kind: 'share', of: 'exam_completed' }, by: ['area_group', 'parental_restgruppe'] }, ['ninth_grade_pupil'], 15)));
  assert.equal(at15['population/yes@2019'].value, 1); // p1, p5
  assert.equal(at15['population/no@2019'].value, 0); // p2, p3
  const own = cells(await runIndicator(conn, exam({ measure: { kind: 'share', of: 'exam_completed' }, by: ['area_group', 'parental_restgruppe'] }, ['ninth_grade_pupil'])));
  assert.equal(own['population/no@2019'].value, 1); // p1, p5 (p3 unknown: left out)
  assert.equal(own['population/yes@2019'].value, 0); // p2
  assert.equal(own['population/yes@2019'].n, 1);
});

test('distribution: education before employment, the rest NEET; unknown status left out; zero categories kept', async () => {
  const conn = await db(`
    ${personYear([
      { pnr: 's1', age: 16, supported: true, in_education: true, employed: true, neet: false },
      { pnr: 's2', age: 16, in_education: false, employed: true, neet: false },
      { pnr: 's3', age: 16, in_education: false, employed: false, neet: true },
      { pnr: 's4', age: 16, in_education: false, employed: null, neet: null },
    ])}
    ${TGO}
    ${members('15-29', [['s1', 'supported', 'no'], ['s2', 'population', 'no'], ['s3', 'population', 'no'], ['s4', 'population', 'no']])}
  `);
  const spec: IndicatorSpec = {
    ...base, id: 'x-dist', unit: 'share', population: { targetGroup: '15-29', ages: [15, 17], years: [2019, 2019] },
    measure: { kind: 'distribution', of: 'edu_emp_neet', key: 'status' }, by: ['area_group'],
  };
  const t = await runIndicator(conn, spec);
  assert.deepEqual(t.keyColumns, ['area_group', 'status']);
  const c = cells(t);
  for (const k of ['education', 'employment', 'neet']) {
    assert.ok(Math.abs((c[`population/${k}@2019`].value ?? 0) - 1 / 3) < 1e-12);
    assert.equal(c[`population/${k}@2019`].n, 3);
  }
  assert.equal(c['supported/education@2019'].value, 1);
  assert.equal(c['supported/employment@2019'].value, 0);
  assert.equal(c['supported/neet@2019'].extra?.count, 0);
  const d = disclosureSpecFor(spec);
  assert.ok(!('exempt' in d));
  if (!('exempt' in d)) {
    assert.deepEqual(d.dimensions.map((x) => x.kind), ['nested', 'outcome']);
    assert.equal(d.universe, 'tg15-29:15-17');
  }
});

test('histories: 17-year-olds who were 9th-graders without the exam, charged at ages 15-17', async () => {
  // h1: 9th grade in school year 2017 (exam year 2018), no grades; charged in 2017 at age 15 → counts
  // h2: 9th grade 2017, no grades; charged in 2016 at age 14 → does not count
  // h3: 9th grade 2017 with the exam → not in the population
  // h4: never in 9th grade → not in the population
  // h5: 9th grade in school year 2016, before the grade register starts (2017) → not in the population
  const conn = await db(`
    ${personYear([
      { pnr: 'h1', age: 17 }, { pnr: 'h2', age: 17 }, { pnr: 'h3', age: 17 }, { pnr: 'h4', age: 17 }, { pnr: 'h5', age: 17 },
      { pnr: 'h1', year: 2017, age: 15 }, { pnr: 'h2', year: 2016, age: 14 }, { pnr: 'h4', year: 2018, age: 16 },
    ])}
    ${TGO}
    ${members('10-17', [['h1', 'population', 'no'], ['h2', 'population', 'no'], ['h3', 'population', 'no'], ['h4', 'population', 'no'], ['h5', 'population', 'no']])}
    CREATE TABLE elev AS SELECT * FROM (VALUES ('h1', 2017, 9, 1), ('h2', 2017, 9, 1), ('h3', 2017, 9, 1), ('h5', 2016, 9, 1)) t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE);
    CREATE TABLE karakterer AS SELECT * FROM (VALUES ('h3', 2017, 'M1', 4, true), ('h3', 2017, 'M2', 7, true)) t(PNR, SKOLEAAR, FAG, KARAKTER, BUNDET);
    CREATE TABLE krsi AS SELECT * FROM (VALUES ('h1', DATE '2017-04-01', 1, 1), ('h2', DATE '2016-04-01', 1, 1), ('h4', DATE '2018-04-01', 1, 1)) t(PNR, SIGT_DTO, SIGT_NR, LOV);
  `);
  const spec: IndicatorSpec = {
    ...base, id: 'x-hist', unit: 'share', population: { targetGroup: '10-17', ages: [17, 17], years: [2019, 2019], among: ['was_ninth_grader', 'no_exam_by_now'] },
    measure: { kind: 'share', of: 'charged_at_15_17' }, by: ['area_group'],
  };
  const c = cells(await runIndicator(conn, spec));
  assert.equal(c['population@2019'].n, 2);
  assert.equal(c['population@2019'].value, 0.5);
  const done = cells(await runIndicator(conn, { ...spec, population: { ...spec.population, among: ['was_ninth_grader', 'exam_by_now'] } }));
  assert.equal(done['population@2019'].n, 1); // h3
  assert.equal(done['population@2019'].value, 0);
});

test('a missing optional register gives an empty table with a note, not an error', async () => {
  const conn = await db(`${personYear([{ pnr: 'a', age: 16 }])} ${TGO} ${members('10-17', [['a', 'population', 'no']])}`);
  const spec = rate('charges', [15, 17]);
  assert.deepEqual(requiredTables(spec), ['krsi']);
  const t = await runIndicator(conn, spec);
  assert.equal(t.rows.length, 0);
  assert.match(t.choices?.at(-1)?.en ?? '', /krsi is missing/);
});

test('the compiler rejects a measure on a concept of the wrong type and a parental split without parents', () => {
  assert.throws(() => compileIndicator({ ...base, id: 'bad', unit: 'share', population: { years: [2019, 2019] }, measure: { kind: 'rate_per_1000', of: 'poor' as never }, by: [] }), /needs a number concept/);
  assert.throws(() => compileIndicator({ ...base, id: 'bad2', unit: 'share', population: { years: [2019, 2019] }, measure: { kind: 'share', of: 'poor' }, by: ['parental_restgruppe'] }), /needs a target group or population.parentalAtAge/);
});

test('lagged concept: status the year after completing the exam (Fig 6.3)', async () => {
  const conn = await school();
  // the year after the exam year 2019: p1 (completed) in education, p5 (completed) employed, p2 (not completed) NEET
  await conn.run(`
    INSERT INTO person_year VALUES
      ('p1', 2020, 17, 'male', 'non_menapt', true, true, true, false, false, false),
      ('p5', 2020, 17, 'female', 'non_menapt', false, false, false, true, false, false),
      ('p2', 2020, 17, 'male', 'non_menapt', true, true, false, false, true, false);
    ${members('10-17', [['p1', 'supported', 'no'], ['p5', 'population', 'no'], ['p2', 'supported', 'no']], 2020)}
  `);
  const spec: IndicatorSpec = {
    ...base, id: 'x-after', unit: 'share', population: { targetGroup: '10-17', years: [2020, 2020], among: ['exam_completed_last_year'] },
    measure: { kind: 'distribution', of: 'edu_emp_neet', key: 'status' }, by: ['area_group'],
  };
  const c = cells(await runIndicator(conn, spec));
  assert.equal(c['population/education@2020'].n, 2);
  assert.equal(c['population/education@2020'].value, 0.5);
  assert.equal(c['population/employment@2020'].value, 0.5);
  assert.equal(c['population/neet@2020'].value, 0);
  assert.equal(c['supported/education@2020'].value, 1); // p1 only: p2 did not complete
});

test('history concept: in a poor family at least one year at ages 6-18, by the year measured (Fig 4.3)', async () => {
  // q1 poor at 5 only → no; q2 poor at 12 → yes; q3 poor at 18 in the measured year → yes; q4 poor at 19 (later) → no
  const conn = await db(`
    ${personYear([
      { pnr: 'q1', age: 18 }, { pnr: 'q1', year: 2006, age: 5, poor: true },
      { pnr: 'q2', age: 18 }, { pnr: 'q2', year: 2013, age: 12, poor: true },
      { pnr: 'q3', age: 18, poor: true },
      { pnr: 'q4', age: 18 }, { pnr: 'q4', year: 2020, age: 19, poor: true },
    ])}
    ${TGO}
    ${members('15-29', [['q1', 'population', 'no'], ['q2', 'population', 'no'], ['q3', 'population', 'no'], ['q4', 'population', 'no']])}
  `);
  const spec: IndicatorSpec = {
    ...base, id: 'x-ever', unit: 'share', population: { targetGroup: '15-29', ages: [18, 18], years: [2019, 2019] },
    measure: { kind: 'share', of: 'ever_poor_6_18' }, by: ['area_group'],
  };
  const c = cells(await runIndicator(conn, spec));
  assert.equal(c['population@2019'].n, 4);
  assert.equal(c['population@2019'].value, 0.5);
});

test('youth education: a gymnasial or vocational KOTRE spell ongoing on 1 October (Fig 6.5)', async () => {
  // y1 gymnasium (H1 20) 2018-08-01..2021-06-30 → yes in 2019; y2 vocational (H1 30) ending 2019-09-30 → no (before 1 Oct);
  // y3 vocational (H1 35) open-ended from 2019-10-01 → yes (starts on 1 Oct); y4 higher education (H1 65) → no;
  // y5 gymnasium ending 2019-10-01 → yes (the end day counts)
  const conn = await db(`
    ${personYear(['y1', 'y2', 'y3', 'y4', 'y5'].map((pnr) => ({ pnr, age: 19 })))}
    ${TGO}
    ${members('15-29', [['y1', 'population', 'no'], ['y2', 'population', 'no'], ['y3', 'population', 'no'], ['y4', 'population', 'no'], ['y5', 'population', 'no']])}
    CREATE TABLE kotre AS SELECT * FROM (VALUES
      ('y1', 2011, DATE '2018-08-01', DATE '2021-06-30', 1), ('y2', 3010, DATE '2017-08-01', DATE '2019-09-30', 2),
      ('y3', 3510, DATE '2019-10-01', NULL, 3), ('y4', 6510, DATE '2018-09-01', NULL, 3), ('y5', 2011, DATE '2016-08-01', DATE '2019-10-01', 1)
    ) t(PNR, UDD, ELEV3_VFRA, ELEV3_VTIL, UDFALD);
  `);
  const spec: IndicatorSpec = {
    ...base, id: 'x-youth', unit: 'share', population: { targetGroup: '15-29', ages: [18, 20], years: [2019, 2019] },
    measure: { kind: 'share', of: 'in_youth_education' }, by: ['area_group'],
  };
  const c = cells(await runIndicator(conn, spec));
  assert.equal(c['population@2019'].n, 5);
  assert.equal(c['population@2019'].extra?.count, 3); // y1, y3, y5
});
