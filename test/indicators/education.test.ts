import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { runIndicator } from '../../src/indicators/run.ts';
import type { IndicatorSpec } from '../../src/indicators/spec.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { ALL_INDICATORS } from '../../src/indicators/specs/index.ts';

/**
 * A hand-built warehouse for the education concepts (concepts-education.ts). Everyone is born in
 * 1991 (21 in 2012) and resident 2005-2015, except g (resident until 2010). KOTRE spells
 * (2010 = gymnasial, 3010 = erhvervsfaglig, 4010 = kvu; UDFALD 1 completed, 2 interrupted, 3 ongoing):
 *   a  gym 2007-08-01 → 2010-06-30 completed
 *   b  eud 2008-08-01 → 2009-03-01 interrupted;  gym 2010-08-01 → 2013-06-30 completed
 *   c  eud 2009-08-01 → 2010-02-01 interrupted
 *   d  no spells
 *   e  gym 2008-08-01 → ongoing
 *   f  gym 2007-08-01 → 2010-06-30 completed;    eud 2010-08-01 → 2011-03-01 interrupted
 *   g  gym 2007-08-01 → 2010-06-30 completed (not resident in 2011)
 *   h  eud 2011-08-01 → 2012-09-30 interrupted (ends the day before 1 October)
 *   i  kvu 2012-10-01 → ongoing (starts on 1 October)
 * Status facts are all false (NEET) except: a in education in 2011, f employed in 2011.
 */
async function warehouse() {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE person_year AS
      SELECT pnr, year, year - 1991 AS age, 'female' AS sex, 'non_menapt' AS origin, false AS social_housing, false AS supported,
             (pnr = 'a' AND year = 2011) AS in_education, (pnr = 'f' AND year = 2011) AS employed,
             NOT ((pnr = 'a' OR pnr = 'f') AND year = 2011) AS neet
      FROM (VALUES ('a'), ('b'), ('c'), ('d'), ('e'), ('f'), ('g'), ('h'), ('i')) t(pnr), range(2005, 2016) r(year)
      WHERE NOT (pnr = 'g' AND year > 2010);
    CREATE TABLE kotre (PNR VARCHAR, UDD INTEGER, ELEV3_VFRA DATE, ELEV3_VTIL DATE, UDFALD INTEGER);
    INSERT INTO kotre VALUES
      ('a', 2010, '2007-08-01', '2010-06-30', 1),
      ('b', 3010, '2008-08-01', '2009-03-01', 2), ('b', 2010, '2010-08-01', '2013-06-30', 1),
      ('c', 3010, '2009-08-01', '2010-02-01', 2),
      ('e', 2010, '2008-08-01', NULL, 3),
      ('f', 2010, '2007-08-01', '2010-06-30', 1), ('f', 3010, '2010-08-01', '2011-03-01', 2),
      ('g', 2010, '2007-08-01', '2010-06-30', 1),
      ('h', 3010, '2011-08-01', '2012-09-30', 2),
      ('i', 4010, '2012-10-01', NULL, 3);
    -- the 15-29 target group: everyone in the population, a and b also in supported areas
    CREATE TABLE target_group_origin AS
      SELECT pnr, year, '15-29' AS target_group, g.area_group, 15 AS measured_at_age, NULL::VARCHAR AS parental_restgruppe
      FROM person_year, (VALUES ('population'), ('supported')) g(area_group)
      WHERE age BETWEEN 15 AND 29 AND (g.area_group = 'population' OR pnr IN ('a', 'b'));
  `);
  return conn;
}

const base = { chapter: 6, kind: 'figure' as const, unit: 'share' as const, title: { da: 't', en: 't' }, note: { da: '', en: '' }, by: [] as const };

/** value, n and count of the row of a year (and status, for distributions). */
function at(t: ResultTable, year: number, status?: string) {
  const r = t.rows.find((x) => x.year === year && (status === undefined || x.keys.status === status));
  assert.ok(r, `no row for ${year} ${status ?? ''}`);
  return { value: r.value, n: r.n, count: r.extra?.count };
}

test('completion by an age and dropout without completion (education_history)', async () => {
  const conn = await warehouse();
  const pop = { ages: [21, 22] as const, years: [2012, 2013] as const, among: ['started_youth_by_now' as const] };
  // 2012 (all 21, a-i but g): started a youth education by 2012 = a, b, c, e, f, h (d and i did not; i's is higher education)
  const done = await runIndicator(conn, { ...base, id: 'x-done', population: { ages: [21, 21], years: [2012, 2012] }, measure: { kind: 'share', of: 'completed_youth_by_now' } });
  // completed by 2012: a, f (2010); b completes in 2013; g is not resident → 2 of 8 residents
  assert.deepEqual(at(done, 2012), { value: 2 / 8, n: 8, count: 2 });
  const drop = await runIndicator(conn, { ...base, id: 'x-drop', population: pop, measure: { kind: 'share', of: 'dropped_out_youth_by_now' } });
  // 2012: interrupted and none completed = b (2009), c (2010), h (2012); f interrupted 2011 but completed in 2010 → 3 of 6
  assert.deepEqual(at(drop, 2012), { value: 3 / 6, n: 6, count: 3 });
  // 2013: b has completed → c, h: 2 of 6
  assert.deepEqual(at(drop, 2013), { value: 2 / 6, n: 6, count: 2 });
});

test('completion within N years of entry, labelled at entry year + N (education_entry_year, yearOffset)', async () => {
  const conn = await warehouse();
  const spec: IndicatorSpec = {
    ...base, id: 'x-within',
    population: { years: [2007, 2010], yearOffset: 3, among: ['started_youth_this_year'] },
    measure: { kind: 'share', of: 'youth_completed_within_3y' },
  };
  const t = await runIndicator(conn, spec);
  assert.deepEqual(t.rows.map((r) => r.year), [2010, 2011, 2012, 2013]);
  // entry 2007: a, f, g all complete in 2010 ≤ 2007 + 3
  assert.deepEqual(at(t, 2010), { value: 1, n: 3, count: 3 });
  // entry 2008: b (eud interrupted; the gym started 2010 completes 2013 > 2011), e (ongoing) → 0 of 2
  assert.deepEqual(at(t, 2011), { value: 0, n: 2, count: 0 });
  // entry 2009: c → 0 of 1
  assert.deepEqual(at(t, 2012), { value: 0, n: 1, count: 0 });
  // entry 2010: b (gym 2010 → 2013 ≤ 2013) yes; f's eud is interrupted and its gym completed in 2010
  // started before the entry year, so it does not count → 1 of 2
  assert.deepEqual(at(t, 2013), { value: 0.5, n: 2, count: 1 });
});

test('status the year after completing (status_next_year, education_completion_year)', async () => {
  const conn = await warehouse();
  const spec: IndicatorSpec = {
    ...base, id: 'x-next',
    population: { years: [2010, 2010], among: ['completed_youth_this_year'] },
    measure: { kind: 'distribution', of: 'edu_emp_neet_next_year', key: 'status' },
  };
  const t = await runIndicator(conn, spec);
  // completers in 2010: a, f, g; g is not resident in 2011 and is left out. 2011: a in education,
  // f employed. (In 2010 itself both were NEET: a same-year status would give neet = 1.)
  assert.deepEqual(at(t, 2010, 'education'), { value: 0.5, n: 2, count: 1 });
  assert.deepEqual(at(t, 2010, 'employment'), { value: 0.5, n: 2, count: 1 });
  assert.deepEqual(at(t, 2010, 'neet'), { value: 0, n: 2, count: 0 });
});

test('enrolment on 1 October in vocational and higher education (education_enrolment_year)', async () => {
  const conn = await warehouse();
  const run = (of: 'in_vocational_education' | 'in_higher_education') =>
    runIndicator(conn, { ...base, id: `x-${of}`, population: { years: [2009, 2013] }, measure: { kind: 'share', of } });
  const voc = await run('in_vocational_education');
  // c on 1 Oct 2009; f on 1 Oct 2010; h on 1 Oct 2011 but not 2012 (ended 30 September); b's and e's gym are not vocational
  assert.deepEqual([2009, 2010, 2011, 2012, 2013].map((y) => at(voc, y).count), [1, 1, 1, 0, 0]);
  const higher = await run('in_higher_education');
  // i from 1 October 2012 (inclusive), ongoing
  assert.deepEqual([2009, 2010, 2011, 2012, 2013].map((y) => at(higher, y).count), [0, 0, 0, 1, 1]);
});

test('the report exhibits on the hand-built target group: Bilagsfigur 8.4 and Figur 6.9', async () => {
  const conn = await warehouse();
  const spec = (id: string) => {
    const s = ALL_INDICATORS.find((x) => x.id === id);
    assert.ok(s, id);
    return s;
  };
  const b84 = await runIndicator(conn, spec('bfig-8.4'));
  const cellOf = (t: ResultTable, area: string, year: number) => {
    const r = t.rows.find((x) => x.keys.area_group === area && x.year === year);
    return r ? { value: r.value, n: r.n } : undefined;
  };
  // entrants aged 15-29 (all are 16-19 at entry): as above; supported = a and b only
  assert.deepEqual(cellOf(b84, 'population', 2010), { value: 1, n: 3 });
  assert.deepEqual(cellOf(b84, 'population', 2013), { value: 0.5, n: 2 });
  assert.deepEqual(cellOf(b84, 'supported', 2010), { value: 1, n: 1 }); // a
  assert.deepEqual(cellOf(b84, 'supported', 2011), { value: 0, n: 1 }); // b, entry 2008
  assert.equal(cellOf(b84, 'supported', 2012), undefined); // no supported entrant in 2009
  assert.deepEqual(cellOf(b84, 'supported', 2013), { value: 1, n: 1 }); // b, entry 2010
  const f69 = await runIndicator(conn, spec('fig-6.9'));
  // 21-year-olds in 2012 who have started a youth education: a, b, c, e, f, h; dropped out: b, c, h
  assert.deepEqual(cellOf(f69, 'population', 2012), { value: 0.5, n: 6 });
  assert.deepEqual(cellOf(f69, 'supported', 2012), { value: 0.5, n: 2 }); // a no, b yes
});
