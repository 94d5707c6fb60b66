-- family_parents: the parents at home of each child living at home, per year.
--
-- Definition: for a child (PLADS 3) of an E-family, the family's adults (PLADS 1-2) that year:
-- "For alle børn og unge benytter vi bopælsforældre (E-familie)" (report l. 7206); a single
-- parent is the only row (l. 7213-7214); a step-parent living with the child counts as a parent
-- (l. 7275-7280). parent_role says how the adult relates to the child: 'mother' or 'father'
-- when the adult is the child's legal parent (MOR_ID, FAR_ID), otherwise 'step_parent'.
-- Grain: one row per (pnr, year, parent_pnr).
CREATE OR REPLACE TABLE family_parents AS
SELECT
  c.pnr,
  c.year,
  a.pnr AS parent_pnr,
  CASE
    WHEN a.pnr = c.mor_id THEN 'mother'
    WHEN a.pnr = c.far_id THEN 'father'
    ELSE 'step_parent'
  END AS parent_role,
  a.plads AS parent_plads
FROM wh_person_year AS c
JOIN wh_person_year AS a
  ON a.family_id = c.family_id AND a.year = c.year AND a.plads IN (1, 2)
WHERE c.plads = 3;
