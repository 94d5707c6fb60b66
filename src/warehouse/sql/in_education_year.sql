-- in_education_year: person-years with an ongoing education spell (KOTRE) on 1 October.
--
-- Definition: "Igangværende uddannelse er målt den 1. oktober i året" (report l. 8029). A spell
-- counts in year Y if ELEV3_VFRA <= Y-10-01 <= ELEV3_VTIL (both ends inclusive). A spell without
-- an end date is ongoing at the end of the extract and counts up to the last warehouse year.
-- A spell ending 30 September does not count in that year; one ending 1 October does.
-- The SOCIO13 = 310 half of "in education" is added in wh_person_core, not here.
-- Grain: one row per (pnr, year); years outside wh_params are left out.
CREATE OR REPLACE TABLE in_education_year AS
WITH spell_years AS (
  -- The first and last calendar year whose 1 October lies inside the spell.
  SELECT
    PNR AS pnr,
    year(ELEV3_VFRA)
      + CASE WHEN ELEV3_VFRA > make_date(year(ELEV3_VFRA), 10, 1) THEN 1 ELSE 0 END AS first_oct_year,
    CASE
      WHEN ELEV3_VTIL IS NULL THEN (SELECT last_year FROM wh_params)
      ELSE year(ELEV3_VTIL)
        - CASE WHEN ELEV3_VTIL < make_date(year(ELEV3_VTIL), 10, 1) THEN 1 ELSE 0 END
    END AS last_oct_year
  FROM kotre
),
clipped AS (
  SELECT
    s.pnr,
    greatest(s.first_oct_year, p.first_year) AS from_year,
    least(s.last_oct_year, p.last_year) AS to_year
  FROM spell_years AS s, wh_params AS p
)
SELECT DISTINCT pnr, CAST(year AS INTEGER) AS year
FROM (
  SELECT pnr, unnest(generate_series(from_year, to_year)) AS year
  FROM clipped
  WHERE from_year <= to_year
);
