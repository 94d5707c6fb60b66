/**
 * Concepts of the chapter 6 characteristics tables (Tab 6.1, 6.3, 6.5, 6.7; Bilagstabel 8.1-8.4):
 * who broke off an education by a given age without completing one of the same kind, and the
 * young person's own history up to the year (charges, psychiatric treatment, abuse treatment,
 * problematic absence). Spread into RELATIONS / CONCEPTS by concepts.ts; imports only
 * concept-defs.ts.
 */
import {
  type ConceptDef, type RelationDef, CRIME_LAWS, HIGHER_EDUCATION_H1, PSYCHIATRIC_PREFIXES, SUBSTANCE_PREFIXES,
  VOCATIONAL_EDUCATION_H1, YOUTH_EDUCATION_H1, list, prefixMatch,
} from './concept-defs.ts';

const PSYCH = prefixMatch('DIAG', PSYCHIATRIC_PREFIXES);
const SUBSTANCE = prefixMatch('DIAG', SUBSTANCE_PREFIXES);

/** Per person and year at age `age`: interrupted / completed spells of the kind ended by the end of that year. */
function dropoutAt(age: number, kind: string, h1: readonly number[], source: string): RelationDef {
  return {
    keyedBy: 'pnr_year', needs: ['kotre'], source,
    description: `Per ${age}-year-old (the year of the age): whether a ${kind} spell (KOTRE H1 ${list(h1)}) ended interrupted (UDFALD 2) by the end of that year, whether one was completed (UDFALD 1) by then, and how many spells of any level ended interrupted.`,
    sql: `SELECT p.pnr, p.year,
        bool_or(k.UDFALD = 2 AND k.UDD // 100 IN (${list(h1)})) AS interrupted,
        bool_or(k.UDFALD = 1 AND k.UDD // 100 IN (${list(h1)})) AS completed,
        count(*) FILTER (WHERE k.UDFALD = 2) AS interruptions
      FROM person_year AS p
      JOIN kotre AS k ON k.PNR = p.pnr AND k.ELEV3_VTIL IS NOT NULL AND year(k.ELEV3_VTIL) <= p.year
      WHERE p.age = ${age}
      GROUP BY p.pnr, p.year`,
  };
}

/** Per person: the first year of an event, for "has had ... (up to now)". */
function firstYear(needs: readonly string[], description: string, events: string, source: string): RelationDef {
  return { keyedBy: 'pnr', needs, source, description, sql: `SELECT pnr, CAST(min(year) AS INTEGER) AS first_year FROM (${events}) GROUP BY pnr` };
}

export const DROPOUT_RELATIONS = {
  dropout_youth_21: dropoutAt(21, 'youth education', YOUTH_EDUCATION_H1, 'Fig 6.9 l. 3711-3718; Tab 6.3 l. 3751-3780'),
  dropout_vocational_25: dropoutAt(25, 'vocationally qualifying education', VOCATIONAL_EDUCATION_H1, 'Tab 6.5 l. 3945-3973'),
  dropout_higher_29: dropoutAt(29, 'higher education', HIGHER_EDUCATION_H1, 'Tab 6.7 l. 4497-4525'),
  charge_ever: firstYear(['krsi'], 'Per person: the first year with a charge (KRSI) under the counted laws, at any age.',
    `SELECT PNR AS pnr, year(SIGT_DTO) AS year FROM krsi WHERE LOV IN (${list(CRIME_LAWS)})`, 'Tab 6.1 l. 3530; Bilag 1 l. 7387-7388'),
  psych_ever: firstYear(['lpr'], 'Per person: the first year with a hospital contact with a diagnosis of Bilagstabel 1.2.',
    `SELECT PNR AS pnr, year(D_INDDTO) AS year FROM lpr WHERE ${PSYCH}`, 'Tab 6.1 l. 3532; Bilag 1 l. 7402-7481'),
  abuse_ever: firstYear(['misbrug', 'lpr'], 'Per person: the first year with treatment for abuse (SIB/NAB) or an abuse diagnosis of Bilagstabel 1.3 (LPR).',
    `SELECT PNR AS pnr, year(START_DTO) AS year FROM misbrug UNION ALL SELECT PNR, year(D_INDDTO) FROM lpr WHERE ${SUBSTANCE}`, 'Tab 6.3 l. 3768; Bilag 1 l. 7483-7555'),
  absence_over_10: firstYear(['fravaer'], 'Per pupil: the first school year (SKOLEAAR, the calendar year it starts) with total absence above 10 per cent.',
    'SELECT PNR AS pnr, SKOLEAAR AS year FROM fravaer WHERE FRAVAER_PCT > 10', 'Tab 6.1 l. 3534; l. 2937-2939, 6866'),
} as const satisfies Record<string, RelationDef>;

const dropout = (relation: string, da: string, en: string, source: string): ConceptDef & { type: 'boolean' } =>
  ({ type: 'boolean', relation, expr: '({r}.interrupted AND NOT {r}.completed)', missing: 'false', source, description: { da, en } });
const prior = (relation: string, source: string): ConceptDef & { type: 'boolean' } => ({
  type: 'boolean', relation, expr: '({r}.interruptions >= 2)', missing: 'false', source,
  description: { da: 'Tidligere droppet ud af mindst én uddannelse', en: 'Dropped out of at least one education before' },
});
const ever = (relation: string, da: string, en: string, source: string): ConceptDef & { type: 'boolean' } =>
  ({ type: 'boolean', relation, expr: '({r}.first_year <= p.year)', missing: 'false', source, description: { da, en } });

export const DROPOUT_CONCEPTS = {
  male: { type: 'boolean', expr: "(p.sex = 'male')", source: 'l. 3522', description: { da: 'Drenge', en: 'Boys' } },
  menapt: { type: 'boolean', expr: "(p.origin = 'menapt')", source: 'l. 3524; l. 149-153', description: { da: 'MENAPT', en: 'MENAPT origin' } },
  youth_dropout_21: dropout('dropout_youth_21', 'Har afbrudt og ikke afsluttet en ungdomsuddannelse som 21-årig', 'Broke off and has not completed a youth education at 21', 'l. 3711-3718'),
  vocational_dropout_25: dropout('dropout_vocational_25', 'Har afbrudt og ikke afsluttet en erhvervskompetencegivende uddannelse som 25-årig', 'Broke off and has not completed a vocationally qualifying education at 25', 'l. 3945-3968'),
  higher_dropout_29: dropout('dropout_higher_29', 'Har afbrudt og ikke afsluttet en videregående uddannelse som 29-årig', 'Broke off and has not completed a higher education at 29', 'l. 4497-4519'),
  prior_dropout_21: prior('dropout_youth_21', 'l. 3770-3774'),
  prior_dropout_25: prior('dropout_vocational_25', 'l. 3964-3968'),
  prior_dropout_29: prior('dropout_higher_29', 'l. 4515-4519'),
  charged_ever: ever('charge_ever', 'Den unge har mindst en sigtelse', 'Has at least one charge', 'l. 3530'),
  psych_ever: ever('psych_ever', 'Den unge i behandling for psykisk sygdom', 'Treated for mental illness', 'l. 3532'),
  abuse_ever: ever('abuse_ever', 'Den unge i misbrugsbehandling', 'Treated for substance abuse', 'l. 3768'),
  absence_over_10_ever: ever('absence_over_10', 'Mere end 10 pct. fravær på et skoleår', 'More than 10 per cent absence in a school year', 'l. 3534'),
} as const satisfies Record<string, ConceptDef>;
