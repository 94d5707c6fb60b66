-- family_year: income, equivalence scale, wealth and student status of each E-family and year.
--
-- Definitions:
--   family_income  sum of the members' DISPON_13 (report l. 1035-1043, 7340-7345). Missing if an
--                  adult (PLADS 1-2) has no IND row; a child without an IND row adds 0.
--   eq_scale       OECD modified: the first person aged 15+ weighs 1, each further person aged
--                  15+ 0.5, each child aged 14 or less 0.3 (l. 1038-1040: "børn til og med 14 år
--                  har vægten 0,3"). Age is at the end of the year. A family with nobody aged 15+
--                  gives its first child the weight 1.
--   eq_income      family_income / eq_scale; every member gets it (l. 1041-1043).
--   has_wealth     the adults' summed FORMREST_NY05 per adult (PLADS 1-2) exceeds
--                  wh_params.wealth_threshold (DST's poverty rule: 100,000 DKK per adult).
--                  Unknown wealth counts as no wealth.
--   student_family an adult of the family (PLADS 1-2) is a student (DST's rule: a student family
--                  is not counted as poor; report l. 1089-1091).
-- Grain: one row per (family_id, year).
CREATE OR REPLACE TABLE family_year AS
WITH member_counts AS (
  SELECT
    family_id,
    year,
    CAST(count(*) AS INTEGER) AS n_members,
    CAST(count(*) FILTER (WHERE plads IN (1, 2)) AS INTEGER) AS n_adults,
    count(*) FILTER (WHERE age >= 15) AS n_aged_15_plus,
    count(*) FILTER (WHERE age <= 14) AS n_aged_0_14,
    count(*) FILTER (WHERE plads IN (1, 2) AND NOT has_ind) AS n_adults_without_income,
    sum(disp_income) AS income_sum,
    sum(net_wealth) FILTER (WHERE plads IN (1, 2)) AS adult_wealth_sum,
    bool_or(student) FILTER (WHERE plads IN (1, 2)) AS any_adult_student
  FROM wh_person_core
  GROUP BY family_id, year
),
scaled AS (
  SELECT
    *,
    CASE
      WHEN n_adults_without_income > 0 THEN NULL
      ELSE coalesce(income_sum, 0)
    END AS family_income,
    -- In tenths so that 1 + 0.5 + 0.3 adds up exactly.
    CASE
      WHEN n_aged_15_plus >= 1 THEN (10 + 5 * (n_aged_15_plus - 1) + 3 * n_aged_0_14) / 10
      ELSE (10 + 3 * (n_aged_0_14 - 1)) / 10
    END AS eq_scale
  FROM member_counts
)
SELECT
  family_id,
  year,
  n_members,
  n_adults,
  family_income,
  eq_scale,
  family_income / eq_scale AS eq_income,
  adult_wealth_sum / greatest(n_adults, 1) AS wealth_per_adult,
  coalesce(adult_wealth_sum / greatest(n_adults, 1) > (SELECT wealth_threshold FROM wh_params), false) AS has_wealth,
  coalesce(any_adult_student, false) AS student_family
FROM scaled;
