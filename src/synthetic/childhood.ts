/**
 * Childhood: the family context every later domain reads, the person-level latent risks, birth
 * weight (MFR), day care (BOERN) and the municipalities' preventive measures and placements (BUFO).
 *
 * Tables made here (the first two are read by crime.ts, health.ts and school.ts):
 *   fam_ctx(fam_key, year, social, supported, any_rest, single_parent, n_kids)
 *       the family's situation each year: in social housing, in a supported department, at least
 *       one adult of the family in the restgruppe (age >= 18, basic or unknown education, neither
 *       in education nor employed), a lone adult with children at home
 *   latent_risk(id, zc, zp, za, zs)
 *       persistent propensities for crime, psychiatric illness, substance abuse and school absence:
 *       low SES, boys (crime), MENAPT origin (crime) and person noise; crime and psychiatry share
 *       part of their noise, so the young people with a charge also have more absence
 *   birth_weight(id, vaegt)          persons born in Denmark from 1973
 *   daycare(id, year, type)          enrolment at ages 0-5, from 1995
 *   measure(id, start_date, end_date, type)   1 placement, 2 person-directed, 3 family-directed (2015-)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** Restgruppe of an adult in a `status` row (the warehouse's definition). */
export const REST_SQL = (s: string) =>
  `(${s}.age >= 18 AND ${s}.rank <= 1 AND NOT ${s}.in_edu AND ${s}.socio13 NOT BETWEEN 110 AND 139)`;

export async function generateChildhood(db: GenDb, p: SyntheticParams): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TABLE fam_ctx AS
    -- the restgruppe is a small share of person-years: join it (the small side) to the families
    WITH rest_py AS (
      SELECT id, year FROM status s WHERE ${REST_SQL('s')}
    ), rest_fam AS (
      SELECT DISTINCT y.fam_key, y.year FROM py y JOIN rest_py r ON r.id = y.id AND r.year = y.year WHERE y.plads < 3
    ), members AS (
      SELECT fam_key, year, count(*) FILTER (WHERE plads < 3) AS n_adults, count(*) FILTER (WHERE plads = 3) AS n_kids
      FROM py GROUP BY fam_key, year
    )
    SELECT f.fam_key, f.year, f.afd_id IS NOT NULL AS social, coalesce(d.supported, false) AS supported,
           r.fam_key IS NOT NULL AS any_rest,
           (coalesce(m.n_adults, 0) = 1 AND coalesce(m.n_kids, 0) > 0) AS single_parent,
           coalesce(m.n_kids, 0)::INTEGER AS n_kids
    FROM fam_year f
    LEFT JOIN department d ON d.afd_id = f.afd_id
    LEFT JOIN members m ON m.fam_key = f.fam_key AND m.year = f.year
    LEFT JOIN rest_fam r ON r.fam_key = f.fam_key AND r.year = f.year;

    CREATE OR REPLACE TABLE latent_risk AS
    -- school ability (for those schooled here) lowers every risk beyond what SES explains, so that
    -- non-completers of the 9th-grade exam have more charges, diagnoses and absence
    SELECT p.id,
           -0.3 * p.ses - 0.85 * coalesce(c.ability, 0.45 * p.ses) + 0.55 * nrm(p.id, 0, ${S.crimePersistent})
             + CASE WHEN p.sex = 1 THEN 0.5 ELSE -0.5 END + 0.35 * p.menapt::INTEGER AS zc,
           -0.3 * p.ses - 0.12 * coalesce(c.ability, 0) + 0.85 * nrm(p.id, 0, ${S.psychPersistent})
             + 0.35 * nrm(p.id, 0, ${S.crimePersistent}) AS zp,
           -0.45 * p.ses + 0.6 * nrm(p.id, 0, ${S.abusePersistent}) + 0.45 * nrm(p.id, 0, ${S.crimePersistent})
             + CASE WHEN p.sex = 1 THEN 0.3 ELSE -0.3 END AS za,
           -0.25 * p.ses - 0.2 * coalesce(c.ability, 0) + 0.8 * nrm(p.id, 0, ${S.absencePersistent})
             + 0.35 * nrm(p.id, 0, ${S.crimePersistent}) + 0.25 * nrm(p.id, 0, ${S.psychPersistent}) AS zs
    FROM person p LEFT JOIN career c ON c.id = p.id ORDER BY p.id;

    -- birth weight: lower for low-SES mothers, mothers in the restgruppe at the birth, MENAPT origin and
    -- girls, and about 5 % are born early and light
    CREATE OR REPLACE TABLE birth_weight AS
    WITH born AS (
      SELECT c.id, c.sex, c.birth_year, c.mor_id, m.ses AS mor_ses,
             (c.ie_type <> 1 AND c.opr_land IN ('SYR','KWT','LBY','SAU','LBN','SOM','IRQ','QAT','SDN','BHR','DJI','JOR','DZA','ARE','TUN','EGY','MAR','IRN','YEM','MRT','OMN','AFG','PAK','TUR')) AS menapt_origin,
             coalesce(${REST_SQL('ms')}, false) AS mor_rest
      FROM person c
      LEFT JOIN person m ON m.id = c.mor_id
      LEFT JOIN status ms ON ms.id = c.mor_id AND ms.year = c.birth_year
      WHERE c.arrival_year IS NULL AND c.birth_year >= 1973
    )
    SELECT id,
           least(6500, greatest(400, round(
             3560 + CASE WHEN sex = 1 THEN 65 ELSE -65 END + 45 * coalesce(mor_ses, -0.3)
               - 50 * mor_rest::INTEGER - 120 * menapt_origin::INTEGER
               + 430 * nrm(id, 0, ${S.birthWeight})
               - CASE WHEN u(id, 0, ${S.preterm}) < 0.045 + 0.01 * mor_rest::INTEGER
                      THEN 900 + 1300 * u(id, 1, ${S.preterm}) ELSE 0 END)))::INTEGER AS vaegt
    FROM born ORDER BY id;

    -- the child's situation each year, ages 0-17
    CREATE OR REPLACE TEMP TABLE child_year AS
    SELECT y.id, y.year, y.age, p.sex, p.ses, p.menapt, p.birth_date, c.social, c.supported, c.any_rest, c.single_parent,
           r.zc, r.zp, greatest(make_date(y.year, 1, 1), p.birth_date) AS first_day
    FROM py y JOIN person p ON p.id = y.id
    JOIN fam_ctx c ON c.fam_key = y.fam_key AND c.year = y.year
    JOIN latent_risk r ON r.id = y.id
    WHERE y.age BETWEEN 0 AND 17 AND y.year >= 1985;

    -- day care: nearly all 1-5-year-olds, less for families in the restgruppe and MENAPT families
    CREATE OR REPLACE TABLE daycare AS
    SELECT id, year,
           CASE WHEN age >= 3 THEN 3 WHEN u(id, 0, ${S.daycareType}) < 0.4 THEN 1 ELSE 2 END::INTEGER AS type
    FROM child_year
    WHERE age <= 5 AND year >= 1995
      AND u(id, year, ${S.daycare}) < logistic(
            CASE age WHEN 0 THEN -1.6 WHEN 1 THEN 1.7 WHEN 2 THEN 2.95 ELSE 3.4 END
            + 0.015 * (year - 2005) + 0.2 * ses - 1.5 * any_rest::INTEGER - 0.55 * menapt::INTEGER
            + 0.2 * single_parent::INTEGER + 0.8 * nrm(id, 0, ${S.daycarePersistent}))
    ORDER BY id, year;

    -- preventive measures and placements: yearly hazards of a new start, rising over time
    CREATE OR REPLACE TABLE measure AS
    WITH hazard AS (
      SELECT *,
             0.5 * zc + 0.4 * zp - 0.3 * ses + 0.55 * nrm(id, 0, ${S.bufoPersistent})
               + 0.85 * any_rest::INTEGER + 0.7 * single_parent::INTEGER + 0.1 * supported::INTEGER
               + 0.15 * social::INTEGER AS risk
      FROM child_year
    ), starts AS (
      SELECT id, year, age, first_day, 1 AS type FROM hazard
      WHERE u(id, year, ${S.bufo}) < logistic(-7.6 + 0.02 * (year - 2000) + CASE WHEN age >= 12 THEN 0.6 ELSE 0 END + 1.1 * risk)
      UNION ALL
      SELECT id, year, age, first_day, 2 FROM hazard
      WHERE u(id, year * 10 + 1, ${S.bufo}) < logistic(-7.65 + 0.07 * (year - 2000)
              + CASE WHEN age <= 5 THEN -1.6 WHEN age >= 12 THEN 0.3 ELSE 0 END + 1.0 * risk)
      UNION ALL
      SELECT id, year, age, first_day, 3 FROM hazard
      WHERE year >= 2015
        AND u(id, year * 10 + 2, ${S.bufo}) < logistic(-6.9 + 0.2 * (year - 2015)
              + CASE WHEN age <= 6 THEN 0.3 ELSE 0 END + 1.0 * risk)
    )
    SELECT id, start_date,
           CASE WHEN end_date <= DATE '${p.lastYear}-12-31' THEN end_date END AS end_date, type
    FROM (
      SELECT id, type,
             first_day + floor((make_date(year, 12, 31) - first_day + 1) * u(id, year * 10 + type, ${S.bufoType}))::INTEGER AS start_date,
             first_day + floor((make_date(year, 12, 31) - first_day + 1) * u(id, year * 10 + type, ${S.bufoType}))::INTEGER
               + (90 + floor(CASE type WHEN 1 THEN 1800 ELSE 900 END * pow(u(id, year * 10 + type, ${S.bufoEnd}), 1.5)))::INTEGER AS end_date
      FROM starts)
    WHERE start_date <= DATE '${p.lastYear}-12-31'
    ORDER BY id, start_date, type;
  `);
}
