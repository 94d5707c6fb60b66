/**
 * An event-study coefficient chart (chapter 9): the estimate per event time with its 95 % interval
 * as a translucent band and error bars, a horizontal line at "no effect" (odds ratio 1, coefficient
 * 0), and a dashed vertical line at the reference event time, whose estimate is fixed by
 * construction. Odds ratios are drawn on a log scale, so that 2 and 1/2 lie equally far from 1.
 * One series per sex when the table is split by sex.
 */
import type { Lang, ResultTable } from '../results/types.ts';
import { codeOrder, type LabelFn, type Point } from './chart-data.ts';
import { AXIS_COLOUR, GRID_COLOUR, colour, cross, legend, svgFrame, type LegendItem } from './chart-parts.ts';
import { UNIT_FORMATS, formatTick } from './format.ts';
import type { ChartText } from './line-chart.ts';
import { el, esc, px } from './markup.ts';
import { linearScale, niceAxis } from './scale.ts';
import { UI } from './texts.ts';

const WIDTH = 800;
const PLOT_HEIGHT = 260;
const MARGIN = { left: 58, right: 18, top: 10, bottom: 44 };

/** A table of event-study estimates: split by event time, odds ratios or coefficients. */
export function isEventStudyTable(table: ResultTable): boolean {
  return table.keyColumns.includes('event_time') && (table.unit === 'odds_ratio' || table.unit === 'coefficient');
}

interface EventSeries {
  label: string;
  points: Map<number, Point>;
}

/** Ticks of a log axis: powers of 2 (every other one when there are many) covering [lo, hi] > 0. */
export function logTicks(lo: number, hi: number): number[] {
  const a = Math.floor(Math.log2(lo));
  const b = Math.ceil(Math.log2(hi));
  const step = b - a > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let k = Math.floor(a / step) * step; k <= b; k += step) ticks.push(2 ** k);
  return ticks;
}

export function eventStudyChart(table: ResultTable, lang: Lang, label: LabelFn, text: ChartText): string {
  const log = table.unit === 'odds_ratio';
  const noEffect = log ? 1 : 0;
  const reference = referenceTime(table);
  const bySex = table.keyColumns.includes('sex');
  const groups = bySex ? codeOrder(table, 'sex') : [''];
  const series: EventSeries[] = groups.map((g) => ({ label: bySex ? label('sex', g) : UI.estimate[lang], points: new Map() }));
  for (const r of table.rows) {
    const t = Number(r.keys.event_time);
    if (!Number.isFinite(t)) continue;
    const s = series[bySex ? groups.indexOf(r.keys.sex ?? '') : 0];
    s?.points.set(t, r.suppressed ? { value: null, lower: null, upper: null, suppressed: r.suppressed } : { value: r.value, lower: r.lower, upper: r.upper });
  }
  const times = [...new Set(series.flatMap((s) => [...s.points.keys()]))].sort((a, b) => a - b);
  if (reference !== null && !times.includes(reference)) times.push(reference);
  times.sort((a, b) => a - b);

  // the scale: log for odds ratios (only positive, finite values can be placed), linear otherwise
  const values = series.flatMap((s) => [...s.points.values()].flatMap((p) => [p.value, p.lower, p.upper]))
    .filter((v): v is number => v !== null && Number.isFinite(v) && (!log || v > 0));
  const f = (v: number): number => (log ? Math.log(v) : v);
  let ticks: number[];
  let domain: [number, number];
  let tickText: (v: number) => string;
  if (log) {
    ticks = logTicks(Math.min(noEffect, ...values), Math.max(noEffect, ...values));
    domain = [f(ticks[0]), f(ticks[ticks.length - 1])];
    // a tick's own value as its step gives 0,25 and 0,5 their decimals and 2, 4 none
    tickText = (v) => formatTick(v, v < 1 ? v : 1, lang);
  } else {
    const axis = niceAxis(Math.min(0, ...values), Math.max(0, ...values));
    ticks = axis.ticks;
    domain = axis.domain;
    tickText = (v) => formatTick(v, axis.step, lang);
  }

  const items: LegendItem[] = series.map((s, i) => ({ label: s.label, swatch: 'line', colour: colour(i) }));
  items.push({ label: text.intervalLabel, swatch: 'band', colour: '#555555' });
  const hasSuppressed = series.some((s) => [...s.points.values()].some((p) => p.suppressed));
  if (hasSuppressed) items.push({ label: text.suppressedLabel, swatch: 'cross', colour: '#555555' });
  const leg = legend(items, MARGIN.left, MARGIN.top, WIDTH - MARGIN.left - MARGIN.right);

  const axisTitleY = MARGIN.top + leg.height + 16;
  const top = axisTitleY + 10;
  const bottom = top + PLOT_HEIGHT;
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;
  const pad = 0.5;
  const x = linearScale([first - pad, last + pad], [MARGIN.left + 10, WIDTH - MARGIN.right - 10]);
  const yLin = linearScale(domain, [bottom, top]);
  const y = (v: number): number => yLin(f(v));
  // series side by side at each event time, so that their intervals do not hide each other
  const dodge = (i: number): number => (i - (series.length - 1) / 2) * 8;

  const grid = ticks.map((t) =>
    el('g', {},
      el('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), stroke: GRID_COLOUR }),
      el('text', { x: MARGIN.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, esc(tickText(t)))),
  );
  const xTicks = times.map((t) =>
    el('g', {},
      el('line', { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 4, stroke: AXIS_COLOUR }),
      el('text', { x: x(t), y: bottom + 17, 'text-anchor': 'middle' }, esc(String(t)))),
  );
  const xTitle = el('text', { x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: bottom + 36, 'text-anchor': 'middle' }, esc(UI.eventTime[lang]));
  const nullLine = el('line', { class: 'no-effect', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(noEffect), y2: y(noEffect), stroke: AXIS_COLOUR, 'stroke-width': 1.5 });
  const refLine = reference === null ? '' : el('g', { class: 'reference-year' },
    el('line', { x1: x(reference), x2: x(reference), y1: top, y2: bottom, stroke: AXIS_COLOUR, 'stroke-dasharray': '5 4' }),
    el('text', { x: x(reference) + 4, y: top + 12 }, esc(`${UI.referenceYear[lang]} (${reference})`)));

  const bands: string[] = [];
  const marks: string[] = [];
  series.forEach((s, i) => {
    const c = colour(i);
    const dx = dodge(i);
    const at = (t: number): Point | undefined => s.points.get(t);
    const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v) && (!log || v > 0);
    // the interval as a band over each run of consecutive estimable event times, and as error bars
    for (const run of runs(times, (t) => ok(at(t)?.lower) && ok(at(t)?.upper))) {
      const upper = run.map((t) => `${px(x(t) + dx)},${px(y(at(t)?.upper ?? noEffect))}`);
      const lower = run.map((t) => `${px(x(t) + dx)},${px(y(at(t)?.lower ?? noEffect))}`).reverse();
      bands.push(el('path', { class: 'ci-band', d: `M${[...upper, ...lower].join('L')}Z`, fill: c, 'fill-opacity': 0.15, stroke: 'none' }));
      for (const t of run) marks.push(el('line', { x1: x(t) + dx, x2: x(t) + dx, y1: y(at(t)?.lower ?? noEffect), y2: y(at(t)?.upper ?? noEffect), stroke: c, 'stroke-width': 1.5 }));
    }
    for (const t of times) {
      const p = at(t);
      if (t === reference) {
        // fixed at "no effect" by construction: an open circle
        marks.push(el('circle', { cx: x(t) + dx, cy: y(noEffect), r: 3.5, fill: '#ffffff', stroke: c, 'stroke-width': 1.5 }));
      } else if (p?.suppressed) {
        marks.push(cross(x(t) + dx, y(noEffect), c));
      } else if (ok(p?.value)) {
        marks.push(el('circle', { cx: x(t) + dx, cy: y(p.value), r: 3.5, fill: c }));
      }
    }
  });

  const axisTitle = el('text', { x: 4, y: axisTitleY, 'font-weight': 600 }, esc(`${UNIT_FORMATS[table.unit].axis[lang]}${log ? ` (${UI.logScale[lang]})` : ''}`));
  return svgFrame(WIDTH, bottom + MARGIN.bottom, text.title, leg.svg, axisTitle, ...grid, nullLine, refLine, ...xTicks, xTitle, ...bands, ...marks);
}

/** The reference event time: the row whose term is 'reference'. */
function referenceTime(table: ResultTable): number | null {
  const r = table.rows.find((row) => row.keys.term === 'reference');
  const t = r ? Number(r.keys.event_time) : NaN;
  return Number.isFinite(t) ? t : null;
}

function runs(times: readonly number[], ok: (t: number) => boolean): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const t of times) {
    if (ok(t)) current.push(t);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}
