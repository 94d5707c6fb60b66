/**
 * One exhibit as a report section: its number and title, the chart, the numbers with N and
 * intervals, the note, the source line and the choices made where the report is unclear.
 */
import type { Lang, ResultRow, ResultTable, Text, ValueUnit } from '../results/types.ts';
import { barChart } from './bar-chart.ts';
import { chartData, codeOrder, type LabelFn } from './chart-data.ts';
import { eventStudyChart, isEventStudyTable } from './event-study-chart.ts';
import { exhibitNumber } from './exhibit-id.ts';
import { formatCount, formatPlain, formatValue } from './format.ts';
import { lineChart, type ChartText } from './line-chart.ts';
import { el, esc } from './markup.ts';
import { UI, extraColumnLabel, keyColumnLabel } from './texts.ts';

/** Bar charts with more bars than this are left out; the numbers table still shows every value. */
const MAX_BARS = 60;

export function renderExhibit(table: ResultTable, lang: Lang, reportLabel: LabelFn, source: Text): string {
  // the table's own labels (a multi-measure table's item rows, a survey item's answers) before the report's
  const label: LabelFn = (column, code) => table.labels?.[column]?.[code]?.[lang] ?? reportLabel(column, code);
  const number = exhibitNumber(table.id, lang);
  const heading = el('h3', {}, el('span', { class: 'num' }, esc(number)), ' ', esc(table.title[lang]));
  const text: ChartText = { title: `${number} ${table.title[lang]}`, suppressedLabel: UI.suppressed[lang], intervalLabel: UI.interval[lang] };
  const chart = renderChart(table, lang, label, text);
  const rows = table.rows.length;
  const numbers =
    rows === 0
      ? el('p', { class: 'empty' }, esc(UI.noRows[lang]))
      : el('details', { open: table.kind === 'table' ? 'open' : undefined }, el('summary', {}, esc(`${UI.dataTable[lang]} (${formatCount(rows, lang)})`)), numbersTable(table, lang, label));
  const note = table.note[lang].trim();
  const noteLine = note ? el('p', { class: 'note' }, esc(withLead(note, UI.note[lang]))) : '';
  const sourceLine = el('p', { class: 'note' }, esc(withLead(source[lang], UI.source[lang])));
  const choices =
    table.choices && table.choices.length > 0
      ? el('div', { class: 'choices' }, el('h4', {}, esc(UI.choices[lang])), el('ul', {}, ...table.choices.map((c) => el('li', {}, esc(c[lang])))))
      : '';
  return el('section', { class: 'exhibit', id: table.id }, heading, chart, numbers, noteLine, sourceLine, choices);
}

function renderChart(table: ResultTable, lang: Lang, label: LabelFn, text: ChartText): string {
  if (table.rows.length === 0) return '';
  if (isEventStudyTable(table)) return el('figure', { class: 'chart' }, eventStudyChart(table, lang, label, text));
  // rows that are means in a table of shares (extra.is_mean: mean age, mean grades) would not fit the
  // share axis; the numbers table shows them
  const shown = table.rows.filter((r) => r.extra?.is_mean !== 1);
  if (shown.length === 0) return '';
  const data = chartData(shown.length === table.rows.length ? table : { ...table, rows: shown }, label);
  // A bar chart this big (balance tables with dozens of covariates) reads worse than its table.
  if (data.kind === 'bar' && data.categories.length * data.series.length > MAX_BARS) return '';
  const svg = data.kind === 'line' ? lineChart(data, table.unit, lang, text) : barChart(data, table.unit, lang, text, table.id);
  return el('figure', { class: 'chart' }, svg);
}

/** The numbers behind the chart: keys, year, value, [lower; upper], N and any extra columns. */
function numbersTable(table: ResultTable, lang: Lang, label: LabelFn): string {
  const rows = displayOrder(table);
  const hasYear = rows.some((r) => r.year !== null);
  const hasInterval = rows.some((r) => r.lower !== null || r.upper !== null);
  // is_mean only says how to format the row (unitOf); it is no number to show
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))].filter((e) => e !== 'is_mean').sort();
  const head = [
    ...table.keyColumns.map((k) => th(keyColumnLabel(k, lang))),
    ...(hasYear ? [th(UI.year[lang])] : []),
    th(UI.value[lang], 'n'),
    ...(hasInterval ? [th(UI.interval[lang], 'n')] : []),
    th(UI.n[lang], 'n'),
    ...extras.map((e) => th(extraColumnLabel(e, lang), 'n')),
  ];
  const body = rows.map((r) => {
    const cells = [
      ...table.keyColumns.map((k) => el('td', {}, esc(label(k, r.keys[k] ?? '')))),
      ...(hasYear ? [el('td', {}, r.year === null ? '' : String(r.year))] : []),
      r.suppressed ? el('td', { class: 'n supp' }, esc(UI.suppressed[lang])) : el('td', { class: 'n' }, esc(num(r.value, (v) => formatValue(v, unitOf(r, table), lang)))),
      ...(hasInterval ? [el('td', { class: 'n' }, r.suppressed ? '' : esc(interval(r, table, lang)))] : []),
      el('td', { class: 'n' }, r.suppressed ? '' : esc(num(r.n, (v) => formatCount(v, lang)))),
      ...extras.map((e) => el('td', { class: 'n' }, r.suppressed ? '' : esc(num(r.extra?.[e] ?? null, (v) => (e === 'p_value' ? formatPValue(v, lang) : formatPlain(v, lang)))))),
    ];
    return el('tr', r.suppressed ? { class: 'supp' } : {}, ...cells);
  });
  const legend = rows.some((r) => r.suppressed) ? el('caption', {}, esc(UI.suppressedLegend[lang])) : '';
  return el('table', { class: 'numbers' }, legend, el('thead', {}, el('tr', {}, ...head)), el('tbody', {}, ...body));
}

/** A p-value to three decimals; below 0.001 as "< 0,001" rather than a rounded 0. */
export function formatPValue(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${formatPlain(0.001, lang)}` : formatPlain(Math.round(p * 1000) / 1000, lang);
}

/** Rows in the order the chart shows them: codes as codeOrder ranks them, then year. */
function displayOrder(table: ResultTable): ResultRow[] {
  const orders = table.keyColumns.map((k) => codeOrder(table, k));
  const rank = (r: ResultRow): number[] => [...table.keyColumns.map((k, i) => orders[i].indexOf(r.keys[k] ?? '')), r.year ?? -Infinity];
  return [...table.rows].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return 0;
  });
}

/** A row's unit: a mean in a table of shares (extra.is_mean = 1, e.g. mean age in Tab 9.1) is a plain mean. */
function unitOf(r: ResultRow, table: ResultTable): ValueUnit {
  return r.extra?.is_mean === 1 ? 'mean' : table.unit;
}

function th(text: string, cls?: string): string {
  return el('th', { class: cls }, esc(text));
}

function num(v: number | null, f: (v: number) => string): string {
  return v === null ? '–' : f(v);
}

function interval(r: ResultRow, table: ResultTable, lang: Lang): string {
  if (r.lower === null && r.upper === null) return '';
  const f = (v: number | null): string => num(v, (x) => formatValue(x, unitOf(r, table), lang));
  return `[${f(r.lower)}; ${f(r.upper)}]`;
}

/** Prefixes "Anm.:" / "Kilde:" unless the text already starts with it. */
function withLead(text: string, lead: string): string {
  return text.toLowerCase().startsWith(lead.toLowerCase()) ? text : `${lead}: ${text}`;
}
