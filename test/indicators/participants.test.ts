import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runIndicator } from '../../src/indicators/run.ts';
import { disclosureSpecFor } from '../../src/indicators/disclosure-spec.ts';
import { BFIG_7_2, BILAG3_SPECS } from '../../src/indicators/specs/participants.ts';
import { COMPARISON_YEAR } from '../../src/indicators/concepts-participants.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { codeOrder } from '../../src/report/chart-data.ts';

/**
 * A hand-built world for Bilag 3. Plan P1 is of the 2015-18 round (departments A1, A2), P0 of
 * 2011-14 (department B1). Ages are at the end of the year; pupils have an elev row for the school
 * year starting in the year of measurement.
 *
 * Participants (deltager, P1), measured in the first start year:
 *   c1 start 2017 (and 2019), age 4, no school          -> 0-6
 *   c2 start 2018, age 10, grade 4; also lives in A1    -> 6-17 (mellemtrin), never "other"
 *   c4 start 2019, age 16, grade 9                      -> 6-17 (udskoling)
 *   c5 start 2016, age 16, not in school, not at home   -> 15-29
 *   c6 start 2018, age 40                               -> parents
 *   c7 start 2017, age 55; c8 start 2017, age 10 not in school -> no group
 * Other residents of A1/A2 in 2018 (COMPARISON_YEAR):
 *   o1 age 3 (0-6), o5 age 6 no school (0-6), o2 age 12 grade 6 (6-17), o4 age 6 grade 0 (6-17),
 *   o3 age 25 at home (15-29), c3 age 20 not at home (15-29; a participant of the 2011-14 plan only)
 * Not included: o6 (lives in B1), o7 (A1 in 2017 only), n1 (no department).
 */
const W = {
  person_year: `(VALUES
    ('c1', 2017, 4,  'male',   'menapt',     3, NULL, false),
    ('c2', 2018, 10, 'female', 'non_menapt', 3, 'A1', true),
    ('c4', 2019, 16, 'male',   'non_menapt', 3, NULL, false),
    ('c5', 2016, 16, 'male',   'menapt',     1, NULL, true),
    ('c6', 2018, 40, 'female', 'menapt',     1, NULL, false),
    ('c7', 2017, 55, 'female', 'menapt',     1, NULL, false),
    ('c8', 2017, 10, 'male',   'menapt',     3, NULL, false),
    ('o1', 2018, 3,  'female', 'menapt',     3, 'A2', true),
    ('o5', 2018, 6,  'male',   'non_menapt', 3, 'A2', NULL),
    ('o2', 2018, 12, 'male',   'menapt',     3, 'A1', false),
    ('o4', 2018, 6,  'female', 'non_menapt', 3, 'A1', true),
    ('o3', 2018, 25, 'male',   'non_menapt', 3, 'A1', false),
    ('c3', 2018, 20, 'female', 'menapt',     1, 'A1', true),
    ('o6', 2018, 12, 'male',   'menapt',     3, 'B1', false),
    ('o7', 2017, 12, 'male',   'menapt',     3, 'A1', false),
    ('o7', 2018, 13, 'male',   'menapt',     3, NULL, false),
    ('n1', 2018, 30, 'male',   'menapt',     1, NULL, false)
  ) t(pnr, year, age, sex, origin, plads, afd_id, poor)`,
  lbf_helhedsplan: `(VALUES ('P1', '2015-18'), ('P0', '2011-14')) t(PLAN_ID, PULJE)`,
  lbf_plan_afdeling: `(VALUES ('P1', 'A1'), ('P1', 'A2'), ('P0', 'B1')) t(PLAN_ID, AFD_ID)`,
  deltager: `(VALUES
    ('c1', 'P1', 'x', 2017), ('c1', 'P1', 'x', 2019), ('c2', 'P1', 'x', 2018), ('c4', 'P1', 'x', 2019),
    ('c5', 'P1', 'x', 2016), ('c6', 'P1', 'x', 2018), ('c7', 'P1', 'x', 2017), ('c8', 'P1', 'x', 2017),
    ('c3', 'P0', 'x', 2016)
  ) t(PNR, PLAN_ID, AKTIVITET_TYPE, START_AAR)`,
  elev: `(VALUES ('c2', 2018, 4, 1), ('c4', 2019, 9, 1), ('c5', 2014, 9, 1), ('o2', 2018, 6, 1), ('o4', 2018, 0, 1))
    t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE)`,
  parental_restgruppe: `(VALUES
    ('c1', 0, 'yes'), ('c1', 6, 'no'), ('c2', 6, 'no'), ('c2', 0, 'yes'), ('c4', 6, 'yes'),
    ('o1', 0, 'no'), ('o2', 6, 'no'), ('o4', 6, 'yes'), ('o3', 15, 'yes'), ('c5', 15, 'yes'), ('c3', 15, 'no')
  ) t(pnr, measured_at_age, parental_restgruppe)`,
  fravaer: `(VALUES ('c2', 2018, 12.5), ('c4', 2019, 10.0), ('o2', 2018, 15.0)) t(PNR, SKOLEAAR, FRAVAER_PCT)`,
  krms: `(VALUES ('c4', DATE '2019-03-01', 1, 1), ('c2', DATE '2019-05-01', 1, 1), ('o2', DATE '2009-12-31', 1, 1), ('o4', DATE '2018-06-01', 1, 2))
    t(PNR, MIST_DTO, MIST_NR, LOV)`,
  krsi: `(VALUES ('c3', DATE '2009-01-01', 1, 1), ('o3', DATE '2008-12-31', 1, 1), ('c5', DATE '2016-07-01', 1, 3))
    t(PNR, SIGT_DTO, SIGT_NR, LOV)`,
  lpr: `(VALUES ('c6', DATE '2010-01-01', 'DF320'), ('c6', DATE '2011-01-01', 'DF840'), ('o3', DATE '2018-02-01', 'DF321'), ('c3', DATE '2019-01-01', 'DF432'))
    t(PNR, D_INDDTO, DIAG)`,
};

async function world(tables: Record<string, string>): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  for (const [name, values] of Object.entries(tables)) await conn.run(`CREATE TABLE ${name} AS SELECT * FROM ${values}`);
  return conn;
}

const spec = (id: string) => {
  const s = BILAG3_SPECS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
/** "group/participant[/category]" → [value, n, count]. */
function cells(t: ResultTable): Record<string, [number | null, number | null, number | null | undefined]> {
  return Object.fromEntries(t.rows.map((r) => [t.keyColumns.map((k) => r.keys[k]).join('/'), [r.value, r.n, r.extra?.count]]));
}

test('Bilag 3 groups: participants of the 2015-18 round in their first start year, other residents of its areas in the comparison year', async () => {
  assert.equal(COMPARISON_YEAR, 2018);
  const conn = await world(W);
  const t = await runIndicator(conn, spec('bfig-3.1'));
  assert.equal(t.rows.every((r) => r.year === null), true, 'the years are pooled');
  const c = cells(t);
  // n per group: participants 0-6 {c1}, 6-17 {c2, c4}, 15-29 {c5}, parents {c6}; c7 (55) and c8 (10, no school) in no group
  // others 0-6 {o1, o5}, 6-17 {o2, o4}, 15-29 {o3, c3}; c2 lives in A1 but is a participant; o6, o7, n1 are out
  assert.deepEqual(c['0-6/participant/male'], [1, 1, 1]);
  assert.deepEqual(c['6-17/participant/female'], [0.5, 2, 1]);
  assert.deepEqual(c['15-29/participant/male'], [1, 1, 1]);
  assert.deepEqual(c['parents/participant/female'], [1, 1, 1]);
  assert.deepEqual(c['0-6/other/female'], [0.5, 2, 1]);
  assert.deepEqual(c['6-17/other/male'], [0.5, 2, 1]);
  assert.deepEqual(c['15-29/other/female'], [0.5, 2, 1]);
  assert.equal(c['parents/other/male'], undefined);
  // groups in the report's order, participants first
  assert.deepEqual([...new Set(t.rows.map((r) => `${r.keys.b3_group}/${r.keys.b3_participant}`))],
    ['0-6/participant', '0-6/other', '6-17/participant', '6-17/other', '15-29/participant', '15-29/other', 'parents/participant']);
});

test('Bilagsfigur 3.5: parental restgruppe at the group\'s age, only those living at home', async () => {
  const c = cells(await runIndicator(await world(W), spec('bfig-3.5')));
  // c1 at age 0: yes (at 6 it would be no); c2 at 6: no (at 0 yes), c4 at 6: yes
  assert.deepEqual(c['0-6/participant'], [1, 1, 1]);
  assert.deepEqual(c['6-17/participant'], [0.5, 2, 1]);
  // o1 no; o5 has no status and is left out
  assert.deepEqual(c['0-6/other'], [0, 1, 0]);
  assert.deepEqual(c['6-17/other'], [0.5, 2, 1]);
  // c5 and c3 do not live at home; o3 at 15: yes
  assert.equal(c['15-29/participant'], undefined);
  assert.deepEqual(c['15-29/other'], [1, 1, 1]);
});

test('Bilagsfigur 3.8: absence above 10 % by school stage of the school year starting in the year', async () => {
  const c = cells(await runIndicator(await world(W), spec('bfig-3.8')));
  assert.deepEqual(c['mellemtrin/participant'], [1, 1, 1]); // c2 12.5 %
  assert.deepEqual(c['udskoling/participant'], [0, 1, 0]); // c4 exactly 10 % is not above
  assert.deepEqual(c['mellemtrin/other'], [1, 1, 1]); // o2 15 %
  assert.equal(c['indskoling/other'], undefined); // o4 has no absence record
});

test('Bilagsfigur 3.9, 3.11: crime within the last 10 years, counted laws only', async () => {
  const conn = await world(W);
  const s = cells(await runIndicator(conn, spec('bfig-3.9')));
  // c4 suspected in 2019 = its year; c2 in 2019, after its year 2018; o2 in 2009 = 2018 - 9; o4 traffic only
  assert.deepEqual(s['6-17/participant'], [0.5, 2, 1]);
  assert.deepEqual(s['6-17/other'], [0.5, 2, 1]);
  const ch = cells(await runIndicator(conn, spec('bfig-3.11')));
  // c5 charged 2016 (narcotics) in its year; c3 in 2009 inside the window, o3 in 2008 outside it
  assert.deepEqual(ch['15-29/participant'], [1, 1, 1]);
  assert.deepEqual(ch['15-29/other'], [0.5, 2, 1]);
});

test('Bilagsfigur 3.4: listed psychiatric diagnoses up to the year of measurement, groups from 6', async () => {
  const c = cells(await runIndicator(await world(W), spec('bfig-3.4')));
  assert.deepEqual(c['parents/participant'], [0, 1, 0]); // c6: DF320 (mild depression) and DF840 (autism) are not listed
  assert.deepEqual(c['15-29/other'], [0.5, 2, 1]); // o3 DF321 in 2018; c3 DF432 only in 2019
  assert.equal(c['0-6/participant'], undefined);
});

test('Bilag 3 disclosure: a pooled universe of its own with the concept splits as partitions', () => {
  const d = disclosureSpecFor(spec('bfig-3.3'));
  assert.ok('universe' in d && 'dimensions' in d);
  assert.equal(d.universe, 'residents:all:among:b3_from_6:pooled:2006-2021');
  assert.deepEqual(d.dimensions, [
    { column: 'b3_group', kind: 'partition', parts: ['0-6', '6-17', '15-29', 'parents'] },
    { column: 'b3_participant', kind: 'partition', parts: ['participant', 'other'] },
  ]);
});

/**
 * Bilagsfigur 7.2. Six 12-year-olds of the 10-17 group in supported areas in 2018:
 *   k1 mother m1 charged 2018 (criminal code)          -> yes, suspected 2018
 *   k2 mother m2 charged 2017 only                     -> no
 *   k3 mother m3 charged 2018 under the traffic act    -> no, suspected 2018
 *   k4 no parent at home                               -> no
 *   k5 father f5 prison sentence 2018 (narcotics)      -> yes
 *   k6 father f6 fine 2018 (SANKTION 3)                -> no
 */
test('Bilagsfigur 7.2: a parent at home charged or sentenced in the year', async () => {
  const kids = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
  const conn = await world({
    person_year: `(VALUES ${kids.map((k) => `('${k}', 2018, 12)`).join(', ')}) t(pnr, year, age)`,
    target_group_origin: `(VALUES ${kids.map((k) => `('${k}', 2018, '10-17', 'supported', 'no')`).join(', ')}) t(pnr, year, target_group, area_group, parental_restgruppe)`,
    family_parents: `(VALUES ('k1', 2018, 'm1'), ('k1', 2018, 'f1'), ('k2', 2018, 'm2'), ('k3', 2018, 'm3'), ('k5', 2018, 'f5'), ('k6', 2018, 'f6')) t(pnr, year, parent_pnr)`,
    krsi: `(VALUES ('m1', DATE '2018-04-01', 1, 1), ('m2', DATE '2017-12-31', 1, 1), ('m3', DATE '2018-04-01', 1, 2)) t(PNR, SIGT_DTO, SIGT_NR, LOV)`,
    kraf: `(VALUES ('f5', DATE '2018-09-01', 1, 3, 1), ('f6', DATE '2018-09-01', 1, 1, 3)) t(PNR, AFG_DTO, AFG_NR, LOV, SANKTION)`,
    krms: `(VALUES ('k1', DATE '2018-02-01', 1, 1), ('k3', DATE '2018-02-01', 1, 1)) t(PNR, MIST_DTO, MIST_NR, LOV)`,
  });
  const t = await runIndicator(conn, BFIG_7_2);
  const c = cells(t);
  assert.deepEqual(c['supported/yes'], [0.5, 2, 1]);
  assert.deepEqual(c['supported/no'], [0.25, 4, 1]);
  assert.equal(t.rows[0].year, 2018);
  assert.deepEqual(t.rows.map((r) => r.keys.parent_charge), ['yes', 'no']);
});

test('the report lists participants before the other residents and the groups in the report\'s order', () => {
  const row = (g: string, p: string) => ({ keys: { b3_group: g, b3_participant: p }, year: null, value: 0.5, n: 10, lower: null, upper: null });
  const t: ResultTable = { ...spec('bfig-3.3'), keyColumns: ['b3_group', 'b3_participant'], rows: [row('parents', 'other'), row('6-17', 'other'), row('6-17', 'participant')] };
  assert.deepEqual(codeOrder(t, 'b3_participant'), ['participant', 'other']);
  assert.deepEqual(codeOrder(t, 'b3_group'), ['6-17', 'parents']);
});
