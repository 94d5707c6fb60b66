/**
 * The Table 8.8 count as DuckDB SQL over the contract's long `survey_response` table, compiled from
 * the same dimension and bin data as `countNegativeAnswers`, with the same "don't know" rules. The
 * tests run both on the same responses and require equal answers.
 */
import { ident, str } from '../contract/sql.ts';
import { missingCodes, surveyItem, TAB_8_8_DIMENSIONS } from './questionnaire.ts';
import { TAB_8_8_BINS, type NegativeCountOptions } from './negative-count.ts';

const inList = (codes: readonly number[]) => codes.map((c) => str(String(c))).join(', ');

/**
 * A query with one row per response: RESPONSE_ID, `negatives` (INTEGER) and `bin` (a Table 8.8 bin
 * id), both NULL when the response cannot be classified (a dimension unanswered, or "don't know"
 * under the 'unclassified' rule).
 */
export function negativeCountSql(options: NegativeCountOptions & { table?: string } = {}): string {
  const rule = options.dontKnow ?? 'not_negative';
  const dimensions = options.dimensions ?? TAB_8_8_DIMENSIONS;
  const table = options.table ?? 'survey_response';

  const negative = dimensions.map((d) => {
    const dontKnow = rule === 'negative' ? missingCodes(surveyItem(d.item)) : [];
    return `(ITEM = ${str(d.item)} AND SVAR IN (${inList([...d.negativeCodes, ...dontKnow])}))`;
  });
  const usable = dimensions.map((d) => {
    const dontKnow = rule === 'unclassified' ? missingCodes(surveyItem(d.item)) : [];
    const excluded = dontKnow.length > 0 ? ` AND SVAR NOT IN (${inList(dontKnow)})` : '';
    return `(ITEM = ${str(d.item)} AND SVAR IS NOT NULL${excluded})`;
  });
  const bins = TAB_8_8_BINS.map((b) => `WHEN negatives BETWEEN ${b.min} AND ${b.max} THEN ${str(b.id)}`).join(' ');

  return `SELECT RESPONSE_ID,
  CASE WHEN usable = ${dimensions.length} THEN negatives END AS negatives,
  CASE WHEN usable = ${dimensions.length} THEN CASE ${bins} END END AS bin
FROM (
  SELECT RESPONSE_ID,
    CAST(count(*) FILTER (WHERE ${negative.join('\n      OR ')}) AS INTEGER) AS negatives,
    count(*) FILTER (WHERE ${usable.join('\n      OR ')}) AS usable
  FROM ${ident(table)}
  GROUP BY RESPONSE_ID
)
ORDER BY RESPONSE_ID`;
}
