import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventStudyChart, isEventStudyTable, logTicks } from '../../src/report/event-study-chart.ts';
import { renderExhibit } from '../../src/report/exhibit.ts';
import type { ResultRow, ResultTable } from '../../src/results/types.ts';

const label = (column: string, code: string): string => `${column}:${code}`;
const text = { title: 'T', suppressedLabel: '(diskr.)', intervalLabel: 'Interval' };

function term(t: number, value: number | null, lower: number | null, upper: number | null, keys: Record<string, string> = {}): ResultRow {
  return { keys: { event_time: String(t), term: value === null ? 'reference' : `treated×e=${t}`, stars: '', ...keys }, year: null, value, n: 100, lower, upper };
}

/** Odds ratios as tab-9.2 has them: reference -1 without an estimate. */
const oddsRatios: ResultTable = {
  id: 'tab-9.2', chapter: 9, kind: 'table', title: { da: 'T', en: 'T' }, note: { da: '', en: '' }, unit: 'odds_ratio',
  keyColumns: ['event_time', 'term', 'stars'],
  rows: [term(-3, 1.1, 0.8, 1.5), term(-2, 0.9, 0.6, 1.35), term(-1, null, null, null), term(0, 2, 1, 4), term(1, 3, 1.5, 6), term(2, 5, 2.5, 10)],
};

/** The y coordinate of the axis tick labelled `label`. */
function tickY(svg: string, tick: string): number {
  const m = new RegExp(`<text x="[0-9.]+" y="([0-9.]+)" text-anchor="end">${tick.replace('.', '\\.')}</text>`).exec(svg);
  assert.ok(m, `tick ${tick}`);
  return Number(m[1]);
}

test('event-study chart: the interval band, the no-effect line and the reference year, odds ratios on a log scale', () => {
  const svg = eventStudyChart(oddsRatios, 'da', label, text);
  // two runs of estimable terms, split by the reference year: two bands
  assert.equal((svg.match(/class="ci-band"/g) ?? []).length, 2);
  // log scale: 0,5, 1, 2 and 4 lie equally far apart (powers of 2 from 0,5 up to 16)
  assert.deepEqual(logTicks(0.6, 10), [0.5, 1, 2, 4, 8, 16]);
  const [a, b, c, d] = ['0,5', '1', '2', '4'].map((t) => tickY(svg, t));
  assert.ok(Math.abs((a - b) - (b - c)) < 0.05 && Math.abs((b - c) - (c - d)) < 0.05, `${a} ${b} ${c} ${d}`);
  // the no-effect line at odds ratio 1 (the tick's y, less the label's 4 px offset)
  const noEffect = /<line class="no-effect" x1="[0-9.]+" x2="[0-9.]+" y1="([0-9.]+)"/.exec(svg);
  assert.ok(noEffect);
  assert.ok(Math.abs(Number(noEffect[1]) - (b - 4)) < 0.05);
  // the reference year -1: a dashed vertical line, labelled, at the x of the "-1" tick
  const ref = /<g class="reference-year"><line x1="([0-9.]+)"[^>]*stroke-dasharray="5 4"\/><text[^>]*>Referenceår \(-1\)<\/text>/.exec(svg);
  assert.ok(ref, 'reference line');
  const tick = /<line x1="([0-9.]+)" x2="[0-9.]+" y1="[0-9.]+" y2="[0-9.]+" stroke="#888888"\/><text x="[0-9.]+" y="[0-9.]+" text-anchor="middle">-1<\/text>/.exec(svg);
  assert.ok(tick);
  assert.equal(ref[1], tick[1]);
  assert.match(svg, /Odds ratio \(logaritmisk skala\)/);
});

test('event-study chart: coefficients on a linear scale with the line at 0, one series per sex', () => {
  const rows = ['male', 'female'].flatMap((sex) => [term(-2, -0.5, -1, 0, { sex }), term(-1, null, null, null, { sex }), term(0, -1.5, -2.5, -0.5, { sex })]);
  const table: ResultTable = { ...oddsRatios, id: 'tab-9.5', unit: 'coefficient', keyColumns: ['sex', 'event_time', 'term', 'stars'], rows };
  const svg = eventStudyChart(table, 'en', label, text);
  assert.doesNotMatch(svg, /log scale/);
  assert.equal((svg.match(/class="ci-band"/g) ?? []).length, 4);
  assert.match(svg, /sex:male/);
  assert.match(svg, /sex:female/);
  const zero = tickY(svg, '0.0');
  const noEffect = /<line class="no-effect" x1="[0-9.]+" x2="[0-9.]+" y1="([0-9.]+)"/.exec(svg);
  assert.ok(noEffect && Math.abs(Number(noEffect[1]) - (zero - 4)) < 0.05);
});

test('the report draws event-study tables with this chart, other tables as before', () => {
  assert.equal(isEventStudyTable(oddsRatios), true);
  assert.equal(isEventStudyTable({ ...oddsRatios, unit: 'share', keyColumns: ['group', 'event_time'] }), false);
  const html = renderExhibit(oddsRatios, 'da', label, { da: 'Kilde', en: 'Source' });
  assert.match(html, /class="ci-band"/);
  assert.match(html, /class="reference-year"/);
});

test('a mean in a table of shares (extra.is_mean) is shown as a mean and kept out of the share chart', () => {
  const table: ResultTable = {
    ...oddsRatios, id: 'tab-9.1', unit: 'share', keyColumns: ['item'],
    rows: [
      { keys: { item: 'alder' }, year: null, value: 14.5, n: 100, lower: null, upper: null, extra: { is_mean: 1, count: null } },
      { keys: { item: 'drenge' }, year: null, value: 0.55, n: 100, lower: null, upper: null, extra: { is_mean: 0, count: 55 } },
    ],
  };
  const html = renderExhibit(table, 'da', label, { da: 'Kilde', en: 'Source' });
  assert.match(html, />14,50</);
  assert.doesNotMatch(html, /1\.450/);
  assert.match(html, /<td class="n">55,0</);
  assert.doesNotMatch(html, /<tspan[^>]*>item:alder</);
  assert.doesNotMatch(html, /is mean/);
});
