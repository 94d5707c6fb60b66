/**
 * Numbers as the report prints them: Danish "23,4" and "213.855", English "23.4" and "213,855".
 * Written by hand instead of Intl so the output never depends on the machine's ICU data.
 */
import type { Lang, Text, ValueUnit } from '../results/types.ts';

interface UnitFormat {
  /** Multiplier from stored value to shown value (shares are stored as 0-1, shown in per cent). */
  factor: number;
  /** Decimals in tables. */
  decimals: number;
  /** Short unit after a number in tables; empty for none. */
  suffix: Text;
  /** Axis title. */
  axis: Text;
}

/** How each unit is shown; one entry per ValueUnit, so a new unit fails to compile until it is added. */
export const UNIT_FORMATS: Readonly<Record<ValueUnit, UnitFormat>> = {
  share: { factor: 100, decimals: 1, suffix: { da: ' pct.', en: '%' }, axis: { da: 'Procent', en: 'Per cent' } },
  gini: { factor: 1, decimals: 3, suffix: { da: '', en: '' }, axis: { da: 'Gini-koefficient', en: 'Gini coefficient' } },
  dkk: { factor: 1, decimals: 0, suffix: { da: ' kr.', en: ' DKK' }, axis: { da: 'Kroner', en: 'DKK' } },
  per_1000: { factor: 1, decimals: 1, suffix: { da: '', en: '' }, axis: { da: 'Pr. 1.000', en: 'Per 1,000' } },
  mean: { factor: 1, decimals: 2, suffix: { da: '', en: '' }, axis: { da: 'Gennemsnit', en: 'Mean' } },
  grams: { factor: 1, decimals: 0, suffix: { da: ' g', en: ' g' }, axis: { da: 'Gram', en: 'Grams' } },
  percent_points: { factor: 1, decimals: 1, suffix: { da: ' pct.-point', en: ' pp' }, axis: { da: 'Procentpoint', en: 'Percentage points' } },
  odds_ratio: { factor: 1, decimals: 2, suffix: { da: '', en: '' }, axis: { da: 'Odds ratio', en: 'Odds ratio' } },
  coefficient: { factor: 1, decimals: 3, suffix: { da: '', en: '' }, axis: { da: 'Koefficient', en: 'Coefficient' } },
  count: { factor: 1, decimals: 0, suffix: { da: '', en: '' }, axis: { da: 'Antal', en: 'Number' } },
};

const SEPARATORS: Readonly<Record<Lang, { decimal: string; group: string }>> = {
  da: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Fixed decimals with the language's decimal mark and thousands separator. */
export function formatFixed(x: number, decimals: number, lang: Lang): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
  const negative = x < 0 && Number(fixed) !== 0;
  return (negative ? '−' : '') + grouped + (frac ? SEPARATORS[lang].decimal + frac : '');
}

/** A stored value in its unit, without the unit suffix ("23,4" for a share of 0.234). */
export function formatValue(x: number, unit: ValueUnit, lang: Lang): string {
  const f = UNIT_FORMATS[unit];
  return formatFixed(x * f.factor, f.decimals, lang);
}

/** A count of persons: integer with thousands separator. */
export function formatCount(n: number, lang: Lang): string {
  return formatFixed(n, 0, lang);
}

/** A number of unknown meaning (extra columns): up to 3 decimals, trailing zeros dropped. */
export function formatPlain(x: number, lang: Lang): string {
  const s = formatFixed(x, 3, lang);
  const mark = SEPARATORS[lang].decimal;
  return s.includes(mark) ? s.replace(/0+$/, '').replace(new RegExp(`\\${mark}$`), '') : s;
}

/** An axis tick: shown value with as many decimals as the tick step needs. */
export function formatTick(shown: number, step: number, lang: Lang): string {
  return formatFixed(shown, decimalsForStep(step), lang);
}

export function decimalsForStep(step: number): number {
  // A step of 0.25 needs 2 decimals, 0.5 one, 5 none; limited so float noise cannot add more.
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 6;
}
