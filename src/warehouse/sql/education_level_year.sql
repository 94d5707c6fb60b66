-- education_level_year: highest completed education level per person-year (UDDA).
--
-- Definition: the level comes from the H1 main group (first two digits of HFAUDD) through
-- ref_h1_level (built from H1_TO_LEVEL in src/contract/schema.ts). Imputed education
-- (HF_KILDE = 3) counts as unknown (report l. 7350-7354, footnote 30), as do an empty HFAUDD and
-- an H1 group outside the table. Person-years without a UDDA row get 'ukendt' in
-- wh_person_core; edu_registered tells the two apart for the parental fallbacks (l. 7227-7230).
-- Grain: one row per UDDA row (pnr, year).
CREATE OR REPLACE VIEW education_level_year AS
SELECT
  u.PNR AS pnr,
  u.AAR AS year,
  CASE
    WHEN u.HF_KILDE = 3 OR u.HFAUDD IS NULL THEN 'ukendt'
    ELSE coalesce(r.edu_level, 'ukendt')
  END AS edu_level,
  u.HFAUDD IS NOT NULL AND coalesce(u.HF_KILDE, 0) <> 3 AS edu_registered
FROM udda AS u
LEFT JOIN ref_h1_level AS r ON r.h1 = u.HFAUDD // 100;
