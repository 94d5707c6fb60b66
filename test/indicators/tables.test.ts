import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runTable, tableDisclosureSpec, tableParts } from '../../src/indicators/run-table.ts';
import type { TableSpec } from '../../src/indicators/table-spec.ts';
import { applyDisclosure } from '../../src/disclosure/index.ts';
import { ALL_INDICATORS, ALL_TABLES } from '../../src/indicators/specs/index.ts';
import { ALL_TARGETS } from '../../src/calibration/index.ts';
import { TABLE_TARGETS } from '../../src/calibration/targets-tables.ts';
import { CONCEPTS } from '../../src/indicators/concepts.ts';

const meta = { chapter: 3, kind: 'table' as const, title: { da: 't', en: 't' }, note: { da: '', en: '' } };

/**
 * Six residents in 2019 (and two of them again in 2018):
 *   pnr  age  supported social  poor   eq_income_nonneg
 *   a1   9    yes       yes     yes    100
 *   a2   9    yes       yes     no     300
 *   a3   9    no        yes     no     500
 *   a4   9    no        no      yes    200
 *   a5   9    no        no      no     900
 *   a6   30   no        no      yes    50      (outside the ages)
 *   a1, a4 in 2018 at age 8 (outside the years of the items below, unless overridden)
 */
async function residents(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE person_year AS SELECT * FROM (VALUES
      ('a1', 2019, 9,  true,  true,  true,  100.0),
      ('a2', 2019, 9,  true,  true,  false, 300.0),
      ('a3', 2019, 9,  false, true,  false, 500.0),
      ('a4', 2019, 9,  false, false, true,  200.0),
      ('a5', 2019, 9,  false, false, false, 900.0),
      ('a6', 2019, 30, false, false, true,  50.0),
      ('a1', 2018, 8,  true,  true,  true,  100.0),
      ('a4', 2018, 8,  false, false, false, 200.0)
    ) t(pnr, year, age, supported, social_housing, poor, eq_income_nonneg);
  `);
  return conn;
}

const engineTable: TableSpec = {
  ...meta, id: 'x-tab', unit: 'share',
  population: { ages: [9, 9], years: [2019, 2019], areaGroups: ['supported', 'population'] },
  by: ['area_group'],
  items: [
    { key: 'income', measure: { kind: 'mean', of: 'eq_income_nonneg' } },
    { key: 'poor', label: { da: 'Fattig', en: 'Poor' }, measure: { kind: 'share', of: 'poor' } },
    // an item on other persons: 8-year-olds in 2018
    { key: 'poor8', measure: { kind: 'share', of: 'poor' }, population: { ages: [8, 8], years: [2018, 2018] } },
  ],
  itemsShare: 'own',
};

test('a table stacks its items in declared order with an item key, means flagged among shares', async () => {
  const conn = await residents();
  const t = await runTable(conn, engineTable);
  assert.deepEqual(t.keyColumns, ['item', 'area_group']);
  assert.deepEqual([...new Set(t.rows.map((r) => r.keys.item))], ['income', 'poor', 'poor8']);
  const cell = (item: string, area: string) => t.rows.find((r) => r.keys.item === item && r.keys.area_group === area)!;
  // supported 9-year-olds: a1, a2 → mean income 200, poor 1/2; population: a1-a5 → 400, 2/5
  assert.equal(cell('income', 'supported').value, 200);
  assert.equal(cell('income', 'supported').extra?.is_mean, 1);
  assert.equal(cell('income', 'population').value, 400);
  assert.equal(cell('poor', 'supported').value, 0.5);
  assert.equal(cell('poor', 'population').extra?.count, 2);
  assert.equal(cell('poor', 'population').n, 5);
  // 2018, age 8: a1 (supported, poor) and a4 (not poor) → supported 1/1, population 1/2
  assert.equal(cell('poor8', 'supported').value, 1);
  assert.equal(cell('poor8', 'population').value, 0.5);
  assert.equal(cell('poor8', 'population').year, 2018);
  // social housing is not asked for
  assert.ok(t.rows.every((r) => r.keys.area_group !== 'social_housing'));
  // labels: declared, else the concept's description
  assert.equal(t.labels?.item.poor.da, 'Fattig');
  assert.equal(t.labels?.item.income.da, CONCEPTS.eq_income_nonneg.description.da);
});

test('row groups split by a yes/no concept, and the cell-count view shows n', async () => {
  const conn = await residents();
  const counts: TableSpec = {
    ...engineTable, id: 'x-btab', unit: 'count', show: 'n',
    items: [{ key: 'income', measure: { kind: 'mean', of: 'eq_income_nonneg' } }],
    groups: { column: 'poverty', parts: [{ code: 'poor', label: { da: 'p', en: 'p' }, among: ['poor'] }] },
  };
  assert.equal(tableParts(counts).length, 1);
  const t = await runTable(conn, counts);
  assert.deepEqual(t.keyColumns, ['item', 'poverty', 'area_group']);
  // poor 9-year-olds: supported a1; population a1, a4
  const pop = t.rows.find((r) => r.keys.area_group === 'population')!;
  assert.equal(pop.value, 2);
  assert.equal(pop.n, 2);
  assert.equal(pop.keys.poverty, 'poor');
  assert.equal(t.rows.find((r) => r.keys.area_group === 'supported')!.value, 1);
});

test('a table and its cell counts share a universe: a small cell is withheld in both', async () => {
  const conn = await residents();
  const tab: TableSpec = { ...engineTable, items: [engineTable.items[0]], universe: 'x' };
  const btab: TableSpec = { ...tab, id: 'x-btab', unit: 'count', show: 'n' };
  const tables = [await runTable(conn, tab), await runTable(conn, btab)];
  const specs = [tableDisclosureSpec(tab), tableDisclosureSpec(btab)];
  assert.deepEqual(specs.map((s) => ('universe' in s ? s.universe : null)), ['table:x', 'table:x']);
  const { tables: out } = applyDisclosure(tables, specs);
  // supported (n 2 < 5) goes in both tables; the population (n 5) stays: with supported withheld,
  // population − supported (3) cannot be worked out
  for (const t of out) {
    assert.equal(t.rows.find((r) => r.keys.area_group === 'supported')!.suppressed, 'primary', t.id);
    assert.equal(t.rows.find((r) => r.keys.area_group === 'population')!.suppressed, undefined, t.id);
  }
});

/**
 * Childhood risk factors at 0-6, by hand. Three children born 2013, 6 years old in 2019, each with
 * a person_year row for 2013-2019 (all in municipality 101, private housing unless stated):
 *   c1: mother m1 and father f1 at home every year; m1 has a depression (DF322) in 2016 (age 3).
 *   c2: m2 and f2 at home in 2013-2014; f2 leaves in 2015 (break 1); step-father s2 at home
 *       2016-2017 and gone in 2018 (break 2). m2 has autism (DF840, not on Bilagstabel 1.2) in 2016.
 *   c3: m3 alone; moves municipality 2014, 2015, 2016 and 2017 (4 moves > 3); m3 has a depression in
 *       2020 (after the window). A charge of m3 under the traffic act (LOV 2) in 2015 does not count,
 *       one under the criminal code (LOV 1) in 2012 is before the birth year.
 * Expected shares among the three: breaks ≥ 2 1/3 (c2), psychiatric 1/3 (c1), moves > 3 1/3 (c3),
 * parent's crime 0, none of them 0 (each has one).
 */
async function families(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const years = [2013, 2014, 2015, 2016, 2017, 2018, 2019];
  const kids = years.flatMap((y) => [
    `('c1', ${y}, ${y - 2013}, 101, NULL, 'm1', 'f1')`,
    `('c2', ${y}, ${y - 2013}, 101, NULL, 'm2', 'f2')`,
    `('c3', ${y}, ${y - 2013}, ${y >= 2014 && y <= 2017 ? 102 + (y % 2) : 101}, NULL, 'm3', NULL)`,
  ]);
  const home = [
    ...years.flatMap((y) => [`('c1', ${y}, 'm1')`, `('c1', ${y}, 'f1')`, `('c2', ${y}, 'm2')`, `('c3', ${y}, 'm3')`]),
    `('c2', 2013, 'f2')`, `('c2', 2014, 'f2')`, `('c2', 2016, 's2')`, `('c2', 2017, 's2')`,
  ];
  await conn.run(`
    CREATE TABLE person_year AS SELECT *, false AS supported, false AS social_housing FROM (VALUES ${kids.join(', ')})
      t(pnr, year, age, kom, afd_id, mor_id, far_id);
    CREATE TABLE family_parents AS SELECT * FROM (VALUES ${home.join(', ')}) t(pnr, year, parent_pnr);
    CREATE TABLE lpr AS SELECT * FROM (VALUES ('m1', DATE '2016-03-01', 'DF322'), ('m2', DATE '2016-05-01', 'DF840'), ('m3', DATE '2020-01-10', 'DF322'))
      t(PNR, D_INDDTO, DIAG);
    CREATE TABLE krsi AS SELECT * FROM (VALUES ('m3', DATE '2015-06-01', 1, 2), ('m3', DATE '2012-06-01', 1, 1)) t(PNR, SIGT_DTO, SIGT_NR, LOV);
    CREATE TABLE kraf (PNR VARCHAR, AFG_DTO DATE, AFG_NR INTEGER, LOV INTEGER, SANKTION INTEGER);
    CREATE TABLE misbrug (PNR VARCHAR, START_DTO DATE, KILDE VARCHAR);
    CREATE TABLE bufo (PNR VARCHAR, START_DTO DATE, SLUT_DTO DATE, FORANST_TYPE INTEGER);
  `);
  return conn;
}

test('risk factors at ages 0-6 by hand: break-ups, psychiatric treatment, moves, none', async () => {
  const conn = await families();
  const spec: TableSpec = {
    ...meta, id: 'x-risk', unit: 'share',
    population: { ages: [6, 6], years: [2019, 2019] },
    by: [],
    items: (['breaks', 'parent_crime', 'parent_psych', 'moves', 'none'] as const).map((k) => ({ key: k, measure: { kind: 'share', of: `risk_${k}_0_6` } })),
    itemsShare: 'persons',
  };
  const t = await runTable(conn, spec);
  const value = (k: string) => t.rows.find((r) => r.keys.item === k)!.value;
  assert.equal(value('breaks'), 1 / 3);
  assert.equal(value('parent_crime'), 0);
  assert.equal(value('parent_psych'), 1 / 3);
  assert.equal(value('moves'), 1 / 3);
  assert.equal(value('none'), 0);
  assert.ok(t.rows.every((r) => r.n === 3));
});

/**
 * Characteristics of 9-year-olds (born 2010) from the pupil register:
 *   k1 begins børnehaveklasse in school year 2016 (the year it turns 6): not postponed; absence
 *      grades 0-3 in 2016-2019: 2, 4, 6, 8 → mean 5.
 *   k2 begins in 2017 (turns 7): postponed; absence grades 0-2: 10, 20, 30 → 20.
 *   k3 has no børnehaveklasse year: left out of the postponement share; absence only in grade 1: 3.
 * An extra pupil in the register's first school year (2015) marks where the register starts.
 * Shares: postponed 1/2; mean indskoling absence (5 + 20 + 3) / 3 = 28/3.
 */
test('school postponement and mean absence in indskoling by hand', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE person_year AS SELECT *, false AS supported, false AS social_housing FROM (VALUES
      ('k1', 2019, 9), ('k2', 2019, 9), ('k3', 2019, 9), ('k1', 2010, 0), ('k2', 2010, 0), ('k3', 2010, 0)) t(pnr, year, age);
    CREATE TABLE elev AS SELECT * FROM (VALUES
      ('z', 2015, 0, 1),
      ('k1', 2016, 0, 1), ('k1', 2017, 1, 1), ('k1', 2018, 2, 1), ('k1', 2019, 3, 1),
      ('k2', 2017, 0, 1), ('k2', 2018, 1, 1), ('k2', 2019, 2, 1),
      ('k3', 2018, 1, 1)) t(PNR, SKOLEAAR, KLASSETRIN, SKOLETYPE);
    CREATE TABLE fravaer AS SELECT * FROM (VALUES
      ('k1', 2016, 2.0), ('k1', 2017, 4.0), ('k1', 2018, 6.0), ('k1', 2019, 8.0),
      ('k2', 2017, 10.0), ('k2', 2018, 20.0), ('k2', 2019, 30.0), ('k3', 2018, 3.0)) t(PNR, SKOLEAAR, FRAVAER_PCT);
    CREATE TABLE trivsel (PNR VARCHAR, SKOLEAAR INTEGER, TRIVSEL DOUBLE);
  `);
  const spec: TableSpec = {
    ...meta, id: 'x-school', unit: 'share',
    population: { ages: [9, 9], years: [2019, 2019] },
    by: [],
    items: [
      { key: 'postponed', measure: { kind: 'share', of: 'school_postponed' } },
      { key: 'absence', measure: { kind: 'mean', of: 'absence_indskoling' } },
    ],
    itemsShare: 'own',
  };
  const t = await runTable(conn, spec);
  const row = (k: string) => t.rows.find((r) => r.keys.item === k)!;
  assert.equal(row('postponed').value, 0.5);
  assert.equal(row('postponed').n, 2);
  assert.ok(Math.abs((row('absence').value ?? 0) - 28 / 3) < 1e-9);
  assert.equal(row('absence').n, 3);
});

test('every table exhibit: unique id, item keys and concepts that exist, a spec the disclosure model accepts', () => {
  const ids = new Set<string>();
  for (const t of ALL_TABLES) {
    assert.ok(!ids.has(t.id), t.id);
    ids.add(t.id);
    assert.ok(tableParts(t).length >= t.items.length);
    for (const i of t.items) assert.ok(Object.hasOwn(CONCEPTS, i.measure.of), `${t.id}: ${i.measure.of}`);
    const d = tableDisclosureSpec(t);
    assert.ok('dimensions' in d && d.dimensions[0].column === 'item');
  }
  // the cell-count tables name their table's universe
  const universe = (id: string) => { const t = ALL_TABLES.find((x) => x.id === id)!; return tableDisclosureSpec(t); };
  assert.deepEqual(universe('btab-5.1'), { ...universe('tab-3.2'), id: 'btab-5.1' });
});

/**
 * Dropout from youth education at 21 (Tab 6.3), by hand. Four 21-year-olds in 2019 (KOTRE spells):
 *   d1: gymnasium (H1 20) interrupted 2018, nothing completed → dropout, one interruption.
 *   d2: gymnasium interrupted 2017, vocational (H1 30) completed 2019 → not a dropout.
 *   d3: 10th grade (H1 10) interrupted 2014 and vocational interrupted 2016 → dropout, two
 *       interruptions (dropped out before).
 *   d4: vocational interrupted in 2020, after the year → not a dropout (yet).
 * Dropout share 2/4; among the dropouts (d1, d3), dropped out before 1/2.
 */
test('dropout from youth education at 21 and earlier dropout, by hand', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE person_year AS SELECT *, 2019 AS year, 21 AS age, false AS supported, false AS social_housing
      FROM (VALUES ('d1'), ('d2'), ('d3'), ('d4')) t(pnr);
    CREATE TABLE kotre AS SELECT * FROM (VALUES
      ('d1', 2010, DATE '2016-08-01', DATE '2018-03-01', 2),
      ('d2', 2010, DATE '2015-08-01', DATE '2017-03-01', 2), ('d2', 3010, DATE '2017-08-01', DATE '2019-06-30', 1),
      ('d3', 1010, DATE '2013-08-01', DATE '2014-03-01', 2), ('d3', 3010, DATE '2014-08-01', DATE '2016-03-01', 2),
      ('d4', 3010, DATE '2018-08-01', DATE '2020-03-01', 2)) t(PNR, UDD, ELEV3_VFRA, ELEV3_VTIL, UDFALD);
  `);
  const spec: TableSpec = {
    ...meta, id: 'x-dropout', unit: 'share',
    population: { ages: [21, 21], years: [2019, 2019] },
    by: [],
    items: [
      { key: 'dropout', measure: { kind: 'share', of: 'youth_dropout_21' } },
      { key: 'prior', measure: { kind: 'share', of: 'prior_dropout_21' }, population: { among: ['youth_dropout_21'] } },
    ],
    itemsShare: 'own',
  };
  const t = await runTable(conn, spec);
  const row = (k: string) => t.rows.find((r) => r.keys.item === k)!;
  assert.equal(row('dropout').value, 0.5);
  assert.equal(row('dropout').n, 4);
  assert.equal(row('prior').value, 0.5);
  assert.equal(row('prior').n, 2);
});

test('every table target names an exhibit cell that exists: key columns, item and group codes, years', () => {
  const ids = ALL_TARGETS.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length, 'target ids are unique');
  for (const t of TABLE_TARGETS) {
    assert.equal(t.cell.kind, 'cell');
    if (t.cell.kind !== 'cell') continue;
    const table = ALL_TABLES.find((x) => x.id === t.cell.exhibit);
    if (!table) {
      const spec = ALL_INDICATORS.find((x) => x.id === t.cell.exhibit);
      assert.ok(spec, `${t.id}: no exhibit ${t.cell.exhibit}`);
      assert.deepEqual(Object.keys(t.cell.keys).sort(), [...spec!.by].sort(), t.id);
      continue;
    }
    const columns = ['item', ...(table.groups ? [table.groups.column] : []), ...table.by];
    assert.deepEqual(Object.keys(t.cell.keys).sort(), columns.sort(), t.id);
    const item = table.items.find((i) => i.key === t.cell.keys.item);
    assert.ok(item, `${t.id}: item ${t.cell.keys.item}`);
    const pop = { ...table.population, ...item!.population };
    assert.ok((pop.onlyYears ?? [t.cell.year]).includes(t.cell.year) && t.cell.year >= pop.years[0] && t.cell.year <= pop.years[1], `${t.id}: year`);
    if (table.groups) assert.ok(table.groups.parts.some((p) => p.code === t.cell.keys[table.groups!.column]), t.id);
  }
});

test('report: a table shows its own item labels, means among shares as means, and charts only the shares', async () => {
  const { renderExhibit } = await import('../../src/report/exhibit.ts');
  const conn = await residents();
  const t = await runTable(conn, engineTable);
  const html = renderExhibit(t, 'da', (_c, code) => code, { da: 'Kilde', en: 'Source' });
  assert.ok(html.includes('<td>Fattig</td>'), 'declared item label');
  assert.ok(!html.includes('<td>poor</td>'), 'no bare item code');
  // the supported mean income 200 is shown as "200,00", not as 20.000 per cent
  assert.ok(html.includes('200,00'));
  assert.ok(!html.includes('20.000,0'));
  // the chart draws the share rows on the share axis; the mean rows stay in the numbers table only
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  assert.ok(svg.length > 0, 'a chart of the shares');
  assert.ok(!svg.includes('20.000'), 'no mean on the share axis');
});
