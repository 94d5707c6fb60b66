import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE_TARGETS } from '../../src/calibration/targets-catalogue.ts';
import { CH6_EDUCATION_TARGETS } from '../../src/calibration/targets-ch6-education.ts';
import { ALL_TARGETS } from '../../src/calibration/index.ts';
import { ALL_INDICATORS } from '../../src/indicators/specs/index.ts';
import { compileIndicator } from '../../src/indicators/compile.ts';
import { CONCEPTS } from '../../src/indicators/concepts.ts';
import { SPLIT_CODES } from '../../src/results/types.ts';

const specs = new Map(ALL_INDICATORS.map((s) => [s.id, s]));

test('every catalogue and chapter-6 education target names an existing exhibit, its split columns, codes and years; ids are unique', () => {
  const all = ALL_TARGETS.map((t) => t.id);
  assert.equal(new Set(all).size, all.length, 'duplicate target ids');
  for (const t of [...CATALOGUE_TARGETS, ...CH6_EDUCATION_TARGETS]) {
    const spec = specs.get(t.cell.exhibit);
    assert.ok(spec, `${t.id}: no exhibit ${t.cell.exhibit}`);
    if (!spec) continue;
    const columns: string[] = spec.measure.kind === 'distribution' ? [...spec.by, spec.measure.key] : [...spec.by];
    assert.deepEqual(Object.keys(t.cell.keys).sort(), [...columns].sort(), `${t.id}: keys`);
    for (const [k, v] of Object.entries(t.cell.keys)) {
      const codes: readonly string[] = k in SPLIT_CODES
        ? SPLIT_CODES[k as keyof typeof SPLIT_CODES]
        : spec.measure.kind === 'distribution' ? (CONCEPTS[spec.measure.of].categories ?? []) : [];
      assert.ok(codes.includes(v), `${t.id}: ${k}=${v} is not a code`);
    }
    if (spec.population.areaGroups && t.cell.keys.area_group) assert.ok(spec.population.areaGroups.includes(t.cell.keys.area_group as never), `${t.id}: area group not shown`);
    // the years shown: the population's years moved by its yearOffset
    const off = spec.population.yearOffset ?? 0;
    const [y0, y1] = [spec.population.years[0] + off, spec.population.years[1] + off];
    const years = t.cell.kind === 'cell' ? [t.cell.year] : t.cell.kind === 'sum' ? [] : [t.cell.from, t.cell.to];
    for (const y of years) assert.ok(y >= y0 && y <= y1, `${t.id}: year ${y} outside ${y0}-${y1}`);
    assert.ok(t.tolerance > 0 && Number.isFinite(t.published));
  }
});

test('every indicator compiles, and manifest ids are unique', () => {
  const seen = new Set<string>();
  for (const s of ALL_INDICATORS) {
    assert.ok(!seen.has(s.id), `duplicate ${s.id}`);
    seen.add(s.id);
    assert.ok(compileIndicator(s).includes('population AS'));
  }
});

test('every indicator\'s SQL runs on DuckDB over the warehouse and contract relations (empty)', async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { runIndicator } = await import('../../src/indicators/run.ts');
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`
    CREATE TABLE person_year (pnr VARCHAR, year INTEGER, age INTEGER, sex VARCHAR, origin VARCHAR, social_housing BOOLEAN, supported BOOLEAN,
      poor BOOLEAN, restgruppe BOOLEAN, neet BOOLEAN, employed BOOLEAN, in_education BOOLEAN, student BOOLEAN, has_wealth BOOLEAN,
      eq_income DOUBLE, eq_income_nonneg DOUBLE, disp_income DOUBLE, plads INTEGER, afd_id VARCHAR);
    CREATE TABLE target_group_origin (pnr VARCHAR, year INTEGER, target_group VARCHAR, area_group VARCHAR, measured_at_age INTEGER, parental_restgruppe VARCHAR);
    CREATE TABLE parental_restgruppe (pnr VARCHAR, measured_at_age INTEGER, parental_restgruppe VARCHAR);
    CREATE TABLE krsi (PNR VARCHAR, SIGT_DTO DATE, SIGT_NR INTEGER, LOV INTEGER);
    CREATE TABLE kraf (PNR VARCHAR, AFG_DTO DATE, AFG_NR INTEGER, LOV INTEGER, SANKTION INTEGER);
    CREATE TABLE krms (PNR VARCHAR, MIST_DTO DATE, MIST_NR INTEGER, LOV INTEGER);
    CREATE TABLE elev (PNR VARCHAR, SKOLEAAR INTEGER, KLASSETRIN INTEGER, SKOLETYPE INTEGER);
    CREATE TABLE karakterer (PNR VARCHAR, SKOLEAAR INTEGER, FAG VARCHAR, KARAKTER INTEGER, BUNDET BOOLEAN);
    CREATE TABLE kotre (PNR VARCHAR, UDD INTEGER, ELEV3_VFRA DATE, ELEV3_VTIL DATE, UDFALD INTEGER);
    CREATE TABLE family_parents (pnr VARCHAR, year INTEGER, parent_pnr VARCHAR);
    CREATE TABLE deltager (PNR VARCHAR, PLAN_ID VARCHAR, AKTIVITET_TYPE VARCHAR, START_AAR INTEGER);
    CREATE TABLE lbf_helhedsplan (PLAN_ID VARCHAR, PULJE VARCHAR, START_AAR INTEGER, SLUT_AAR INTEGER, KOM INTEGER);
    CREATE TABLE lbf_plan_afdeling (PLAN_ID VARCHAR, AFD_ID VARCHAR);
    CREATE TABLE bufo (PNR VARCHAR, START_DTO DATE, SLUT_DTO DATE, FORANST_TYPE INTEGER);
    CREATE TABLE lpr (PNR VARCHAR, D_INDDTO DATE, DIAG VARCHAR);
    CREATE TABLE dagtilbud (PNR VARCHAR, AAR INTEGER, DAGTILBUD_TYPE INTEGER);
    CREATE TABLE fravaer (PNR VARCHAR, SKOLEAAR INTEGER, FRAVAER_PCT DOUBLE);
    -- the parents' characteristics at a child age (concepts-parents.ts)
    ALTER TABLE person_year ADD COLUMN ie_type INTEGER; ALTER TABLE person_year ADD COLUMN birth_date DATE;
    ALTER TABLE person_year ADD COLUMN mor_id VARCHAR; ALTER TABLE person_year ADD COLUMN far_id VARCHAR;
    ALTER TABLE person_year ADD COLUMN edu_level VARCHAR;
    CREATE TABLE bef (PNR VARCHAR, AAR INTEGER, INDV_AAR INTEGER);
  `);
  for (const s of ALL_INDICATORS) {
    const t = await runIndicator(conn, s);
    assert.equal(t.rows.length, 0, s.id);
    assert.ok(!(t.choices ?? []).some((c) => c.en.startsWith('Not computed')), `${s.id}: a needed table was reported missing`);
  }
});
