/**
 * Where everyone lives, year by year: E-families (couples, single adults, children at home) and the
 * dwellings they live in (private, social housing, or a social housing department with a master plan).
 *
 * Tables:
 *   py(id, year, age, sex, fam_key, plads, ...person attributes)   one row per person resident that year
 *   fam_year(fam_key, year, afd_id, kom, reg, tenure)              the family's dwelling that year
 * A family moves with a yearly probability; at each move it draws its tenure from a logit in the
 * family's SES, origin, single parenthood and a persistent propensity of the head. Children live with
 * their mother (or the parent they stay with after a break-up) until they leave home.
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

export async function generateHouseholds(db: GenDb, p: SyntheticParams): Promise<void> {
  const h = p.housing;
  await db.run(`
    CREATE OR REPLACE TEMP TABLE first_kid AS
    SELECT parent_id, min(birth_year) AS first_kid_year FROM (
      SELECT mor_id AS parent_id, birth_year FROM person WHERE mor_id IS NOT NULL
      UNION ALL SELECT far_id, birth_year FROM person WHERE far_id IS NOT NULL) GROUP BY parent_id;

    -- Person-level facts, so that the family of every person-year follows by arithmetic on the year
    -- (no join on person-years): the years in Denmark, and the years the own couple lives together
    -- (from the union, until the break-up, while both partners are in Denmark).
    CREATE OR REPLACE TEMP TABLE pfact AS
    WITH memberships AS (
      SELECT woman_id AS id, man_id AS partner_id, couple_id, union_year, breakup_year, 1 AS couple_plads FROM couple
      UNION ALL
      SELECT man_id, woman_id, couple_id, union_year, breakup_year, 2 FROM couple
    ), span AS (
      SELECT id, greatest(${p.firstYear}, birth_year, coalesce(arrival_year, 0)) AS y0, least(exit_year, ${p.lastYear}) AS y1
      FROM person
    )
    SELECT p.id, p.birth_year, p.sex, p.mor_id, p.far_id, p.leave_home_age, s.y0, s.y1,
           m.couple_id, m.couple_plads,
           greatest(m.union_year, ps.y0) AS together_from,
           least(coalesce(m.breakup_year, 9999) - 1, ps.y1) AS together_to,
           coalesce(fk.first_kid_year, 9999) AS first_kid_year
    FROM person p JOIN span s ON s.id = p.id
    LEFT JOIN memberships m ON m.id = p.id
    LEFT JOIN span ps ON ps.id = m.partner_id
    LEFT JOIN first_kid fk ON fk.parent_id = p.id;

    -- a person's own family in a year: the couple's while it lives together, else their own
    CREATE OR REPLACE TEMP MACRO own_fam(id, couple_id, together_from, together_to, y) AS
      CASE WHEN y BETWEEN together_from AND together_to THEN couple_id * 2 + 1 ELSE id * 2 END;

    -- every person-year, with the family it belongs to: children at home join the family of the
    -- parent they live with (the mother, or after a break-up the parent the children stay with)
    CREATE OR REPLACE TABLE py AS
    WITH with_parents AS (
      SELECT c.*,
             mo.y0 AS m_y0, mo.y1 AS m_y1, mo.couple_id AS m_couple, mo.together_from AS m_from, mo.together_to AS m_to,
             fa.y0 AS f_y0, fa.y1 AS f_y1, fa.couple_id AS f_couple, fa.together_from AS f_from, fa.together_to AS f_to,
             cp.breakup_year AS parents_breakup, cp.kids_with
      FROM pfact c
      LEFT JOIN pfact mo ON mo.id = c.mor_id
      LEFT JOIN pfact fa ON fa.id = c.far_id
      LEFT JOIN couple cp ON cp.woman_id = c.mor_id AND cp.man_id = c.far_id
    ), years AS (
      SELECT *, unnest(range(y0, y1 + 1)) AS year FROM with_parents
    ), situation AS (
      SELECT *, year - birth_year AS age,
             coalesce(year BETWEEN together_from AND together_to, false) AS in_couple,
             coalesce(year BETWEEN m_y0 AND m_y1, false) AS mor_here,
             coalesce(year BETWEEN f_y0 AND f_y1, false) AS far_here
      FROM years
    ), lives_with AS (
      SELECT *,
             CASE WHEN NOT (age < leave_home_age AND NOT in_couple AND first_kid_year > year) THEN NULL
                  WHEN year < coalesce(parents_breakup, 9999) OR kids_with IS NULL
                       THEN CASE WHEN mor_here THEN 'mother' WHEN far_here THEN 'father' END
                  WHEN kids_with = 1 THEN CASE WHEN far_here THEN 'father' WHEN mor_here THEN 'mother' END
                  ELSE CASE WHEN mor_here THEN 'mother' WHEN far_here THEN 'father' END END AS parent
      FROM situation
    )
    SELECT id, year, age, sex,
           CASE parent WHEN 'mother' THEN own_fam(mor_id, m_couple, m_from, m_to, year)
                       WHEN 'father' THEN own_fam(far_id, f_couple, f_from, f_to, year)
                       ELSE own_fam(id, couple_id, together_from, together_to, year) END AS fam_key,
           CASE WHEN parent IS NOT NULL THEN 3 WHEN in_couple THEN couple_plads ELSE 1 END::TINYINT AS plads
    FROM lives_with;

    -- the family's situation each year, as seen when it chooses a dwelling
    CREATE OR REPLACE TEMP TABLE fam_attr AS
    SELECT y.fam_key, y.year,
           max(CASE WHEN y.plads = 1 THEN y.id END) AS head_id,
           max(CASE WHEN y.plads = 1 THEN y.age END) AS head_age,
           avg(CASE WHEN y.plads < 3 THEN p.ses END) AS ses,
           bool_or(p.menapt AND y.plads < 3) AS menapt,
           count(*) FILTER (WHERE y.plads < 3) AS n_adults,
           count(*) FILTER (WHERE y.plads = 3) AS n_kids
    FROM py y JOIN person p ON p.id = y.id
    GROUP BY y.fam_key, y.year;

    CREATE OR REPLACE TEMP TABLE fam_spell AS
    SELECT *, sum(moved::INTEGER) OVER (PARTITION BY fam_key ORDER BY year) AS spell
    FROM (
      SELECT *, (lag(year) OVER (PARTITION BY fam_key ORDER BY year) IS NULL
                 OR u(fam_key, year, ${S.move}) < CASE WHEN head_age < 30 THEN ${h.moveRateYoung} ELSE ${h.moveRateOld} END) AS moved
      FROM fam_attr);

    -- tenure is drawn once per spell from the situation in its first year
    CREATE OR REPLACE TEMP TABLE spell_tenure AS
    WITH starts AS (
      SELECT fam_key, spell, year AS start_year, head_id, head_age, coalesce(ses, 0) AS ses, coalesce(menapt, false) AS menapt,
             (n_adults = 1 AND n_kids > 0) AS single_parent, n_kids > 0 AS has_kids,
             nrm(coalesce(head_id, fam_key), 0, ${S.famEffect}) AS propensity
      FROM fam_spell WHERE moved
    )
    SELECT fam_key, spell, start_year,
           u(fam_key, spell, ${S.tenure}) < logistic(${h.socialIntercept} + ${h.socialTrend} * greatest(0, start_year - 2000) + (${h.socialSes} + ${h.socialSesTrend} * greatest(0, start_year - 2000)) * ses + ${h.socialMenapt} * menapt::INTEGER
               + ${h.socialSingleParent} * single_parent::INTEGER + ${h.socialFamilyEffect} * propensity
               + CASE WHEN head_age < 25 OR head_age >= 75 THEN 0.5 ELSE 0 END) AS social,
           u(fam_key, spell, ${S.supported}) < logistic(${h.supportedIntercept} + ${h.supportedTrend} * greatest(0, start_year - 2000)
               + (${h.supportedSes} + ${h.supportedSesTrend} * greatest(0, start_year - 2000)) * ses
               + ${h.supportedMenapt} * menapt::INTEGER + ${h.supportedSingleParent} * single_parent::INTEGER
               + CASE WHEN has_kids THEN ${h.supportedFamilySes} * ses
                                         + ${h.supportedFamilyEmp} * nrm(coalesce(head_id, fam_key), 0, ${S.empPersistent}) ELSE 0 END) AS supported,
           u(fam_key, spell, ${S.dept}) AS dept_draw,
           u(fam_key, spell, ${S.kom}) AS kom_draw
    FROM starts;

    CREATE OR REPLACE TABLE fam_year AS
    WITH n AS (SELECT count(*) FILTER (WHERE supported) AS n_sup, count(*) FILTER (WHERE NOT supported) AS n_oth FROM department),
    komlist AS (SELECT list(kom ORDER BY kom) AS koms FROM (SELECT kom, unnest(range(weight)) FROM municipality)),
    dwelling AS (
      SELECT s.fam_key, s.spell,
             CASE WHEN s.social AND s.supported THEN floor(s.dept_draw * n.n_sup)::INTEGER
                  WHEN s.social THEN n.n_sup + floor(s.dept_draw * n.n_oth)::INTEGER END AS dept_no,
             komlist.koms[1 + floor(s.kom_draw * len(komlist.koms))::INTEGER] AS private_kom
      FROM spell_tenure s, n, komlist)
    SELECT f.fam_key, f.year, d.afd_id, coalesce(d.kom, w.private_kom) AS kom, m.reg
    FROM fam_spell f
    JOIN dwelling w USING (fam_key, spell)
    LEFT JOIN department d ON d.dept_no = w.dept_no
    JOIN municipality m ON m.kom = coalesce(d.kom, w.private_kom)
    ORDER BY f.fam_key, f.year;
  `);
}
