import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterKey, renderReport } from '../../src/report/render.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { SAMPLE_INPUT, SAMPLE_TABLES } from './fixtures.ts';

const da = renderReport(SAMPLE_INPUT, 'da');
const en = renderReport(SAMPLE_INPUT, 'en');

test('report: self-contained, nothing fetched, no script', () => {
  for (const html of [da, en]) {
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /\/\//);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /@import|@font-face/i);
    // url() only for in-page references (the hatch pattern).
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) assert.match(m[1], /^#/);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="(da|en)">/);
  }
});

test('report: every exhibit is an anchor and is linked from the table of contents', () => {
  for (const t of SAMPLE_TABLES) {
    assert.ok(da.includes(`<section class="exhibit" id="${t.id}">`), t.id);
    assert.ok(da.includes(`href="#${t.id}"`), t.id);
  }
  const ids = [...da.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique');
});

test('report: chapters and exhibits in report order, numbered as in the report', () => {
  const positions = ['Kapitel 2 Ulighed i udsatte boligområder', 'Figur 2.2', 'Figur 2.3', 'Kapitel 3 Familier med 0-6-årige børn', 'Tabel 3.1', 'Kapitel 9', 'Tabel 9.2', 'Bilag 3 Karakteristik af deltagerne', 'Bilagsfigur 3.1'].map((s) =>
    da.indexOf(`${s}`, da.indexOf('class="chapter"')),
  );
  assert.ok(positions.every((p) => p > 0));
  assert.deepEqual([...positions].sort((a, b) => a - b), positions);
});

test('report: suppressed cells are marked in tables and charts', () => {
  // fig-2.3 (line, 2010 supported), tab-9.2 (bar, secondary), bfig-3.1 (bar, primary).
  assert.equal(countOf(da, '<td class="n supp">(diskr.)</td>'), 3);
  assert.equal(countOf(en, '<td class="n supp">(suppr.)</td>'), 3);
  assert.ok(da.includes('fill="url(#hatch-tab-9.2)"'));
  assert.ok(da.includes('fill="url(#hatch-bfig-3.1)"'));
  // The supported-areas poverty line breaks at 2010: two path pieces in the first series colour.
  const fig23 = section(da, 'fig-2.3');
  assert.equal(countOf(fig23, 'stroke="#0072B2" stroke-width="2.5" stroke-linejoin'), 2);
});

test('report: Danish and English differ in words and number format, not in structure', () => {
  assert.ok(da.includes('Figur 2.3') && en.includes('Figure 2.3'));
  assert.ok(da.includes('Bilagsfigur 3.1') && en.includes('Appendix figure 3.1'));
  assert.ok(da.includes('Støttede områder') && en.includes('Supported areas'));
  assert.ok(da.includes('Kapitel 2 Ulighed i udsatte boligområder') && en.includes('Chapter 2 Inequality in vulnerable housing areas'));
  // fig-2.2, population 2000: 213855 kr. and N 5,500,000.
  assert.ok(section(da, 'fig-2.2').includes('<td class="n">213.855</td><td class="n">5.500.000</td>'));
  assert.ok(section(en, 'fig-2.2').includes('<td class="n">213,855</td><td class="n">5,500,000</td>'));
  // tab-9.2: odds ratio 1.84 with interval [1.44; 2.24].
  assert.ok(section(da, 'tab-9.2').includes('<td class="n">1,84</td><td class="n">[1,44; 2,24]</td>'));
  assert.ok(section(en, 'tab-9.2').includes('<td class="n">1.84</td><td class="n">[1.44; 2.24]</td>'));
  assert.ok(en.includes('Note: Economic poverty') && da.includes('Anm.: Økonomisk fattigdom'));
  assert.ok(!da.includes('Anm.: Anm.:'), 'an existing "Anm.:" lead is not doubled');
  const ids = (html: string): string[] => [...html.matchAll(/<section [^>]*id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids(en), ids(da));
  assert.equal(ids(da).length, SAMPLE_TABLES.length + 1 + 4, 'summary, 4 chapters and every exhibit');
});

test('report: summary shows the seed, input fingerprint, disabled analyses and calibration', () => {
  const summary = section(da, 'summary');
  assert.ok(summary.includes('<dd>42</dd>'));
  assert.ok(summary.includes('sha256:3f2a9c0d5e7b41aa'));
  assert.ok(summary.includes('<strong>survey</strong>: Ingen surveydata i input.'));
  // share 0.16 → 16,0 published; 0.19 achieved; ± 2,0; outside the tolerance.
  assert.ok(summary.includes('<td class="n">16,0</td><td class="n">19,0</td><td class="n">±2,0</td><td class="n within-no">nej</td>'));
  assert.ok(summary.includes('<td class="n">0,310</td><td class="n">0,305</td><td class="n">±0,020</td><td class="n">ja</td>'));
});

test('report: byte-identical for identical input, whatever the order of the tables', () => {
  assert.equal(renderReport(SAMPLE_INPUT, 'da'), da);
  const shuffled = { ...SAMPLE_INPUT, tables: [...SAMPLE_TABLES].reverse() };
  assert.equal(renderReport(shuffled, 'da'), da);
  assert.doesNotMatch(da, /20\d\d-\d\d-\d\d|T\d\d:\d\d/, 'no dates or times');
});

test('report: appendix exhibits with a plain chapter number land in the Bilag', () => {
  const t = (id: string, chapter: number | string): ResultTable => ({ ...SAMPLE_TABLES[0], id, chapter });
  assert.equal(chapterKey(t('bfig-7.1', 7)), 'B7');
  assert.equal(chapterKey(t('btab-2.1', 'Bilag 2')), 'B2');
  assert.equal(chapterKey(t('fig-7.1', 7)), '7');
  assert.equal(chapterKey(t('tab-5.1', '5')), '5');
});

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The markup of one section, from its id to the next section of any kind. */
function section(html: string, id: string): string {
  const start = html.indexOf(` id="${id}"`);
  assert.ok(start >= 0, `no section ${id}`);
  const end = html.indexOf('<section', start);
  return html.slice(start, end < 0 ? undefined : end);
}
