/**
 * Register background of the survey respondents that chapter 8 links from the registers beyond the
 * person-year facts: the 9th-grade leaving exam (Table 8.7, Figures 8.8 and 8.10) and the parents'
 * status when the child was 10 plus the family type in 2019 (Table 8.5). As SQL over the warehouse
 * (`person_year`, `family_parents`) and the contract tables `elev` and `karakterer`, one row per
 * respondent person id; the ids never leave the database except as join keys.
 *
 * Definitions (docs/survey.md, "Linked background"):
 * - Exam (Table 8.7 note: UDFK "om de har afsluttet grundskolen med karakterer eller ej", registers
 *   for 2021 not yet available): the school-history relation of chapters 4-5 (indicators/concepts.ts
 *   RELATIONS.school_history: first exam year as a 9th-grade pupil within the grade register's years,
 *   first exam year with a grade in every mandatory subject). A person is classified when they were a
 *   9th-grade pupil with exam year up to EXAM_LAST_YEAR: 'exam' if they completed by then, else
 *   'no_exam'. Not classified: never a 9th-grade pupil in the registers' years (e.g. schooled abroad)
 *   or still before the exam. The KOTRE part of the note (attachment in 2020) is covered by the same
 *   cut-off year.
 * - Parents at age 10 (Table 8.5): the year the child was 10 or, for a child not in Denmark then, the
 *   first year after arrival up to 17 (the 10-17 target group's rule, populations/spec.ts); the home
 *   parents (E-family, `family_parents`), else the legal parents living in Denmark; when neither is
 *   found that year, the first of the next PARENT_LATER_YEARS years with parents. Employment: at least
 *   one parent employed (unknown when no parent is and one is unknown). Education: at least one
 *   parent with more than compulsory school (unknown education counts with compulsory school, as the
 *   row label says). Restgruppe: at least one parent in the restgruppe (a parent under 18 is not).
 * - Family type in 2019, children living at home (PLADS 3) only: two home parents = couple family,
 *   one = single parent.
 */
import { RELATIONS } from '../indicators/concepts.ts';

/** The last exam year the report could see (2021 grades were not yet available). */
export const EXAM_LAST_YEAR = 2020;
/** The child's age at which Table 8.5 measures the parents. */
export const PARENT_AGE = 10;
/** A child arriving after PARENT_AGE is measured in the first year in Denmark up to this age. */
export const PARENT_ARRIVAL_UNTIL_AGE = 17;
/** Years after the anchor searched when no parent is found in it. */
export const PARENT_LATER_YEARS = 3;
/** Table 8.5's family-type year. */
export const FAMILY_TYPE_YEAR = 2019;

export type ExamStatus = 'exam' | 'no_exam';

export interface ParentBackground {
  employment: 'none' | 'atleast1' | null;
  education: 'compulsory_or_unknown' | 'above_compulsory' | null;
  restgruppe: 'none' | 'atleast1' | null;
  familyType: 'couple' | 'single' | null;
}

/**
 * Exam status per person of `persons` (a relation with column `pnr`): columns pnr, exam
 * ('exam' | 'no_exam'). Persons not classified have no row. Needs `elev` and `karakterer`.
 */
export function examStatusSql(persons: string): string {
  return `
WITH rel_exam AS (${RELATIONS.exam.sql}),
history AS (${RELATIONS.school_history.sql})
SELECT h.pnr, CASE WHEN h.first_exam_year <= ${EXAM_LAST_YEAR} THEN 'exam' ELSE 'no_exam' END AS exam
FROM history AS h SEMI JOIN (${persons}) AS k ON k.pnr = h.pnr
WHERE h.first_ninth_year <= ${EXAM_LAST_YEAR}`;
}

/**
 * Parents' status at age 10 and family type in 2019 per person of `persons`: columns pnr,
 * employment, education, restgruppe, family_type (NULL = unknown). Needs `person_year` and
 * `family_parents`.
 */
export function parentBackgroundSql(persons: string): string {
  return `
WITH kids AS (SELECT DISTINCT pnr FROM (${persons})),
at_age AS (
  SELECT k.pnr, p.year AS y0 FROM kids AS k JOIN person_year AS p ON p.pnr = k.pnr AND p.age = ${PARENT_AGE}
),
anchor AS (
  SELECT * FROM at_age
  UNION ALL
  SELECT k.pnr, min(p.year) AS y0
  FROM (SELECT * FROM kids ANTI JOIN at_age USING (pnr)) AS k
  JOIN person_year AS p ON p.pnr = k.pnr AND p.age BETWEEN ${PARENT_AGE + 1} AND ${PARENT_ARRIVAL_UNTIL_AGE}
  GROUP BY k.pnr
),
cand AS (
  SELECT a.pnr, CAST(o.k AS INTEGER) AS k, CAST(a.y0 + o.k AS INTEGER) AS year
  FROM anchor AS a CROSS JOIN range(0, ${PARENT_LATER_YEARS + 1}) AS o(k)
),
home AS (
  SELECT c.pnr, c.year, 2 * c.k AS rank, fp.parent_pnr
  FROM cand AS c JOIN family_parents AS fp ON fp.pnr = c.pnr AND fp.year = c.year
),
legal AS (
  -- legal parents living in Denmark that year (a person_year row)
  SELECT l.pnr, l.year, 2 * l.k + 1 AS rank, l.parent_pnr
  FROM (SELECT c.pnr, c.k, c.year, unnest([p.mor_id, p.far_id]) AS parent_pnr
        FROM cand AS c JOIN person_year AS p ON p.pnr = c.pnr AND p.year = c.year) AS l
  SEMI JOIN person_year AS q ON q.pnr = l.parent_pnr AND q.year = l.year
  WHERE l.parent_pnr IS NOT NULL
),
found AS (SELECT * FROM home UNION ALL SELECT * FROM legal),
chosen AS (
  SELECT f.* FROM found AS f
  JOIN (SELECT pnr, min(rank) AS rank FROM found GROUP BY pnr) AS m ON m.pnr = f.pnr AND m.rank = f.rank
),
status AS (
  SELECT c.pnr,
    CASE WHEN bool_or(q.employed) THEN 'atleast1' WHEN count(q.employed) = count(*) THEN 'none' END AS employment,
    CASE WHEN bool_or(coalesce(q.edu_level, 'ukendt') NOT IN ('grundskole', 'ukendt')) THEN 'above_compulsory'
         ELSE 'compulsory_or_unknown' END AS education,
    CASE WHEN bool_or(q.age >= 18 AND q.restgruppe) THEN 'atleast1'
         WHEN count(*) FILTER (WHERE q.age < 18 OR q.restgruppe IS NOT NULL) = count(*) THEN 'none' END AS restgruppe
  FROM (SELECT DISTINCT pnr, year, parent_pnr FROM chosen) AS c
  JOIN person_year AS q ON q.pnr = c.parent_pnr AND q.year = c.year
  GROUP BY c.pnr
),
family AS (
  SELECT p.pnr, CASE count(fp.parent_pnr) WHEN 0 THEN NULL WHEN 1 THEN 'single' ELSE 'couple' END AS family_type
  FROM kids AS k
  JOIN person_year AS p ON p.pnr = k.pnr AND p.year = ${FAMILY_TYPE_YEAR} AND p.plads = 3
  LEFT JOIN family_parents AS fp ON fp.pnr = p.pnr AND fp.year = p.year
  GROUP BY p.pnr
)
SELECT k.pnr, s.employment, s.education, s.restgruppe, f.family_type
FROM kids AS k LEFT JOIN status AS s ON s.pnr = k.pnr LEFT JOIN family AS f ON f.pnr = k.pnr`;
}
