import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barChart } from '../../src/report/bar-chart.ts';
import { chartData, codeOrder, type LabelFn } from '../../src/report/chart-data.ts';
import { lineChart } from '../../src/report/line-chart.ts';
import type { ResultRow, ResultTable } from '../../src/results/types.ts';

const label: LabelFn = (column, code) => `${column}:${code}`;
const text = { title: 'T', suppressedLabel: '(diskr.)', intervalLabel: 'Interval' };

function r(keys: Record<string, string>, year: number | null, value: number | null, extra: Partial<ResultRow> = {}): ResultRow {
  return { keys, year, value, n: 10, lower: null, upper: null, ...extra };
}

const base: Omit<ResultTable, 'rows' | 'keyColumns'> = { id: 'fig-9.9', chapter: 9, kind: 'figure', title: { da: 'T', en: 'T' }, note: { da: '', en: '' }, unit: 'share' };

test('chart data: standard split codes in SPLIT_CODES order, other codes as first listed', () => {
  const table: ResultTable = {
    ...base,
    keyColumns: ['item', 'area_group'],
    rows: [r({ item: 'z', area_group: 'population' }, null, 0.1), r({ item: 'a', area_group: 'supported' }, null, 0.2), r({ item: 'z', area_group: 'supported' }, null, 0.3)],
  };
  assert.deepEqual(codeOrder(table, 'item'), ['z', 'a']);
  assert.deepEqual(codeOrder(table, 'area_group'), ['supported', 'population']);
  const data = chartData(table, label);
  assert.equal(data.kind, 'bar');
  if (data.kind !== 'bar') return;
  assert.deepEqual(data.categories.map((c) => c.code), ['z', 'a']);
  assert.deepEqual(data.series.map((s) => s.label), ['area_group:supported', 'area_group:population']);
  assert.equal(data.series[0].points.get('z')?.value, 0.3);
});

test('chart data: two or more years make a line chart; suppressed points carry no numbers', () => {
  const table: ResultTable = {
    ...base,
    keyColumns: ['origin'],
    rows: [r({ origin: 'non_menapt' }, 2001, 0.2), r({ origin: 'menapt' }, 2000, 0.5), r({ origin: 'menapt' }, 2001, 0.4, { suppressed: 'primary' })],
  };
  const data = chartData(table, label);
  assert.equal(data.kind, 'line');
  if (data.kind !== 'line') return;
  assert.deepEqual(data.years, [2000, 2001]);
  assert.deepEqual(data.series.map((s) => s.label), ['origin:menapt', 'origin:non_menapt']);
  assert.deepEqual(data.series[0].points.get(2001), { value: null, lower: null, upper: null, suppressed: 'primary' });
});

test('line chart: y axis in per cent with a gap and an × at a suppressed year', () => {
  const rows = [2000, 2001, 2002, 2003].map((y) => r({ area_group: 'supported' }, y, 0.1 + (y - 2000) * 0.05, y === 2002 ? { suppressed: 'secondary' } : {}));
  const data = chartData({ ...base, keyColumns: ['area_group'], rows }, label);
  assert.equal(data.kind, 'line');
  if (data.kind !== 'line') return;
  const svg = lineChart(data, 'share', 'da', text);
  // Values 10-25 % → ticks 0, 5, …, 25, shown without decimals.
  for (const tick of ['>0<', '>5<', '>10<', '>25<']) assert.ok(svg.includes(tick), tick);
  assert.ok(!svg.includes('>30<'));
  const pieces = [...svg.matchAll(/<path d="(M[^"]*)" fill="none" stroke="#0072B2"/g)].map((m) => m[1]);
  assert.equal(pieces.length, 2, 'the line breaks at the suppressed year');
  assert.equal((pieces[0].match(/L/g) ?? []).length, 1, '2000-2001');
  assert.equal((pieces[1].match(/L/g) ?? []).length, 0, '2003 alone');
  assert.ok(svg.includes('stroke-width="2" fill="none"/>'), 'the × marker');
  assert.ok(svg.includes('(diskr.)'), 'the legend explains the ×');
});

test('line chart: lower/upper become a translucent band', () => {
  const rows = [2000, 2001].map((y) => r({}, y, 0.5, { lower: 0.4, upper: 0.6 }));
  const data = chartData({ ...base, keyColumns: [], rows }, label);
  if (data.kind !== 'line') throw new Error('expected a line chart');
  const svg = lineChart(data, 'share', 'en', text);
  assert.match(svg, /<path d="M[^"]+Z" fill="#0072B2" fill-opacity="0.15"/);
});

test('bar chart: hatched stub for a suppressed bar, whiskers for intervals, a reference line at 1 for odds ratios', () => {
  const rows = [r({ item: 'a' }, null, 1.5, { lower: 1.1, upper: 1.9 }), r({ item: 'b' }, null, null, { suppressed: 'primary' })];
  const data = chartData({ ...base, unit: 'odds_ratio', keyColumns: ['item'], rows }, label);
  if (data.kind !== 'bar') throw new Error('expected a bar chart');
  const svg = barChart(data, 'odds_ratio', 'da', text, 'tab-9.9');
  assert.ok(svg.includes('<pattern id="hatch-tab-9.9"'));
  assert.ok(svg.includes('fill="url(#hatch-tab-9.9)"'));
  assert.ok(svg.includes('>1,50<'), 'value label with decimal comma');
  assert.ok(svg.includes('stroke-dasharray="4 3"'), 'reference line at 1');
  assert.match(svg, /<path d="M[\d.]+,[\d.]+H[\d.]+M/, 'whisker');
});
