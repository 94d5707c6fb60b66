/**
 * Health: hospital diagnoses (LPR/LPSY, from 1995) and treatment for substance abuse (SIB from 1996,
 * NAB from 2006).
 *
 * Psychiatric contacts follow the persistent psychiatric propensity (low SES, shared noise with
 * crime), the age (ADHD and conduct disorders in childhood, anxiety and depression from the teens)
 * and a strong rise over time (treated psychiatric illness among parents roughly quadrupled
 * 2000-2018, Tab 3.1 and 4.1). Substance abuse is rare (1-3 % of parents over a childhood) and
 * concentrated among adults with a high abuse propensity. Other diagnoses (somatic codes, F codes not on
 * the report's lists such as F70 and F84, and F17 tobacco) are there so the analyses' code lists matter.
 *
 * Tables: diagnosis(id, contact_date, diag), abuse_treatment(id, start_date, kilde)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

const sqlList = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
/** Listed psychiatric diagnoses (Bilagstabel 1.2), by life stage. */
const PSYCH_CHILD = ['DF900', 'DF900', 'DF900', 'DF988C', 'DF919', 'DF920', 'DF432', 'DF840', 'DF700'];
const PSYCH_YOUTH = ['DF322', 'DF321', 'DF411', 'DF412', 'DF431', 'DF432', 'DF500', 'DF900', 'DF919', 'DF603', 'DF840', 'DF200'];
const PSYCH_ADULT = ['DF322', 'DF321', 'DF331', 'DF329', 'DF411', 'DF412', 'DF419', 'DF431', 'DF200', 'DF209', 'DF250', 'DF311', 'DF603', 'DF609', 'DF700'];
const SUBSTANCE = ['DF102', 'DF102', 'DF101', 'DF122', 'DF122', 'DF191', 'DF111', 'DF142', 'DT401', 'DT403', 'DF172'];
const SOMATIC = ['DJ069', 'DS525', 'DK358', 'DS009', 'DJ189', 'DR104', 'DS610', 'DJ209', 'DO800', 'DZ038'];

export async function generateHealth(db: GenDb, p: SyntheticParams): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TEMP TABLE health_year AS
    SELECT y.id, y.year, y.age, r.zp, r.za, c.supported, c.social,
           -- events fall between the 1 January (or the birth) and the end of the year
           greatest(make_date(y.year, 1, 1), p.birth_date) AS first_day
    FROM py y
    JOIN person p ON p.id = y.id
    JOIN latent_risk r ON r.id = y.id
    JOIN fam_ctx c ON c.fam_key = y.fam_key AND c.year = y.year
    WHERE y.year >= 1995;

    CREATE OR REPLACE TABLE diagnosis AS
    WITH psych AS (
      SELECT id, year, first_day, CASE WHEN age < 13 THEN pick(${sqlList(PSYCH_CHILD)}, id, year, ${S.psychDiag})
                            WHEN age < 25 THEN pick(${sqlList(PSYCH_YOUTH)}, id, year, ${S.psychDiag})
                            ELSE pick(${sqlList(PSYCH_ADULT)}, id, year, ${S.psychDiag}) END AS diag, 1 AS src
      FROM health_year
      WHERE u(id, year, ${S.psych}) < logistic(
              CASE WHEN age < 6 THEN -8.0 WHEN age < 13 THEN -6.2 WHEN age < 18 THEN -5.6 WHEN age < 30 THEN -5.9
                   WHEN age < 40 THEN -6.3 WHEN age < 50 THEN -6.9 WHEN age < 70 THEN -7.2 ELSE -7.4 END
              + 0.085 * (least(year, 2019) - 2000) + 1.25 * zp + 0.2 * supported::INTEGER)
    ), substance AS (
      SELECT id, year, first_day, pick(${sqlList(SUBSTANCE)}, id, year, ${S.abuseDiag}) AS diag, 2 AS src
      FROM health_year
      WHERE age >= 14 AND u(id, year, ${S.abuse}) < logistic(
              CASE WHEN age < 18 THEN -9.6 WHEN age < 30 THEN -8.5 WHEN age < 60 THEN -8.5 ELSE -9.0 END + 1.5 * za)
    ), somatic AS (
      SELECT id, year, first_day, pick(${sqlList(SOMATIC)}, id, year, ${S.somatic}) AS diag, 3 AS src
      FROM health_year
      WHERE u(id, year * 10 + 1, ${S.somatic}) < 0.025
    )
    SELECT id, first_day + floor((make_date(year, 12, 31) - first_day + 1) * u(id, year * 10 + src, ${S.lprDate}))::INTEGER AS contact_date, diag
    FROM (SELECT * FROM psych UNION ALL SELECT * FROM substance UNION ALL SELECT * FROM somatic)
    ORDER BY id, contact_date, diag;

    -- a contact may carry a diagnosis that another contact the same day has too: keep one
    CREATE OR REPLACE TABLE diagnosis AS SELECT DISTINCT id, contact_date, diag FROM diagnosis ORDER BY id, contact_date, diag;

    CREATE OR REPLACE TABLE abuse_treatment AS
    WITH t AS (
      SELECT id, year, 'SIB' AS kilde FROM health_year
      WHERE year >= 1996 AND age >= 15 AND u(id, year, ${S.sibNab}) < logistic(
              CASE WHEN age < 18 THEN -9.6 WHEN age < 30 THEN -8.4 WHEN age < 50 THEN -8.5 ELSE -9.6 END + 1.6 * za)
      UNION ALL
      SELECT id, year, 'NAB' FROM health_year
      WHERE year >= 2006 AND age >= 18 AND u(id, year * 10 + 1, ${S.sibNab}) < logistic(
              CASE WHEN age < 30 THEN -10.7 WHEN age < 60 THEN -9.8 ELSE -10.1 END + 1.4 * za)
    )
    SELECT id, make_date(year, 1, 1) + floor(365 * u(id, year * 10 + 5 + (kilde = 'NAB')::INTEGER, ${S.lprDate}))::INTEGER AS start_date, kilde
    FROM t ORDER BY id, start_date, kilde;
  `);
}
