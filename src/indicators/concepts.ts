/**
 * The concepts an indicator can measure or restrict to, as data: one table of named SQL
 * expressions, plus the derived relations (CTEs) some of them read, each with the report's lines.
 * compile.ts is the only reader; no exhibit has its own SQL.
 *
 * A concept's `expr` is an SQL expression over
 *   p        the person_year row (pnr, year, age, sex, poor, in_education, employed, neet, ...),
 *   {r}      the row of the concept's relation for the same person (and year, if keyed by year),
 *   {parental}  the parental restgruppe status ('yes' | 'no' | NULL) the population measures.
 * A person-year without a row in the relation gets `missing` (e.g. 0 events, not a pupil).
 *
 * A topic may keep its relations and concepts in a module of its own (concepts-<topic>.ts, importing
 * only concept-defs.ts) whose objects are spread into RELATIONS and CONCEPTS here.
 */
import { PARENT_CONCEPTS, PARENT_RELATIONS } from './concepts-parents.ts';
import { CHILDHOOD_CONCEPTS, CHILDHOOD_RELATIONS, CHILDHOOD_RELATION_DEPENDS } from './concepts-childhood.ts';
import { DROPOUT_CONCEPTS, DROPOUT_RELATIONS } from './concepts-dropout.ts';
import { type ConceptDef, type ConceptType, type RelationDef, CRIME_LAWS, PRISON_SANCTIONS, NINTH_GRADE_SCHOOL_TYPES, MANDATORY_SUBJECT_SHARE, YOUTH_EDUCATION_H1, list } from './concept-defs.ts';
import { EDUCATION_CONCEPTS, EDUCATION_RELATIONS } from './concepts-education.ts';
import { PARTICIPANT_CONCEPTS, PARTICIPANT_RELATIONS } from './concepts-participants.ts';

export { CRIME_LAWS, PRISON_SANCTIONS, NINTH_GRADE_SCHOOL_TYPES, MANDATORY_SUBJECT_SHARE, YOUTH_EDUCATION_H1 } from './concept-defs.ts';
export type { ConceptDef, ConceptType, RelationDef } from './concept-defs.ts';

export const RELATIONS = {
  suspicion_year: {
    keyedBy: 'pnr_year', needs: ['krms'], source: 'l. 2844-2846, 2865; Bilag 1 l. 7394-7397',
    description: 'Suspicions (KRMS) per person and calendar year of MIST_DTO, counted laws only.',
    sql: `SELECT PNR AS pnr, CAST(year(MIST_DTO) AS INTEGER) AS year, count(*) AS events
      FROM krms WHERE LOV IN (${list(CRIME_LAWS)}) GROUP BY PNR, year(MIST_DTO)`,
  },
  charge_year: {
    keyedBy: 'pnr_year', needs: ['krsi'], source: 'l. 2898; Bilag 1 l. 7383-7389',
    description: 'Charges (KRSI) per person and calendar year of SIGT_DTO, counted laws only (no traffic).',
    sql: `SELECT PNR AS pnr, CAST(year(SIGT_DTO) AS INTEGER) AS year, count(*) AS events
      FROM krsi WHERE LOV IN (${list(CRIME_LAWS)}) GROUP BY PNR, year(SIGT_DTO)`,
  },
  verdict_year: {
    keyedBy: 'pnr_year', needs: ['kraf'], source: 'l. 2926; Bilag 1 l. 7390-7392',
    description: 'Verdicts (KRAF) with conditional or unconditional prison per person and calendar year of AFG_DTO, counted laws only.',
    sql: `SELECT PNR AS pnr, CAST(year(AFG_DTO) AS INTEGER) AS year, count(*) AS events
      FROM kraf WHERE LOV IN (${list(CRIME_LAWS)}) AND SANKTION IN (${list(PRISON_SANCTIONS)}) GROUP BY PNR, year(AFG_DTO)`,
  },
  charge_history: {
    keyedBy: 'pnr', needs: ['krsi'], source: 'Fig 5.7 l. 2977-2980; Bilagsfigur 7.4 l. 9218-9220',
    description: 'The first year with a counted charge at ages 15-17 (age at the end of that year, person_year).',
    sql: `SELECT k.PNR AS pnr, CAST(min(p.year) AS INTEGER) AS first_year
      FROM krsi AS k JOIN person_year AS p ON p.pnr = k.PNR AND p.year = year(k.SIGT_DTO)
      WHERE k.LOV IN (${list(CRIME_LAWS)}) AND p.age BETWEEN 15 AND 17
      GROUP BY k.PNR`,
  },
  youth_education_year: {
    keyedBy: 'pnr_year', needs: ['kotre'], source: 'Fig 6.5 l. 3598-3611; ongoing on 1 October, l. 8029',
    description: 'Person-years with a youth-education spell (KOTRE, H1 gymnasial or erhvervsfaglig) ongoing on 1 October; a spell without an end date runs to the last person_year year.',
    sql: `SELECT DISTINCT pnr, year FROM (
        SELECT k.PNR AS pnr, CAST(unnest(generate_series(year(k.ELEV3_VFRA),
          least(year(coalesce(k.ELEV3_VTIL, DATE '9999-12-31')), (SELECT max(year) FROM person_year)))) AS INTEGER) AS year,
          k.ELEV3_VFRA AS vfra, k.ELEV3_VTIL AS vtil
        FROM kotre AS k WHERE k.UDD // 100 IN (${list(YOUTH_EDUCATION_H1)})
      ) WHERE vfra <= make_date(year, 10, 1) AND (vtil IS NULL OR vtil >= make_date(year, 10, 1))`,
  },
  ninth_grade: {
    keyedBy: 'pnr_year', needs: ['elev'], source: 'l. 2316, 2346, 2392, 2413 (base), 2291-2292 (school types)',
    description: '9th-grade pupils in the pupil register (folkeskole, fri- og privatskole, efterskole), keyed by the exam year: the calendar year the school year ends (SKOLEAAR + 1).',
    sql: `SELECT DISTINCT PNR AS pnr, CAST(SKOLEAAR + 1 AS INTEGER) AS year
      FROM elev WHERE KLASSETRIN = 9 AND SKOLETYPE IN (${list(NINTH_GRADE_SCHOOL_TYPES)})`,
  },
  exam: {
    keyedBy: 'pnr_year', needs: ['karakterer'], source: 'l. 2323-2325, 2369-2370, 2375-2378; Bilag 1 l. 7334-7337',
    description: 'Per pupil and exam year (SKOLEAAR + 1): whether there is a grade in every mandatory subject of that school year, and the mean grade over the mandatory subjects.',
    sql: `SELECT g.PNR AS pnr, CAST(g.SKOLEAAR + 1 AS INTEGER) AS year,
        count(DISTINCT g.FAG) FILTER (WHERE g.KARAKTER IS NOT NULL) = any_value(m.n_subjects) AS completed,
        avg(g.KARAKTER) AS mean_grade
      FROM karakterer AS g
      JOIN (
        -- the school year's mandatory subjects: marked BUNDET for at least MANDATORY_SUBJECT_SHARE of its pupils
        SELECT SKOLEAAR, FAG, count(*) OVER (PARTITION BY SKOLEAAR) AS n_subjects FROM (
          SELECT b.SKOLEAAR, b.FAG FROM karakterer AS b
          JOIN (SELECT SKOLEAAR, count(DISTINCT PNR) AS pupils FROM karakterer WHERE BUNDET GROUP BY SKOLEAAR) AS t ON t.SKOLEAAR = b.SKOLEAAR
          WHERE b.BUNDET GROUP BY b.SKOLEAAR, b.FAG HAVING count(DISTINCT b.PNR) >= ${MANDATORY_SUBJECT_SHARE} * any_value(t.pupils)
        )
      ) AS m ON m.SKOLEAAR = g.SKOLEAAR AND m.FAG = g.FAG
      WHERE g.BUNDET
      GROUP BY g.PNR, g.SKOLEAAR`,
  },
  exam_prev: {
    keyedBy: 'pnr_year', needs: ['karakterer'], source: 'Fig 6.3 l. 3495-3496, 3489-3491',
    description: 'The exam of the year before, keyed by the year after the exam year (the year after completing primary school).',
    sql: `SELECT pnr, CAST(year + 1 AS INTEGER) AS year, completed FROM rel_exam`,
  },
  school_history: {
    keyedBy: 'pnr', needs: ['elev', 'karakterer'], source: 'Fig 5.7 l. 2977-2980; Bilagsfigur 7.4 l. 9218-9220',
    description: 'Per person: the first exam year as a 9th-grade pupil (school types 1-3) within the years the grade register covers, and the first exam year with a completed exam.',
    sql: `SELECT n.pnr, CAST(min(n.year) AS INTEGER) AS first_ninth_year,
        CAST(min(n.year) FILTER (WHERE e.completed) AS INTEGER) AS first_exam_year
      FROM (SELECT DISTINCT PNR AS pnr, CAST(SKOLEAAR + 1 AS INTEGER) AS year
            FROM elev WHERE KLASSETRIN = 9 AND SKOLETYPE IN (${list(NINTH_GRADE_SCHOOL_TYPES)})) AS n
      LEFT JOIN rel_exam AS e ON e.pnr = n.pnr AND e.year = n.year
      -- only 9th-grade years the grade register covers: before its first year nobody could have completed
      WHERE n.year >= (SELECT min(SKOLEAAR) + 1 FROM karakterer)
      GROUP BY n.pnr`,
  },
  poverty_history: {
    keyedBy: 'pnr', needs: [], source: 'Fig 4.3 l. 2064-2066',
    description: 'Per person: the first year in a family below the poverty line at ages 6-18.',
    sql: `SELECT pnr, CAST(min(year) AS INTEGER) AS first_year FROM person_year
      WHERE poor AND age BETWEEN 6 AND 18 GROUP BY pnr`,
  },
  ...PARTICIPANT_RELATIONS,
  ...EDUCATION_RELATIONS,
  ...PARENT_RELATIONS,
  ...CHILDHOOD_RELATIONS,
  ...DROPOUT_RELATIONS,
} as const satisfies Record<string, RelationDef>;
export type RelationId = keyof typeof RELATIONS;

/** Relations a relation's SQL reads by name (rel_<id>), so compile.ts can add them first. */
export const RELATION_DEPENDS: Partial<Record<RelationId, readonly RelationId[]>> = {
  school_history: ['exam'],
  exam_prev: ['exam'],
  ...(CHILDHOOD_RELATION_DEPENDS as Partial<Record<RelationId, readonly RelationId[]>>),
};

export const CONCEPTS = {
  // person_year columns (warehouse, docs/definitions.md)
  poor: { type: 'boolean', expr: 'p.poor', source: 'l. 1089-1091', description: { da: 'Under fattigdomsgrænsen', en: 'Below the poverty line' } },
  restgruppe: { type: 'boolean', expr: 'p.restgruppe', source: 'l. 1139-1141', description: { da: 'I restgruppen', en: 'In the restgruppe' } },
  neet: { type: 'boolean', expr: 'p.neet', source: 'l. 7326-7328', description: { da: 'I NEET-gruppen', en: 'NEET' } },
  employed: { type: 'boolean', expr: 'p.employed', source: 'l. 7317-7323', description: { da: 'I beskæftigelse', en: 'Employed' } },
  in_education: { type: 'boolean', expr: 'p.in_education', source: 'l. 8029', description: { da: 'I uddannelse', en: 'In education' } },
  student: { type: 'boolean', expr: 'p.student', source: 'l. 1089-1091', description: { da: 'Studerende', en: 'Student' } },
  has_wealth: { type: 'boolean', expr: 'p.has_wealth', source: 'l. 1089-1091', description: { da: 'Har formue', en: 'Has wealth' } },
  eq_income: { type: 'number', expr: 'p.eq_income', source: 'l. 1035-1043', description: { da: 'Ækvivaleret disponibel indkomst', en: 'Equivalised disposable income' } },
  eq_income_nonneg: { type: 'number', expr: 'p.eq_income_nonneg', source: 'l. 1061', description: { da: 'Ækvivaleret disponibel indkomst, negative sat til 0', en: 'Equivalised disposable income, negatives set to 0' } },
  disp_income: { type: 'number', expr: 'p.disp_income', source: 'l. 1035-1043', description: { da: 'Disponibel indkomst', en: 'Disposable income' } },
  // parents
  parental_restgruppe: {
    type: 'boolean', expr: "({parental} = 'yes')", parental: true, source: 'Bilag 1 l. 7190-7235',
    description: { da: 'Mindst én forælder i restgruppen', en: 'At least one parent in the restgruppe' },
  },
  // status (chapter 6): education before employment, the rest NEET
  edu_emp_neet: {
    type: 'category', categories: ['education', 'employment', 'neet'], source: 'l. 3471-3474, 3544-3553; legend l. 4019',
    expr: "CASE WHEN p.in_education THEN 'education' WHEN p.employed THEN 'employment' WHEN p.neet THEN 'neet' END",
    description: { da: 'I uddannelse / i beskæftigelse / i NEET-gruppen', en: 'In education / in employment / NEET' },
  },
  in_youth_education: {
    type: 'boolean', relation: 'youth_education_year', expr: 'true', missing: 'false', source: 'l. 3598-3611',
    description: { da: 'I gang med en ungdomsuddannelse (1. oktober)', en: 'Enrolled in a youth education (1 October)' },
  },
  // crime (chapter 5): events in the calendar year, and "at least one"
  suspicions: { type: 'number', relation: 'suspicion_year', expr: '{r}.events', missing: '0', source: 'l. 2865-2867', description: { da: 'Antal mistanker', en: 'Number of suspicions' } },
  charges: { type: 'number', relation: 'charge_year', expr: '{r}.events', missing: '0', source: 'l. 2898-2900', description: { da: 'Antal sigtelser', en: 'Number of charges' } },
  prison_verdicts: { type: 'number', relation: 'verdict_year', expr: '{r}.events', missing: '0', source: 'l. 2926-2928', description: { da: 'Antal betingede og ubetingede domme', en: 'Number of conditional and unconditional prison sentences' } },
  any_suspicion: { type: 'boolean', relation: 'suspicion_year', expr: '({r}.events > 0)', missing: 'false', source: 'l. 2878-2880', description: { da: 'Mindst én mistanke i året', en: 'At least one suspicion in the year' } },
  any_charge: { type: 'boolean', relation: 'charge_year', expr: '({r}.events > 0)', missing: 'false', source: 'l. 2911-2914', description: { da: 'Mindst én sigtelse i året', en: 'At least one charge in the year' } },
  charged_at_15_17: {
    type: 'boolean', relation: 'charge_history', expr: '({r}.first_year <= p.year)', missing: 'false', source: 'l. 2977-2980',
    description: { da: 'Mindst én sigtelse i alderen 15 år til nu (højst 17)', en: 'At least one charge at ages 15 up to now (at most 17)' },
  },
  // school (chapter 4)
  ninth_grade_pupil: { type: 'boolean', relation: 'ninth_grade', expr: 'true', missing: 'false', source: 'l. 2316, 2291-2292', description: { da: '9. klasses elev i elevregisteret', en: '9th-grade pupil in the pupil register' } },
  exam_completed: { type: 'boolean', relation: 'exam', expr: '{r}.completed', missing: 'false', source: 'l. 2323-2325; l. 7334-7337', description: { da: 'Afsluttet grundskolen med afgangsprøven', en: 'Completed primary school with the leaving exam' } },
  exam_mean_02: {
    type: 'boolean', relation: 'exam', expr: '(CASE WHEN {r}.completed THEN {r}.mean_grade >= 2 END)', source: 'l. 2375-2378, 2392-2395',
    description: { da: 'Mindst 02 i gennemsnit i de bundne prøvefag', en: 'Mean of at least 02 in the mandatory exam subjects' },
  },
  exam_mean_below_02: {
    type: 'boolean', relation: 'exam', expr: '(CASE WHEN {r}.completed THEN {r}.mean_grade < 2 END)', source: 'l. 2413-2417',
    description: { da: 'Under 02 i gennemsnit i de bundne prøvefag', en: 'Mean below 02 in the mandatory exam subjects' },
  },
  exam_completed_last_year: { type: 'boolean', relation: 'exam_prev', expr: '{r}.completed', missing: 'false', source: 'l. 3495-3496', description: { da: 'Afsluttede grundskolen med afgangsprøven året før', en: 'Completed primary school with the exam the year before' } },
  was_ninth_grader: { type: 'boolean', relation: 'school_history', expr: '({r}.first_ninth_year <= p.year)', missing: 'false', source: 'l. 2977-2980', description: { da: 'Har været 9. klasses elev', en: 'Has been a 9th-grade pupil' } },
  exam_by_now: { type: 'boolean', relation: 'school_history', expr: 'coalesce({r}.first_exam_year <= p.year, false)', missing: 'false', source: 'l. 2977-2980, 9218-9220', description: { da: 'Har afsluttet grundskolen med afgangsprøven', en: 'Has completed primary school with the exam' } },
  no_exam_by_now: { type: 'boolean', relation: 'school_history', expr: 'NOT coalesce({r}.first_exam_year <= p.year, false)', missing: 'true', source: 'l. 2977-2980', description: { da: 'Har ikke afsluttet grundskolen med afgangsprøven', en: 'Has not completed primary school with the exam' } },
  // poverty history (Fig 4.3)
  ever_poor_6_18: {
    type: 'boolean', relation: 'poverty_history', expr: '({r}.first_year <= p.year)', missing: 'false', source: 'l. 2064-2066',
    description: { da: 'I en familie under fattigdomsgrænsen mindst ét år i alderen 6-18', en: 'In a family below the poverty line at least one year at ages 6-18' },
  },
  ...PARTICIPANT_CONCEPTS,
  ...EDUCATION_CONCEPTS,
  ...PARENT_CONCEPTS,
  ...CHILDHOOD_CONCEPTS,
  ...DROPOUT_CONCEPTS,
} as const satisfies Record<string, ConceptDef>;

export type Concept = keyof typeof CONCEPTS;
type ConceptsOf<T extends ConceptType> = { [K in Concept]: (typeof CONCEPTS)[K]['type'] extends T ? K : never }[Concept];
export type BooleanConcept = ConceptsOf<'boolean'>;
export type NumericConcept = ConceptsOf<'number'>;
export type CategoryConcept = ConceptsOf<'category'>;

export function conceptDef(c: Concept): ConceptDef {
  return CONCEPTS[c];
}

function isRelationId(r: string): r is RelationId {
  return Object.hasOwn(RELATIONS, r);
}

/** The relation a concept reads, checked against RELATIONS (a module may name one by string). */
export function relationOf(c: Concept): RelationId | undefined {
  const r = conceptDef(c).relation;
  if (r === undefined) return undefined;
  if (!isRelationId(r)) throw new Error(`concept ${c} reads relation ${r}, which RELATIONS does not define`);
  return r;
}
