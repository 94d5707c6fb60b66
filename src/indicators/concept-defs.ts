/**
 * The vocabulary concept modules share: the definition shapes of a relation and a concept, and the
 * code lists the report's definitions name. Concept modules (concepts.ts, concepts-*.ts) import
 * from here, never from each other, so adding a module cannot create an import cycle.
 */
import type { Text } from '../results/types.ts';
import { H1_TO_LEVEL } from '../contract/schema.ts';

/**
 * Laws counted in crime exhibits (contract LOV codes): 1 straffeloven, 3 lov om euforiserende
 * stoffer, 4 våbenloven. Not 2 færdselsloven, not 5 other special acts (Bilag 1 l. 7383-7400;
 * Fig 5.2-5.6 titles, l. 2865, 2898, 2926).
 */
export const CRIME_LAWS = [1, 3, 4] as const;
/** KRAF SANKTION codes counted as verdicts: 1 unconditional, 2 conditional prison; fines are not (l. 7390-7392). */
export const PRISON_SANCTIONS = [1, 2] as const;
/**
 * School types of the 9th-grade base: 1 folkeskole, 2 fri- og privatskole, 3 efterskole; not
 * 4 specialskole ("blandt folkeskoler, efterskoler samt fri- og privatskoler", l. 2291-2292, 2320-2325).
 */
export const NINTH_GRADE_SCHOOL_TYPES = [1, 2, 3] as const;
/**
 * A subject counts as a mandatory (bundet) exam subject of a school year if at least this share
 * of the pupils with any mandatory grade that year has it marked BUNDET: the register's own set,
 * robust to rare special codes. Completion = a grade in every such subject (l. 7334-7337).
 */
export const MANDATORY_SUBJECT_SHARE = 0.5;

/**
 * KOTRE main groups (H1 = first two digits of UDD) of a youth education (ungdomsuddannelse):
 * the gymnasial and erhvervsfaglig levels of H1_TO_LEVEL. The report never defines the term
 * (catalog-ch6-7.md §1.2); these are DST's two kinds of youth education.
 */
export const YOUTH_EDUCATION_H1 = Object.entries(H1_TO_LEVEL)
  .filter(([, level]) => level === 'gymnasial' || level === 'erhvervsfaglig')
  .map(([h1]) => Number(h1))
  .sort((a, b) => a - b);

/**
 * KOTRE main groups of a vocationally qualifying education (erhvervskompetencegivende uddannelse):
 * the erhvervsfaglig level only. The report never defines the term (catalog-ch6-7.md §1.2, FLAG 29);
 * its numbers rule out counting higher education (Bilagsfigur 8.9: 9-15 % of 17-24-year-olds;
 * Bilagsfigur 8.11: 25-year-olds completing falls to 20 % while higher education rises), and
 * Bilagsfigur 8.14-8.17 list it beside short, medium and long higher education.
 */
export const VOCATIONAL_EDUCATION_H1 = Object.entries(H1_TO_LEVEL)
  .filter(([, level]) => level === 'erhvervsfaglig')
  .map(([h1]) => Number(h1))
  .sort((a, b) => a - b);

/** KOTRE main groups of a higher education (videregående uddannelse): short, medium and long cycle. */
export const HIGHER_EDUCATION_H1 = Object.entries(H1_TO_LEVEL)
  .filter(([, level]) => level === 'kvu' || level === 'mvu' || level === 'lvu')
  .map(([h1]) => Number(h1))
  .sort((a, b) => a - b);

/**
 * Education levels from lowest to highest, for "highest completed" comparisons between persons:
 * ordered by their smallest H1 group (grundskole < gymnasial < erhvervsfaglig < kvu < mvu < lvu,
 * DST's H1 order). 'ukendt' is not a level and is left out.
 */
export const EDUCATION_LEVEL_ORDER: readonly string[] = [...new Set(
  Object.entries(H1_TO_LEVEL).sort(([a], [b]) => Number(a) - Number(b)).map(([, level]) => level),
)].filter((level) => level !== 'ukendt');

export const list = (xs: readonly number[]) => xs.join(', ');

/**
 * Psychiatric diagnoses of Bilagstabel 1.2 (l. 7418-7481) as ICD-10 prefixes with the D prefix of
 * LPR: the union computed in catalog-ch9-bilag.md §5.7. F32.0 and F33.0 are in neither row of the
 * table and are left out; F60.3x is covered by the personality range F60-F62.
 */
export const PSYCHIATRIC_PREFIXES = [
  'DF20', 'DF21', 'DF22', 'DF23', 'DF24', 'DF25', 'DF26', 'DF27', 'DF28', 'DF29', 'DF30', 'DF31',
  'DF321', 'DF322', 'DF323', 'DF328', 'DF329', 'DF331', 'DF332', 'DF333', 'DF334', 'DF335', 'DF336', 'DF337', 'DF338', 'DF339',
  'DF34', 'DF35', 'DF36', 'DF37', 'DF38', 'DF39', 'DF40', 'DF41', 'DF42', 'DF43', 'DF50', 'DF60', 'DF61', 'DF62',
  'DF90', 'DF988C', 'DF91', 'DF92',
] as const;

/**
 * Substance-abuse diagnoses of Bilagstabel 1.3 (l. 7506-7552) as ICD-10 prefixes: harmful use,
 * dependence, withdrawal (and unspecified) for opioids, hard drugs, cannabis, sedatives/solvents,
 * alcohol F10.1-10.9, and poisoning with heroin or methadone (T40.1, T40.3). Acute intoxication
 * (F1x.0) is not abuse.
 */
export const SUBSTANCE_PREFIXES = [
  'DF101', 'DF102', 'DF103', 'DF104', 'DF105', 'DF106', 'DF107', 'DF108', 'DF109',
  'DF111', 'DF112', 'DF113', 'DF114', 'DF119', 'DT401', 'DT403',
  'DF141', 'DF142', 'DF143', 'DF149', 'DF151', 'DF152', 'DF153', 'DF159', 'DF161', 'DF162', 'DF169',
  'DF191', 'DF192', 'DF193', 'DF194', 'DF199',
  'DF121', 'DF122', 'DF129',
  'DF131', 'DF132', 'DF133', 'DF134', 'DF139', 'DF181', 'DF182', 'DF189',
] as const;

/** SQL: the column starts with one of the prefixes. */
export const prefixMatch = (column: string, prefixes: readonly string[]): string =>
  `(${prefixes.map((p) => `starts_with(${column}, '${p}')`).join(' OR ')})`;


export interface RelationDef {
  /** 'pnr_year': one row per person and year; 'pnr': one row per person (histories). */
  keyedBy: 'pnr_year' | 'pnr';
  /** A SELECT with columns pnr[, year] and the relation's own columns; unique on its key. */
  sql: string;
  /** Contract tables (besides the warehouse) the relation reads. */
  needs: readonly string[];
  description: string;
  /** The report's lines (seed/000_50c1653d2ce7b99d.txt). */
  source: string;
  /**
   * Computed once per connection as a temporary table rel_<id> (run.ts), instead of a CTE in every
   * query: for costly relations several exhibits read. The data must not change on that connection.
   */
  materialize?: boolean;
}

export type ConceptType = 'boolean' | 'number' | 'category';

export interface ConceptDef {
  type: ConceptType;
  expr: string;
  /** The relation (RELATIONS key in concepts.ts) the expression reads as {r}. */
  relation?: string;
  /** SQL value for a person(-year) without a row in the relation. */
  missing?: string;
  /** Category concepts: the values, in display order. */
  categories?: readonly string[];
  /** Reads {parental}: needs a target group or population.parentalAtAge. */
  parental?: boolean;
  description: Text;
  source: string;
}

