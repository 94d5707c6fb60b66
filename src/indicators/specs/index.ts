/** Every indicator exhibit, in report order (chapters, then the appendix figures). */
import type { IndicatorSpec } from '../spec.ts';
import type { TableSpec } from '../table-spec.ts';
import { TABLES_CH3_5 } from './tables-ch3-5.ts';
import { NEET_TABLE_SPECS, TABLES_CH6 } from './tables-ch6.ts';
import { CH2_SPECS } from './ch2.ts';
import { CH3_6_SPECS } from './ch3-6.ts';
import { CH6_EDUCATION_SPECS } from './ch6-education.ts';
import { TARGET_GROUP_SPECS } from './target-groups.ts';
import { BFIG_7_2, BILAG3_SPECS } from './participants.ts';
import { BILAG8_MENAPT_SPECS } from './bilag8-menapt.ts';

/** fig-3.2 → [0, 3, 2, 0]; tab-4.3 → [0, 4, 3, 1]; bfig-7.1 → [1, 7, 1, 0]: chapter order, appendix last. */
function reportOrder(id: string): number[] {
  const m = /^(b?)(fig|tab)-(\d+)\.(\d+)$/.exec(id);
  if (!m) return [2, 0, 0, 0];
  return [m[1] ? 1 : 0, Number(m[3]), Number(m[4]), m[2] === 'tab' ? 1 : 0];
}
function compare(a: { id: string }, b: { id: string }): number {
  const x = reportOrder(a.id);
  const y = reportOrder(b.id);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export const ALL_INDICATORS: readonly IndicatorSpec[] = [...CH2_SPECS, ...TARGET_GROUP_SPECS, ...CH3_6_SPECS, ...CH6_EDUCATION_SPECS, ...NEET_TABLE_SPECS, ...BILAG8_MENAPT_SPECS, ...BILAG3_SPECS, BFIG_7_2].sort(compare);

/** Every multi-measure table exhibit (table-spec.ts), in report order. */
export const ALL_TABLES: readonly TableSpec[] = [...TABLES_CH3_5, ...TABLES_CH6].sort(compare);
