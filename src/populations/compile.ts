/**
 * Compiles the target-group specs (spec.ts) to SQL over the warehouse, in DuckDB. Every statement
 * is set-based (window functions and joins over person-years): nothing runs per person in
 * JavaScript, so it scales with DuckDB to the full register (~250M person-years).
 *
 * Reads: person_year (pnr, year, age, supported, social_housing, restgruppe, mor_id, far_id),
 * family_parents (pnr, year, parent_pnr), and, if present, the contract table elev
 * (PNR, SKOLEAAR, KLASSETRIN).
 * Creates: target_group_member, parental_restgruppe, mother_restgruppe_at_birth (tables) and the
 * view target_group_origin, plus temporary pop_* relations that build.ts drops at the end (TEMP
 * tables: a connection-local write without the string compression of a persistent table costs about
 * a third less for these intermediates).
 * docs/populations.md explains every rule with the report's lines.
 */
import { sqlString } from '../warehouse/sql-literal.ts';
import {
  POPULATION_AREA_GROUPS, validateTargetGroups,
  type PopulationAreaGroup, type TargetGroupSpec,
} from './spec.ts';

/**
 * Which school year counts for calendar year t in the grade rule (elev.SKOLEAAR names a school
 * year by the calendar year it starts in):
 * - 'either'   SKOLEAAR = t or t - 1: enrolled in the grade at some time during calendar year t
 *              (spring term of the school year that started in t - 1, or autumn term of the one
 *              starting in t). The default.
 * - 'starting' SKOLEAAR = t only (the school year that starts in t).
 * - 'ending'   SKOLEAAR = t - 1 only (the school year that ends in t).
 */
export type SchoolYearChoice = 'either' | 'starting' | 'ending';

export interface CompileOptions {
  groups: readonly TargetGroupSpec[];
  schoolYear: SchoolYearChoice;
  /** First year with SOCIO13 (AKM), hence with restgruppe: 1991 (Bilag 1 l. 7237-7240). */
  socio13FirstYear: number;
  /** Whether the contract table elev exists; without it nobody meets a grade rule. */
  hasElev: boolean;
}

export interface PopulationStep {
  name: string;
  kind: 'table' | 'view';
  /** Dropped at the end of the build. */
  temporary: boolean;
  sql: string;
}

export const DEFAULT_SCHOOL_YEAR: SchoolYearChoice = 'either';
export const SOCIO13_FIRST_YEAR = 1991;

/** Relation names (temporary ones are dropped by buildPopulations). */
export const POPULATION_RELATIONS = [
  'target_group_member', 'parental_restgruppe', 'mother_restgruppe_at_birth', 'target_group_origin',
] as const;

type Area = Exclude<PopulationAreaGroup, 'population'>;
const AREA_FLAG: Record<Area, string> = { supported: 'supported', social_housing: 'social_housing' };

function int(x: number): string {
  if (!Number.isInteger(x)) throw new Error(`expected an integer, got ${x}`);
  return String(x);
}

/** The grade relation of group i: (pnr, year) enrolled in the grade range in calendar year `year`. */
function gradeStep(i: number, g: TargetGroupSpec, opts: CompileOptions): PopulationStep {
  const name = `pop_grade_${i}`;
  if (!g.grade) throw new Error('no grade rule');
  if (!opts.hasElev) {
    return {
      name, kind: 'table', temporary: true,
      sql: `CREATE OR REPLACE TEMP TABLE ${name} (pnr VARCHAR, year INTEGER);`,
    };
  }
  const offsets = opts.schoolYear === 'either' ? [0, 1] : opts.schoolYear === 'starting' ? [0] : [1];
  const years = offsets.map((o) => `SELECT PNR AS pnr, CAST(SKOLEAAR + ${o} AS INTEGER) AS year FROM in_grade`).join('\n  UNION ALL\n  ');
  return {
    name, kind: 'table', temporary: true,
    sql: `-- ${g.id}: enrolled in grade ${g.grade.grades[0]}-${g.grade.grades[1]} in calendar year t (school year choice: ${opts.schoolYear}).
CREATE OR REPLACE TEMP TABLE ${name} AS
WITH in_grade AS (
  SELECT PNR, SKOLEAAR FROM elev WHERE KLASSETRIN BETWEEN ${int(g.grade.grades[0])} AND ${int(g.grade.grades[1])}
)
SELECT DISTINCT pnr, year FROM (
  ${years}
);`,
  };
}

/** The SQL boolean, over pop_pairs with windows `cum` and `last_<n>`, for "grown up in the area". */
function residenceExpr(g: TargetGroupSpec, area: Area): string {
  const pair = `pair_${AREA_FLAG[area]}`;
  const lives = `in_${AREA_FLAG[area]}`;
  const r = g.residence;
  const parts: string[] = [];
  if (r.kind === 'pair_at_ages') {
    parts.push(`bool_or(${pair} AND age BETWEEN ${int(r.ages[0])} AND ${int(r.ages[1] - 1)}) OVER cum`);
  } else {
    parts.push(`bool_or(${pair}) OVER last_${int(r.years)}`);
  }
  for (const y of g.youngAges ?? []) {
    parts.push(`(age = ${int(y.age)} AND bool_or(${lives} AND age BETWEEN ${int(y.livedAtAges[0])} AND ${int(y.livedAtAges[1])}) OVER cum)`);
  }
  return `coalesce(${parts.join('\n      OR ')}, false)`;
}

/** Ages of person_year rows the residence windows need. */
function ageBounds(groups: readonly TargetGroupSpec[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of groups) {
    lo = Math.min(lo, g.ages[0]);
    hi = Math.max(hi, g.ages[1] + 1);
    if (g.residence.kind === 'pair_at_ages') {
      lo = Math.min(lo, g.residence.ages[0]);
      hi = Math.max(hi, g.residence.ages[1]);
    } else {
      lo = Math.min(lo, g.ages[0] - g.residence.years + 1);
    }
    for (const y of g.youngAges ?? []) lo = Math.min(lo, y.livedAtAges[0]);
  }
  return [Math.max(lo, 0), hi];
}

function flagsStep(groups: readonly TargetGroupSpec[]): PopulationStep {
  const [lo, hi] = ageBounds(groups);
  const cols: string[] = [];
  const joins: string[] = [];
  groups.forEach((g, i) => {
    for (const area of ['supported', 'social_housing'] as const) {
      cols.push(`    -- ${g.id}, ${area}\n    ${residenceExpr(g, area)} AS g${i}_${area}`);
    }
    if (g.grade) {
      joins.push(`LEFT JOIN pop_grade_${i} AS gr${i} ON gr${i}.pnr = p.pnr AND gr${i}.year = p.year`);
      cols.push(`    -- ${g.id}: ages ${g.grade.ages[0]}-${g.grade.ages[1]} must be in grades ${g.grade.grades[0]}-${g.grade.grades[1]}\n    (p.age NOT BETWEEN ${int(g.grade.ages[0])} AND ${int(g.grade.ages[1])} OR gr${i}.pnr IS NOT NULL) AS g${i}_grade_ok`);
    }
  });
  const lastWindows = [...new Set(groups.flatMap((g) => (g.residence.kind === 'pair_in_last_years' ? [g.residence.years] : [])))]
    .map((n) => `  last_${int(n)} AS (PARTITION BY p.pnr ORDER BY p.year RANGE BETWEEN ${int(n - 1)} PRECEDING AND CURRENT ROW)`);
  const windows = [`  cum AS (PARTITION BY p.pnr ORDER BY p.year ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`, ...lastWindows];
  return {
    name: 'pop_flags', kind: 'table', temporary: true,
    sql: `-- pop_flags: per person-year, whether the person has "grown up" in a supported / social housing
-- area by each group's rule. A pair starts in year y if the person lives in the area in y and in y + 1
-- (two consecutive person_year rows; different departments count; plan activity does not matter).
CREATE OR REPLACE TEMP TABLE pop_flags AS
WITH res AS (
  SELECT pnr, year, age,
    coalesce(supported, false) AS in_supported,
    coalesce(social_housing, false) AS in_social_housing
  FROM person_year
  WHERE age BETWEEN ${int(lo)} AND ${int(hi)}
),
pop_pairs AS (
  SELECT *,
    coalesce(in_supported AND lead(in_supported) OVER w AND lead(year) OVER w = year + 1, false) AS pair_supported,
    coalesce(in_social_housing AND lead(in_social_housing) OVER w AND lead(year) OVER w = year + 1, false) AS pair_social_housing
  FROM res
  WINDOW w AS (PARTITION BY pnr ORDER BY year)
)
SELECT p.pnr, p.year, p.age,
${cols.join(',\n')}
FROM pop_pairs AS p
${joins.join('\n')}
WINDOW
${windows.join(',\n')};`,
  };
}

function memberStep(groups: readonly TargetGroupSpec[]): PopulationStep {
  const selects: string[] = [];
  groups.forEach((g, i) => {
    for (const area of POPULATION_AREA_GROUPS) {
      const where = [`age BETWEEN ${int(g.ages[0])} AND ${int(g.ages[1])}`];
      if (area !== 'population') where.push(`g${i}_${area}`);
      if (g.grade) where.push(`g${i}_grade_ok`);
      selects.push(`SELECT pnr, year, ${sqlString(g.id)} AS target_group, ${sqlString(area)} AS area_group FROM pop_flags WHERE ${where.join(' AND ')}`);
    }
  });
  return {
    name: 'target_group_member', kind: 'table', temporary: false,
    sql: `-- target_group_member: one row per (pnr, year, target_group, area_group); area groups are nested views.
CREATE OR REPLACE TABLE target_group_member AS
${selects.join('\nUNION ALL\n')};`,
  };
}

function parentStatusStep(opts: CompileOptions): PopulationStep {
  return {
    name: 'pop_parent_status', kind: 'view', temporary: true,
    sql: `-- pop_parent_status: a person's restgruppe status as a parent. NULL (unknown) before SOCIO13 exists;
-- a parent under 18 is not in the restgruppe ("borgere over 18 år", l. 130-131), so false, not NULL.
CREATE OR REPLACE VIEW pop_parent_status AS
SELECT pnr, year,
  CASE WHEN year < ${int(opts.socio13FirstYear)} THEN NULL WHEN age < 18 THEN false ELSE restgruppe END AS rest
FROM person_year;`,
  };
}

function parentalStep(groups: readonly TargetGroupSpec[], opts: CompileOptions): PopulationStep {
  const maxLater = Math.max(0, ...groups.map((g) => g.parental.laterYears));
  const rules = groups
    .map((g) => `(${sqlString(g.id)}, ${int(g.parental.atAge)}, ${int(g.parental.laterYears)}, ${int(g.parental.arrivalUntilAge)})`)
    .join(', ');
  return {
    name: 'parental_restgruppe', kind: 'table', temporary: false,
    sql: `-- parental_restgruppe: at least one parent in the restgruppe at the child's age measured_at_age,
-- with the report's fallbacks in order (Bilag 1 l. 7190-7235; docs/populations.md):
--   anchor year: the year at measured_at_age, or, if the child was not in Denmark then, the first
--   year after arrival (up to arrival_until_age);
--   step 0 home parents (E-family, family_parents) at the anchor;
--   step 1 legal parents (MOR_ID/FAR_ID) at the anchor, if the child has no home parents then;
--   step 2 home parents in the first of the later_years years after the anchor with information;
--   step 3 legal parents likewise.
CREATE OR REPLACE TABLE parental_restgruppe AS
WITH rule(target_group, measured_at_age, later_years, arrival_until_age) AS (VALUES ${rules}),
children AS (
  -- 'population' contains the other area groups (nested), so it alone lists every member.
  SELECT DISTINCT m.pnr, r.measured_at_age, r.later_years, r.arrival_until_age
  FROM target_group_member AS m JOIN rule AS r USING (target_group)
  WHERE m.area_group = 'population'
),
at_age AS (
  -- Children living in Denmark at the measurement age (the usual case): an equi-join on (pnr, age).
  SELECT c.pnr, c.measured_at_age, c.later_years, p.year AS y0
  FROM children AS c JOIN person_year AS p ON p.pnr = c.pnr AND p.age = c.measured_at_age
),
late AS (
  -- The others (arrived later, or before the data): the first year after arrival, up to arrival_until_age.
  SELECT n.pnr, n.measured_at_age, n.later_years,
    CAST(min(p.year - p.age) AS INTEGER) + n.measured_at_age AS y0,
    min(p.age) FILTER (WHERE p.age BETWEEN n.measured_at_age + 1 AND n.arrival_until_age) AS anchor_age
  FROM (SELECT * FROM children AS c ANTI JOIN at_age AS a USING (pnr, measured_at_age)) AS n
  JOIN person_year AS p ON p.pnr = n.pnr
  GROUP BY n.pnr, n.measured_at_age, n.later_years, n.arrival_until_age
),
anchor AS (
  SELECT pnr, measured_at_age, later_years, y0, measured_at_age AS anchor_age FROM at_age
  UNION ALL
  SELECT pnr, measured_at_age, later_years, y0, anchor_age FROM late
),
first_data AS (SELECT min(year) AS first_year FROM person_year),
cand AS (
  -- The anchor year and the later_years years after it: k = 0, 1, ...; an equi-join on (pnr, age).
  SELECT a.pnr, a.measured_at_age, o.k, p.year, p.mor_id, p.far_id
  FROM anchor AS a
  CROSS JOIN first_data AS f
  JOIN (SELECT CAST(range AS INTEGER) AS k FROM range(0, ${int(maxLater + 1)})) AS o ON o.k <= a.later_years
  JOIN person_year AS p ON p.pnr = a.pnr AND p.age = a.anchor_age + o.k
  WHERE a.y0 >= ${int(opts.socio13FirstYear)} AND a.y0 >= f.first_year
),
home AS (
  SELECT c.pnr, c.measured_at_age, c.k,
    CASE WHEN bool_or(s.rest) THEN 'yes' WHEN count(s.rest) = count(*) THEN 'no' END AS status
  FROM cand AS c
  JOIN family_parents AS fp ON fp.pnr = c.pnr AND fp.year = c.year
  LEFT JOIN pop_parent_status AS s ON s.pnr = fp.parent_pnr AND s.year = c.year
  GROUP BY c.pnr, c.measured_at_age, c.k
),
legal_ids AS (
  SELECT pnr, measured_at_age, k, year, unnest([mor_id, far_id]) AS parent_pnr FROM cand
),
legal AS (
  -- Legal parents living in Denmark that year (a person_year row); one with unknown status blocks 'no'.
  SELECT l.pnr, l.measured_at_age, l.k,
    CASE WHEN bool_or(s.rest) THEN 'yes' WHEN count(s.pnr) > 0 AND count(s.rest) = count(s.pnr) THEN 'no' END AS status
  FROM legal_ids AS l
  LEFT JOIN pop_parent_status AS s ON s.pnr = l.parent_pnr AND s.year = l.year
  WHERE l.parent_pnr IS NOT NULL
  GROUP BY l.pnr, l.measured_at_age, l.k
),
steps AS (
  SELECT pnr, measured_at_age, status, 0 AS step, k FROM home WHERE k = 0
  UNION ALL
  SELECT l.pnr, l.measured_at_age, l.status, 1 AS step, l.k
  FROM legal AS l ANTI JOIN home AS h ON h.pnr = l.pnr AND h.measured_at_age = l.measured_at_age AND h.k = 0
  WHERE l.k = 0
  UNION ALL
  SELECT pnr, measured_at_age, status, 2 AS step, k FROM home WHERE k > 0
  UNION ALL
  SELECT pnr, measured_at_age, status, 3 AS step, k FROM legal WHERE k > 0
),
chosen AS (
  SELECT pnr, measured_at_age, arg_min(status, step * 1000 + k) AS status, arg_min(step, step * 1000 + k) AS step
  FROM steps WHERE status IS NOT NULL
  GROUP BY pnr, measured_at_age
)
SELECT
  a.pnr,
  CAST(a.measured_at_age AS INTEGER) AS measured_at_age,
  ch.status AS parental_restgruppe,
  CASE
    WHEN a.y0 < ${int(opts.socio13FirstYear)} THEN 'before_socio13'
    WHEN a.y0 < f.first_year THEN 'before_data'
    WHEN a.anchor_age IS NULL THEN 'not_in_denmark'
    WHEN ch.status IS NULL THEN 'missing'
    ELSE CASE WHEN ch.step IN (0, 2) THEN 'home_parents' ELSE 'legal_parents' END
      || CASE WHEN a.anchor_age > a.measured_at_age THEN '_after_arrival' ELSE '' END
      || CASE WHEN ch.step >= 2 THEN '_later' ELSE '' END
  END AS rule_used
FROM anchor AS a
CROSS JOIN first_data AS f
LEFT JOIN chosen AS ch ON ch.pnr = a.pnr AND ch.measured_at_age = a.measured_at_age;`,
  };
}

function motherStep(): PopulationStep {
  return {
    name: 'mother_restgruppe_at_birth', kind: 'table', temporary: false,
    sql: `-- mother_restgruppe_at_birth: the legal mother's (MOR_ID) restgruppe status in the child's birth
-- year (Tab 3.2, l. 1387-1389; Tab 4.2). NULL if the mother is unknown, not in person_year that year,
-- or her status is unknown (e.g. births before 1991). No fallbacks: the tables use the birth year.
CREATE OR REPLACE TABLE mother_restgruppe_at_birth AS
WITH kids AS (SELECT DISTINCT pnr FROM target_group_member WHERE area_group = 'population'),
birth AS (
  SELECT p.pnr,
    CAST(min(p.year - p.age) AS INTEGER) AS birth_year,
    arg_min(p.mor_id, p.year) FILTER (WHERE p.mor_id IS NOT NULL) AS mor_id
  FROM person_year AS p SEMI JOIN kids AS k ON k.pnr = p.pnr
  GROUP BY p.pnr
)
SELECT b.pnr, CASE WHEN s.rest THEN 'yes' WHEN NOT s.rest THEN 'no' END AS value
FROM birth AS b
LEFT JOIN pop_parent_status AS s ON s.pnr = b.mor_id AND s.year = b.birth_year;`,
  };
}

function originStep(groups: readonly TargetGroupSpec[]): PopulationStep {
  const ages = groups.map((g) => `(${sqlString(g.id)}, ${int(g.parental.atAge)})`).join(', ');
  return {
    name: 'target_group_origin', kind: 'view', temporary: false,
    sql: `-- target_group_origin: each target-group person-year with the parental restgruppe of its group
-- (measured at the group's age). A view: the indicator engine splits by parental_restgruppe from it.
CREATE OR REPLACE VIEW target_group_origin AS
SELECT m.pnr, m.year, m.target_group, m.area_group, a.measured_at_age, pr.parental_restgruppe, pr.rule_used
FROM target_group_member AS m
JOIN (VALUES ${ages}) AS a(target_group, measured_at_age) ON a.target_group = m.target_group
LEFT JOIN parental_restgruppe AS pr ON pr.pnr = m.pnr AND pr.measured_at_age = a.measured_at_age;`,
  };
}

/** The build's statements, in order. Pure: the same options give the same SQL text. */
export function compilePopulations(opts: CompileOptions): PopulationStep[] {
  validateTargetGroups(opts.groups);
  if (!Number.isInteger(opts.socio13FirstYear)) throw new Error('socio13FirstYear must be an integer');
  const steps: PopulationStep[] = [];
  opts.groups.forEach((g, i) => {
    if (g.grade) steps.push(gradeStep(i, g, opts));
  });
  steps.push(flagsStep(opts.groups), memberStep(opts.groups), parentStatusStep(opts), parentalStep(opts.groups, opts), motherStep(), originStep(opts.groups));
  return steps;
}
