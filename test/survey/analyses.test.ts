/**
 * The survey analyses on hand-built responses: shares, bases, person counting, the Table 8.8 bins and
 * a chi-square p-value checked by hand (and against R's chisq.test(correct = FALSE)).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  activityTables, backgroundTables, distributionTable, projectLeaderTables, runSurveyAnalyses, splitValue, SURVEY_EXEMPT_SPECS,
  type AnalysedResponse,
} from '../../src/survey/analyses.ts';
import { DISTRIBUTION_SPECS } from '../../src/survey/analysis-specs.ts';
import { applyDisclosure } from '../../src/disclosure/index.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { response } from './fixture.ts';

/** A response from the fixture's complete pupil, with answer overrides (codes as text) and background. */
function analysed(id: string, bg: Partial<AnalysedResponse>, overrides: Record<string, string> = {}): AnalysedResponse {
  const raw = response(id, overrides);
  const answers = new Map<string, readonly number[] | null>();
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'response_id' || k === 'year' || k === 'pnr') continue;
    answers.set(k, v === '' ? null : v.split(';').map(Number));
  }
  return { responseId: id, person: `person-${id}`, year: 2020, age: 14, sex: 'male', origin: 'menapt', neet: null, poor: null, answers, ...bg };
}

const row = (t: ResultTable, keys: Record<string, string>) => {
  const found = t.rows.find((r) => Object.entries(keys).every(([k, v]) => r.keys[k] === v));
  assert.ok(found, `row ${JSON.stringify(keys)} in ${t.id}`);
  return found;
};

test('a distribution by sex: shares, bases, counts, Wilson bounds and the chi-square p-value', () => {
  // boys: 6 yes / 4 no; girls: 2 yes / 8 no.  Expected 4 and 6 in every row; X² = 2·(4/4 + 4/6) = 3.3333,
  // df 1, p = 0.06789 (R: chisq.test(matrix(c(6, 2, 4, 8), 2), correct = FALSE)).
  const rs = [
    ...Array.from({ length: 10 }, (_, i) => analysed(`m${i}`, { sex: 'male' }, { ever_drunk_alcohol: i < 6 ? '1' : '2' })),
    ...Array.from({ length: 10 }, (_, i) => analysed(`f${i}`, { sex: 'female' }, { ever_drunk_alcohol: i < 2 ? '1' : '2' })),
  ];
  const t = distributionTable({ id: 'x', title: 'x', items: ['ever_drunk_alcohol'], split: ['sex'] }, rs);
  const boysYes = row(t, { sex: 'male', answer: '1' });
  assert.equal(boysYes.value, 0.6);
  assert.equal(boysYes.n, 10);
  assert.equal(boysYes.extra?.count, 6);
  assert.ok(Math.abs((boysYes.lower ?? 0) - 0.3127) < 1e-3 && Math.abs((boysYes.upper ?? 0) - 0.8318) < 1e-3, 'Wilson 95 % for 6/10');
  assert.equal(row(t, { sex: 'female', answer: '1' }).value, 0.2);
  assert.equal(row(t, { sex: 'female', answer: '2' }).extra?.count, 8);
  for (const r of t.rows) assert.ok(Math.abs((r.extra?.p_value ?? 0) - 0.06789) < 5e-5, `p ${r.extra?.p_value}`);
  assert.deepEqual(t.keyColumns, ['item', 'sex', 'answer']);
});

test('school items: respondents out of school are not in the base; "don\'t know" is a category of its own', () => {
  const rs = [
    analysed('a', {}, { like_school: '1' }),
    analysed('b', {}, { like_school: '1' }),
    analysed('c', {}, { like_school: '3' }),
    analysed('d', { age: 20 }, { in_school_or_education: '2', like_school: '', truancy_6m: '', academic_self_assessment: '', homework_help: '' }),
  ];
  const fig82 = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.2')!, rs);
  const menaptVery = row(fig82, { origin: 'menapt', answer: '1' });
  assert.equal(menaptVery.n, 3);
  assert.equal(menaptVery.value, 2 / 3);
  // no non-MENAPT responses: zero base, no share, no test
  const nonMenapt = row(fig82, { origin: 'non_menapt', answer: '1' });
  assert.equal(nonMenapt.n, 0);
  assert.equal(nonMenapt.value, null);
  assert.equal(menaptVery.extra?.p_value, null);
  // truancy "ved ikke" (code 4) has its own row
  const fig85 = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.5')!, [...rs, analysed('e', {}, { truancy_6m: '4' })]);
  assert.equal(row(fig85, { answer: '4' }).extra?.count, 1);
  assert.equal(row(fig85, { answer: '4' }).n, 4);
});

test('multi-choice: one share per option; NEET only among the 16-30-year-olds', () => {
  const rs = [
    analysed('a', { age: 20, neet: true }, { career_talk_with: '1;4' }),
    analysed('b', { age: 22, neet: true }, { career_talk_with: '4' }),
    analysed('c', { age: 19, neet: false }, { career_talk_with: '1;2' }),
    analysed('d', { age: 25, neet: false }, { career_talk_with: '6' }),
    analysed('e', { age: 14, neet: true }, { career_talk_with: '4' }), // under 16: not in fig-8.7
  ];
  assert.equal(splitValue(rs[4], 'neet'), null);
  const t = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.7')!, rs);
  assert.equal(row(t, { neet: 'neet', answer: '4' }).value, 1);
  assert.equal(row(t, { neet: 'neet', answer: '1' }).value, 0.5);
  assert.equal(row(t, { neet: 'not_neet', answer: '4' }).value, 0);
  assert.equal(row(t, { neet: 'not_neet', answer: '6' }).value, 0.5);
  assert.equal(row(t, { neet: 'neet', answer: '4' }).n, 2);
  // option 4 by NEET: [[2, 0], [0, 2]] → X² = 4, p = 0.0455
  assert.ok(Math.abs((row(t, { neet: 'neet', answer: '4' }).extra?.p_value ?? 0) - 0.0455) < 1e-4);
});

test('a cross split tests the test split within each level of the other', () => {
  const rs = [
    // 13-15: origin makes no difference (p = 1); 16-30: it does
    ...['1', '3'].flatMap((c, i) => [analysed(`y${i}m`, { origin: 'menapt' }, { positive_difference: c }), analysed(`y${i}n`, { origin: 'non_menapt' }, { positive_difference: c })]),
    ...Array.from({ length: 6 }, (_, i) => analysed(`o${i}m`, { age: 20, origin: 'menapt' }, { positive_difference: '1' })),
    ...Array.from({ length: 6 }, (_, i) => analysed(`o${i}n`, { age: 20, origin: 'non_menapt' }, { positive_difference: '4' })),
  ];
  const t = distributionTable(DISTRIBUTION_SPECS.find((s) => s.id === 'fig-8.22')!, rs);
  assert.ok(Math.abs((row(t, { age_group: '13-15', origin: 'menapt', answer: '1' }).extra?.p_value ?? 0) - 1) < 1e-9);
  // 16-30: [[6, 0], [0, 6]] → X² = 12, p = 0.000532
  assert.ok(Math.abs((row(t, { age_group: '16-30', origin: 'non_menapt', answer: '4' }).extra?.p_value ?? 0) - 0.000532) < 1e-5);
});

test('background tables count persons once (first response) and Table 8.8 bins the negatives', () => {
  const rs = [
    analysed('a1', { person: 'p1', year: 2018, age: 13, sex: 'female', origin: 'non_menapt' }),
    analysed('a2', { person: 'p1', year: 2021, age: 16, sex: 'female', origin: 'non_menapt' }, { lonely: '2', proud: '4', excluded_from_society: '1' }),
    analysed('b', { person: 'p2', age: 20, sex: 'male', origin: 'menapt', neet: true }, { lonely: '1' }),
    analysed('c', { person: 'p3', age: 27, sex: 'female', origin: 'menapt', neet: false }),
  ];
  const tables = new Map(backgroundTables(rs).map((t) => [t.id, t]));
  const t81 = tables.get('tab-8.1')!;
  assert.equal(row(t81, { unit: 'responses', age_band: '16' }).extra?.count, 1);
  assert.equal(row(t81, { unit: 'persons', age_band: '16' }).extra?.count, 0, 'p1 counted at the first response, aged 13');
  assert.equal(row(t81, { unit: 'persons', age_band: '13' }).n, 3);
  const t82 = tables.get('tab-8.2')!;
  assert.equal(row(t82, { block: 'sex', group: 'female' }).value, 2 / 3);
  assert.equal(row(t82, { block: 'origin', group: 'menapt' }).extra?.count, 2);
  const t86 = tables.get('tab-8.6')!;
  assert.equal(row(t86, { neet: 'neet' }).value, 0.5, 'the 16-year-old has no NEET status and is left out');
  const t88 = tables.get('tab-8.8')!;
  assert.equal(row(t88, { negatives: 'none' }).extra?.count, 2);
  assert.equal(row(t88, { negatives: 'one' }).extra?.count, 1);
  assert.equal(row(t88, { negatives: 'three' }).extra?.count, 1);
  assert.equal(row(t88, { negatives: 'three' }).value, 0.25);
});

test('project-leader and activity tables', () => {
  const pl = [
    { PLAN_ID: 'A', AAR: 2020, MAALGRUPPE: '0-6', ITEM: 's4_retain_in_activities', SVAR: 4 },
    { PLAN_ID: 'B', AAR: 2020, MAALGRUPPE: '0-6', ITEM: 's4_retain_in_activities', SVAR: 1 },
    { PLAN_ID: 'C', AAR: 2020, MAALGRUPPE: '0-6', ITEM: 's4_retain_in_activities', SVAR: null },
    { PLAN_ID: 'C', AAR: 2018, MAALGRUPPE: '0-6', ITEM: 's4_retain_in_activities', SVAR: 4 },
  ];
  const fig36 = projectLeaderTables(pl).find((t) => t.id === 'fig-3.6')!;
  const notAtAll = row(fig36, { item: 's4_retain_in_activities', answer: '4' });
  assert.equal(notAtAll.value, 0.5);
  assert.equal(notAtAll.n, 2);
  assert.equal(fig36.chapter, 3);
  assert.equal(fig36.labels?.answer?.['4']?.da, 'Slet ikke');
  assert.equal(fig36.labels?.item?.s4_retain_in_activities?.da, 'Kerneaktører fastholder målgruppe i konkrete aktiviteter og indsatser');
  const acts = activityTables([
    { PLAN_ID: 'A', MAALGRUPPE: '6-17', AKTIVITET_TYPE: 'skolefremme' },
    { PLAN_ID: 'B', MAALGRUPPE: '6-17', AKTIVITET_TYPE: 'skolefremme' },
    { PLAN_ID: 'B', MAALGRUPPE: '6-17', AKTIVITET_TYPE: 'ukendt_type' },
  ]);
  const fig46 = acts.find((t) => t.id === 'fig-4.6')!;
  assert.equal(row(fig46, { activity_type: 'skolefremme' }).value, 2);
  assert.equal(row(fig46, { activity_type: 'skolefremme' }).extra?.plans, 2);
  assert.equal(row(fig46, { activity_type: 'ukendt_type' }).value, 1, 'an unlisted type still shows');
  assert.ok(fig46.labels?.activity_type?.skolefremme?.da, 'activity types carry their Danish label');
  // disclosure control leaves them untouched (not DST microdata); youth tables keep the primary rule
  const { tables } = applyDisclosure([fig36, fig46], [...SURVEY_EXEMPT_SPECS]);
  assert.ok(tables.every((t) => t.rows.every((r) => r.suppressed === undefined)));
});

test('runSurveyAnalyses: missing tables become notes; the loader applies the report\'s inclusion rules', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const empty = await runSurveyAnalyses(conn);
    assert.equal(empty.tables.length, 0);
    assert.equal(empty.notes.length, 4);
    assert.ok(empty.notes.some((n) => n.includes('btab-1.4')));

    const answers = (id: string, overrides: Record<string, string> = {}) => Object.entries(response(id, overrides))
      .filter(([k]) => !['response_id', 'year', 'pnr'].includes(k));
    const values: string[] = [];
    const add = (id: string, pnr: string | null, year: number, overrides: Record<string, string> = {}) => {
      for (const [item, svar] of answers(id, overrides)) values.push(`('${id}', ${pnr === null ? 'NULL' : `'${pnr}'`}, ${year}, '${item}', ${svar === '' ? 'NULL' : `'${svar}'`})`);
    };
    add('r1', 'X1', 2020);                                         // 14, analysed
    add('r2', 'X2', 2020, { in_school_or_education: '2', like_school: '', truancy_6m: '', academic_self_assessment: '', homework_help: '' }); // 20, NEET (50 hours)
    add('r3', 'X3', 2020, { in_school_or_education: '2', like_school: '', truancy_6m: '', academic_self_assessment: '', homework_help: '' }); // 20, works 1,500 hours: not NEET
    add('r4', null, 2020);                                         // not linked
    add('r5', 'X5', 2020);                                         // aged 31
    add('r6', 'X1', 2021, { proud: '', part_of_community: '' });   // partial
    await conn.run(`
      CREATE TABLE survey_response(RESPONSE_ID VARCHAR, PNR VARCHAR, AAR INTEGER, ITEM VARCHAR, SVAR VARCHAR);
      INSERT INTO survey_response VALUES ${values.join(', ')};
      CREATE TABLE person_year AS SELECT * FROM (VALUES
        ('X1', 2020, 14, 'female', 'menapt', NULL), ('X1', 2018, 12, 'female', 'menapt', true), ('X1', 2021, 15, 'female', 'menapt', NULL),
        ('X2', 2020, 20, 'male', 'non_menapt', NULL), ('X2', 2018, 18, 'male', 'non_menapt', false),
        ('X3', 2020, 20, 'male', 'menapt', NULL),
        ('X5', 2020, 31, 'male', 'menapt', NULL)) t(pnr, year, age, sex, origin, poor);
      CREATE TABLE bfl AS SELECT * FROM (VALUES ('X2', 2020, 50.0), ('X3', 2020, 1500.0)) t(PNR, AAR, AARSTIMER);
    `);
    const out = await runSurveyAnalyses(conn);
    assert.ok(out.notes.some((n) => n.includes('6 responses read; 3 analysed from 3 persons; left out: 1 partial, 1 not linked, 0 not in person_year, 1 outside ages 13-30')), out.notes.join('\n'));
    // the same accounting in the report, on Table 8.1; partial responses are counted apart, not analysed
    assert.ok(out.tables.find((t) => t.id === 'tab-8.1')!.note.da.includes('Af 6 besvarelser i data er fravalgt: 1 delvise, 1 ikke koblet'));
    assert.deepEqual(out.tables.find((t) => t.id === 'btab-1.7')!.rows.map((r) => [r.keys.round, r.extra?.count]), [['2020', 5]], 'the partial 2021 response is not complete');
    const t86 = out.tables.find((t) => t.id === 'tab-8.6')!;
    assert.equal(row(t86, { neet: 'neet' }).extra?.count, 1);
    assert.equal(row(t86, { neet: 'not_neet' }).extra?.count, 1);
    const fig838 = out.tables.find((t) => t.id === 'fig-8.38')!;
    assert.equal(row(fig838, { poor: 'poor', answer: '3' }).n, 1, 'poverty from 2018; X3 has no 2018 row and is left out');
    assert.equal(row(fig838, { poor: 'not_poor', answer: '3' }).n, 1);
    assert.ok(out.notes.some((n) => n.includes('projektleder_svar is missing')));
    // never a person id in the notes
    assert.ok(!out.notes.some((n) => /X\d/.test(n)));
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});
