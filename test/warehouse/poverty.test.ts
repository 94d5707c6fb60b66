import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bef, buildFixture, personYears, query, type Row } from './fixture.ts';

const Y = 2015;
/** A one-person family with an income, and optionally wealth and SOCIO13. */
function single(pnr: string, income: number | null, extra: { wealth?: number; socio13?: number } = {}): { bef: Row; ind: Row[]; akm: Row[] } {
  return {
    bef: bef({ PNR: pnr, AAR: Y, FOED_DAG: '1980-06-01' }),
    ind: income === null ? [] : [{ PNR: pnr, AAR: Y, DISPON_13: income, FORMREST_NY05: extra.wealth ?? 0 }],
    akm: extra.socio13 === undefined ? [] : [{ PNR: pnr, AAR: Y, SOCIO13: extra.socio13 }],
  };
}
function extractOf(people: { bef: Row; ind: Row[]; akm: Row[] }[], kotre: Row[] = []) {
  return {
    bef: people.map((p) => p.bef),
    ind: people.flatMap((p) => p.ind),
    akm: people.flatMap((p) => p.akm),
    kotre,
  };
}

test('median and poverty line on a 5-person population; missing income is left out', async () => {
  // Sorted incomes -50,000 100,000 200,000 260,000 400,000: median 200,000, line 100,000.
  // p6 has no IND row: not in the median, poverty unknown.
  const conn = await buildFixture(extractOf([
    single('p1', -50_000), single('p2', 100_000), single('p3', 200_000),
    single('p4', 260_000), single('p5', 400_000), single('p6', null),
  ]));
  const [line] = await query(conn, `SELECT median_eq_income, poverty_line, n_with_income FROM poverty_line_year`);
  assert.equal(line.median_eq_income, 200_000);
  assert.equal(line.poverty_line, 100_000);
  assert.equal(line.n_with_income, 5);
  const y = await personYears(conn, Y);
  assert.equal(y.get('p1')?.poor, true); // a negative income is below the line
  assert.equal(y.get('p2')?.poor, false); // exactly at the line is not below it
  assert.equal(y.get('p3')?.poor, false);
  assert.equal(y.get('p6')?.poor, null);
  assert.equal(y.get('p1')?.poverty_line, 100_000);
});

test('a student and a person with wealth below the line are not poor (even-count median)', async () => {
  // Sorted: 10,000 (s1) 15,000 (k1) 20,000 (w1) 30,000 (p1) | 200,000 300,000 400,000 500,000.
  // Median (30,000 + 200,000) / 2 = 115,000; line 57,500. All four low ones are below it.
  const conn = await buildFixture(extractOf([
    single('s1', 10_000, { socio13: 310 }), // student by SOCIO13
    single('k1', 15_000, { socio13: 330 }), // student by an ongoing KOTRE spell on 1 October
    single('w1', 20_000, { wealth: 500_000 }), // wealth above 100,000 per adult
    single('p1', 30_000, { wealth: 100_000 }), // wealth exactly 100,000: not above the threshold
    single('r1', 200_000), single('r2', 300_000), single('r3', 400_000), single('r4', 500_000),
  ], [{ PNR: 'k1', UDD: 5010, ELEV3_VFRA: '2014-09-01', ELEV3_VTIL: null, UDFALD: 3 }]));
  const [line] = await query(conn, `SELECT poverty_line FROM poverty_line_year`);
  assert.equal(line.poverty_line, 57_500);
  const y = await personYears(conn, Y);
  assert.deepEqual(['s1', 'k1', 'w1', 'p1', 'r1'].map((p) => y.get(p)?.poor), [false, false, false, true, false]);
  assert.deepEqual(['s1', 'k1', 'w1', 'p1'].map((p) => y.get(p)?.student), [true, true, false, false]);
  assert.deepEqual(['s1', 'w1', 'p1'].map((p) => y.get(p)?.has_wealth), [false, true, false]);
});

test('student and wealth are family rules: adults decide, wealth is per adult', async () => {
  const child = (pnr: string, family: string): Row =>
    bef({ PNR: pnr, AAR: Y, FOED_DAG: '2007-03-01', FAMILIE_ID: family, PLADS: 3 });
  const adult = (pnr: string, family: string, plads: number): Row =>
    bef({ PNR: pnr, AAR: Y, FOED_DAG: '1985-03-01', FAMILIE_ID: family, PLADS: plads });
  const rich = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((p) => single(p, 200_000));
  const conn = await buildFixture({
    bef: [
      ...rich.map((p) => p.bef),
      adult('q1', 'FQ', 1), child('q2', 'FQ'), // student parent: 40,000 / 1.3
      adult('z1', 'FZ', 1), child('z2', 'FZ'), // parent on benefits, child in school: 40,000 / 1.3
      adult('v1', 'FV', 1), adult('v2', 'FV', 2), // couple: 40,000 / 1.5, wealth 150,000 / 2 adults
    ],
    ind: [
      ...rich.flatMap((p) => p.ind),
      { PNR: 'q1', AAR: Y, DISPON_13: 40_000 }, { PNR: 'q2', AAR: Y, DISPON_13: 0 },
      { PNR: 'z1', AAR: Y, DISPON_13: 40_000 }, { PNR: 'z2', AAR: Y, DISPON_13: 0 },
      { PNR: 'v1', AAR: Y, DISPON_13: 30_000, FORMREST_NY05: 150_000 },
      { PNR: 'v2', AAR: Y, DISPON_13: 10_000, FORMREST_NY05: 0 },
    ],
    akm: [{ PNR: 'q1', AAR: Y, SOCIO13: 310 }, { PNR: 'z1', AAR: Y, SOCIO13: 330 }],
    kotre: [{ PNR: 'z2', UDD: 1005, ELEV3_VFRA: '2013-08-10', ELEV3_VTIL: null, UDFALD: 3 }],
  });
  // 12 persons: 26,666.67 x2, 30,769.23 x4, 200,000 x6. Median (30,769.23 + 200,000) / 2.
  const [line] = await query(conn, `SELECT poverty_line FROM poverty_line_year`);
  assert.ok(Math.abs(Number(line.poverty_line) - (40_000 / 1.3 + 200_000) / 4) < 1e-6);
  const y = await personYears(conn, Y);
  // The child of a student is not poor; a schoolchild (in education) of a non-student is.
  assert.deepEqual(['q1', 'q2', 'z1', 'z2'].map((p) => y.get(p)?.poor), [false, false, true, true]);
  assert.equal(y.get('z2')?.student, true);
  assert.equal(y.get('z2')?.student_family, false);
  // 150,000 of wealth over two adults is 75,000 each: no wealth, so the couple is poor.
  assert.deepEqual(['v1', 'v2'].map((p) => [y.get(p)?.has_wealth, y.get(p)?.poor]), [[false, true], [false, true]]);
});

test('the wealth threshold is a setting', async () => {
  // Median 200,000, line 100,000: p1 is below it with 60,000 of wealth.
  const people = [single('p1', 30_000, { wealth: 60_000 }), single('r1', 200_000), single('r2', 300_000)];
  const lowered = (await personYears(await buildFixture(extractOf(people), { wealthThreshold: 50_000 }), Y)).get('p1');
  assert.deepEqual([lowered?.has_wealth, lowered?.poor], [true, false]);
  const standard = (await personYears(await buildFixture(extractOf(people)), Y)).get('p1');
  assert.deepEqual([standard?.has_wealth, standard?.poor], [false, true]);
});
