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
    -- every person-year in Denmark
    CREATE OR REPLACE TEMP TABLE presence AS
    SELECT id, unnest(range(greatest(${p.firstYear}, birth_year, coalesce(arrival_year, 0)),
                            least(exit_year, ${p.lastYear}) + 1)) AS year
    FROM person;

    CREATE OR REPLACE TEMP TABLE first_kid AS
    SELECT parent_id, min(birth_year) AS first_kid_year FROM (
      SELECT mor_id AS parent_id, birth_year FROM person WHERE mor_id IS NOT NULL
      UNION ALL SELECT far_id, birth_year FROM person WHERE far_id IS NOT NULL) GROUP BY parent_id;

    -- each person's own family: the couple while it lasts and both partners are here, else alone
    CREATE OR REPLACE TEMP TABLE own_family AS
    WITH memberships AS (
      SELECT c.woman_id AS id, c.man_id AS partner_id, c.couple_id, c.union_year, c.breakup_year, 1 AS plads FROM couple c
      UNION ALL
      SELECT c.man_id, c.woman_id, c.couple_id, c.union_year, c.breakup_year, 2 FROM couple c
    )
    SELECT pr.id, pr.year,
           (m.couple_id IS NOT NULL AND pr.year >= m.union_year AND pr.year < coalesce(m.breakup_year, 9999)
             AND pp.id IS NOT NULL) AS in_couple,
           CASE WHEN in_couple THEN m.couple_id * 2 + 1 ELSE pr.id * 2 END AS own_fam_key,
           CASE WHEN in_couple THEN m.plads ELSE 1 END AS own_plads
    FROM presence pr
    LEFT JOIN memberships m ON m.id = pr.id
    LEFT JOIN presence pp ON pp.id = m.partner_id AND pp.year = pr.year;

    -- children at home join the family of the parent they live with
    CREATE OR REPLACE TABLE py AS
    WITH base AS (
      SELECT o.id, o.year, o.year - p.birth_year AS age, p.sex, p.mor_id, p.far_id, p.leave_home_age,
             o.in_couple, o.own_fam_key, o.own_plads, fk.first_kid_year
      FROM own_family o JOIN person p ON p.id = o.id
      LEFT JOIN first_kid fk ON fk.parent_id = o.id
    ), child_rows AS (
      SELECT b.*,
             (b.age < b.leave_home_age AND NOT b.in_couple AND coalesce(b.first_kid_year, 9999) > b.year) AS at_home_age,
             c.breakup_year, c.kids_with
      FROM base b LEFT JOIN couple c ON c.woman_id = b.mor_id AND c.man_id = b.far_id
    ), with_parent AS (
      SELECT cr.*, mo.own_fam_key AS mor_fam, fa.own_fam_key AS far_fam,
             CASE WHEN NOT at_home_age THEN NULL
                  WHEN cr.year < coalesce(cr.breakup_year, 9999) OR cr.kids_with IS NULL
                       THEN coalesce(mo.own_fam_key, fa.own_fam_key)
                  WHEN cr.kids_with = 1 THEN coalesce(fa.own_fam_key, mo.own_fam_key)
                  ELSE coalesce(mo.own_fam_key, fa.own_fam_key) END AS parent_fam
      FROM child_rows cr
      LEFT JOIN own_family mo ON mo.id = cr.mor_id AND mo.year = cr.year
      LEFT JOIN own_family fa ON fa.id = cr.far_id AND fa.year = cr.year
    )
    SELECT id, year, age, sex,
           coalesce(parent_fam, own_fam_key) AS fam_key,
           CASE WHEN parent_fam IS NOT NULL THEN 3 ELSE own_plads END::TINYINT AS plads
    FROM with_parent
    ORDER BY id, year;

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
             (n_adults = 1 AND n_kids > 0) AS single_parent,
             nrm(coalesce(head_id, fam_key), 0, ${S.famEffect}) AS propensity
      FROM fam_spell WHERE moved
    )
    SELECT fam_key, spell, start_year,
           u(fam_key, spell, ${S.tenure}) < logistic(${h.socialIntercept} - 0.012 * greatest(0, start_year - 2000) + (${h.socialSes} - 0.025 * greatest(0, start_year - 2000)) * ses + ${h.socialMenapt} * menapt::INTEGER
               + ${h.socialSingleParent} * single_parent::INTEGER + ${h.socialFamilyEffect} * propensity
               + CASE WHEN head_age < 25 OR head_age >= 75 THEN 0.5 ELSE 0 END) AS social,
           u(fam_key, spell, ${S.supported}) < logistic(${h.supportedIntercept}
               + (${h.supportedSes} + ${h.supportedSesTrend} * greatest(0, start_year - 2000)) * ses
               + ${h.supportedMenapt} * menapt::INTEGER + ${h.supportedSingleParent} * single_parent::INTEGER) AS supported,
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
