/**
 * Who lives in synthetic Denmark: founders (Danish-origin cohorts born before 1980), adult
 * immigrants arriving 1960-2021, and two generations of children born to couples formed among them.
 *
 * Tables made here:
 *   person(id, sex, birth_year, birth_date, ie_type, opr_land, menapt, arrival_year, exit_year,
 *          mor_id, far_id, ses, gen, leave_home_age)
 *   couple(couple_id, woman_id, man_id, union_year, breakup_year, kids_with)
 * Persons born before 1980 to Danish-origin parents have no recorded parents, as in the real
 * registers for older cohorts.
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

const MENAPT_WEIGHTED = ['TUR', 'TUR', 'TUR', 'TUR', 'IRQ', 'IRQ', 'IRQ', 'LBN', 'LBN', 'IRN', 'IRN', 'PAK', 'PAK', 'SOM', 'SOM', 'AFG', 'AFG', 'SYR', 'MAR', 'EGY', 'JOR', 'DZA', 'TUN', 'YEM'];
const OTHER_WEIGHTED = ['POL', 'POL', 'POL', 'DEU', 'DEU', 'ROU', 'ROU', 'GBR', 'NOR', 'SWE', 'BIH', 'BIH', 'VNM', 'LKA', 'PHL', 'UKR', 'IND', 'CHN', 'USA', 'LTU', 'ISL', 'THA', 'ERI', 'BGR'];
const sqlList = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** Birth-cohort sizes and arrivals are tables of (year, n) computed in TS from the params. */
async function loadCounts(db: GenDb, p: SyntheticParams): Promise<void> {
  const cohorts: string[] = [];
  for (let y = 1900; y < 1980; y++) cohorts.push(`(${y}, ${Math.round(p.founderCohortSize(y) * p.scale)})`);
  const arrivals: string[] = [];
  for (let y = 1960; y <= p.lastYear; y++) {
    const a = p.immigrantArrivals(y);
    arrivals.push(`(${y}, ${Math.round(a.n * p.scale)}, ${a.menaptShare})`);
  }
  await db.run(`
    CREATE OR REPLACE TABLE founder_cohort(birth_year INTEGER, n BIGINT);
    INSERT INTO founder_cohort VALUES ${cohorts.join(', ')};
    CREATE OR REPLACE TABLE arrival_year_count(arrival_year INTEGER, n BIGINT, menapt_share DOUBLE);
    INSERT INTO arrival_year_count VALUES ${arrivals.join(', ')};
  `);
}

export async function generateFounders(db: GenDb, p: SyntheticParams): Promise<void> {
  await loadCounts(db, p);
  await db.run(`
    CREATE OR REPLACE TABLE person AS
    WITH danish AS (
      SELECT birth_year, unnest(range(n)) AS i FROM founder_cohort
    ), danish_numbered AS (
      SELECT row_number() OVER (ORDER BY birth_year, i) AS id, birth_year FROM danish
    ), immigrants AS (
      SELECT arrival_year, menapt_share, unnest(range(n)) AS i FROM arrival_year_count
    ), immigrants_numbered AS (
      SELECT (SELECT count(*) FROM danish) + row_number() OVER (ORDER BY arrival_year, i) AS id,
             arrival_year, menapt_share FROM immigrants
    ), immigrant_persons AS (
      SELECT id, arrival_year,
             u(id, 0, ${S.country}) < menapt_share AS menapt,
             -- arrival ages 18-60, most in their twenties
             arrival_year - (18 + floor(42 * pow(u(id, 0, ${S.arrivalAge}), 2.2)))::INTEGER AS birth_year
      FROM immigrants_numbered
    ), everyone AS (
      SELECT id, birth_year, 1 AS ie_type, 'DNK' AS opr_land, false AS menapt,
             NULL::INTEGER AS arrival_year, nrm(id, 0, ${S.ses}) AS ses
      FROM danish_numbered
      UNION ALL
      SELECT id, birth_year, 2, 
             CASE WHEN menapt THEN
                  CASE WHEN arrival_year BETWEEN 2014 AND 2016 AND u(id, 1, ${S.country}) < 0.7 THEN 'SYR'
                       ELSE pick(${sqlList(MENAPT_WEIGHTED)}, id, 2, ${S.country}) END
                  ELSE pick(${sqlList(OTHER_WEIGHTED)}, id, 3, ${S.country}) END,
             menapt, arrival_year,
             CASE WHEN menapt THEN -0.9 + 0.85 * nrm(id, 0, ${S.ses}) ELSE -0.25 + 1.0 * nrm(id, 0, ${S.ses}) END
      FROM immigrant_persons
    )
    SELECT id, 
           CASE WHEN u(id, 0, ${S.cohortSex}) < 0.5 THEN 1 ELSE 2 END::TINYINT AS sex,
           birth_year::INTEGER AS birth_year, ie_type::TINYINT AS ie_type, opr_land, menapt, arrival_year::INTEGER AS arrival_year,
           (birth_year + greatest(1, round(${p.deathAgeMean} + ${p.deathAgeSd} * nrm(id, 0, ${S.deathAge}))))::INTEGER AS exit_year,
           NULL::BIGINT AS mor_id, NULL::BIGINT AS far_id, ses, 1::TINYINT AS gen
    FROM everyone
    WHERE birth_year + greatest(1, round(${p.deathAgeMean} + ${p.deathAgeSd} * nrm(id, 0, ${S.deathAge}))) >= ${p.firstYear}
      AND (arrival_year IS NULL OR arrival_year <= ${p.lastYear});
    CREATE OR REPLACE TABLE couple(couple_id BIGINT, woman_id BIGINT, man_id BIGINT, union_year INTEGER,
      breakup_year INTEGER, kids_with TINYINT);
  `);
}

/**
 * Couples and births for one generation. `poolGen` selects the parents' generation; children born
 * in [windowLo, lastYear] become generation poolGen + 1. Matching is assortative: women and men of the
 * same origin group are ranked by a noisy SES within birth cohort (men two years older) and paired
 * by rank; women without a match stay single.
 */
export async function generateGeneration(db: GenDb, p: SyntheticParams, poolGen: number, windowLo: number): Promise<void> {
  const idBase = await db.scalar('SELECT coalesce(max(id), 0) FROM person');
  const coupleBase = await db.scalar('SELECT coalesce(max(couple_id), 0) FROM couple');
  const cdf = (xs: number[]) => `[${xs.join(', ')}]`;
  await db.run(`
    CREATE OR REPLACE TEMP TABLE pool AS
    SELECT *, CASE WHEN menapt THEN 'menapt' WHEN ie_type = 1 THEN 'danish' ELSE 'other' END AS origin_grp
    FROM person WHERE gen = ${poolGen} AND birth_year >= 1930;

    CREATE OR REPLACE TEMP TABLE partnering_women AS
    SELECT id, birth_year, origin_grp, ses,
           (birth_year + greatest(18, round(26 + 3.5 * nrm(id, 0, ${S.unionAge}) + 0.8 * ses)))::INTEGER AS union_year,
           row_number() OVER (PARTITION BY origin_grp, birth_year ORDER BY ses + 0.8 * nrm(id, 0, ${S.match}), id) AS rnk
    FROM pool
    WHERE sex = 2 AND u(id, 0, ${S.partner}) < CASE origin_grp WHEN 'danish' THEN ${p.partnerShare.danish}
                                                              WHEN 'menapt' THEN ${p.partnerShare.menapt}
                                                              ELSE ${p.partnerShare.other} END;
    CREATE OR REPLACE TEMP TABLE candidate_men AS
    SELECT id, birth_year + 2 AS match_year, origin_grp, ses,
           row_number() OVER (PARTITION BY origin_grp, birth_year + 2 ORDER BY ses + 0.8 * nrm(id, 0, ${S.match}), id) AS rnk
    FROM pool WHERE sex = 1;

    INSERT INTO couple
    SELECT ${coupleBase} + row_number() OVER (ORDER BY w.id) AS couple_id, w.id, m.id,
           w.union_year,
           CASE WHEN u(w.id, 0, ${S.breakup}) < logistic(-0.9 - 0.6 * (w.ses + m.ses) / 2 - CASE WHEN w.origin_grp = 'menapt' THEN 0.6 ELSE 0 END)
                THEN w.union_year + 2 + floor(16 * u(w.id, 1, ${S.breakupYear}))::INTEGER END AS breakup_year,
           CASE WHEN u(w.id, 0, ${S.kidsWith}) < 0.87 THEN 2 ELSE 1 END AS kids_with
    FROM partnering_women w
    JOIN candidate_men m USING (origin_grp, rnk)
    WHERE m.match_year = w.birth_year;

    CREATE OR REPLACE TEMP TABLE mother AS
    SELECT pl.id AS mor_id, pl.birth_year AS mor_by, pl.ses AS mor_ses, pl.ie_type AS mor_ie, pl.opr_land AS mor_land,
           pl.menapt AS mor_menapt, pl.arrival_year AS mor_arrival, pl.exit_year AS mor_exit, pl.origin_grp,
           c.man_id AS far_id, f.ses AS far_ses, f.exit_year AS far_exit, f.ie_type AS far_ie, c.union_year,
           -- number of children from the cumulative distribution for the mother's situation
           len(list_filter(CASE WHEN c.man_id IS NULL THEN ${cdf(p.childrenCdf.single)}
                                WHEN pl.menapt THEN ${cdf(p.childrenCdf.menapt)}
                                ELSE ${cdf(p.childrenCdf.danish)} END,
                           q -> q <= u(pl.id, 0, ${S.nKids}))) AS n_kids,
           CASE WHEN c.man_id IS NULL THEN 18 + floor(16 * u(pl.id, 0, ${S.firstBirth}))
                ELSE greatest(19, c.union_year - pl.birth_year) + floor(3 * u(pl.id, 0, ${S.firstBirth})) END::INTEGER AS first_age
    FROM pool pl LEFT JOIN couple c ON c.woman_id = pl.id
    LEFT JOIN person f ON f.id = c.man_id
    WHERE pl.sex = 2;

    CREATE OR REPLACE TEMP TABLE birth AS
    SELECT m.*, slot, (m.mor_by + m.first_age + 3 * slot + floor(2 * u(m.mor_id, slot, ${S.spacing})))::INTEGER AS birth_year
    FROM mother m, unnest(range(5)) AS t(slot)
    WHERE slot < m.n_kids;

    INSERT INTO person
    WITH kept AS (
      SELECT * FROM birth
      WHERE birth_year BETWEEN ${windowLo} AND ${p.lastYear}
        AND birth_year - mor_by <= 45
        AND birth_year <= mor_exit
    ), numbered AS (
      SELECT ${idBase} + row_number() OVER (ORDER BY mor_id, slot) AS id, * FROM kept
    )
    SELECT id,
           CASE WHEN u(id, 0, ${S.sex}) < 0.512 THEN 1 ELSE 2 END::TINYINT AS sex,
           birth_year,
           CASE WHEN mor_ie = 2 AND birth_year < mor_arrival THEN 2
                WHEN mor_ie = 2 OR far_ie = 2 THEN 3
                WHEN mor_ie = 3 AND u(id, 0, ${S.country}) < 0.5 THEN 3
                ELSE 1 END::TINYINT AS ie_type,
           CASE WHEN mor_ie = 1 AND coalesce(far_ie, 1) = 1 THEN 'DNK'
                WHEN mor_ie = 2 OR far_ie = 2 OR u(id, 0, ${S.country}) < 0.5 THEN mor_land
                ELSE 'DNK' END AS opr_land,
           false AS menapt,
           CASE WHEN mor_ie = 2 AND birth_year < mor_arrival THEN mor_arrival END::INTEGER AS arrival_year,
           (birth_year + greatest(1, round(${p.deathAgeMean} + ${p.deathAgeSd} * nrm(id, 0, ${S.deathAge}))))::INTEGER AS exit_year,
           mor_id,
           CASE WHEN far_id IS NOT NULL AND birth_year <= far_exit THEN far_id END AS far_id,
           ${p.sesInheritance} * (CASE WHEN far_id IS NULL THEN mor_ses - 0.3 ELSE (mor_ses + far_ses) / 2 END)
             + sqrt(1 - ${p.sesInheritance} * ${p.sesInheritance}) * nrm(id, 0, ${S.ses}) AS ses,
           ${poolGen + 1}::TINYINT AS gen
    FROM numbered;

    -- origin of the new children: MENAPT follows the recorded country for immigrants and descendants
    UPDATE person SET menapt = (ie_type <> 1 AND opr_land IN ('SYR','KWT','LBY','SAU','LBN','SOM','IRQ','QAT','SDN','BHR','DJI','JOR','DZA','ARE','TUN','EGY','MAR','IRN','YEM','MRT','OMN','AFG','PAK','TUR'))
    WHERE gen = ${poolGen + 1};
  `);
}

/** Birth dates, leave-home ages and the final sort order. */
export async function finishPersons(db: GenDb): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TABLE person AS
    SELECT *,
           make_date(birth_year, 1, 1) + floor(365 * u(id, 0, ${S.birthDay}))::INTEGER AS birth_date,
           (18 + floor(6 * u(id, 0, ${S.leaveHome})) + CASE WHEN menapt AND sex = 2 THEN 1 ELSE 0 END)::INTEGER AS leave_home_age
    FROM person ORDER BY id;
  `);
}
