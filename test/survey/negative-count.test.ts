import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  binOf, countNegativeAnswers, tabulateNegativeCounts, TAB_8_8_BINS, type SingleAnswers,
} from '../../src/survey/negative-count.ts';

// Hand-worked responses over the eight dimensions, in the order of the Table 8.8 note.
const ALL_POSITIVE: SingleAnswers = {
  lonely: 4, life_satisfaction: 1, dream_for_future: 1, good_friend: 1, proud: 1, positive_difference: 1, part_of_community: 1, excluded_from_society: 4,
};
/** Negative: lonely "af og til" (3), proud "ikke særlig" (3), community "slet ikke" (4). Dream: "Ved ikke". */
const THREE_AND_DONT_KNOW: SingleAnswers = {
  lonely: 3, life_satisfaction: 2, dream_for_future: 8, good_friend: 2, proud: 3, positive_difference: 2, part_of_community: 4, excluded_from_society: 3,
};
const ALL_NEGATIVE: SingleAnswers = {
  lonely: 1, life_satisfaction: 4, dream_for_future: 2, good_friend: 3, proud: 4, positive_difference: 3, part_of_community: 3, excluded_from_society: 1,
};
/** Only the negatively worded item is negative: "I nogen grad" holdt uden for samfundet. */
const EXCLUDED_ONLY: SingleAnswers = { ...ALL_POSITIVE, excluded_from_society: 2 };
const NO_COMMUNITY_ANSWER: SingleAnswers = { ...ALL_POSITIVE, part_of_community: null };

test('no negative answer: bin "Ingen"', () => {
  assert.deepEqual(countNegativeAnswers(ALL_POSITIVE), { status: 'counted', negatives: 0, bin: 'none', negativeItems: [], dontKnowItems: [] });
});

test('three negatives; "Ved ikke" is not negative by default', () => {
  assert.deepEqual(countNegativeAnswers(THREE_AND_DONT_KNOW), {
    status: 'counted', negatives: 3, bin: 'three',
    negativeItems: ['lonely', 'proud', 'part_of_community'], dontKnowItems: ['dream_for_future'],
  });
});

test('the "don\'t know" rule can be varied', () => {
  const asNegative = countNegativeAnswers(THREE_AND_DONT_KNOW, { dontKnow: 'negative' });
  assert.equal(asNegative.status === 'counted' && asNegative.negatives, 4);
  assert.equal(asNegative.status === 'counted' && asNegative.bin, 'four_to_seven');
  assert.deepEqual(countNegativeAnswers(THREE_AND_DONT_KNOW, { dontKnow: 'unclassified' }), { status: 'unclassified', items: ['dream_for_future'] });
});

test('the negatively worded item counts its agreeing answers', () => {
  const result = countNegativeAnswers(EXCLUDED_ONLY);
  assert.deepEqual(result.status === 'counted' && [result.negatives, result.bin, result.negativeItems], [1, 'one', ['excluded_from_society']]);
});

test('negative on all eight falls in the printed top bin "Mellem 4 og 7"', () => {
  const result = countNegativeAnswers(ALL_NEGATIVE);
  assert.deepEqual(result.status === 'counted' && [result.negatives, result.bin], [8, 'four_to_seven']);
});

test('an unanswered dimension leaves the response without a count', () => {
  assert.deepEqual(countNegativeAnswers(NO_COMMUNITY_ANSWER), { status: 'unclassified', items: ['part_of_community'] });
  assert.deepEqual(countNegativeAnswers({}).status, 'unclassified');
});

test('bins: 0, 1, 2, 3 alone and 4-8 together; nothing above 8', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 7, 8].map(binOf), ['none', 'one', 'two', 'three', 'four_to_seven', 'four_to_seven', 'four_to_seven']);
  assert.throws(() => binOf(9), /no Table 8.8 bin for 9/);
  assert.deepEqual(TAB_8_8_BINS.map((b) => b.label.da), ['Ingen', '1', '2', '3', 'Mellem 4 og 7']);
});

test('Table 8.8 over six responses: counts and shares of the five counted', () => {
  const table = tabulateNegativeCounts([ALL_POSITIVE, THREE_AND_DONT_KNOW, ALL_NEGATIVE, EXCLUDED_ONLY, NO_COMMUNITY_ANSWER, ALL_POSITIVE]);
  assert.equal(table.counted, 5);
  assert.equal(table.unclassified, 1);
  assert.deepEqual(table.bins, [
    { id: 'none', count: 2, share: 0.4 },
    { id: 'one', count: 1, share: 0.2 },
    { id: 'two', count: 0, share: 0 },
    { id: 'three', count: 1, share: 0.2 },
    { id: 'four_to_seven', count: 1, share: 0.2 },
  ]);
  assert.deepEqual(tabulateNegativeCounts([]).bins.map((b) => b.share), [null, null, null, null, null]);
});
