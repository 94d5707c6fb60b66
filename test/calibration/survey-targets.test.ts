/**
 * The survey calibration targets read real cells of the survey exhibits, and a 'sum' cell adds the
 * answer codes of a grouping (worked out by hand below).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { achievedValue } from '../../src/calibration/evaluate.ts';
import { SURVEY_TARGETS, samplingTolerance } from '../../src/calibration/targets-survey.ts';
import { youthSurveyTables, type AnalysedResponse } from '../../src/survey/analyses.ts';
import { response } from '../survey/fixture.ts';

function analysed(id: string, bg: Partial<AnalysedResponse>, overrides: Record<string, string> = {}): AnalysedResponse {
  const answers = new Map<string, readonly number[] | null>();
  for (const [k, v] of Object.entries(response(id, overrides))) {
    if (k !== 'response_id' && k !== 'year' && k !== 'pnr') answers.set(k, v === '' ? null : v.split(';').map(Number));
  }
  return { responseId: id, person: `p-${id}`, year: 2020, age: 14, sex: 'male', origin: 'menapt', neet: null, poor: false, answers, ...bg };
}

test('every survey target finds its cell; "often or sometimes" lonely = codes 1-3 summed', () => {
  const rs = [
    analysed('a', {}, { lonely: '1' }), analysed('b', {}, { lonely: '3' }), analysed('c', {}, { lonely: '4' }), analysed('d', {}, { lonely: '8' }),
    analysed('e', { age: 20, neet: true, exam: 'no_exam', sex: 'female', origin: 'non_menapt', poor: true }),
    analysed('f', { age: 22, neet: false, exam: 'exam', sex: 'female', origin: 'non_menapt' }),
    analysed('g', { sex: 'female' }), analysed('h', { origin: 'non_menapt' }),
  ];
  const tables = new Map(youthSurveyTables(rs).map((t) => [t.id, t]));
  for (const t of SURVEY_TARGETS) assert.notEqual(achievedValue(tables, t.cell), null, `${t.id}: cell found`);
  // lonely codes 1, 2, 3 among all eight: a (1), b (3) → 2/8
  const lonely = SURVEY_TARGETS.find((t) => t.id === 'ch8.lonely.often_sometimes.all')!;
  assert.ok(Math.abs((achievedValue(tables, lonely.cell) ?? 0) - 2 / 8) < 1e-12);
  // a cell with a code the exhibit does not have is not found (no silent partial sum)
  assert.equal(achievedValue(tables, { ...lonely.cell, kind: 'sum', exhibit: 'fig-8.24', keys: { item: 'lonely' }, column: 'answer', codes: ['1', '99'] }), null);
});

test('tolerance: 2.5 binomial standard errors at the report N, at least 0.03, rounded up to 0.01', () => {
  // 0.27 with N = 1.229: 2.5 × sqrt(0.27 × 0.73 / 1229) = 0.0316 → 0.04
  assert.equal(samplingTolerance(0.27, 1229), 0.04);
  // 0.3 with N = 133: 2.5 × 0.0397 = 0.0994 → 0.1
  assert.equal(samplingTolerance(0.3, 133), 0.1);
  assert.equal(samplingTolerance(0.88, 1229), 0.03);
});
