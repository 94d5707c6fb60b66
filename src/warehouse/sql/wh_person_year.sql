-- wh_person_year: the materialised person-year facts behind the person_year view: every column
-- of person_year except the poverty line and poverty, which need this table's yearly median.
--
-- Definitions:
--   eq_income, eq_income_nonneg  the family's equivalised income; negatives set to 0 for the
--                  mean-income chart (report l. 1061).
--   basic_edu_only edu_level is 'grundskole' or 'ukendt'.
--   restgruppe     aged 18+, basic_edu_only, not in education and not employed (l. 130-131,
--                  1139-1141, 7330-7331). NULL below 18 and before 1991 (no SOCIO13); NULL also
--                  when the answer hangs on an unknown employment status (no AKM row).
--   neet           not in education and not employed (l. 128, 7327-7328); NULL before 1991, and
--                  NULL when not in education and the employment status is unknown. No age limit
--                  here: the exhibits choose 15-29 or 16-30.
-- Grain: one row per bef row with AAR inside wh_params.
CREATE OR REPLACE TABLE wh_person_year AS
WITH joined AS (
  SELECT
    c.*,
    f.family_income,
    f.eq_scale,
    f.eq_income,
    f.has_wealth,
    f.student_family
  FROM wh_person_core AS c
  JOIN family_year AS f ON f.family_id = c.family_id AND f.year = c.year
)
SELECT
  pnr, year, age, sex, origin, ie_type, birth_date, mor_id, far_id, family_id, plads, kom, reg, afd_id,
  social_housing, supported,
  disp_income, family_income, eq_scale, eq_income,
  greatest(eq_income, 0) AS eq_income_nonneg,
  student, student_family, has_wealth,
  in_education, employed, socio13, edu_level, edu_registered,
  edu_level IN ('grundskole', 'ukendt') AS basic_edu_only,
  CASE
    WHEN age < 18 OR year < 1991 THEN NULL
    -- Three-valued AND: an unknown employment makes the answer unknown only if it matters.
    ELSE edu_level IN ('grundskole', 'ukendt') AND NOT in_education AND NOT employed
  END AS restgruppe,
  CASE
    WHEN year < 1991 THEN NULL
    ELSE NOT (in_education OR employed)
  END AS neet
FROM joined;
