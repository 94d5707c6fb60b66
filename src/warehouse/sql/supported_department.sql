-- supported_department: the social housing departments that count as "supported areas".
--
-- Definition: a department (AFD_ID) is supported if it belongs to a master plan of any of the
-- three grant rounds 2006-10, 2011-14 or 2015-18, whatever the year the person lived there and
-- whether the plan was active at the time (report l. 956-957, Bilag 1 l. 7135-7143).
-- Grain: one row per department id.
CREATE OR REPLACE TABLE supported_department AS
WITH plan_in_round AS (
  SELECT PLAN_ID
  FROM lbf_helhedsplan
  WHERE PULJE IN ('2006-10', '2011-14', '2015-18')
)
SELECT DISTINCT pa.AFD_ID AS afd_id
FROM lbf_plan_afdeling AS pa
JOIN plan_in_round AS p USING (PLAN_ID);
