/**
 * The whole report as one self-contained HTML page: summary of the run, table of contents, then
 * the chapters with their exhibits. No script, no URL, no date: identical input gives identical bytes.
 */
import type { Lang, ResultTable, Text } from '../results/types.ts';
import { byCodePoint } from '../outputs/tidy.ts';
import type { LabelFn } from './chart-data.ts';
import { compareExhibitIds, exhibitNumber, parseExhibitId } from './exhibit-id.ts';
import { renderExhibit } from './exhibit.ts';
import { formatPlain, formatValue } from './format.ts';
import { el, esc } from './markup.ts';
import { REPORT_CSS } from './style.ts';
import { KEY_LABELS, REPORT_CHAPTERS, UI, type Chapter } from './texts.ts';
import type { CalibrationRow, ReportInput, RunSummary } from './types.ts';

export function renderReport(input: ReportInput, lang: Lang): string {
  const label = labeller(input, lang);
  const chapters = groupByChapter(input, lang);
  const body = [
    el('header', { class: 'title' }, el('h1', {}, esc(UI.reportTitle[lang])), el('p', { class: 'subtitle' }, esc(UI.reportSubtitle[lang]))),
    summary(input.run, lang),
    toc(chapters, lang),
    ...chapters.map((c) =>
      el('section', { class: 'chapter', id: `chapter-${c.anchor}` }, el('h2', {}, esc(c.heading)), ...c.tables.map((t) => renderExhibit(t, lang, tableLabeller(t, label, lang), input.sources?.[t.id] ?? UI.defaultSource))),
    ),
  ];
  return (
    '<!DOCTYPE html>\n' +
    el(
      'html',
      { lang },
      el('head', {}, '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">', el('title', {}, esc(UI.reportTitle[lang])), el('style', {}, REPORT_CSS)),
      el('body', {}, el('main', {}, ...body)),
    ) +
    '\n'
  );
}

interface ChapterGroup {
  anchor: string;
  heading: string;
  tables: ResultTable[];
}

/**
 * Normalises a table's chapter to a chapter key: appendix exhibits (bfig/btab) given a plain number
 * n belong to Bilag n ('Bn'); "Bilag 3" and "B3" both mean 'B3'.
 */
export function chapterKey(table: ResultTable): string {
  const raw = String(table.chapter).trim();
  const bilag = /^(?:b|bilag)\s*(\d+)$/i.exec(raw);
  if (bilag) return `B${bilag[1]}`;
  const prefix = parseExhibitId(table.id)?.prefix;
  if (/^\d+$/.test(raw) && (prefix === 'bfig' || prefix === 'btab')) return `B${raw}`;
  return raw;
}

function groupByChapter(input: ReportInput, lang: Lang): ChapterGroup[] {
  const chapters: readonly Chapter[] = input.chapters ?? REPORT_CHAPTERS;
  const position = new Map((input.order ?? []).map((id, i) => [id, i]));
  const compare = (a: ResultTable, b: ResultTable): number => {
    const pa = position.get(a.id);
    const pb = position.get(b.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined || pb !== undefined) return pa !== undefined ? -1 : 1;
    return compareExhibitIds(a.id, b.id);
  };
  const known = new Set(chapters.map((c) => String(c.key)));
  const groups: ChapterGroup[] = [];
  for (const c of chapters) {
    const tables = input.tables.filter((t) => chapterKey(t) === String(c.key)).sort(compare);
    if (tables.length > 0) groups.push({ anchor: String(c.key), heading: chapterHeading(c, lang), tables });
  }
  const rest = input.tables.filter((t) => !known.has(chapterKey(t))).sort(compare);
  if (rest.length > 0) groups.push({ anchor: 'other', heading: lang === 'da' ? 'Øvrige' : 'Other', tables: rest });
  return groups;
}

/** "Kapitel 2 Ulighed i udsatte boligområder", "Bilag 3 Karakteristik af …". */
export function chapterHeading(c: Chapter, lang: Lang): string {
  const bilag = /^B(\d+)$/.exec(String(c.key));
  const word = bilag ? UI.appendix[lang] : UI.chapter[lang];
  return `${word} ${bilag ? bilag[1] : String(c.key)} ${c.title[lang]}`;
}

/** The exhibit's own labels first (survey answer codes differ per item), then the report's. */
function tableLabeller(table: ResultTable, base: LabelFn, lang: Lang): LabelFn {
  if (!table.labels) return base;
  const own = table.labels;
  return (column, code) => own[column]?.[code]?.[lang] ?? base(column, code);
}

function labeller(input: ReportInput, lang: Lang): LabelFn {
  return (column, code) => {
    const text: Text | undefined = input.labels?.[column]?.[code] ?? KEY_LABELS[column]?.[code];
    return text ? text[lang] : code;
  };
}

function summary(run: RunSummary, lang: Lang): string {
  const facts = el(
    'dl',
    {},
    el('dt', {}, esc(UI.dataSource[lang])),
    el('dd', {}, esc(run.dataSource[lang])),
    el('dt', {}, esc(UI.seed[lang])),
    el('dd', {}, esc(run.seed === null ? UI.seedNone[lang] : String(run.seed))),
    el('dt', {}, esc(UI.fingerprint[lang])),
    el('dd', {}, el('code', {}, esc(run.inputFingerprint))),
  );
  const disabled =
    run.disabled.length === 0
      ? el('p', {}, esc(UI.disabledNone[lang]))
      : el('ul', {}, ...[...run.disabled].sort((a, b) => byCodePoint(a.analysis, b.analysis)).map((d) => el('li', {}, el('strong', {}, esc(d.analysis)), ': ', esc(typeof d.reason === 'string' ? d.reason : d.reason[lang]))));
  return el(
    'section',
    { class: 'summary', id: 'summary' },
    el('h2', {}, esc(UI.summary[lang])),
    el('p', {}, esc(UI.summaryText[lang])),
    facts,
    el('h4', {}, esc(UI.disabled[lang])),
    disabled,
    el('h4', {}, esc(UI.calibration[lang])),
    calibrationTable(run.calibration, lang),
  );
}

function calibrationTable(rows: readonly CalibrationRow[], lang: Lang): string {
  if (rows.length === 0) return el('p', {}, esc(UI.calibrationNone[lang]));
  const f = (v: number | null, r: CalibrationRow): string => (v === null ? '–' : r.unit ? formatValue(v, r.unit, lang) : formatPlain(v, lang));
  const head = el('tr', {}, ...[UI.calId, UI.calDescription].map((x) => el('th', {}, esc(x[lang]))), ...[UI.calPublished, UI.calAchieved, UI.calTolerance, UI.calWithin].map((x) => el('th', { class: 'n' }, esc(x[lang]))));
  const body = rows.map((r) =>
    el(
      'tr',
      {},
      el('td', {}, el('code', {}, esc(r.id))),
      el('td', {}, esc(r.description[lang])),
      el('td', { class: 'n' }, esc(f(r.published, r))),
      el('td', { class: 'n' }, esc(f(r.achieved, r))),
      el('td', { class: 'n' }, esc(`±${f(r.tolerance, r)}`)),
      el('td', { class: r.within ? 'n' : 'n within-no' }, esc(r.within ? UI.yes[lang] : UI.no[lang])),
    ),
  );
  return el('table', { class: 'calibration' }, el('thead', {}, head), el('tbody', {}, ...body));
}

function toc(chapters: readonly ChapterGroup[], lang: Lang): string {
  const items = chapters.map((c) =>
    el(
      'li',
      {},
      el('a', { href: `#chapter-${c.anchor}` }, esc(c.heading)),
      el('ol', {}, ...c.tables.map((t) => el('li', {}, el('a', { href: `#${t.id}` }, el('strong', {}, esc(exhibitNumber(t.id, lang)))), ' ', esc(shorten(t.title[lang]))))),
    ),
  );
  return el('nav', { class: 'toc' }, el('h2', {}, esc(UI.contents[lang])), el('ol', {}, el('li', {}, el('a', { href: '#summary' }, esc(UI.summary[lang]))), ...items));
}

/** Cuts a long title at a word boundary for the table of contents. */
function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[.,;:]$/, '')} …`;
}
