/**
 * The populations read the real warehouse: contract tables → buildWarehouse → buildPopulations.
 * Proves the column names and types line up (person_year, family_parents, elev), not the rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bef, buildFixture, query } from '../warehouse/fixture.ts';
import { buildPopulations } from '../../src/populations/build.ts';

test('buildPopulations runs on a warehouse built from contract tables', async () => {
  const years = [2010, 2011, 2012];
  const conn = await buildFixture({
    lbf_afdeling: [{ AFD_ID: 'A1', KOM: 101 }],
    lbf_helhedsplan: [{ PLAN_ID: 'P1', PULJE: '2011-14', START_AAR: 2012, SLUT_AAR: 2014, KOM: 101 }],
    lbf_plan_afdeling: [{ PLAN_ID: 'P1', AFD_ID: 'A1' }],
    bef: years.flatMap((year) => [
      // Mother m (basic education, on social assistance: restgruppe) and her child k, born 2010, living
      // in supported department A1 in 2010 and 2011, private housing in 2012.
      bef({ PNR: 'm', AAR: year, FOED_DAG: '1985-05-01', KOEN: 2, FAMILIE_ID: 'F1', PLADS: 1, AFD_ID: year < 2012 ? 'A1' : null }),
      bef({ PNR: 'k', AAR: year, FOED_DAG: '2010-03-01', FAMILIE_ID: 'F1', PLADS: 3, MOR_ID: 'm', AFD_ID: year < 2012 ? 'A1' : null }),
    ]),
    udda: years.map((year) => ({ PNR: 'm', AAR: year, HFAUDD: 1010, HF_KILDE: 1 })),
    akm: years.map((year) => ({ PNR: 'm', AAR: year, SOCIO13: 330 })),
    elev: [],
  });
  const report = await buildPopulations(conn);
  assert.deepEqual(report.warnings.filter((w) => w.includes("elev")), []);
  assert.match(report.warnings.join(), /person_year starts in 2010/);
  // k: supported at ages 0-1 (2010-2011): a pair from 2010, so 0-6 supported 2010-2012.
  const member = await query(conn, `SELECT year FROM target_group_member
    WHERE pnr = 'k' AND target_group = '0-6' AND area_group = 'supported' ORDER BY year`);
  assert.deepEqual(member.map((r) => r.year), [2010, 2011, 2012]);
  // The mother is in the restgruppe in 2010 (grundskole, SOCIO13 330): 'yes' at age 0 and at birth.
  const p = await query(conn, `SELECT parental_restgruppe, rule_used FROM parental_restgruppe WHERE pnr = 'k' AND measured_at_age = 0`);
  assert.deepEqual(p, [{ parental_restgruppe: 'yes', rule_used: 'home_parents' }]);
  const mb = await query(conn, `SELECT value FROM mother_restgruppe_at_birth WHERE pnr = 'k'`);
  assert.deepEqual(mb, [{ value: 'yes' }]);
});
