/**
 * A line chart over years: one line per series, a translucent band for lower/upper, a gap where a
 * value is missing and an "×" where it was suppressed.
 */
import type { Lang, ValueUnit } from '../results/types.ts';
import type { LineData, Point } from './chart-data.ts';
import { AXIS_COLOUR, GRID_COLOUR, colour, cross, dash, legend, svgFrame, type LegendItem } from './chart-parts.ts';
import { UNIT_FORMATS, formatTick } from './format.ts';
import { el, esc, px } from './markup.ts';
import { linearScale, niceAxis, yearTicks } from './scale.ts';

export interface ChartText {
  title: string;
  suppressedLabel: string;
  intervalLabel: string;
}

const WIDTH = 800;
const PLOT_HEIGHT = 260;
const MARGIN = { left: 58, right: 18, top: 10, bottom: 28 };

export function lineChart(data: LineData, unit: ValueUnit, lang: Lang, text: ChartText): string {
  const factor = UNIT_FORMATS[unit].factor;
  const shown = (x: number): number => x * factor;
  const all = data.series.flatMap((s) => [...s.points.values()].flatMap((p) => [p.value, p.lower, p.upper])).filter((v): v is number => v !== null);
  const axis = niceAxis(Math.min(0, ...all.map(shown)), Math.max(0, ...all.map(shown)));

  const hasSuppressed = data.series.some((s) => [...s.points.values()].some((p) => p.suppressed));
  const hasBand = data.series.some((s) => [...s.points.values()].some((p) => p.lower !== null && p.upper !== null));
  const items: LegendItem[] = data.series.map((s, i) => ({ label: s.label, swatch: 'line', colour: colour(i), dash: dash(i) }));
  if (hasBand) items.push({ label: text.intervalLabel, swatch: 'band', colour: '#555555' });
  if (hasSuppressed) items.push({ label: text.suppressedLabel, swatch: 'cross', colour: '#555555' });
  const leg = legend(items, MARGIN.left, MARGIN.top, WIDTH - MARGIN.left - MARGIN.right);

  const axisTitleY = MARGIN.top + leg.height + 16;
  const top = axisTitleY + 10;
  const bottom = top + PLOT_HEIGHT;
  const first = data.years[0];
  const last = data.years[data.years.length - 1];
  const x = linearScale([first, last], [MARGIN.left + 10, WIDTH - MARGIN.right - 10]);
  const y = linearScale(axis.domain, [bottom, top]);

  const grid = axis.ticks.map((t) =>
    el(
      'g',
      {},
      el('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t), stroke: t === 0 ? AXIS_COLOUR : GRID_COLOUR }),
      el('text', { x: MARGIN.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, esc(formatTick(t, axis.step, lang))),
    ),
  );
  const xTicks = yearTicks(first, last).map((yr) =>
    el('g', {}, el('line', { x1: x(yr), x2: x(yr), y1: bottom, y2: bottom + 4, stroke: AXIS_COLOUR }), el('text', { x: x(yr), y: bottom + 17, 'text-anchor': 'middle' }, String(yr))),
  );

  const bands: string[] = [];
  const lines: string[] = [];
  const marks: string[] = [];
  data.series.forEach((s, i) => {
    const at = (yr: number): Point | undefined => s.points.get(yr);
    for (const run of runs(data.years, (yr) => at(yr)?.lower != null && at(yr)?.upper != null)) {
      const upper = run.map((yr) => `${px(x(yr))},${px(y(shown(at(yr)?.upper ?? 0)))}`);
      const lower = run.map((yr) => `${px(x(yr))},${px(y(shown(at(yr)?.lower ?? 0)))}`).reverse();
      bands.push(el('path', { d: `M${[...upper, ...lower].join('L')}Z`, fill: colour(i), 'fill-opacity': 0.15, stroke: 'none' }));
    }
    for (const run of runs(data.years, (yr) => at(yr)?.value != null)) {
      const d = run.map((yr, j) => `${j === 0 ? 'M' : 'L'}${px(x(yr))},${px(y(shown(at(yr)?.value ?? 0)))}`).join('');
      lines.push(el('path', { d, fill: 'none', stroke: colour(i), 'stroke-width': 2.5, 'stroke-dasharray': dash(i), 'stroke-linejoin': 'round' }));
      for (const yr of run) marks.push(el('circle', { cx: x(yr), cy: y(shown(at(yr)?.value ?? 0)), r: 2.8, fill: colour(i) }));
    }
    data.years.forEach((yr, j) => {
      if (!at(yr)?.suppressed) return;
      // Put the "×" where the line would have passed: between the neighbouring values.
      const near = [data.years[j - 1], data.years[j + 1]].map((n) => (n === undefined ? null : (at(n)?.value ?? null))).filter((v): v is number => v !== null);
      const cy = near.length > 0 ? y(shown(near.reduce((a, b) => a + b, 0) / near.length)) : bottom - 6;
      marks.push(cross(x(yr), cy, colour(i)));
    });
  });

  const axisTitle = el('text', { x: 4, y: axisTitleY, 'font-weight': 600 }, esc(UNIT_FORMATS[unit].axis[lang]));
  const height = bottom + MARGIN.bottom;
  return svgFrame(WIDTH, height, text.title, leg.svg, axisTitle, ...grid, ...xTicks, ...bands, ...lines, ...marks);
}

/** Maximal runs of consecutive years that satisfy `ok`. */
function runs(years: readonly number[], ok: (year: number) => boolean): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const yr of years) {
    if (ok(yr)) current.push(yr);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}
