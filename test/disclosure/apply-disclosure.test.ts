import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDisclosure } from '../../src/disclosure/apply-disclosure.ts';
import type { DisclosureSpec } from '../../src/disclosure/spec.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { countRow, marks, shareRow, table } from './helpers.ts';

const AREA = { column: 'area_group', kind: 'nested', levels: ['supported', 'social_housing', 'population'] } as const;
const ORIGIN = { column: 'origin', kind: 'partition', parts: ['menapt', 'non_menapt'], total: 'all' } as const;
const SEX = { column: 'sex', kind: 'partition', parts: ['male', 'female'], total: 'all' } as const;

test('2×2 table with all margins: one small cell takes the other three inner cells with it', () => {
  // Inner cells mM=20, mF=3, nM=40, nF=50. Offered largest first: all/all 113, non_menapt/all 90,
  // all/male 60, all/female 53 (= total − male: free), non_menapt/female 50 (would pin mF: withheld),
  // non_menapt/male 40 (withheld), menapt/all 23 (= total − non_menapt: free), menapt/male 20 (withheld).
  const rows = [
    countRow({ origin: 'menapt', sex: 'male' }, 20),
    countRow({ origin: 'menapt', sex: 'female' }, 3),
    countRow({ origin: 'non_menapt', sex: 'male' }, 40),
    countRow({ origin: 'non_menapt', sex: 'female' }, 50),
    countRow({ origin: 'menapt', sex: 'all' }, 23),
    countRow({ origin: 'non_menapt', sex: 'all' }, 90),
    countRow({ origin: 'all', sex: 'male' }, 60),
    countRow({ origin: 'all', sex: 'female' }, 53),
    countRow({ origin: 'all', sex: 'all' }, 113),
  ];
  const spec: DisclosureSpec = { id: 'tab-x', universe: 'u', dimensions: [ORIGIN, SEX] };
  const { tables, summary } = applyDisclosure([table('tab-x', ['origin', 'sex'], rows)], [spec]);
  assert.deepEqual(marks(tables[0]), {
    'menapt/male@2019': 'secondary',
    'menapt/female@2019': 'primary',
    'non_menapt/male@2019': 'secondary',
    'non_menapt/female@2019': 'secondary',
    'menapt/all@2019': '-',
    'non_menapt/all@2019': '-',
    'all/male@2019': '-',
    'all/female@2019': '-',
    'all/all@2019': '-',
  });
  assert.deepEqual(summary, [{ id: 'tab-x', primary: 1, secondary: 3 }]);
});

test('one-dimensional partition with a published total: the smallest other part is withheld', () => {
  const group = { column: 'group', kind: 'partition', parts: ['a', 'b', 'c'], total: 'all' } as const;
  const rows = [countRow({ group: 'a' }, 3), countRow({ group: 'b' }, 10), countRow({ group: 'c' }, 12), countRow({ group: 'all' }, 25)];
  const spec: DisclosureSpec = { id: 't', universe: 'u', dimensions: [group] };
  const withTotal = applyDisclosure([table('t', ['group'], rows)], [spec]);
  // a = all − b − c: b (10) is smaller than c (12), so b goes.
  assert.deepEqual(marks(withTotal.tables[0]), { 'a@2019': 'primary', 'b@2019': 'secondary', 'c@2019': '-', 'all@2019': '-' });

  // Without the total nothing adds up to a, and a alone is withheld.
  const noTotal = applyDisclosure([table('t', ['group'], rows.slice(0, 3))], [spec]);
  assert.deepEqual(marks(noTotal.tables[0]), { 'a@2019': 'primary', 'b@2019': '-', 'c@2019': '-' });
});

/** Fig 2.3 and 2.4 in one year: counts by area group, and by area group × origin. */
function fig23and24(): ResultTable[] {
  const byArea = [countRow({ area_group: 'supported' }, 100), countRow({ area_group: 'social_housing' }, 300), countRow({ area_group: 'population' }, 1000)];
  const byAreaOrigin = [
    countRow({ area_group: 'supported', origin: 'menapt' }, 4),
    countRow({ area_group: 'supported', origin: 'non_menapt' }, 96),
    countRow({ area_group: 'social_housing', origin: 'menapt' }, 30),
    countRow({ area_group: 'social_housing', origin: 'non_menapt' }, 270),
    countRow({ area_group: 'population', origin: 'menapt' }, 100),
    countRow({ area_group: 'population', origin: 'non_menapt' }, 900),
  ];
  return [table('fig-2.3', ['area_group'], byArea), table('fig-2.4', ['area_group', 'origin'], byAreaOrigin)];
}

test('cross-exhibit total: Fig 2.3 supported = Fig 2.4 supported/menapt + supported/non_menapt', () => {
  const specs: DisclosureSpec[] = [
    { id: 'fig-2.3', universe: 'residents', dimensions: [AREA] },
    { id: 'fig-2.4', universe: 'residents', dimensions: [AREA, ORIGIN] },
  ];
  const { tables, summary } = applyDisclosure(fig23and24(), specs);
  // Largest first: 1000, 900, 300, 270, then 100 (fig-2.3 supported before fig-2.4 population/menapt
  // on the id tie), 100 (free), 96 (pins 100 − 96 = 4: withheld), 30 (free).
  assert.deepEqual(marks(tables[1]), {
    'supported/menapt@2019': 'primary',
    'supported/non_menapt@2019': 'secondary',
    'social_housing/menapt@2019': '-',
    'social_housing/non_menapt@2019': '-',
    'population/menapt@2019': '-',
    'population/non_menapt@2019': '-',
  });
  assert.deepEqual(summary, [
    { id: 'fig-2.3', primary: 0, secondary: 0 },
    { id: 'fig-2.4', primary: 1, secondary: 1 },
  ]);
});

test('the link is what forces it: in separate universes, Fig 2.4 alone cannot pin supported/menapt', () => {
  // Within Fig 2.4 every menapt count mixes supported with other social housing residents.
  const specs: DisclosureSpec[] = [
    { id: 'fig-2.3', universe: 'residents-a', dimensions: [AREA] },
    { id: 'fig-2.4', universe: 'residents-b', dimensions: [AREA, ORIGIN] },
  ];
  assert.deepEqual(applyDisclosure(fig23and24(), specs).summary, [
    { id: 'fig-2.3', primary: 0, secondary: 0 },
    { id: 'fig-2.4', primary: 1, secondary: 0 },
  ]);
});

test('origin not known for everyone: the hidden rest keeps the supported total from adding up', () => {
  const specs: DisclosureSpec[] = [
    { id: 'fig-2.3', universe: 'residents', dimensions: [AREA] },
    { id: 'fig-2.4', universe: 'residents', dimensions: [AREA, { ...ORIGIN, exhaustive: false }] },
  ];
  assert.deepEqual(applyDisclosure(fig23and24(), specs).summary[1], { id: 'fig-2.4', primary: 1, secondary: 0 });
});

test('nested area groups are not a partition: social housing = supported + a hidden rest', () => {
  // By area (tab-a) and by area × sex (tab-b). Supported men = 3. Offered: 1020, 520, 500 (free),
  // 310, 160, 150 (free), 53: supported men stay mixed with other social housing men, so 53 is safe;
  // then supported women 50 would give 53 − 50 = 3: withheld.
  const tabA = table('tab-a', ['area_group'], [countRow({ area_group: 'supported' }, 53), countRow({ area_group: 'social_housing' }, 310), countRow({ area_group: 'population' }, 1020)]);
  const tabB = table('tab-b', ['area_group', 'sex'], [
    countRow({ area_group: 'supported', sex: 'male' }, 3),
    countRow({ area_group: 'supported', sex: 'female' }, 50),
    countRow({ area_group: 'social_housing', sex: 'male' }, 150),
    countRow({ area_group: 'social_housing', sex: 'female' }, 160),
    countRow({ area_group: 'population', sex: 'male' }, 500),
    countRow({ area_group: 'population', sex: 'female' }, 520),
  ]);
  const sexNoTotal = { column: 'sex', kind: 'partition', parts: ['male', 'female'] } as const;
  const specs: DisclosureSpec[] = [
    { id: 'tab-a', universe: 'u', dimensions: [AREA] },
    { id: 'tab-b', universe: 'u', dimensions: [AREA, sexNoTotal] },
  ];
  const { tables } = applyDisclosure([tabA, tabB], specs);
  assert.deepEqual(marks(tables[0]), { 'supported@2019': '-', 'social_housing@2019': '-', 'population@2019': '-' });
  assert.deepEqual(marks(tables[1]), {
    'supported/male@2019': 'primary',
    'supported/female@2019': 'secondary',
    'social_housing/male@2019': '-',
    'social_housing/female@2019': '-',
    'population/male@2019': '-',
    'population/female@2019': '-',
  });
});

test('fixed keys: a supported-areas-only exhibit is linked to the supported cells of another', () => {
  const byArea = table('fig-a', ['area_group'], [countRow({ area_group: 'supported' }, 100), countRow({ area_group: 'social_housing' }, 300)]);
  const supportedOnly = table('fig-b', ['parental_restgruppe'], [countRow({ parental_restgruppe: 'yes' }, 3), countRow({ parental_restgruppe: 'no' }, 97)]);
  const restgruppe = { column: 'parental_restgruppe', kind: 'partition', parts: ['yes', 'no'] } as const;
  const specsWith = (fixed?: Record<string, string>): DisclosureSpec[] => [
    { id: 'fig-a', universe: 'u', dimensions: [AREA] },
    { id: 'fig-b', universe: 'u', dimensions: [AREA, restgruppe], ...(fixed === undefined ? {} : { fixed }) },
  ];
  // Supported 100 − supported/no 97 = supported/yes 3: the 97 goes.
  const pinned = applyDisclosure([byArea, supportedOnly], specsWith({ area_group: 'supported' }));
  assert.deepEqual(marks(pinned.tables[1]), { 'yes@2019': 'primary', 'no@2019': 'secondary' });
  // Read as the whole population instead, fig-b shares no total with fig-a.
  const whole = applyDisclosure([byArea, supportedOnly], specsWith());
  assert.deepEqual(marks(whole.tables[1]), { 'yes@2019': 'primary', 'no@2019': '-' });
});

test('a small published difference: social housing − supported = 3 persons is protected too', () => {
  const rows = [countRow({ area_group: 'supported' }, 40), countRow({ area_group: 'social_housing' }, 43), countRow({ area_group: 'population' }, 1000)];
  const specs: DisclosureSpec[] = [{ id: 't', universe: 'u', dimensions: [AREA] }];
  // 1000 and 43 are safe together; 40 would give 43 − 40 = 3.
  const on = applyDisclosure([table('t', ['area_group'], rows)], specs);
  assert.deepEqual(marks(on.tables[0]), { 'supported@2019': 'secondary', 'social_housing@2019': '-', 'population@2019': '-' });
  const off = applyDisclosure([table('t', ['area_group'], rows)], specs, { differences: false });
  assert.deepEqual(off.summary, [{ id: 't', primary: 0, secondary: 0 }]);
});

test('a small unknown-origin rest (all − menapt − non_menapt = 2) is protected', () => {
  const rows = [countRow({ origin: 'menapt' }, 30), countRow({ origin: 'non_menapt' }, 68), countRow({ origin: 'all' }, 100)];
  const specs: DisclosureSpec[] = [{ id: 't', universe: 'u', dimensions: [{ ...ORIGIN, exhaustive: false }] }];
  assert.deepEqual(marks(applyDisclosure([table('t', ['origin'], rows)], specs).tables[0]), {
    'menapt@2019': 'secondary',
    'non_menapt@2019': '-',
    'all@2019': '-',
  });
});

test('shares: a small complement (48 of 50 men) is primary and the women\'s row would reveal it', () => {
  const rows = [shareRow({ sex: 'male' }, 50, 48), shareRow({ sex: 'female' }, 60, 30), shareRow({ sex: 'all' }, 110, 78)];
  const spec: DisclosureSpec = { id: 's', universe: 'u', dimensions: [SEX] };
  const on = applyDisclosure([table('s', ['sex'], rows, 'share')], [spec]);
  // Men's n − count = (all n − women n) − (all count − women count): withhold the women's row.
  assert.deepEqual(marks(on.tables[0]), { 'male@2019': 'primary', 'female@2019': 'secondary', 'all@2019': '-' });
  const off = applyDisclosure([table('s', ['sex'], rows, 'share')], [spec], { complement: false });
  assert.deepEqual(off.summary, [{ id: 's', primary: 0, secondary: 0 }]);
});

test('shares: a small numerator is protected through the numerators of a linked exhibit', () => {
  // Same measure in two exhibits: the by-sex numerators add up to the overall numerator.
  const bySex = table('by-sex', ['sex'], [shareRow({ sex: 'male' }, 50, 3), shareRow({ sex: 'female' }, 60, 30)], 'share');
  const overall = table('overall', [], [shareRow({}, 110, 33)], 'share');
  const sexNoTotal = { column: 'sex', kind: 'partition', parts: ['male', 'female'] } as const;
  const linked: DisclosureSpec[] = [
    { id: 'by-sex', universe: 'u', measure: 'poor', dimensions: [sexNoTotal] },
    { id: 'overall', universe: 'u', measure: 'poor', dimensions: [] },
  ];
  assert.deepEqual(marks(applyDisclosure([bySex, overall], linked).tables[0]), { 'male@2019': 'primary', 'female@2019': 'secondary' });
  // Different measures (the default: the exhibit id) have unrelated numerators; the n's are still
  // linked, but the men's n (50) is not small, so nothing else goes.
  const unlinked: DisclosureSpec[] = [
    { id: 'by-sex', universe: 'u', dimensions: [sexNoTotal] },
    { id: 'overall', universe: 'u', dimensions: [] },
  ];
  assert.deepEqual(marks(applyDisclosure([bySex, overall], unlinked).tables[0]), { 'male@2019': 'primary', 'female@2019': '-' });
});

test('a categorical outcome: the three status shares sum to one, so one more must go', () => {
  // n is 100 for each row (same persons); counts 60 + 37 + 3. NEET (3) is primary; education and
  // employment tie on n, row order decides: education is published, employment would pin 100 − 60 − 37.
  const status = { column: 'status', kind: 'outcome', parts: ['education', 'employment', 'neet'] } as const;
  const rows = [shareRow({ status: 'education' }, 100, 60), shareRow({ status: 'employment' }, 100, 37), shareRow({ status: 'neet' }, 100, 3)];
  const { tables } = applyDisclosure([table('fig-6.2', ['status'], rows, 'share')], [{ id: 'fig-6.2', universe: 'u', dimensions: [status] }]);
  assert.deepEqual(marks(tables[0]), { 'education@2019': '-', 'employment@2019': 'secondary', 'neet@2019': 'primary' });
});

test('a measure column: risk-factor items share their n but each has its own numerator', () => {
  const item = { column: 'item', kind: 'measure' } as const;
  const sexNoTotal = { column: 'sex', kind: 'partition', parts: ['male', 'female'] } as const;
  const bySex = table('tab-b', ['item', 'sex'], [
    shareRow({ item: 'moves', sex: 'male' }, 50, 3),
    shareRow({ item: 'moves', sex: 'female' }, 60, 20),
    shareRow({ item: 'breakups', sex: 'male' }, 50, 10),
    shareRow({ item: 'breakups', sex: 'female' }, 60, 12),
  ], 'share');
  const overall = table('tab-a', ['item'], [shareRow({ item: 'moves' }, 110, 23), shareRow({ item: 'breakups' }, 110, 22)], 'share');
  const specs: DisclosureSpec[] = [
    { id: 'tab-a', universe: 'u', dimensions: [item] },
    { id: 'tab-b', universe: 'u', dimensions: [item, sexNoTotal] },
  ];
  const { tables } = applyDisclosure([overall, bySex], specs);
  // moves/female would give moves/male's numerator as 23 − 20; the breakups rows are another numerator.
  assert.deepEqual(marks(tables[1]), { 'moves/male@2019': 'primary', 'moves/female@2019': 'secondary', 'breakups/male@2019': '-', 'breakups/female@2019': '-' });
  assert.deepEqual(marks(tables[0]), { 'moves@2019': '-', 'breakups@2019': '-' });
});

test('years are separate person sets: a small cell in 2019 touches nothing in 2018', () => {
  const group = { column: 'group', kind: 'partition', parts: ['a', 'b'], total: 'all' } as const;
  const rows = [2018, 2019].flatMap((year) => [countRow({ group: 'a' }, year === 2019 ? 2 : 20, year), countRow({ group: 'b' }, 30, year), countRow({ group: 'all' }, year === 2019 ? 32 : 50, year)]);
  const { tables } = applyDisclosure([table('t', ['group'], rows)], [{ id: 't', universe: 'u', dimensions: [group] }]);
  assert.deepEqual(marks(tables[0]), {
    'a@2018': '-', 'b@2018': '-', 'all@2018': '-',
    'a@2019': 'primary', 'b@2019': 'secondary', 'all@2019': '-',
  });
});

test('label columns split the model: rows with different labels are never linked', () => {
  const group = { column: 'group', kind: 'partition', parts: ['a', 'b'], total: 'all' } as const;
  const rows = [countRow({ cohort: 'x', group: 'a' }, 2), countRow({ cohort: 'x', group: 'b' }, 30), countRow({ cohort: 'y', group: 'all' }, 32)];
  const spec: DisclosureSpec = { id: 't', universe: 'u', dimensions: [{ column: 'cohort', kind: 'label' }, group] };
  assert.deepEqual(marks(applyDisclosure([table('t', ['cohort', 'group'], rows)], [spec]).tables[0]), { 'x/a@2019': 'primary', 'x/b@2019': '-', 'y/all@2019': '-' });
});

test('an exhibit without a spec still gets primary suppression, and only that', () => {
  const rows = [countRow({ group: 'a' }, 3), countRow({ group: 'b' }, 10), countRow({ group: 'all' }, 13)];
  const { tables, summary } = applyDisclosure([table('t', ['group'], rows)], []);
  assert.deepEqual(marks(tables[0]), { 'a@2019': 'primary', 'b@2019': '-', 'all@2019': '-' });
  assert.deepEqual(summary, [{ id: 't', primary: 1, secondary: 0 }]);
});

test('an exempt exhibit passes through untouched', () => {
  const input = table('fig-3.5', ['answer'], [countRow({ answer: 'yes' }, 2)]);
  const { tables, summary } = applyDisclosure([input], [{ id: 'fig-3.5', exempt: 'VIVE survey of project leaders, not DST microdata' }]);
  assert.deepEqual(tables[0], input);
  assert.deepEqual(summary, [{ id: 'fig-3.5', primary: 0, secondary: 0 }]);
});

test('a suppressed row keeps its keys and year; every number becomes null; the input is not changed', () => {
  const row = { keys: { group: 'a' }, year: 2019, value: 0.5, n: 4, lower: 0.1, upper: 0.9, extra: { count: 2, p_value: 0.03 } };
  const input = table('t', ['group'], [row], 'share');
  const before = structuredClone(input);
  const { tables } = applyDisclosure([input], []);
  assert.deepEqual(tables[0].rows[0], { keys: { group: 'a' }, year: 2019, value: null, n: null, lower: null, upper: null, suppressed: 'primary', extra: { count: null, p_value: null } });
  assert.deepEqual(input, before);
});

test('rows: n missing on a value suppresses it; an all-null row is left alone; minCell is configurable', () => {
  const rows = [{ keys: { g: 'a' }, year: 2019, value: 1.5, n: null, lower: null, upper: null }, { keys: { g: 'b' }, year: 2019, value: null, n: null, lower: null, upper: null }, countRow({ g: 'c' }, 7)];
  assert.deepEqual(marks(applyDisclosure([table('t', ['g'], rows, 'mean')], []).tables[0]), { 'a@2019': 'primary', 'b@2019': '-', 'c@2019': '-' });
  assert.deepEqual(marks(applyDisclosure([table('t', ['g'], rows, 'mean')], [], { minCell: 10 }).tables[0]), { 'a@2019': 'primary', 'b@2019': '-', 'c@2019': 'primary' });
});

test('dominance is off by default and, when on, suppresses dominated magnitude cells', () => {
  const rows = [
    { keys: { g: 'a' }, year: 2019, value: 900000, n: 40, lower: null, upper: null, extra: { top2_share: 0.93 } },
    { keys: { g: 'b' }, year: 2019, value: 250000, n: 40, lower: null, upper: null, extra: { top2_share: 0.2 } },
  ];
  const income = table('fig-2.2', ['g'], rows, 'dkk');
  assert.deepEqual(applyDisclosure([income], []).summary, [{ id: 'fig-2.2', primary: 0, secondary: 0 }]);
  const on = applyDisclosure([income], [], { dominance: { field: 'top2_share', maxShare: 0.85 } });
  assert.deepEqual(marks(on.tables[0]), { 'a@2019': 'primary', 'b@2019': '-' });
  const missing = table('fig-2.2', ['g'], [countRow({ g: 'a' }, 40)], 'dkk');
  assert.throws(() => applyDisclosure([missing], [], { dominance: { field: 'top2_share', maxShare: 0.85 } }), /fig-2\.2: the dominance rule needs extra\.top2_share/);
});

test('nothing changes when every cell is large', () => {
  // Fig 2.3/2.4 with every cell, and every difference between area levels, at least 5.
  const input = [
    table('fig-2.3', ['area_group'], [countRow({ area_group: 'supported' }, 136), countRow({ area_group: 'social_housing' }, 340), countRow({ area_group: 'population' }, 1040)]),
    table('fig-2.4', ['area_group', 'origin'], [
      countRow({ area_group: 'supported', origin: 'menapt' }, 40),
      countRow({ area_group: 'supported', origin: 'non_menapt' }, 96),
      countRow({ area_group: 'social_housing', origin: 'menapt' }, 70),
      countRow({ area_group: 'social_housing', origin: 'non_menapt' }, 270),
      countRow({ area_group: 'population', origin: 'menapt' }, 140),
      countRow({ area_group: 'population', origin: 'non_menapt' }, 900),
    ]),
  ];
  const specs: DisclosureSpec[] = [
    { id: 'fig-2.3', universe: 'residents', dimensions: [AREA] },
    { id: 'fig-2.4', universe: 'residents', dimensions: [AREA, ORIGIN] },
  ];
  const before = structuredClone(input);
  const { tables, summary } = applyDisclosure(input, specs);
  assert.deepEqual(tables, before);
  assert.deepEqual(summary, [{ id: 'fig-2.3', primary: 0, secondary: 0 }, { id: 'fig-2.4', primary: 0, secondary: 0 }]);
});

test('deterministic: the same input gives the same output, whatever the order of the tables', () => {
  // Equal-sized cells everywhere, so only the tie-breaking decides which ones go.
  const group = { column: 'group', kind: 'partition', parts: ['a', 'b', 'c', 'd'], total: 'all' } as const;
  const make = (id: string): ResultTable => table(id, ['group'], [countRow({ group: 'a' }, 2), countRow({ group: 'b' }, 10), countRow({ group: 'c' }, 10), countRow({ group: 'd' }, 10)]);
  const total = table('total', [], [countRow({}, 32)]);
  const specs: DisclosureSpec[] = [
    { id: 'x', universe: 'u', dimensions: [group] },
    { id: 'y', universe: 'u', dimensions: [group] },
    { id: 'total', universe: 'u', dimensions: [] },
  ];
  // x and y show the same persons twice. Offered: total 32, then the 10s by id and row: x/b, x/c,
  // x/d (would pin a = 32 − 30: withheld), y/b and y/c (the same as x's: free), y/d (withheld).
  const first = applyDisclosure([make('x'), make('y'), total], specs);
  const again = applyDisclosure([make('x'), make('y'), total], specs);
  const reversed = applyDisclosure([total, make('y'), make('x')], specs);
  assert.deepEqual(again, first);
  assert.deepEqual(reversed.tables.map(marks).reverse(), first.tables.map(marks));
  assert.deepEqual(marks(first.tables[0]), { 'a@2019': 'primary', 'b@2019': '-', 'c@2019': '-', 'd@2019': 'secondary' });
  assert.deepEqual(marks(first.tables[1]), { 'a@2019': 'primary', 'b@2019': '-', 'c@2019': '-', 'd@2019': 'secondary' });
});

test('spec mistakes fail loudly', () => {
  const t = table('t', ['group', 'other'], [countRow({ group: 'a', other: 'x' }, 20)]);
  const group = { column: 'group', kind: 'partition', parts: ['a', 'b'] } as const;
  assert.throws(() => applyDisclosure([t], [{ id: 't', universe: 'u', dimensions: [group] }]), /t: key column other is not declared/);
  const unknownCode = table('t', ['group'], [countRow({ group: 'z' }, 2)]);
  assert.throws(() => applyDisclosure([unknownCode], [{ id: 't', universe: 'u', dimensions: [group] }]), /t: column group has a code its spec does not declare/);
  assert.throws(
    () => applyDisclosure([], [{ id: 'p', universe: 'u', dimensions: [group] }, { id: 'q', universe: 'u', dimensions: [{ ...group, parts: ['a', 'c'] }] }]),
    /q: column group is declared differently/,
  );
  assert.throws(() => applyDisclosure([], [{ id: 'p', exempt: 'x' }, { id: 'p', exempt: 'y' }]), /two specs for p/);
  const shareWithoutCount = table('s', [], [{ keys: {}, year: 2019, value: 0.5, n: 100, lower: null, upper: null }], 'share');
  assert.throws(() => applyDisclosure([shareWithoutCount], []), /s: a share row has no extra\.count/);
  assert.throws(() => applyDisclosure([], [], { minCell: 0 }), /minCell/);
});
