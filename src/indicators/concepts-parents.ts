/**
 * Parents' characteristics measured at a child age (Bilagsfigur 8.14-8.20: the parents of MENAPT
 * 15-29-year-olds "når den unge er 15 år"), as relations keyed by the child and concepts over them.
 *
 * The parents are found exactly as for parental restgruppe (populations/compile.ts, the chain in
 * docs/populations.md, Bilag 1 l. 7206-7235), with the characteristic in place of restgruppe status:
 *   anchor   the year the child is `age`, or, for a child who came to Denmark later, its first year
 *            in Denmark up to `arrivalUntilAge` (l. 7216-7222); none if the year at `age` is before
 *            the first person_year year (then the child's row is missing: not mistaken for arrival);
 *   step 0   home parents (E-family adults, family_parents) in the anchor year (l. 7206, 7213-7214);
 *   step 1   legal parents (MOR_ID / FAR_ID with a person_year row that year) in the anchor year, if
 *            the child has no home parents then (l. 7225-7227);
 *   step 2   home parents in the first of the `laterYears` years after the anchor where the
 *            characteristic is known ("16-18 år", l. 7227-7235; Bilagsfigur 8.14 Anm. l. 9547-9549);
 *   step 3   legal parents likewise (l. 7229-7230).
 * Each characteristic takes the first step whose parents give it a known value (the fallbacks are
 * "for de unge, hvor forældrene ikke er i registeret ... har vi brugt forælders uddannelsesstatus,
 * når den unge er 16-18 år", l. 9547-9549), so education may come from step 0 and employment from
 * step 2 for the same child. A set of parents combines its members' values by 'max', 'any' (true if
 * one is true; false only if all are known) or 'all' (false if one is false; true only if all are
 * known); as for restgruppe, an unknown parent blocks the answer that needs everyone.
 *
 * A relation row exists for every person with an anchor; parents_found is false (and every
 * characteristic NULL) if no step finds a parent. A person without an anchor (the year at `age`
 * before the data) has no row.
 */
import { type ConceptDef, type RelationDef, CRIME_LAWS, EDUCATION_LEVEL_ORDER, PRISON_SANCTIONS, list } from './concept-defs.ts';

/** Where the parents are measured: a child age and the fallbacks' search. */
export interface ParentalMeasurement {
  /** The child's age (age = year - birth year, as in person_year). */
  age: number;
  /** Years after the anchor that the "missing information" fallbacks look at (16-18 for 15: 3). */
  laterYears: number;
  /** A child not in Denmark at `age` is measured in its first year in Denmark up to this age. */
  arrivalUntilAge: number;
}

/**
 * At 15 with the 15-29 target group's own rule (populations/spec.ts TARGET_GROUPS '15-29'.parental;
 * test/indicators/parents.test.ts pins the equality: this module may not import populations/).
 */
export const AT_15: ParentalMeasurement = { age: 15, laterYears: 3, arrivalUntilAge: 29 };

/** One parental characteristic: a value per parent and year, and how a set of parents combines. */
export interface ParentCharacteristic {
  /** Output column of the relation. */
  name: string;
  /**
   * SQL over the parent's person_year row `q` in the year measured, the parent-set row `s`
   * (pnr = the child, parent_pnr, year, anchor_year, birth_date = the child's) and, with `bef`, the
   * parent's bef row `b` that year. NULL = unknown for this parent.
   */
  perParent: string;
  combine: 'max' | 'any' | 'all';
}

const int = (x: number): string => {
  if (!Number.isInteger(x) || x < 0) throw new Error(`expected a non-negative integer, got ${x}`);
  return String(x);
};
const name = (s: string): string => {
  if (!/^[a-z][a-z0-9_]*$/.test(s)) throw new Error(`not a plain SQL name: '${s}'`);
  return s;
};

function combined(c: ParentCharacteristic): string {
  const v = `v_${name(c.name)}`;
  switch (c.combine) {
    case 'max':
      return `max(${v}) AS ${c.name}`;
    case 'any':
      return `CASE WHEN bool_or(${v}) THEN true WHEN count(${v}) = count(*) THEN false END AS ${c.name}`;
    case 'all':
      return `CASE WHEN NOT bool_and(${v}) THEN false WHEN count(${v}) = count(*) THEN true END AS ${c.name}`;
  }
}

/**
 * The SELECT of a relation keyed by the child (pnr): anchor_age, anchor_year and one column per
 * characteristic, each from the first step of the chain with a known value, plus `<name>_step`
 * (step × 1000 + years after the anchor; NULL if unknown), which says where it came from.
 * `ctes` are extra CTE definitions the characteristics read (e.g. the parents' offences).
 */
export function parentalAtAgeSql(
  m: ParentalMeasurement, chars: readonly ParentCharacteristic[], opts: { bef?: boolean; ctes?: readonly string[] } = {},
): string {
  if (m.arrivalUntilAge < m.age) throw new Error('arrivalUntilAge must be at least age');
  if (chars.length === 0) throw new Error('no characteristics');
  const extra = (opts.ctes ?? []).map((c) => `${c},\n`).join('');
  return `WITH ${extra}first_data AS (SELECT min(year) AS first_year FROM person_year),
child AS (
  -- the anchor: the first year at ages ${m.age}-${m.arrivalUntilAge} (age ${m.age} unless the child came later); none if the year at ${m.age} is before the data
  SELECT p.pnr, CAST(min(p.age) AS INTEGER) AS anchor_age, CAST(min(p.year) AS INTEGER) AS anchor_year, min(p.birth_date) AS birth_date
  FROM person_year AS p CROSS JOIN first_data AS f
  WHERE p.age BETWEEN ${int(m.age)} AND ${int(m.arrivalUntilAge)} AND p.year - p.age + ${int(m.age)} >= f.first_year
  GROUP BY p.pnr
),
cand AS (
  -- the anchor year (k = 0) and the ${m.laterYears} years after it in which the child lives in Denmark
  SELECT c.pnr, c.anchor_year, c.birth_date, CAST(o.k AS INTEGER) AS k, p.year, p.mor_id, p.far_id
  FROM child AS c
  CROSS JOIN range(0, ${int(m.laterYears + 1)}) AS o(k)
  JOIN person_year AS p ON p.pnr = c.pnr AND p.age = c.anchor_age + o.k
),
home AS (
  -- the E-family's adults that year (l. 7206)
  SELECT c.pnr, c.anchor_year, c.birth_date, c.k, c.year, fp.parent_pnr
  FROM cand AS c JOIN family_parents AS fp ON fp.pnr = c.pnr AND fp.year = c.year
),
legal AS (
  -- MOR_ID and FAR_ID living in Denmark that year (a person_year row)
  SELECT DISTINCT l.pnr, l.anchor_year, l.birth_date, l.k, l.year, l.parent_pnr
  FROM (SELECT pnr, anchor_year, birth_date, k, year, unnest([mor_id, far_id]) AS parent_pnr FROM cand) AS l
  SEMI JOIN person_year AS q ON q.pnr = l.parent_pnr AND q.year = l.year
),
parent_set AS (
  -- the chain's steps (docs/populations.md): 0 home at the anchor, 1 legal at the anchor if no home
  -- parents then, 2 home in a later year, 3 legal in a later year
  SELECT *, 0 AS step FROM home WHERE k = 0
  UNION ALL BY NAME
  SELECT l.*, 1 AS step FROM legal AS l WHERE l.k = 0 AND NOT EXISTS (SELECT 1 FROM home AS h WHERE h.pnr = l.pnr AND h.k = 0)
  UNION ALL BY NAME
  SELECT *, 2 AS step FROM home WHERE k > 0
  UNION ALL BY NAME
  SELECT *, 3 AS step FROM legal WHERE k > 0
),
parent_value AS (
  SELECT s.pnr, s.step, s.k,
    ${chars.map((c) => `${c.perParent} AS v_${name(c.name)}`).join(',\n    ')}
  FROM parent_set AS s
  JOIN person_year AS q ON q.pnr = s.parent_pnr AND q.year = s.year${opts.bef ? '\n  LEFT JOIN bef AS b ON b.PNR = s.parent_pnr AND b.AAR = s.year' : ''}
),
set_value AS (
  SELECT pnr, step, k,
    ${chars.map(combined).join(',\n    ')}
  FROM parent_value GROUP BY pnr, step, k
),
chosen AS (
  -- per characteristic, the first step (and year) whose parents give a known value
  SELECT pnr,
    ${chars.map((c) => `arg_min(${c.name}, step * 1000 + k) FILTER (WHERE ${c.name} IS NOT NULL) AS ${c.name},
    min(step * 1000 + k) FILTER (WHERE ${c.name} IS NOT NULL) AS ${c.name}_step`).join(',\n    ')}
  FROM set_value GROUP BY pnr
)
SELECT c.pnr, c.anchor_age, c.anchor_year, ch.pnr IS NOT NULL AS parents_found, ${chars.map((c) => `ch.${c.name}, ch.${c.name}_step`).join(', ')}
FROM child AS c LEFT JOIN chosen AS ch ON ch.pnr = c.pnr`;
}

/** The highest level as an SQL rank (1 = grundskole ...), 'ukendt' (incl. imputed, HF_KILDE 3) NULL. */
const EDU_RANK = `CASE q.edu_level ${EDUCATION_LEVEL_ORDER.map((l, i) => `WHEN '${l}' THEN ${i + 1}`).join(' ')} END`;
const EDU_LEVELS_SQL = `[${EDUCATION_LEVEL_ORDER.map((l) => `'${l}'`).join(', ')}]`;

/**
 * Parents' years in Denmark: an immigrant (IE_TYPE 2) since the (latest) immigration year INDV_AAR
 * of that year's bef row; anyone else (Danish origin, descendants born in Denmark) all their life.
 */
const YEARS_IN_DENMARK = 'CASE WHEN q.ie_type = 2 THEN q.year - b.INDV_AAR ELSE q.age END';

export const PARENT_RELATIONS = {
  parents_at_15: {
    keyedBy: 'pnr', needs: ['bef'], materialize: true, source: 'Bilag 1 l. 7206-7235; Bilagsfigur 8.14-8.18, 8.20 l. 9541-9606',
    description: 'Per child: its parents when it was 15 (chain of parental restgruppe, per characteristic): the highest-educated parent\'s level (rank of EDUCATION_LEVEL_ORDER, then edu_level), at least one parent employed, and every parent resident in Denmark for at least 10 years.',
    sql: `SELECT pnr, anchor_age, anchor_year, parents_found, (${EDU_LEVELS_SQL})[edu_rank] AS edu_level, edu_rank_step AS edu_step,
        any_employed, any_employed_step, all_resident_10y, all_resident_10y_step
      FROM (${parentalAtAgeSql(AT_15, [
        { name: 'edu_rank', perParent: EDU_RANK, combine: 'max' },
        { name: 'any_employed', perParent: 'q.employed', combine: 'any' },
        { name: 'all_resident_10y', perParent: `(${YEARS_IN_DENMARK}) >= 10`, combine: 'all' },
      ], { bef: true })})`,
  },
  parents_offence_at_15: {
    keyedBy: 'pnr', needs: ['krsi', 'kraf'], materialize: true, source: 'Bilagsfigur 8.19 l. 9593-9599; Bilag 1 l. 7386-7392, 7398-7399',
    description: 'Per child: whether a parent (as found at 15) was charged (KRSI) or sentenced to conditional or unconditional prison (KRAF), counted laws only, between the child\'s birth and the end of the year it was 15.',
    sql: parentalAtAgeSql(AT_15, [{
      name: 'any_offence', combine: 'any',
      perParent: `EXISTS (SELECT 1 FROM parent_offence AS e WHERE e.pnr = s.parent_pnr AND e.dt BETWEEN s.birth_date AND make_date(s.anchor_year, 12, 31))`,
    }], {
      ctes: [`parent_offence AS (
  -- charges and prison verdicts under the counted laws (Bilag 1 l. 7386-7392)
  SELECT PNR AS pnr, SIGT_DTO AS dt FROM krsi WHERE LOV IN (${list(CRIME_LAWS)})
  UNION ALL
  SELECT PNR AS pnr, AFG_DTO AS dt FROM kraf WHERE LOV IN (${list(CRIME_LAWS)}) AND SANKTION IN (${list(PRISON_SANCTIONS)})
)`],
    }),
  },
} as const satisfies Record<string, RelationDef>;

const AT15 = 'når den unge var 15 år';
const AT15_EN = 'when the young person was 15';
const edu = (levels: readonly string[], da: string, en: string): ConceptDef & { type: 'boolean' } => ({
  type: 'boolean', relation: 'parents_at_15', missing: 'NULL', source: 'Bilagsfigur 8.14-8.17 l. 9541-9581',
  // unknown education of every parent found stays in the denominator as "not this level"; no parent found: left out
  expr: `(CASE WHEN {r}.parents_found THEN coalesce({r}.edu_level IN (${levels.map((l) => `'${l}'`).join(', ')}), false) END)`,
  description: { da: `Højest uddannede forælder har ${da} som højest fuldførte uddannelse, ${AT15}`, en: `The highest-educated parent's highest completed education is ${en}, ${AT15_EN}` },
});

export const PARENT_CONCEPTS = {
  menapt_origin: {
    type: 'boolean', expr: "(p.origin = 'menapt')", source: 'l. 149-153, 7290-7299',
    description: { da: 'Oprindelse i et MENAPT-land', en: 'Origin in a MENAPT country' },
  },
  parent_edu_grundskole_at_15: edu(['grundskole'], 'grundskole', 'primary and lower secondary school'),
  parent_edu_vocational_at_15: edu(['erhvervsfaglig'], 'en erhvervskompetencegivende uddannelse', 'a vocational education'),
  parent_edu_short_higher_at_15: edu(['kvu'], 'en kort, videregående uddannelse', 'a short-cycle higher education'),
  parent_edu_medium_long_higher_at_15: edu(['mvu', 'lvu'], 'en mellemlang eller lang videregående uddannelse', 'a medium- or long-cycle higher education'),
  parent_employed_at_15: {
    type: 'boolean', relation: 'parents_at_15', missing: 'NULL', expr: '(CASE WHEN {r}.parents_found THEN coalesce({r}.any_employed, false) END)', source: 'Bilagsfigur 8.18 l. 9583-9590',
    description: { da: `Mindst én forælder i beskæftigelse, ${AT15}`, en: `At least one parent employed, ${AT15_EN}` },
  },
  parent_offence_by_15: {
    type: 'boolean', relation: 'parents_offence_at_15', missing: 'NULL', expr: '(CASE WHEN {r}.parents_found THEN coalesce({r}.any_offence, false) END)', source: 'Bilagsfigur 8.19 l. 9593-9599',
    description: { da: 'Mindst én forælder dømt eller sigtet i den unges levetid, til og med året den unge var 15 år', en: 'At least one parent convicted or charged during the young person\'s life, up to the end of the year they were 15' },
  },
  parents_resident_10y_at_15: {
    type: 'boolean', relation: 'parents_at_15', expr: '{r}.all_resident_10y', source: 'Bilagsfigur 8.20 l. 9601-9606',
    description: { da: `Forældrene har boet i Danmark i mindst 10 år, ${AT15}`, en: `The parents had lived in Denmark for at least 10 years, ${AT15_EN}` },
  },
} as const satisfies Record<string, ConceptDef>;
