import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  groupingCodes, missingCodes, surveyItem, TAB_8_8_DIMENSIONS, YOUTH_QUESTIONNAIRE, YOUTH_ROUNDS, type Questionnaire,
} from '../../src/survey/questionnaire.ts';
import { PROJECT_LEADER_SURVEY } from '../../src/survey/project-leader.ts';

/** Every structural rule a questionnaire definition must keep; returns the broken ones. */
function definitionProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const ids = q.items.map((i) => i.id);
  const dupIds = ids.filter((id, k) => ids.indexOf(id) !== k);
  if (dupIds.length > 0) problems.push(`duplicate item ids ${dupIds.join(', ')}`);
  q.items.forEach((item, position) => {
    const codes = item.options.map((o) => o.code);
    if (new Set(codes).size !== codes.length) problems.push(`${item.id}: duplicate codes`);
    if (codes.some((c) => !Number.isInteger(c))) problems.push(`${item.id}: non-integer code`);
    if (item.text.da === '' || item.text.en === '') problems.push(`${item.id}: missing wording`);
    if (item.options.some((o) => o.label.da === '' || o.label.en === '')) problems.push(`${item.id}: missing label`);
    if (item.kind === 'single' && item.options.some((o) => o.exclusive)) problems.push(`${item.id}: exclusive option in a single-choice item`);
    const groupIds = item.groupings.map((g) => g.id);
    if (new Set(groupIds).size !== groupIds.length) problems.push(`${item.id}: duplicate grouping ids`);
    for (const g of item.groupings) {
      if (g.codes.length === 0) problems.push(`${item.id}.${g.id}: empty grouping`);
      for (const c of g.codes) if (!codes.includes(c)) problems.push(`${item.id}.${g.id}: code ${c} is not an option`);
    }
    if (item.askedIf) {
      const cond = q.items.findIndex((i) => i.id === item.askedIf?.item);
      if (cond < 0 || cond >= position) problems.push(`${item.id}: condition item must come earlier`);
      else for (const c of item.askedIf.codes) {
        if (!q.items[cond].options.some((o) => o.code === c)) problems.push(`${item.id}: condition code ${c} is not an option`);
      }
    }
  });
  return problems;
}

test('the youth questionnaire definition is consistent', () => {
  assert.deepEqual(definitionProblems(YOUTH_QUESTIONNAIRE), []);
  // 31 questions in Bilag 4, printed order from `sex` to `felt_alcohol_effect_6m`.
  assert.equal(YOUTH_QUESTIONNAIRE.items.length, 31);
  assert.equal(YOUTH_QUESTIONNAIRE.items[0].id, 'sex');
  assert.equal(YOUTH_QUESTIONNAIRE.items[30].id, 'felt_alcohol_effect_6m');
  const lines = YOUTH_QUESTIONNAIRE.items.map((i) => i.sourceLine);
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'items are in printed order');
});

test('the checker itself catches a broken definition', () => {
  const broken: Questionnaire = {
    ...YOUTH_QUESTIONNAIRE,
    items: [
      { ...surveyItem('lonely'), groupings: [{ id: 'x', label: { da: 'x', en: 'x' }, codes: [7], basis: 'inferred', usedIn: '' }] },
      { ...surveyItem('lonely'), askedIf: { item: 'sex', codes: [2], basis: 'inferred' } },
    ],
  };
  assert.deepEqual(definitionProblems(broken), [
    'duplicate item ids lonely',
    'lonely.x: code 7 is not an option',
    'lonely: condition item must come earlier',
  ]);
});

test('"don\'t know" codes are as printed, including the items where it is not 8', () => {
  const dontKnow = Object.fromEntries(YOUTH_QUESTIONNAIRE.items.map((i) => [i.id, missingCodes(i)]));
  assert.deepEqual(dontKnow.truancy_6m, [4]);
  assert.deepEqual(dontKnow.conflicts_peers_area, [5]);
  assert.deepEqual(dontKnow.volunteer_interest, [5]);
  assert.deepEqual(dontKnow.club_member, [3]);
  assert.deepEqual(dontKnow.lonely, [8]);
  // Code 8 of homework_help is "I do not get help", an answer; these items have no "don't know".
  for (const id of ['homework_help', 'sex', 'in_school_or_education', 'like_school', 'organised_leisure', 'reading_books', 'ever_drunk_alcohol']) {
    assert.deepEqual(dontKnow[id], [], id);
  }
  const itemsWithDontKnow = Object.values(dontKnow).filter((c) => c.length > 0).length;
  assert.equal(itemsWithDontKnow, 24);
});

test('non-consecutive codes are kept as printed', () => {
  assert.deepEqual(surveyItem('sex').options.map((o) => o.code), [2, 3]);
  assert.deepEqual(surveyItem('trusted_adult_non_parent').options.map((o) => o.code), [1, 3, 8]);
  assert.deepEqual(surveyItem('homework_help').options.map((o) => o.code), [1, 2, 3, 4, 5, 8, 6, 7]);
});

test('multi-choice items and their exclusive options', () => {
  const multi = YOUTH_QUESTIONNAIRE.items.filter((i) => i.kind === 'multi').map((i) => i.id);
  assert.deepEqual(multi, ['homework_help', 'career_talk_with']);
  const exclusive = (id: string) => surveyItem(id).options.filter((o) => o.exclusive).map((o) => o.code);
  assert.deepEqual(exclusive('career_talk_with'), [6, 8]);
  assert.deepEqual(exclusive('homework_help'), [8]);
});

test('the school block is asked only of respondents in school or education', () => {
  const conditional = YOUTH_QUESTIONNAIRE.items.filter((i) => i.askedIf).map((i) => i.id);
  assert.deepEqual(conditional, ['like_school', 'truancy_6m', 'academic_self_assessment', 'homework_help']);
  for (const id of conditional) assert.deepEqual(surveyItem(id).askedIf?.codes, [1]);
});

test('the groupings the chapter reports', () => {
  assert.deepEqual(groupingCodes('lonely', 'often_sometimes'), [1, 2, 3]);
  assert.deepEqual(groupingCodes('part_of_community', 'high_some'), [1, 2]);
  assert.deepEqual(groupingCodes('life_satisfaction', 'good_verygood'), [1, 2]);
  assert.deepEqual(groupingCodes('plans_next_6m', 'has_plans'), [2, 4]);
  assert.deepEqual(groupingCodes('volunteer_interest', 'does'), [6]);
  assert.deepEqual(groupingCodes('friend_caught_by_police', 'dont_know'), [8]);
  assert.throws(() => groupingCodes('lonely', 'never'), /unknown grouping never of survey item lonely/);
  assert.throws(() => surveyItem('lonley'), /unknown survey item lonley/);
});

test('Table 8.8: eight dimensions on eight distinct single-choice items, negative codes real and substantive', () => {
  assert.equal(TAB_8_8_DIMENSIONS.length, 8);
  const items = TAB_8_8_DIMENSIONS.map((d) => d.item);
  assert.deepEqual(items, [
    'lonely', 'life_satisfaction', 'dream_for_future', 'good_friend', 'proud', 'positive_difference', 'part_of_community', 'excluded_from_society',
  ]);
  for (const dim of TAB_8_8_DIMENSIONS) {
    const item = surveyItem(dim.item);
    assert.equal(item.kind, 'single', dim.item);
    assert.ok(dim.negativeCodes.length > 0, dim.item);
    for (const code of dim.negativeCodes) {
      const option = item.options.find((o) => o.code === code);
      assert.ok(option, `${dim.item}: negative code ${code} is an option`);
      assert.equal(option.missing, undefined, `${dim.item}: "don't know" is not a negative code`);
    }
  }
  // Where the chapter reports a positive group for the same item, the negative set is disjoint from it.
  assert.deepEqual(TAB_8_8_DIMENSIONS.find((d) => d.item === 'lonely')?.negativeCodes, groupingCodes('lonely', 'often_sometimes'));
  for (const [item, grouping] of [['life_satisfaction', 'good_verygood'], ['proud', 'yes'], ['part_of_community', 'high_some'], ['positive_difference', 'yes']] as const) {
    const negative = TAB_8_8_DIMENSIONS.find((d) => d.item === item)?.negativeCodes ?? [];
    assert.ok(negative.every((c) => !groupingCodes(item, grouping).includes(c)), item);
  }
});

test('survey rounds sum to the 1.621 complete responses of Bilagstabel 1.7', () => {
  assert.equal(YOUTH_ROUNDS.reduce((s, r) => s + r.completeResponses, 0), 1621);
  const years = YOUTH_ROUNDS.flatMap((r) => [...r.years]);
  assert.deepEqual([Math.min(...years), Math.max(...years)], [...YOUTH_QUESTIONNAIRE.years]);
});

test('the project-leader survey definition is consistent: 10 statements and 3 roles', () => {
  assert.deepEqual(definitionProblems(PROJECT_LEADER_SURVEY), []);
  assert.equal(PROJECT_LEADER_SURVEY.items.filter((i) => i.id.startsWith('s')).length, 10);
  assert.equal(PROJECT_LEADER_SURVEY.items.filter((i) => i.id.startsWith('r_')).length, 3);
});
