/**
 * Markdown tables of the grouping choices, rendered from the definition. docs/survey.md embeds them
 * verbatim and a test keeps the two equal, so the docs cannot drift from the data.
 */
import { PROJECT_LEADER_QUESTIONS } from './project-leader.ts';
import { surveyItem, TAB_8_8_DIMENSIONS, YOUTH_QUESTIONNAIRE, type SurveyItem } from './questionnaire.ts';

const labelled = (item: SurveyItem, codes: readonly number[]) =>
  codes.map((c) => `${c} ${item.options.find((o) => o.code === c)?.label.da ?? '?'}`).join('; ');

/** One row per reported grouping: item, grouping id, codes with labels, basis, where used. */
export function groupingsTable(): string {
  const rows = YOUTH_QUESTIONNAIRE.items.flatMap((item) =>
    item.groupings.map((g) => `| \`${item.id}\` | \`${g.id}\` | ${labelled(item, g.codes)} | ${g.basis} | ${g.usedIn} |`));
  return ['| Item | Grouping | Codes | Basis | Used in |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The eight Table 8.8 dimensions with their negative codes and the "don't know" codes left out. */
export function dimensionsTable(): string {
  const rows = TAB_8_8_DIMENSIONS.map((d, k) => {
    const item = surveyItem(d.item);
    const dontKnow = item.options.filter((o) => o.missing).map((o) => o.code);
    return `| ${k + 1} | ${d.label.da} | \`${d.item}\` | ${labelled(item, d.negativeCodes)} | ${labelled(item, dontKnow)} | ${d.basis} |`;
  });
  return ['| # | Dimension | Item | Negative codes | "Ved ikke" | Basis |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Item ids of the project-leader survey with their Danish wording. */
export function projectLeaderItemsTable(): string {
  const rows = PROJECT_LEADER_QUESTIONS.flatMap((q) => q.items.map((i) => `| ${q.number} | \`${i.id}\` | ${i.text.da} |`));
  return ['| Spørgsmål | Item | Wording |', '|---|---|---|', ...rows].join('\n');
}
