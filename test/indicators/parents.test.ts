import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { RELATIONS } from '../../src/indicators/concepts.ts';
import { AT_15, parentalAtAgeSql } from '../../src/indicators/concepts-parents.ts';
import { EDUCATION_LEVEL_ORDER } from '../../src/indicators/concept-defs.ts';
import { runIndicator } from '../../src/indicators/run.ts';
import { compileIndicator, materializedRelations, materializeSql } from '../../src/indicators/compile.ts';
import { BILAG8_MENAPT_SPECS } from '../../src/indicators/specs/bilag8-menapt.ts';
import { ALL_INDICATORS } from '../../src/indicators/specs/index.ts';
import { TARGET_GROUPS } from '../../src/populations/spec.ts';

/**
 * Hand-built families; person_year covers 2010-2013 (so the first data year is 2010). Every child
 * is of MENAPT origin. Answers worked out by hand:
 *
 * c1 (born 1995-06-01, 15 in 2010) lives with m1 and f1 in 2010.
 *    m1: grundskole, not employed, immigrant since 2002 (8 years in 2010), a traffic charge (LOV 2) in 2005.
 *    f1: kvu, employed, immigrant since 1998 (12 years), a criminal-code charge on 2011-03-01 (the year after 15).
 *    → edu kvu (the higher parent), employed yes, resident ≥ 10 for both: no (m1 has 8), offence: no. All step 0.
 * c2 (born 1995-03-01) lives with single mother m2; no legal father (FAR_ID empty).
 *    m2: education imputed (unknown) in 2010, erhvervsfaglig from 2011; AKM missing 2010-2011, not employed 2012;
 *    immigrant since 1998; charged (LOV 1) on 2009-05-01, before c2's 15th birthday.
 *    → edu erhvervsfaglig from the home parent 1 year later (step 2001), employed no (step 2002),
 *      resident yes, offence yes.
 * c3 (born 1995-01-01) lives with m3 and f3. m3: education unknown all years, employment unknown,
 *    immigrant without an immigration year; a fine (SANKTION 3) in 2008. f3: gymnasial, employed, Danish
 *    origin aged 45; a prison verdict on 1990-01-01, before c3 was born.
 *    → edu gymnasial (m3's unknown ignored), employed yes, resident unknown (m3 blocks "all"), offence no.
 * c4 (born 1995-07-01) lives with no parents in 2010 (placed out); legal mother m4 (mvu, employed,
 *    immigrant since 2000: exactly 10 years), legal father f4 has no person_year row (abroad).
 *    → edu mvu, employed yes from the legal parents (step 1000), resident yes, offence no.
 * c5 (born 1995-02-01) came to Denmark in 2012, aged 17, with m5 (grundskole, employed, immigrant
 *    since 2012, charged 2012-06-01).
 *    → anchor age 17 / year 2012; edu grundskole; employed yes; resident no (0 years); offence yes
 *      (in the year of the anchor).
 * c6 (born 1995-05-01) came alone in 2013, aged 18: no home and no legal parents.
 *    → a row with parents_found false and every characteristic unknown.
 * c7 (born 1990-01-01) was 15 in 2005, before the data: no row.
 */
async function families(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE persons AS SELECT * FROM (VALUES
      ('c1', DATE '1995-06-01', 3, 'm1', 'f1',  NULL::INTEGER, 2010, 2013),
      ('m1', DATE '1970-01-01', 2, NULL, NULL,  2002, 2010, 2013),
      ('f1', DATE '1968-01-01', 2, NULL, NULL,  1998, 2010, 2013),
      ('c2', DATE '1995-03-01', 3, 'm2', NULL,  NULL, 2010, 2013),
      ('m2', DATE '1972-01-01', 2, NULL, NULL,  1998, 2010, 2013),
      ('c3', DATE '1995-01-01', 3, 'm3', 'f3',  NULL, 2010, 2013),
      ('m3', DATE '1971-01-01', 2, NULL, NULL,  NULL, 2010, 2013),
      ('f3', DATE '1965-01-01', 1, NULL, NULL,  NULL, 2010, 2013),
      ('c4', DATE '1995-07-01', 3, 'm4', 'f4',  NULL, 2010, 2013),
      ('m4', DATE '1969-01-01', 2, NULL, NULL,  2000, 2010, 2013),
      ('c5', DATE '1995-02-01', 2, 'm5', NULL,  2012, 2012, 2013),
      ('m5', DATE '1970-01-01', 2, NULL, NULL,  2012, 2012, 2013),
      ('c6', DATE '1995-05-01', 2, NULL, NULL,  2013, 2013, 2013),
      ('c7', DATE '1990-01-01', 3, NULL, NULL,  NULL, 2010, 2013)
    ) t(pnr, birth_date, ie_type, mor_id, far_id, indv_aar, y0, y1);
    CREATE TABLE facts AS SELECT * FROM (VALUES
      ('m1', 2010, 'grundskole', false), ('f1', 2010, 'kvu', true),
      ('m2', 2010, 'ukendt', NULL), ('m2', 2011, 'erhvervsfaglig', NULL), ('m2', 2012, 'erhvervsfaglig', false),
      ('m3', 2010, 'ukendt', NULL), ('f3', 2010, 'gymnasial', true),
      ('m4', 2010, 'mvu', true), ('m5', 2012, 'grundskole', true)
    ) t(pnr, year, edu_level, employed);
    CREATE TABLE person_year AS
    SELECT p.pnr, CAST(y.year AS INTEGER) AS year, CAST(y.year - year(p.birth_date) AS INTEGER) AS age,
      'female' AS sex, CASE WHEN p.ie_type IN (2, 3) THEN 'menapt' ELSE 'non_menapt' END AS origin,
      p.ie_type, p.birth_date, p.mor_id, p.far_id, coalesce(f.edu_level, 'ukendt') AS edu_level, f.employed
    FROM persons AS p CROSS JOIN range(2010, 2014) AS y(year)
    LEFT JOIN facts AS f ON f.pnr = p.pnr AND f.year = y.year
    WHERE y.year BETWEEN p.y0 AND p.y1;
    CREATE TABLE bef AS SELECT py.pnr AS PNR, py.year AS AAR, p.indv_aar AS INDV_AAR FROM person_year AS py JOIN persons AS p USING (pnr);
    CREATE TABLE family_parents AS SELECT * FROM (VALUES
      ('c1', 2010, 'm1'), ('c1', 2010, 'f1'), ('c1', 2011, 'm1'), ('c1', 2011, 'f1'),
      ('c2', 2010, 'm2'), ('c2', 2011, 'm2'), ('c2', 2012, 'm2'),
      ('c3', 2010, 'm3'), ('c3', 2010, 'f3'), ('c3', 2011, 'm3'), ('c3', 2011, 'f3'), ('c3', 2012, 'm3'), ('c3', 2012, 'f3'), ('c3', 2013, 'm3'), ('c3', 2013, 'f3'),
      ('c5', 2012, 'm5'), ('c5', 2013, 'm5')
    ) t(pnr, year, parent_pnr);
    CREATE TABLE krsi AS SELECT * FROM (VALUES
      ('m1', DATE '2005-04-01', 2), ('f1', DATE '2011-03-01', 1), ('m2', DATE '2009-05-01', 1), ('m5', DATE '2012-06-01', 1)
    ) t(PNR, SIGT_DTO, LOV);
    CREATE TABLE kraf AS SELECT * FROM (VALUES
      ('m3', DATE '2008-02-01', 1, 3), ('f3', DATE '1990-01-01', 1, 1)
    ) t(PNR, AFG_DTO, LOV, SANKTION);
  `);
  return conn;
}

type Row = Record<string, unknown>;
async function rows(conn: DuckDBConnection, sql: string): Promise<Map<string, Row>> {
  const r = await conn.runAndReadAll(`SELECT * FROM (${sql}) ORDER BY pnr`);
  return new Map((r.getRowObjectsJS() as Row[]).map((x) => [String(x.pnr), x]));
}

test('parents at 15: education, employment and residence of the chosen parents, with the fallbacks', async () => {
  const conn = await families();
  const r = await rows(conn, RELATIONS.parents_at_15.sql);
  const pick = (id: string) => {
    const x = r.get(id);
    assert.ok(x, `${id} has a row`);
    return [x.anchor_age, x.anchor_year, x.parents_found, x.edu_level, x.edu_step, x.any_employed, x.any_employed_step, x.all_resident_10y];
  };
  assert.deepEqual(pick('c1'), [15, 2010, true, 'kvu', 0, true, 0, false]);
  assert.deepEqual(pick('c2'), [15, 2010, true, 'erhvervsfaglig', 2001, false, 2002, true]);
  assert.deepEqual(pick('c3'), [15, 2010, true, 'gymnasial', 0, true, 0, null]);
  assert.deepEqual(pick('c4'), [15, 2010, true, 'mvu', 1000, true, 1000, true]);
  assert.deepEqual(pick('c5'), [17, 2012, true, 'grundskole', 0, true, 0, false]);
  assert.deepEqual(pick('c6'), [18, 2013, false, null, null, null, null, null]);
  assert.equal(r.has('c7'), false, 'the year at 15 is before the data: no row');
  // the parents are over 29 in every year: only the children have an anchor
  assert.deepEqual([...r.keys()], ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
});

test('parents at 15: charged or sentenced to prison between the child\'s birth and the end of the year it was 15', async () => {
  const conn = await families();
  const r = await rows(conn, RELATIONS.parents_offence_at_15.sql);
  const got = Object.fromEntries([...r].map(([k, x]) => [k, x.any_offence]));
  // c1: traffic charge and a charge the year after 15 do not count; c2: charged before the birthday;
  // c3: a fine and a verdict before birth do not count; c5: in the arrival (anchor) year; c6: no parents
  assert.deepEqual(got, { c1: false, c2: true, c3: false, c4: false, c5: true, c6: null });
});

test('the figures: MENAPT 15-29 with parents found; unknown education in the denominator, unknown residence out', async () => {
  const conn = await families();
  // c1-c7 in the 15-29 group in 2013 (population); c1 and c5 also grew up in a supported area
  await conn.run(`
    CREATE VIEW target_group_origin AS
    SELECT pnr, 2013 AS year, '15-29' AS target_group, 'population' AS area_group, NULL AS parental_restgruppe
    FROM (VALUES ('c1'), ('c2'), ('c3'), ('c4'), ('c5'), ('c6'), ('c7')) t(pnr)
    UNION ALL
    SELECT pnr, 2013, '15-29', 'supported', NULL FROM (VALUES ('c1'), ('c5')) t(pnr)`);
  const cells = async (id: string) => {
    const spec = BILAG8_MENAPT_SPECS.find((s) => s.id === id);
    assert.ok(spec);
    const t = await runIndicator(conn, spec);
    return Object.fromEntries(t.rows.map((x) => [x.keys.area_group, [x.n, x.extra?.count]]));
  };
  // c6 (no parents) and c7 (no row) are out. grundskole: c5 of c1-c5; supported: c5 of c1, c5
  assert.deepEqual(await cells('bfig-8.14'), { population: [5, 1], supported: [2, 1] });
  assert.deepEqual(await cells('bfig-8.15'), { population: [5, 1], supported: [2, 0] }); // c2
  assert.deepEqual(await cells('bfig-8.16'), { population: [5, 1], supported: [2, 1] }); // c1
  assert.deepEqual(await cells('bfig-8.17'), { population: [5, 1], supported: [2, 0] }); // c4 (mvu)
  assert.deepEqual(await cells('bfig-8.18'), { population: [5, 4], supported: [2, 2] }); // all but c2
  assert.deepEqual(await cells('bfig-8.19'), { population: [5, 2], supported: [2, 1] }); // c2, c5
  // c3 (unknown immigration year) is left out; yes: c2, c4
  assert.deepEqual(await cells('bfig-8.20'), { population: [4, 2], supported: [2, 0] });
});

test('the measurement at 15 is the 15-29 target group\'s parental rule', () => {
  const g = TARGET_GROUPS.find((x) => x.id === '15-29');
  assert.ok(g);
  assert.deepEqual(AT_15, { age: g.parental.atAge, laterYears: g.parental.laterYears, arrivalUntilAge: g.parental.arrivalUntilAge });
});

test('education levels are ordered by H1 group, unknown left out', () => {
  assert.deepEqual(EDUCATION_LEVEL_ORDER, ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kvu', 'mvu', 'lvu']);
});

test('a characteristic combined by "all" is false if one parent is false, unknown if one is unknown', async () => {
  const conn = await families();
  // per parent: m1 false, f1 true (c1); m3 NULL, f3 true (c3): by "all" false and NULL; by "any" true and true
  const flag = "CASE q.pnr WHEN 'm1' THEN false WHEN 'f1' THEN true WHEN 'f3' THEN true END";
  const r = await rows(conn, parentalAtAgeSql(AT_15, [
    { name: 'all_of', perParent: flag, combine: 'all' },
    { name: 'any_of', perParent: flag, combine: 'any' },
  ]));
  assert.deepEqual([r.get('c1')?.all_of, r.get('c1')?.any_of], [false, true]);
  assert.deepEqual([r.get('c3')?.all_of, r.get('c3')?.any_of], [null, true]);
});

// The manifest lives outside the repository (the project's shared spec); skipped where it is absent.
const MANIFEST = '/work/shared/spec/exhibits.tsv';
test('bfig-8.14 … 8.20: in ALL_INDICATORS, with the manifest titles', { skip: !existsSync(MANIFEST) }, () => {
  const tsv = readFileSync(MANIFEST, 'utf8').split('\n').map((l) => l.split('\t'));
  for (const s of BILAG8_MENAPT_SPECS) {
    assert.ok(ALL_INDICATORS.includes(s), s.id);
    const row = tsv.find((l) => l[0] === s.id);
    assert.ok(row, s.id);
    // the manifest cuts 8.17's title after "15 år."; the report (l. 9573-9576) and the catalogue go on
    const expected = s.id === 'bfig-8.17' ? `${row[3]} Særskilt for de støttede områder og befolkningen.` : row[3];
    assert.equal(s.title.da, expected, s.id);
  }
  assert.deepEqual(BILAG8_MENAPT_SPECS.map((s) => s.id), ['bfig-8.14', 'bfig-8.15', 'bfig-8.16', 'bfig-8.17', 'bfig-8.18', 'bfig-8.19', 'bfig-8.20']);
});

test('materialised relations: created once per connection as rel_<id>, not repeated as a CTE', async () => {
  const spec = BILAG8_MENAPT_SPECS[0]!;
  assert.deepEqual(materializedRelations(spec), ['parents_at_15']);
  assert.doesNotMatch(compileIndicator(spec), /rel_parents_at_15 AS \(/);
  assert.match(compileIndicator(spec), /LEFT JOIN rel_parents_at_15 ON rel_parents_at_15\.pnr = p\.pnr/);
  assert.match(materializeSql('parents_at_15'), /^CREATE TEMP TABLE IF NOT EXISTS rel_parents_at_15 AS/);
  const conn = await families();
  await conn.run(`CREATE TABLE target_group_origin (pnr VARCHAR, year INTEGER, target_group VARCHAR, area_group VARCHAR, parental_restgruppe VARCHAR)`);
  await runIndicator(conn, spec);
  const n = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM rel_parents_at_15');
  assert.equal(n.getRowObjectsJS()[0]?.n, 6); // c1-c6
});

test('another measurement age: at 16 with one later year', async () => {
  const conn = await families();
  // At 16 the anchor is 2011 for the children born in 1995 (c5: 2012 at 17, arrival; c6: 2013 at 18).
  // c1: m1 and f1 have no known education in 2011 (home, k = 0) nor in 2012 (no home parents then;
  // legal m1, f1 unknown): found, unknown. c2: m2 erhvervsfaglig in 2011. c7: 16 in 2006, before the data.
  const r = await rows(conn, parentalAtAgeSql({ age: 16, laterYears: 1, arrivalUntilAge: 29 }, [
    { name: 'lvl', perParent: "CASE q.edu_level WHEN 'grundskole' THEN 1 WHEN 'erhvervsfaglig' THEN 3 END", combine: 'max' },
  ]));
  const got = Object.fromEntries([...r].map(([k, x]) => [k, [x.anchor_age, x.anchor_year, x.parents_found, x.lvl, x.lvl_step]]));
  assert.deepEqual(got, {
    c1: [16, 2011, true, null, null],
    c2: [16, 2011, true, 3, 0],
    c3: [16, 2011, true, null, null],
    c4: [16, 2011, true, null, null],
    c5: [17, 2012, true, 1, 0],
    c6: [18, 2013, false, null, null],
  });
});
