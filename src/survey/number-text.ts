/** Whole numbers in notes as the report prints them: "1.229" in Danish, "1,229" in English. */
import type { Lang } from '../results/types.ts';

export function countText(n: number, lang: Lang): string {
  const sep = lang === 'da' ? '.' : ',';
  const s = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return n < 0 ? `-${s}` : s;
}
