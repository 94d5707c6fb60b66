import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bef, buildFixture, personYears, query } from './fixture.ts';

// Two years of one family with a child turning 15 in 2010, a single mother with two small
// children, a family with a negative income, and two families with a missing IND row.
const extract = {
  bef: [
    // Family A: a3 turns 15 in 2010 (born 31 Dec 1995), a4 is 14 all of 2010.
    bef({ PNR: 'a1', AAR: 2009, FOED_DAG: '1970-03-01', FAMILIE_ID: 'FA', PLADS: 1 }),
    bef({ PNR: 'a2', AAR: 2009, FOED_DAG: '1972-06-01', FAMILIE_ID: 'FA', PLADS: 2, KOEN: 2 }),
    bef({ PNR: 'a3', AAR: 2009, FOED_DAG: '1995-12-31', FAMILIE_ID: 'FA', PLADS: 3 }),
    bef({ PNR: 'a4', AAR: 2009, FOED_DAG: '1996-01-01', FAMILIE_ID: 'FA', PLADS: 3 }),
    bef({ PNR: 'a1', AAR: 2010, FOED_DAG: '1970-03-01', FAMILIE_ID: 'FA', PLADS: 1 }),
    bef({ PNR: 'a2', AAR: 2010, FOED_DAG: '1972-06-01', FAMILIE_ID: 'FA', PLADS: 2, KOEN: 2 }),
    bef({ PNR: 'a3', AAR: 2010, FOED_DAG: '1995-12-31', FAMILIE_ID: 'FA', PLADS: 3 }),
    bef({ PNR: 'a4', AAR: 2010, FOED_DAG: '1996-01-01', FAMILIE_ID: 'FA', PLADS: 3 }),
    // Family B: single mother, children aged 3 and 1.
    bef({ PNR: 'b1', AAR: 2010, FOED_DAG: '1980-01-01', FAMILIE_ID: 'FB', PLADS: 1, KOEN: 2 }),
    bef({ PNR: 'b2', AAR: 2010, FOED_DAG: '2007-05-05', FAMILIE_ID: 'FB', PLADS: 3 }),
    bef({ PNR: 'b3', AAR: 2010, FOED_DAG: '2009-02-02', FAMILIE_ID: 'FB', PLADS: 3 }),
    // c1 alone with a negative income.
    bef({ PNR: 'c1', AAR: 2010, FOED_DAG: '1960-01-01' }),
    // Family D: the adult has no IND row. Family E: the child has none.
    bef({ PNR: 'd1', AAR: 2010, FOED_DAG: '1975-01-01', FAMILIE_ID: 'FD', PLADS: 1 }),
    bef({ PNR: 'd2', AAR: 2010, FOED_DAG: '2005-01-01', FAMILIE_ID: 'FD', PLADS: 3 }),
    bef({ PNR: 'e1', AAR: 2010, FOED_DAG: '1975-01-01', FAMILIE_ID: 'FE', PLADS: 1 }),
    bef({ PNR: 'e2', AAR: 2010, FOED_DAG: '2005-01-01', FAMILIE_ID: 'FE', PLADS: 3 }),
  ],
  ind: [
    { PNR: 'a1', AAR: 2009, DISPON_13: 280_000 }, { PNR: 'a2', AAR: 2009, DISPON_13: 190_000 },
    { PNR: 'a3', AAR: 2009, DISPON_13: 5_000 }, { PNR: 'a4', AAR: 2009, DISPON_13: 0 },
    { PNR: 'a1', AAR: 2010, DISPON_13: 300_000 }, { PNR: 'a2', AAR: 2010, DISPON_13: 200_000 },
    { PNR: 'a3', AAR: 2010, DISPON_13: 10_000 }, { PNR: 'a4', AAR: 2010, DISPON_13: 0 },
    { PNR: 'b1', AAR: 2010, DISPON_13: 160_000 }, { PNR: 'b2', AAR: 2010, DISPON_13: 0 },
    { PNR: 'b3', AAR: 2010, DISPON_13: 0 },
    { PNR: 'c1', AAR: 2010, DISPON_13: -20_000 },
    { PNR: 'd2', AAR: 2010, DISPON_13: 0 },
    { PNR: 'e1', AAR: 2010, DISPON_13: 100_000 },
  ],
};

test('a child turning 15 weighs 0.5, a 14-year-old 0.3 (OECD modified scale, age at year end)', async () => {
  const conn = await buildFixture(extract);
  const y2010 = await personYears(conn, 2010);
  assert.equal(y2010.get('a3')?.age, 15);
  assert.equal(y2010.get('a4')?.age, 14);
  for (const pnr of ['a1', 'a2', 'a3', 'a4']) {
    const p = y2010.get(pnr);
    // 1 (a1) + 0.5 (a2) + 0.5 (a3, 15) + 0.3 (a4, 14) = 2.3; 300,000 + 200,000 + 10,000 + 0.
    assert.equal(p?.eq_scale, 2.3);
    assert.equal(p?.family_income, 510_000);
    assert.ok(Math.abs(Number(p?.eq_income) - 510_000 / 2.3) < 1e-6);
  }
  assert.equal(y2010.get('a3')?.disp_income, 10_000);
  // In 2009 a3 is 14: 1 + 0.5 + 0.3 + 0.3 = 2.1 on 475,000.
  const y2009 = await personYears(conn, 2009);
  assert.equal(y2009.get('a3')?.eq_scale, 2.1);
  assert.ok(Math.abs(Number(y2009.get('a3')?.eq_income) - 475_000 / 2.1) < 1e-6);
});

test('a single parent with two small children: 1 + 0.3 + 0.3, the same income for all three', async () => {
  const conn = await buildFixture(extract);
  const y = await personYears(conn, 2010);
  for (const pnr of ['b1', 'b2', 'b3']) {
    assert.equal(y.get(pnr)?.eq_scale, 1.6);
    assert.equal(y.get(pnr)?.eq_income, 100_000); // 160,000 / 1.6
  }
});

test('negative income is kept in eq_income and floored at 0 in eq_income_nonneg', async () => {
  const conn = await buildFixture(extract);
  const c1 = (await personYears(conn, 2010)).get('c1');
  assert.equal(c1?.eq_income, -20_000);
  assert.equal(c1?.eq_income_nonneg, 0);
});

test('an adult without IND makes the family income missing; a child without IND adds 0', async () => {
  const conn = await buildFixture(extract);
  const y = await personYears(conn, 2010);
  for (const pnr of ['d1', 'd2']) {
    assert.equal(y.get(pnr)?.family_income, null);
    assert.equal(y.get(pnr)?.eq_income, null);
    assert.equal(y.get(pnr)?.poor, null);
  }
  assert.equal(y.get('e2')?.disp_income, null);
  assert.equal(y.get('e2')?.family_income, 100_000);
  assert.ok(Math.abs(Number(y.get('e2')?.eq_income) - 100_000 / 1.3) < 1e-6);
});

test('family_year has one row per family and year', async () => {
  const conn = await buildFixture(extract);
  const rows = await query(conn, `SELECT family_id, year, n_members, n_adults FROM family_year ORDER BY year, family_id`);
  assert.deepEqual(rows.map((r) => `${r.year}:${r.family_id}:${r.n_members}:${r.n_adults}`), [
    '2009:FA:4:2', '2010:F-c1:1:1', '2010:FA:4:2', '2010:FB:3:1', '2010:FD:2:1', '2010:FE:2:1',
  ]);
});
