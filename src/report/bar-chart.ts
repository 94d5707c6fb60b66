/**
 * A horizontal grouped bar chart: one group per category (long Danish labels read best on the
 * left), one bar per series, whiskers for lower/upper, and a hatched stub with "×" where a value
 * was suppressed.
 */
import type { Lang, ValueUnit } from '../results/types.ts';
import type { BarData } from './chart-data.ts';
import { AXIS_COLOUR, FONT_SIZE, GRID_COLOUR, colour, cross, hatchPattern, legend, svgFrame, textWidth, wrap, type LegendItem } from './chart-parts.ts';
import { UNIT_FORMATS, formatTick, formatValue } from './format.ts';
import type { ChartText } from './line-chart.ts';
import { el, esc } from './markup.ts';
import { linearScale, niceAxis } from './scale.ts';

const WIDTH = 800;
const BAR = 16;
const BAR_GAP = 2;
const GROUP_GAP = 12;
const MAX_LABEL_WIDTH = 230;
const VALUE_LABEL_SPACE = 64;
const STUB = 26;

export function barChart(data: BarData, unit: ValueUnit, lang: Lang, text: ChartText, chartId: string): string {
  const factor = UNIT_FORMATS[unit].factor;
  const shown = (v: number): number => v * factor;
  const points = data.series.flatMap((s) => [...s.points.values()]);
  const all = points.flatMap((p) => [p.value, p.lower, p.upper]).filter((v): v is number => v !== null).map(shown);
  const axis = niceAxis(Math.min(0, ...all), Math.max(0, ...all));

  const showLegend = data.series.length > 1 || data.series[0]?.label !== '';
  const hasSuppressed = points.some((p) => p.suppressed);
  const items: LegendItem[] = showLegend ? data.series.map((s, i) => ({ label: s.label, swatch: 'box', colour: colour(i) })) : [];
  if (hasSuppressed) items.push({ label: text.suppressedLabel, swatch: 'cross', colour: '#555555' });

  const labelLines = data.categories.map((c) => wrap(c.label, MAX_LABEL_WIDTH));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(0, ...labelLines.flat().map((l) => textWidth(l))));
  const left = 12 + labelWidth + (labelWidth > 0 ? 10 : 0);
  const right = WIDTH - VALUE_LABEL_SPACE;
  const leg = legend(items, 12, 8, WIDTH - 24);
  const top = 8 + leg.height + 12;
  const groupHeight = (lines: number): number => Math.max(data.series.length * (BAR + BAR_GAP) - BAR_GAP, lines * (FONT_SIZE + 2));
  const groupTops: number[] = [];
  let cursor = top;
  for (const lines of labelLines) {
    groupTops.push(cursor);
    cursor += groupHeight(lines.length) + GROUP_GAP;
  }
  const bottom = cursor - GROUP_GAP + 6;
  const x = linearScale(axis.domain, [left, right]);
  const hatchId = `hatch-${chartId}`;

  const grid = axis.ticks.map((t) =>
    el(
      'g',
      {},
      el('line', { x1: x(t), x2: x(t), y1: top - 4, y2: bottom, stroke: t === 0 ? AXIS_COLOUR : GRID_COLOUR }),
      el('text', { x: x(t), y: bottom + 16, 'text-anchor': 'middle' }, esc(formatTick(t, axis.step, lang))),
    ),
  );

  const groups = data.categories.map((category, g) => {
    const y0 = groupTops[g];
    const h = groupHeight(labelLines[g].length);
    const lines = labelLines[g];
    const labelTop = y0 + h / 2 - ((lines.length - 1) * (FONT_SIZE + 2)) / 2 + 4;
    const label = el('text', { x: left - 10, y: labelTop, 'text-anchor': 'end' }, ...lines.map((l, i) => el('tspan', { x: left - 10, dy: i === 0 ? 0 : FONT_SIZE + 2 }, esc(l))));
    const barsTop = y0 + (h - (data.series.length * (BAR + BAR_GAP) - BAR_GAP)) / 2;
    const bars = data.series.map((s, i) => {
      const p = s.points.get(category.code);
      const by = barsTop + i * (BAR + BAR_GAP);
      if (!p) return '';
      if (p.suppressed) {
        return el(
          'g',
          {},
          el('rect', { x: x(0), y: by, width: STUB, height: BAR, fill: `url(#${hatchId})`, stroke: colour(i) }),
          cross(x(0) + STUB + 10, by + BAR / 2, colour(i)),
        );
      }
      if (p.value === null) return '';
      const v = shown(p.value);
      const x0 = Math.min(x(0), x(v));
      const bar = el('rect', { x: x0, y: by, width: Math.max(Math.abs(x(v) - x(0)), 0.5), height: BAR, fill: colour(i) });
      const whisker =
        p.lower !== null && p.upper !== null
          ? el(
              'path',
              {
                d: `M${x(shown(p.lower))},${by + BAR / 2}H${x(shown(p.upper))}M${x(shown(p.lower))},${by + 3}V${by + BAR - 3}M${x(shown(p.upper))},${by + 3}V${by + BAR - 3}`,
                stroke: '#222222',
                'stroke-width': 1.2,
                fill: 'none',
              },
            )
          : '';
      const end = Math.max(x(v), p.upper !== null ? x(shown(p.upper)) : -Infinity);
      const valueLabel = el('text', { x: v < 0 ? x(0) + 4 : end + 4, y: by + BAR / 2 + 4, 'font-size': FONT_SIZE - 1 }, esc(formatValue(p.value, unit, lang)));
      return bar + whisker + valueLabel;
    });
    return el('g', {}, label, ...bars);
  });

  // Odds ratios are read against 1 (no effect), not against 0.
  const reference =
    unit === 'odds_ratio' && axis.domain[0] <= 1 && axis.domain[1] >= 1
      ? el('line', { x1: x(1), x2: x(1), y1: top - 4, y2: bottom, stroke: '#222222', 'stroke-dasharray': '4 3' })
      : '';
  const axisTitle = el('text', { x: right, y: bottom + 34, 'text-anchor': 'end', 'font-weight': 600 }, esc(UNIT_FORMATS[unit].axis[lang]));
  const defs = hasSuppressed ? el('defs', {}, hatchPattern(hatchId)) : '';
  return svgFrame(WIDTH, bottom + 44, text.title, defs, leg.svg, ...grid, ...groups, reference, axisTitle);
}
