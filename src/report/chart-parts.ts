/** Pieces every chart shares: palette, text metrics, legend, hatch pattern and the SVG frame. */
import { el, esc } from './markup.ts';

/**
 * Okabe & Ito's colour-blind-safe palette, yellow left out (too faint on white). Series past the
 * seventh reuse the colours with a dashed line.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

export function colour(i: number): string {
  return PALETTE[i % PALETTE.length];
}

/** Dash pattern for the i-th series: solid for the first round of colours. */
export function dash(i: number): string | undefined {
  return i < PALETTE.length ? undefined : ['6 3', '2 3', '8 3 2 3'][Math.floor(i / PALETTE.length - 1) % 3];
}

export const FONT_SIZE = 12;
export const TEXT_COLOUR = '#333333';
export const GRID_COLOUR = '#e3e3e3';
export const AXIS_COLOUR = '#888888';

/** Estimated width of a text in the chart font (average glyph ≈ 0.56 em); SVG cannot measure offline. */
export function textWidth(text: string, size = FONT_SIZE): number {
  return text.length * size * 0.56;
}

/** Splits a label into lines of at most `maxWidth` pixels, breaking at spaces. */
export function wrap(text: string, maxWidth: number, size = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export interface LegendItem {
  label: string;
  /** 'line' swatch for line charts, 'box' for bars, 'cross' for the suppressed-cell marker. */
  swatch: 'line' | 'box' | 'cross' | 'band';
  colour: string;
  dash?: string;
}

const LEGEND_ROW = 18;
const SWATCH = 18;

/** Lays the legend out in rows that fit `width`; returns its markup and height. */
export function legend(items: readonly LegendItem[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let x = x0;
  let y = y0 + LEGEND_ROW / 2;
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += LEGEND_ROW;
    }
    parts.push(swatch(item, x, y), el('text', { x: x + SWATCH + 6, y: y + 4 }, esc(item.label)));
    x += w;
  }
  return { svg: el('g', { class: 'legend' }, ...parts), height: y - y0 + LEGEND_ROW / 2 };
}

function swatch(item: LegendItem, x: number, y: number): string {
  switch (item.swatch) {
    case 'line':
      return el('line', { x1: x, y1: y, x2: x + SWATCH, y2: y, stroke: item.colour, 'stroke-width': 2.5, 'stroke-dasharray': item.dash });
    case 'box':
      return el('rect', { x, y: y - 6, width: SWATCH, height: 12, fill: item.colour });
    case 'band':
      return el('rect', { x, y: y - 6, width: SWATCH, height: 12, fill: item.colour, 'fill-opacity': 0.18 });
    case 'cross':
      return cross(x + SWATCH / 2, y, item.colour);
  }
}

/** The "×" that marks a suppressed cell. */
export function cross(x: number, y: number, stroke: string, size = 4): string {
  return el('path', { d: `M${x - size},${y - size}L${x + size},${y + size}M${x - size},${y + size}L${x + size},${y - size}`, stroke, 'stroke-width': 2, fill: 'none' });
}

/** A diagonal hatch pattern, used for suppressed bars. */
export function hatchPattern(id: string): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 6, height: 6, fill: '#ffffff' }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#777777', 'stroke-width': 2 }),
  );
}

/**
 * The outer <svg>: fixed font, accessible name, scalable to the page width. No xmlns: inline SVG
 * in HTML does not need it, and the page must hold no URL at all.
 */
export function svgFrame(width: number, height: number, title: string, ...body: readonly string[]): string {
  return el(
    'svg',
    {
      viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
      width: Math.ceil(width),
      height: Math.ceil(height),
      role: 'img',
      'font-size': FONT_SIZE,
      fill: TEXT_COLOUR,
      class: 'chart',
    },
    el('title', {}, esc(title)),
    ...body,
  );
}
