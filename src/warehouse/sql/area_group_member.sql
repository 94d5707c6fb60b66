-- area_group_member: the three nested area groups as long rows (pnr, year, area_group).
--
-- Definition (methodology §2 "area group"; report l. 956-957, 1012-1018): 'supported' (a
-- department of a master plan), 'social_housing' (all social housing, supported included) and
-- 'population' (everyone). Nested, not disjoint: a supported person-year appears three times,
-- so an indicator grouped by area_group gives the report's three side-by-side series.
-- A view: the rows are a filter of wh_person_year, cheap to recompute and 1-3x its size.
CREATE OR REPLACE VIEW area_group_member AS
SELECT pnr, year, 'supported' AS area_group FROM wh_person_year WHERE supported
UNION ALL
SELECT pnr, year, 'social_housing' AS area_group FROM wh_person_year WHERE social_housing
UNION ALL
SELECT pnr, year, 'population' AS area_group FROM wh_person_year;
