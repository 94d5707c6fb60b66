import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bef, buildFixture, personYears, query } from './fixture.ts';

const lbf = {
  lbf_afdeling: [{ AFD_ID: 'A1', KOM: 101 }, { AFD_ID: 'A2', KOM: 101 }, { AFD_ID: 'A3', KOM: 101 }],
  lbf_helhedsplan: [
    { PLAN_ID: 'P1', PULJE: '2006-10', START_AAR: 2007, SLUT_AAR: 2010, KOM: 101 },
    { PLAN_ID: 'P2', PULJE: '2015-18', START_AAR: 2016, SLUT_AAR: 2019, KOM: 101 },
  ],
  lbf_plan_afdeling: [{ PLAN_ID: 'P1', AFD_ID: 'A1' }, { PLAN_ID: 'P2', AFD_ID: 'A2' }],
};

test('area groups are nested: supported in social housing in population, whatever the plan years', async () => {
  const conn = await buildFixture({
    ...lbf,
    bef: [
      bef({ PNR: 's1', AAR: 2012, FOED_DAG: '1980-01-01', AFD_ID: 'A1' }),
      bef({ PNR: 's2', AAR: 2012, FOED_DAG: '1980-01-01', AFD_ID: 'A2' }), // plan starts only in 2016
      bef({ PNR: 'h1', AAR: 2012, FOED_DAG: '1980-01-01', AFD_ID: 'A3' }), // never in a plan
      bef({ PNR: 'x1', AAR: 2012, FOED_DAG: '1980-01-01' }),
    ],
  });
  const groups = await query(conn, `
    SELECT area_group, count(*)::INTEGER AS n, string_agg(pnr, ',' ORDER BY pnr) AS who
    FROM area_group_member GROUP BY area_group ORDER BY area_group`);
  assert.deepEqual(groups, [
    { area_group: 'population', n: 4, who: 'h1,s1,s2,x1' },
    { area_group: 'social_housing', n: 3, who: 'h1,s1,s2' },
    { area_group: 'supported', n: 2, who: 's1,s2' },
  ]);
  const y = await personYears(conn, 2012);
  assert.deepEqual(['s1', 's2', 'h1', 'x1'].map((p) => [y.get(p)?.supported, y.get(p)?.social_housing]),
    [[true, true], [true, true], [false, true], [false, false]]);
});

test('origin: MENAPT immigrants and descendants; Danish origin is non-MENAPT whatever OPR_LAND says', async () => {
  const conn = await buildFixture({
    bef: [
      bef({ PNR: 'o1', AAR: 2012, FOED_DAG: '1980-01-01', IE_TYPE: 2, OPR_LAND: 'IRQ', INDV_AAR: 1995 }),
      bef({ PNR: 'o2', AAR: 2012, FOED_DAG: '2000-01-01', IE_TYPE: 3, OPR_LAND: 'TUR' }),
      bef({ PNR: 'o3', AAR: 2012, FOED_DAG: '1980-01-01', IE_TYPE: 2, OPR_LAND: 'SWE', INDV_AAR: 2001 }),
      bef({ PNR: 'o4', AAR: 2012, FOED_DAG: '1980-01-01', IE_TYPE: 1, OPR_LAND: 'TUR' }),
      bef({ PNR: 'o5', AAR: 2012, FOED_DAG: '1980-01-01', KOEN: 2 }),
    ],
  });
  const y = await personYears(conn, 2012);
  assert.deepEqual(['o1', 'o2', 'o3', 'o4', 'o5'].map((p) => y.get(p)?.origin),
    ['menapt', 'menapt', 'non_menapt', 'non_menapt', 'non_menapt']);
  assert.deepEqual(['o1', 'o5'].map((p) => y.get(p)?.sex), ['male', 'female']);
});

test('family_parents: the E-family adults of each child at home, with their relation to the child', async () => {
  const conn = await buildFixture({
    bef: [
      // Child k1 lives with its mother m1 and her partner t1; its legal father f1 lives elsewhere.
      bef({ PNR: 'm1', AAR: 2012, FOED_DAG: '1980-01-01', FAMILIE_ID: 'F1', PLADS: 1, KOEN: 2 }),
      bef({ PNR: 't1', AAR: 2012, FOED_DAG: '1978-01-01', FAMILIE_ID: 'F1', PLADS: 2 }),
      bef({ PNR: 'k1', AAR: 2012, FOED_DAG: '2006-01-01', FAMILIE_ID: 'F1', PLADS: 3, MOR_ID: 'm1', FAR_ID: 'f1' }),
      bef({ PNR: 'f1', AAR: 2012, FOED_DAG: '1979-01-01', FAMILIE_ID: 'F2', PLADS: 1 }),
      // k2 (aged 20, still at home) lives with its single father f2.
      bef({ PNR: 'f2', AAR: 2012, FOED_DAG: '1965-01-01', FAMILIE_ID: 'F3', PLADS: 1 }),
      bef({ PNR: 'k2', AAR: 2012, FOED_DAG: '1992-01-01', FAMILIE_ID: 'F3', PLADS: 3, FAR_ID: 'f2' }),
      // The same ids in another year: the family is taken year by year.
      bef({ PNR: 'k1', AAR: 2013, FOED_DAG: '2006-01-01', FAMILIE_ID: 'F1', PLADS: 3, MOR_ID: 'm1', FAR_ID: 'f1' }),
      bef({ PNR: 'm1', AAR: 2013, FOED_DAG: '1980-01-01', FAMILIE_ID: 'F1', PLADS: 1, KOEN: 2 }),
    ],
  });
  const rows = await query(conn, `
    SELECT pnr, year, parent_pnr, parent_role, parent_plads FROM family_parents ORDER BY year, pnr, parent_pnr`);
  assert.deepEqual(rows, [
    { pnr: 'k1', year: 2012, parent_pnr: 'm1', parent_role: 'mother', parent_plads: 1 },
    { pnr: 'k1', year: 2012, parent_pnr: 't1', parent_role: 'step_parent', parent_plads: 2 },
    { pnr: 'k2', year: 2012, parent_pnr: 'f2', parent_role: 'father', parent_plads: 1 },
    { pnr: 'k1', year: 2013, parent_pnr: 'm1', parent_role: 'mother', parent_plads: 1 },
  ]);
});

test('firstYear and lastYear bound every derived relation', async () => {
  const conn = await buildFixture({
    bef: [2010, 2011, 2012, 2013].map((year) => bef({ PNR: 'y1', AAR: year, FOED_DAG: '1980-01-01' })),
    ind: [2010, 2011, 2012, 2013].map((year) => ({ PNR: 'y1', AAR: year, DISPON_13: 100_000 })),
    kotre: [{ PNR: 'y1', UDD: 3010, ELEV3_VFRA: '2009-08-01', ELEV3_VTIL: null, UDFALD: 3 }],
  }, { firstYear: 2011, lastYear: 2012 });
  const years = async (relation: string) =>
    (await query(conn, `SELECT DISTINCT year FROM ${relation} ORDER BY year`)).map((r) => r.year);
  for (const relation of ['person_year', 'area_group_member', 'family_year', 'poverty_line_year', 'in_education_year']) {
    assert.deepEqual(await years(relation), [2011, 2012], relation);
  }
  const leftovers = await query(conn, `SELECT table_name FROM information_schema.tables WHERE table_name = 'wh_person_core'`);
  assert.equal(leftovers.length, 0);
});
