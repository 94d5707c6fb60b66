-- wh_person_core: the person-level facts of each BEF row, before any family aggregation.
-- Internal: family_year and wh_person_year read it; build.ts drops it afterwards. A TEMP table
-- (this connection only, spills to the temp directory): a persistent write of the full-size
-- intermediate, with its string compression, cost ~4x as much in a file-backed database.
--
-- Definitions (docs/definitions.md has the reasons and report lines):
--   age            AAR - birth year: the age reached by the end of the year, when BEF is taken.
--   sex            KOEN 1 'male', 2 'female'.
--   origin         'menapt' if an immigrant or descendant (IE_TYPE 2, 3) with OPR_LAND in the
--                  MENAPT list (l. 149-153, 7290-7299); everyone else, Danish origin included,
--                  is 'non_menapt'.
--   social_housing AFD_ID is set; supported: AFD_ID is a supported_department.
--   disp_income    own DISPON_13; has_ind tells whether the person has an IND row at all.
--   in_education   an ongoing KOTRE spell on 1 October (in_education_year) or SOCIO13 = 310.
--   student        the same rule as in_education: SOCIO13 310 or in education (DST's rule).
--   edu_level      from education_level_year; no UDDA row counts as 'ukendt'.
-- Grain: one row per bef row with AAR inside wh_params.
CREATE OR REPLACE TEMP TABLE wh_person_core AS
WITH bef_in_range AS (
  SELECT b.*
  FROM bef AS b, wh_params AS p
  WHERE b.AAR BETWEEN p.first_year AND p.last_year
)
SELECT
  b.PNR AS pnr,
  b.AAR AS year,
  CAST(b.AAR - year(b.FOED_DAG) AS INTEGER) AS age,
  CASE b.KOEN WHEN 1 THEN 'male' WHEN 2 THEN 'female' END AS sex,
  CASE WHEN b.IE_TYPE IN (2, 3) AND m.opr_land IS NOT NULL THEN 'menapt' ELSE 'non_menapt' END AS origin,
  b.IE_TYPE AS ie_type,
  b.FOED_DAG AS birth_date,
  b.MOR_ID AS mor_id,
  b.FAR_ID AS far_id,
  b.FAMILIE_ID AS family_id,
  b.PLADS AS plads,
  b.KOM AS kom,
  b.REG AS reg,
  b.AFD_ID AS afd_id,
  b.AFD_ID IS NOT NULL AS social_housing,
  s.afd_id IS NOT NULL AS supported,
  i.DISPON_13 AS disp_income,
  i.FORMREST_NY05 AS net_wealth,
  i.PNR IS NOT NULL AS has_ind,
  l.socio13,
  l.employed,
  e.pnr IS NOT NULL OR coalesce(l.socio13 = 310, false) AS in_education,
  e.pnr IS NOT NULL OR coalesce(l.socio13 = 310, false) AS student,
  coalesce(u.edu_level, 'ukendt') AS edu_level,
  coalesce(u.edu_registered, false) AS edu_registered
FROM bef_in_range AS b
LEFT JOIN ref_menapt_country AS m ON m.opr_land = b.OPR_LAND
LEFT JOIN supported_department AS s ON s.afd_id = b.AFD_ID
LEFT JOIN ind AS i ON i.PNR = b.PNR AND i.AAR = b.AAR
LEFT JOIN labour_market_year AS l ON l.pnr = b.PNR AND l.year = b.AAR
LEFT JOIN in_education_year AS e ON e.pnr = b.PNR AND e.year = b.AAR
LEFT JOIN education_level_year AS u ON u.pnr = b.PNR AND u.year = b.AAR;
