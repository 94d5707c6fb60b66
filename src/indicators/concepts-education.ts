/**
 * Education careers of young people (chapter 6 and Bilag 8): enrolment, completion by an age,
 * dropout without completion, completion within N years of entry, and the status the year after.
 * All of them read KOTRE spells (contract `kotre`: UDD, ELEV3_VFRA, ELEV3_VTIL, UDFALD), classified
 * by the H1 main group (first two digits of UDD) into three kinds that may overlap:
 *   youth       ungdomsuddannelse: gymnasial or erhvervsfaglig (YOUTH_EDUCATION_H1)
 *   vocational  erhvervskompetencegivende: erhvervsfaglig (VOCATIONAL_EDUCATION_H1, see its note)
 *   higher      videregående: kvu, mvu, lvu (HIGHER_EDUCATION_H1)
 * A spell is completed in the calendar year of ELEV3_VTIL if UDFALD = 1 and interrupted then if
 * UDFALD = 2; it starts in the calendar year of ELEV3_VFRA. Completion is read from KOTRE, not
 * from UDDA's highest completed education, so that a vocational education followed by a bachelor
 * still counts as a completed vocational education (UDDA would show only the bachelor).
 */
import { type ConceptDef, type RelationDef, YOUTH_EDUCATION_H1, VOCATIONAL_EDUCATION_H1, HIGHER_EDUCATION_H1, list } from './concept-defs.ts';

/** One row per KOTRE spell: start year, completion or interruption year, and its kinds. */
const SPELLS = `SELECT PNR AS pnr, year(ELEV3_VFRA) AS y0,
        CASE WHEN UDFALD = 1 THEN year(ELEV3_VTIL) END AS done_year,
        CASE WHEN UDFALD = 2 THEN year(ELEV3_VTIL) END AS broken_year,
        UDD // 100 IN (${list(YOUTH_EDUCATION_H1)}) AS youth,
        UDD // 100 IN (${list(VOCATIONAL_EDUCATION_H1)}) AS vocational,
        UDD // 100 IN (${list(HIGHER_EDUCATION_H1)}) AS higher
      FROM kotre`;

/** Per person and kind: first start, first completion and first interruption year. */
const historyColumns = (['youth', 'vocational', 'higher'] as const).map((k) => `
        CAST(min(y0) FILTER (WHERE ${k}) AS INTEGER) AS ${k}_start,
        CAST(min(done_year) FILTER (WHERE ${k}) AS INTEGER) AS ${k}_done,
        CAST(min(broken_year) FILTER (WHERE ${k}) AS INTEGER) AS ${k}_broken`).join(',');

export const EDUCATION_RELATIONS = {
  education_enrolment_year: {
    keyedBy: 'pnr_year', needs: ['kotre'], source: 'Fig 6.12 l. 3847-3848; Bilagsfigur 8.9, 8.13 l. 9441-9442, 9535-9536; ongoing on 1 October, l. 8029',
    description: 'Person-years with a vocational (erhvervsfaglig) or higher-education KOTRE spell ongoing on 1 October; a spell without an end date runs to the last person_year year.',
    sql: `SELECT pnr, year, bool_or(vocational) AS vocational, bool_or(higher) AS higher FROM (
        SELECT k.PNR AS pnr, CAST(unnest(generate_series(year(k.ELEV3_VFRA),
          least(year(coalesce(k.ELEV3_VTIL, DATE '9999-12-31')), (SELECT max(year) FROM person_year)))) AS INTEGER) AS year,
          k.ELEV3_VFRA AS vfra, k.ELEV3_VTIL AS vtil,
          k.UDD // 100 IN (${list(VOCATIONAL_EDUCATION_H1)}) AS vocational,
          k.UDD // 100 IN (${list(HIGHER_EDUCATION_H1)}) AS higher
        FROM kotre AS k WHERE k.UDD // 100 IN (${list([...VOCATIONAL_EDUCATION_H1, ...HIGHER_EDUCATION_H1])})
      ) WHERE vfra <= make_date(year, 10, 1) AND (vtil IS NULL OR vtil >= make_date(year, 10, 1))
      GROUP BY pnr, year`,
  },
  education_history: {
    keyedBy: 'pnr', needs: ['kotre'], source: 'Fig 6.7 l. 3672-3673; Fig 6.9 l. 3711-3718; Fig 6.13 l. 3885-3887; Fig 6.18 l. 4132-4133',
    description: 'Per person and kind (youth, vocational, higher): the first year a spell started, the first year one was completed and the first year one was interrupted.',
    sql: `SELECT pnr,${historyColumns}
      FROM (${SPELLS}) GROUP BY pnr`,
  },
  education_completion_year: {
    keyedBy: 'pnr_year', needs: ['kotre'], source: 'Fig 6.8 l. 3686-3705; Bilagsfigur 8.5 l. 9329-9330',
    description: 'Person-years in which a spell of each kind was completed (the calendar year of ELEV3_VTIL, UDFALD = 1).',
    sql: `SELECT pnr, CAST(done_year AS INTEGER) AS year, bool_or(youth) AS youth, bool_or(vocational) AS vocational, bool_or(higher) AS higher
      FROM (${SPELLS}) WHERE done_year IS NOT NULL GROUP BY pnr, done_year`,
  },
  education_entry_year: {
    keyedBy: 'pnr_year', needs: ['kotre'], source: 'Bilagsfigur 8.4 l. 9321-9323; 8.10 l. 9447-9449; 8.21 l. 9609-9610; text l. 3862-3865, 4107-4111',
    description: 'Per person and entry year (a year in which a spell started): whether a spell of each kind started that year, and the first completion year of a spell of that kind started that year or later.',
    sql: `SELECT e.pnr, CAST(e.year AS INTEGER) AS year,
        bool_or(s.youth AND s.y0 = e.year) AS youth_started,
        CAST(min(s.done_year) FILTER (WHERE s.youth AND s.y0 >= e.year) AS INTEGER) AS youth_done,
        bool_or(s.vocational AND s.y0 = e.year) AS vocational_started,
        CAST(min(s.done_year) FILTER (WHERE s.vocational AND s.y0 >= e.year) AS INTEGER) AS vocational_done,
        bool_or(s.higher AND s.y0 = e.year) AS higher_started,
        CAST(min(s.done_year) FILTER (WHERE s.higher AND s.y0 >= e.year) AS INTEGER) AS higher_done
      FROM (SELECT DISTINCT pnr, y0 AS year FROM (${SPELLS})) AS e
      JOIN (${SPELLS}) AS s ON s.pnr = e.pnr
      GROUP BY e.pnr, e.year`,
  },
  status_next_year: {
    keyedBy: 'pnr_year', needs: [], source: 'Fig 6.8 l. 3686-3688 ("straks efter"); Fig 6.10, 6.14, 6.15, 6.19, 6.20',
    description: 'The education / employment / NEET facts of the year after, keyed by the year before (no row if the person is not resident the year after).',
    sql: `SELECT pnr, CAST(year - 1 AS INTEGER) AS year, in_education, employed, neet FROM person_year`,
  },
} as const satisfies Record<string, RelationDef>;

const byNow = (kind: 'youth' | 'vocational' | 'higher') => `coalesce({r}.${kind}_done <= p.year, false)`;
const droppedOut = (kind: 'youth' | 'vocational' | 'higher') => `(coalesce({r}.${kind}_broken <= p.year, false) AND NOT ${byNow(kind)})`;

export const EDUCATION_CONCEPTS = {
  in_vocational_education: {
    type: 'boolean', relation: 'education_enrolment_year', expr: '{r}.vocational', missing: 'false', source: 'l. 3834-3848, 9441-9442',
    description: { da: 'I gang med en erhvervskompetencegivende uddannelse (1. oktober)', en: 'Enrolled in a vocationally qualifying education (1 October)' },
  },
  in_higher_education: {
    type: 'boolean', relation: 'education_enrolment_year', expr: '{r}.higher', missing: 'false', source: 'l. 4049-4057, 9535-9536',
    description: { da: 'I gang med en videregående uddannelse (1. oktober)', en: 'Enrolled in a higher education (1 October)' },
  },
  started_youth_by_now: {
    type: 'boolean', relation: 'education_history', expr: 'coalesce({r}.youth_start <= p.year, false)', missing: 'false', source: 'l. 3711-3718',
    description: { da: 'Har påbegyndt en ungdomsuddannelse', en: 'Has started a youth education' },
  },
  completed_youth_by_now: {
    type: 'boolean', relation: 'education_history', expr: byNow('youth'), missing: 'false', source: 'l. 3652-3673, 9335-9336',
    description: { da: 'Har afsluttet en ungdomsuddannelse', en: 'Has completed a youth education' },
  },
  dropped_out_youth_by_now: {
    type: 'boolean', relation: 'education_history', expr: droppedOut('youth'), missing: 'false', source: 'l. 3711-3718',
    description: { da: 'Har afbrudt og ikke afsluttet en ungdomsuddannelse', en: 'Has interrupted and not completed a youth education' },
  },
  completed_vocational_by_now: {
    type: 'boolean', relation: 'education_history', expr: byNow('vocational'), missing: 'false', source: 'l. 3870-3887, 9455-9457',
    description: { da: 'Har afsluttet en erhvervskompetencegivende uddannelse', en: 'Has completed a vocationally qualifying education' },
  },
  dropped_out_vocational_by_now: {
    type: 'boolean', relation: 'education_history', expr: droppedOut('vocational'), missing: 'false', source: 'l. 3922-3932',
    description: { da: 'Har afbrudt og ikke afsluttet en erhvervskompetencegivende uddannelse', en: 'Has interrupted and not completed a vocationally qualifying education' },
  },
  completed_higher_by_now: {
    type: 'boolean', relation: 'education_history', expr: byNow('higher'), missing: 'false', source: 'l. 4113-4133, 9615-9616',
    description: { da: 'Har afsluttet en videregående uddannelse', en: 'Has completed a higher education' },
  },
  dropped_out_higher_by_now: {
    type: 'boolean', relation: 'education_history', expr: droppedOut('higher'), missing: 'false', source: 'l. 4481-4486',
    description: { da: 'Har afbrudt og ikke afsluttet en videregående uddannelse', en: 'Has interrupted and not completed a higher education' },
  },
  completed_youth_this_year: {
    type: 'boolean', relation: 'education_completion_year', expr: '{r}.youth', missing: 'false', source: 'l. 3686-3705',
    description: { da: 'Afsluttede en ungdomsuddannelse i året', en: 'Completed a youth education in the year' },
  },
  started_youth_this_year: {
    type: 'boolean', relation: 'education_entry_year', expr: '{r}.youth_started', missing: 'false', source: 'l. 9321-9323',
    description: { da: 'Påbegyndte en ungdomsuddannelse i året (tilgangsår)', en: 'Started a youth education in the year (entry year)' },
  },
  started_vocational_this_year: {
    type: 'boolean', relation: 'education_entry_year', expr: '{r}.vocational_started', missing: 'false', source: 'l. 3862-3865, 9447-9449',
    description: { da: 'Påbegyndte en erhvervskompetencegivende uddannelse i året', en: 'Started a vocationally qualifying education in the year' },
  },
  started_higher_this_year: {
    type: 'boolean', relation: 'education_entry_year', expr: '{r}.higher_started', missing: 'false', source: 'l. 4107-4111, 9609-9610',
    description: { da: 'Påbegyndte en videregående uddannelse i året', en: 'Started a higher education in the year' },
  },
  youth_completed_within_3y: {
    type: 'boolean', relation: 'education_entry_year', expr: 'coalesce({r}.youth_done <= {r}.year + 3, false)', missing: 'false', source: 'l. 3645-3650, 9321-9323',
    description: { da: 'Gennemfører en ungdomsuddannelse inden for 3 år efter tilgangsåret', en: 'Completes a youth education within 3 years of the entry year' },
  },
  vocational_completed_within_5y: {
    type: 'boolean', relation: 'education_entry_year', expr: 'coalesce({r}.vocational_done <= {r}.year + 5, false)', missing: 'false', source: 'l. 3862-3869, 9447-9449',
    description: { da: 'Gennemfører en erhvervskompetencegivende uddannelse inden for 5 år', en: 'Completes a vocationally qualifying education within 5 years' },
  },
  higher_completed_within_7y: {
    type: 'boolean', relation: 'education_entry_year', expr: 'coalesce({r}.higher_done <= {r}.year + 7, false)', missing: 'false', source: 'l. 4107-4111, 9609-9610',
    description: { da: 'Gennemfører en videregående uddannelse inden for 7 år', en: 'Completes a higher education within 7 years' },
  },
  edu_emp_neet_next_year: {
    type: 'category', relation: 'status_next_year', categories: ['education', 'employment', 'neet'], source: 'l. 3686-3688; legend l. 4019',
    expr: "CASE WHEN {r}.in_education THEN 'education' WHEN {r}.employed THEN 'employment' WHEN {r}.neet THEN 'neet' END",
    description: { da: 'Året efter: i uddannelse / i beskæftigelse / i NEET-gruppen', en: 'The year after: in education / in employment / NEET' },
  },
} as const satisfies Record<string, ConceptDef>;
