/**
 * Table 8.8: on how many of the eight life-mastery dimensions a response answers negatively, and
 * the report's bins (none, 1, 2, 3, 4-7).
 *
 * Choices (the report states neither; see docs/survey.md):
 * - Negative codes per dimension: `TAB_8_8_DIMENSIONS` (all INFERENCE, catalog-ch8.md §7).
 * - "Ved ikke" counts as not negative by default: Table 8.8 keeps all 1.229 responses and the text
 *   equates zero negatives with answering "positivt på alle otte dimensioner". The rule is an option
 *   so the choice can be varied.
 * - The top bin is printed "Mellem 4 og 7" but the text says "4 eller flere"; 8 negatives are possible,
 *   so the bin takes 4-8 and keeps the printed label.
 */
import type { Text } from '../results/types.ts';
import { surveyItem, TAB_8_8_DIMENSIONS, type NegativeDimension, type YouthItemId } from './questionnaire.ts';

/** How a "don't know" answer on a dimension is counted. */
export type DontKnowRule = 'not_negative' | 'negative' | 'unclassified';

export interface NegativeBin {
  id: 'none' | 'one' | 'two' | 'three' | 'four_to_seven';
  min: number;
  max: number;
  label: Text;
}

/** The rows of Table 8.8. Ids match the calibration ids `ch8.tab8_8.<id>`. */
export const TAB_8_8_BINS: readonly NegativeBin[] = [
  { id: 'none', min: 0, max: 0, label: { da: 'Ingen', en: 'None' } },
  { id: 'one', min: 1, max: 1, label: { da: '1', en: '1' } },
  { id: 'two', min: 2, max: 2, label: { da: '2', en: '2' } },
  { id: 'three', min: 3, max: 3, label: { da: '3', en: '3' } },
  { id: 'four_to_seven', min: 4, max: 8, label: { da: 'Mellem 4 og 7', en: 'Between 4 and 7' } },
];

/** One response's answers to single-choice items; missing or null = unanswered. */
export type SingleAnswers = Readonly<Partial<Record<YouthItemId, number | null>>>;

export type NegativeCount =
  | { status: 'counted'; negatives: number; bin: NegativeBin['id']; negativeItems: YouthItemId[]; dontKnowItems: YouthItemId[] }
  /** A dimension unanswered (or "don't know" under the 'unclassified' rule): the response has no count. */
  | { status: 'unclassified'; items: YouthItemId[] };

export interface NegativeCountOptions {
  dontKnow?: DontKnowRule;
  dimensions?: readonly NegativeDimension[];
}

export function countNegativeAnswers(answers: SingleAnswers, options: NegativeCountOptions = {}): NegativeCount {
  const rule = options.dontKnow ?? 'not_negative';
  const dimensions = options.dimensions ?? TAB_8_8_DIMENSIONS;
  const negativeItems: YouthItemId[] = [];
  const dontKnowItems: YouthItemId[] = [];
  const unclassified: YouthItemId[] = [];
  for (const dim of dimensions) {
    const code = answers[dim.item];
    if (code === null || code === undefined) {
      unclassified.push(dim.item);
      continue;
    }
    const dontKnow = surveyItem(dim.item).options.some((o) => o.code === code && o.missing !== undefined);
    if (dontKnow) {
      dontKnowItems.push(dim.item);
      if (rule === 'negative') negativeItems.push(dim.item);
      if (rule === 'unclassified') unclassified.push(dim.item);
    } else if (dim.negativeCodes.includes(code)) {
      negativeItems.push(dim.item);
    }
  }
  if (unclassified.length > 0) return { status: 'unclassified', items: unclassified };
  return { status: 'counted', negatives: negativeItems.length, bin: binOf(negativeItems.length), negativeItems, dontKnowItems };
}

export function binOf(negatives: number): NegativeBin['id'] {
  const bin = TAB_8_8_BINS.find((b) => negatives >= b.min && negatives <= b.max);
  if (!bin) throw new Error(`no Table 8.8 bin for ${negatives} negative answers`);
  return bin.id;
}

export interface NegativeCountTable {
  /** Responses per bin, in bin order, with their share of the counted responses. */
  bins: { id: NegativeBin['id']; count: number; share: number | null }[];
  counted: number;
  unclassified: number;
}

/** Table 8.8 over many responses: count and share per bin (shares of the counted responses). */
export function tabulateNegativeCounts(responses: Iterable<SingleAnswers>, options: NegativeCountOptions = {}): NegativeCountTable {
  const counts = new Map<NegativeBin['id'], number>(TAB_8_8_BINS.map((b) => [b.id, 0]));
  let counted = 0;
  let unclassified = 0;
  for (const answers of responses) {
    const result = countNegativeAnswers(answers, options);
    if (result.status === 'unclassified') {
      unclassified += 1;
      continue;
    }
    counted += 1;
    counts.set(result.bin, (counts.get(result.bin) ?? 0) + 1);
  }
  return {
    bins: TAB_8_8_BINS.map((b) => {
      const count = counts.get(b.id) ?? 0;
      return { id: b.id, count, share: counted === 0 ? null : count / counted };
    }),
    counted,
    unclassified,
  };
}
