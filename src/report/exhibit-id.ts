/**
 * Exhibit ids (fig-2.1, tab-3.2, bfig-7.1, btab-2.1): their parts, their order in the report and
 * their printed number ("Figur 2.1", "Bilagstabel 2.1").
 */
import type { Lang } from '../results/types.ts';
import { EXHIBIT_PREFIXES } from './texts.ts';

export type ExhibitPrefix = 'fig' | 'tab' | 'bfig' | 'btab';

export interface ExhibitId {
  prefix: ExhibitPrefix;
  chapter: number;
  number: number;
}

const PREFIX_ORDER: readonly ExhibitPrefix[] = ['fig', 'tab', 'bfig', 'btab'];

export function parseExhibitId(id: string): ExhibitId | null {
  const m = /^(fig|tab|bfig|btab)-(\d+)\.(\d+)$/.exec(id);
  if (!m) return null;
  return { prefix: m[1] as ExhibitPrefix, chapter: Number(m[2]), number: Number(m[3]) };
}

/**
 * Orders ids by prefix (fig, tab, bfig, btab), then numerically by chapter and number, so fig-2.10
 * follows fig-2.9. Ids of another shape come last, in code-point order.
 */
export function compareExhibitIds(a: string, b: string): number {
  const pa = parseExhibitId(a);
  const pb = parseExhibitId(b);
  if (pa && pb) {
    const byParts = PREFIX_ORDER.indexOf(pa.prefix) - PREFIX_ORDER.indexOf(pb.prefix) || pa.chapter - pb.chapter || pa.number - pb.number;
    if (byParts !== 0) return byParts;
  } else if (pa || pb) {
    return pa ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "Figur 2.1" / "Appendix table 2.1"; an id of another shape is printed as it is. */
export function exhibitNumber(id: string, lang: Lang): string {
  const p = parseExhibitId(id);
  return p ? `${EXHIBIT_PREFIXES[p.prefix][lang]} ${p.chapter}.${p.number}` : id;
}
