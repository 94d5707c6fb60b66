-- person_year: one row per bef row (pnr, year); the relation the indicator engine reads.
--
-- A view: wh_person_year holds the facts, and poverty joins the one-row-per-year poverty line
-- (a tiny hash join) because it needs the median of the finished table.
-- Definition of poor: eq_income below the poverty line (strictly), and neither a student family
-- nor a family with wealth: "man ikke er studerende eller har formue" (report l. 1089-1091).
-- Students and the wealthy are counted as not poor and stay in the denominator. NULL when the
-- income is missing.
CREATE OR REPLACE VIEW person_year AS
SELECT
  w.pnr, w.year, w.age, w.sex, w.origin, w.ie_type, w.birth_date, w.mor_id, w.far_id, w.family_id,
  w.plads, w.kom, w.reg, w.afd_id, w.social_housing, w.supported,
  w.disp_income, w.family_income, w.eq_scale, w.eq_income, w.eq_income_nonneg,
  w.student, w.student_family, w.has_wealth,
  p.poverty_line,
  CASE
    WHEN w.eq_income IS NULL THEN NULL
    ELSE w.eq_income < p.poverty_line AND NOT w.student_family AND NOT w.has_wealth
  END AS poor,
  w.in_education, w.employed, w.socio13, w.edu_level, w.edu_registered, w.basic_edu_only,
  w.restgruppe, w.neet
FROM wh_person_year AS w
JOIN poverty_line_year AS p USING (year);
