import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimalsForStep, formatCount, formatFixed, formatPlain, formatTick, formatValue } from '../../src/report/format.ts';
import { linearScale, niceAxis, niceStep, yearTicks } from '../../src/report/scale.ts';
import { compareExhibitIds, exhibitNumber } from '../../src/report/exhibit-id.ts';

test('format: Danish decimal comma and thousands point, English the other way round', () => {
  assert.equal(formatFixed(213855, 0, 'da'), '213.855');
  assert.equal(formatFixed(213855, 0, 'en'), '213,855');
  assert.equal(formatFixed(1234567.891, 2, 'da'), '1.234.567,89');
  assert.equal(formatFixed(-1234.56, 1, 'en'), '−1,234.6');
  assert.equal(formatFixed(-0.04, 1, 'da'), '0,0', 'no minus sign on a number that rounds to zero');
  assert.equal(formatFixed(999.5, 0, 'da'), '1.000');
});

test('format: values by unit (shares stored 0-1, shown in per cent)', () => {
  assert.equal(formatValue(0.234, 'share', 'da'), '23,4');
  assert.equal(formatValue(0.234, 'share', 'en'), '23.4');
  assert.equal(formatValue(0.2215, 'gini', 'da'), '0,222');
  assert.equal(formatValue(3418.4, 'grams', 'da'), '3.418');
  assert.equal(formatValue(12.25, 'per_1000', 'en'), '12.3');
  assert.equal(formatCount(5920251, 'da'), '5.920.251');
  assert.equal(formatPlain(0.0021, 'da'), '0,002');
  assert.equal(formatPlain(0.5, 'en'), '0.5');
  assert.equal(formatPlain(12, 'en'), '12');
});

test('scale: nice steps of 1, 2, 2.5 and 5 times a power of ten', () => {
  assert.equal(niceStep(0, 17.3, 5), 2.5); // raw 3.46 → 2.5
  assert.equal(niceStep(0, 0.31, 5), 0.05); // raw 0.062 → 0.05
  assert.equal(niceStep(0, 300000, 5), 50000); // raw 60000 → 50000
  assert.deepEqual(niceAxis(0, 17.3).ticks, [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5]);
  assert.deepEqual(niceAxis(0, 0.31).ticks, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  assert.deepEqual(niceAxis(-3, 7).ticks, [-4, -2, 0, 2, 4, 6, 8]);
  assert.deepEqual(niceAxis(0, 0).domain, [0, 1]);
  assert.deepEqual(niceAxis(5, 5).domain[0], 0);
  const s = linearScale([0, 10], [100, 0]);
  assert.equal(s(2.5), 75);
});

test('scale: tick labels get the decimals their step needs', () => {
  assert.equal(decimalsForStep(2.5), 1);
  assert.equal(decimalsForStep(0.05), 2);
  assert.equal(decimalsForStep(50000), 0);
  assert.equal(formatTick(7.5, 2.5, 'da'), '7,5');
  assert.equal(formatTick(250000, 50000, 'da'), '250.000');
  assert.deepEqual(yearTicks(2000, 2019), [2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018]);
  assert.deepEqual(yearTicks(2007, 2019), [2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
});

test('exhibit ids: numbered as the report does and ordered numerically', () => {
  assert.equal(exhibitNumber('fig-2.1', 'da'), 'Figur 2.1');
  assert.equal(exhibitNumber('tab-3.2', 'da'), 'Tabel 3.2');
  assert.equal(exhibitNumber('bfig-7.1', 'da'), 'Bilagsfigur 7.1');
  assert.equal(exhibitNumber('btab-2.1', 'da'), 'Bilagstabel 2.1');
  assert.equal(exhibitNumber('bfig-7.1', 'en'), 'Appendix figure 7.1');
  assert.deepEqual(['btab-2.1', 'fig-2.10', 'tab-2.1', 'fig-2.9', 'bfig-3.1', 'x'].sort(compareExhibitIds), ['fig-2.9', 'fig-2.10', 'tab-2.1', 'bfig-3.1', 'btab-2.1', 'x']);
});
