-- labour_market_year: SOCIO13 status and employment per person-year (AKM, from 1991).
--
-- Definition: employed = self-employed, assisting spouse or wage earner, i.e. SOCIO13 110-139
-- (methodology §2 "in employment"; report l. 7317-7324). A person-year without an AKM row has
-- no SOCIO13 and is left out here: employment is then unknown (NULL), which is what the report
-- treats as missing information ("hvis forældre ikke optræder i AKM", l. 7227-7230).
-- Grain: one row per AKM row (pnr, year).
CREATE OR REPLACE VIEW labour_market_year AS
SELECT
  PNR AS pnr,
  AAR AS year,
  SOCIO13 AS socio13,
  SOCIO13 BETWEEN 110 AND 139 AS employed
FROM akm;
