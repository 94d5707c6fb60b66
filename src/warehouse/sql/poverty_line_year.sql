-- poverty_line_year: the yearly poverty line, 50 % of the median equivalised disposable income.
--
-- Definition: the median is taken over persons (each person counts once, with the family's
-- equivalised income) in the whole population that year: every bef person-year with a known
-- eq_income, all ages and areas (report l. 133-137, 7355-7363). Negative incomes stay in (the
-- median is of the income as it is, not the floored one); persons with a missing income are out.
-- DuckDB's median averages the two middle values of an even count.
-- Grain: one row per year.
CREATE OR REPLACE TABLE poverty_line_year AS
SELECT
  year,
  CAST(count(eq_income) AS INTEGER) AS n_with_income,
  median(eq_income) AS median_eq_income,
  0.5 * median(eq_income) AS poverty_line
FROM wh_person_year
GROUP BY year;
