/**
 * Labour market and income, person by year: being in education (from the spells), the highest
 * completed education, SOCIO13 status, paid hours (with the planted part-time-job effect for
 * participants), disposable income (2019 prices) and net wealth.
 *
 * Tables: edu_year(id, year, in_edu, done_rank), status(id, year, socio13, employed, hours, dispon, wealth)
 * Income levels follow the status: wages grow about 1.4 % a year, transfers less, and the
 * integration benefit for refugees arriving from 2015 (and the start aid of 2002-11) is lower,
 * which is what makes poverty rise most in the supported areas and among MENAPT residents.
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

export async function generateLabour(db: GenDb, p: SyntheticParams): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TABLE edu_year AS
    SELECT y.id, y.year,
           coalesce(bool_or(s.start_date <= make_date(y.year, 10, 1) AND s.end_date >= make_date(y.year, 10, 1)), false) AS in_edu,
           max(CASE WHEN s.outcome = 1 AND s.end_date <= make_date(y.year, 12, 31) THEN s.level_rank END) AS done_rank
    FROM py y LEFT JOIN edu_spell s ON s.id = y.id AND s.start_date <= make_date(y.year, 12, 31)
    GROUP BY y.id, y.year;

    CREATE OR REPLACE TABLE status AS
    WITH base AS (
      SELECT y.id, y.year, y.age, p.sex, p.ses, p.menapt, p.arrival_year, e.in_edu,
             coalesce(e.done_rank, CASE se.hfaudd WHEN 1009 THEN 1 WHEN 2010 THEN 2 WHEN 3010 THEN 3
                                                  WHEN 4010 THEN 4 WHEN 5010 THEN 5 WHEN 6510 THEN 6 END, 0) AS rank,
             coalesce(se.hf_kilde = 3, false) AS imputed
      FROM py y JOIN person p ON p.id = y.id JOIN edu_year e ON e.id = y.id AND e.year = y.year
      LEFT JOIN static_edu se ON se.id = y.id
    ), employment AS (
      SELECT *,
             -- imputed education carries no information: treat as basic for the employment chance
             CASE WHEN imputed THEN 0 ELSE [0.0, 0.0, 0.7, 1.0, 1.1, 1.4, 1.6][rank + 1] END AS edu_bonus,
             u(id, year, ${S.empYear}) < logistic(1.75 + CASE WHEN age < 30 THEN 0.5 ELSE 0.9 END * ses + (CASE WHEN imputed THEN 0 ELSE [0.0, 0.0, 0.7, 1.0, 1.1, 1.4, 1.6][rank + 1] END)
                 - 1.1 * menapt::INTEGER - CASE WHEN menapt AND sex = 2 THEN 0.9 ELSE 0 END
                 - CASE WHEN arrival_year IS NOT NULL AND year - arrival_year < 3 THEN 1.2 ELSE 0 END
                 + 0.9 * nrm(id, 0, ${S.empPersistent})
                 - CASE WHEN year IN (1993, 1994) THEN 0.3 WHEN year BETWEEN 2009 AND 2013 THEN 0.25 ELSE 0 END
                 - CASE WHEN age < 20 THEN 0.8 WHEN age < 25 THEN 0.3 WHEN age >= 60 THEN 0.9 WHEN age >= 55 THEN 0.4 ELSE 0 END) AS works
      FROM base
    )
    SELECT id, year, age,
           CASE WHEN age < 15 THEN 420
                WHEN in_edu THEN 310
                WHEN age >= 65 THEN 322
                WHEN works THEN CASE WHEN u(id, 0, ${S.nonEmpType}) < 0.06 THEN 112
                                     ELSE [135, 134, 134, 134, 133, 132, 131][rank + 1] END
                WHEN age >= 60 AND year < 2014 AND u(id, year, ${S.nonEmpType}) < 0.6 THEN 323
                WHEN age >= 35 AND u(id, 1, ${S.nonEmpType}) < logistic(-1.6 + 0.05 * (age - 40) - 0.6 * ses) THEN 321
                WHEN u(id, year, ${S.nonEmpType} + 1) < logistic(-0.2 - 0.8 * ses + 0.6 * menapt::INTEGER) THEN 330
                WHEN u(id, year, ${S.nonEmpType} + 2) < 0.5 THEN 210
                WHEN u(id, year, ${S.nonEmpType} + 3) < 0.5 THEN 220
                ELSE 410 END::SMALLINT AS socio13,
           rank, ses, menapt, sex, arrival_year, in_edu
    FROM employment;
  `);
}

/**
 * Paid hours, disposable income and wealth. `participant` (made by participants.ts) carries the
 * planted effect: a participant in the part-time-job effort has higher log-odds of working at least
 * 110 hours from the start year on, by the amounts recorded in truth.json.
 */
export async function generateIncome(db: GenDb, p: SyntheticParams, plantedLogOdds: readonly number[]): Promise<void> {
  const effect = `[${plantedLogOdds.join(', ')}]`;
  await db.run(`
    CREATE OR REPLACE TABLE money AS
    WITH youth_job AS (
      SELECT s.*, pt.start_aar,
             CASE WHEN pt.start_aar IS NOT NULL AND s.year >= pt.start_aar AND s.year - pt.start_aar < ${plantedLogOdds.length}
                  THEN ${effect}[s.year - pt.start_aar + 1] ELSE 0 END AS planted,
             -- a part-time job (at least 110 hours) for pupils and students, in log-odds
             -1.1 + 0.3 * (s.age - 15) + 0.45 * s.ses - 0.8 * s.menapt::INTEGER + 0.6 * nrm(s.id, 0, ${S.job}) AS job_lin
      FROM status s LEFT JOIN participant_job pt ON pt.id = s.id
    ), hours AS (
      SELECT *,
             CASE WHEN socio13 BETWEEN 110 AND 139 THEN round(1350 + 450 * u(id, year, ${S.hours}))
                  WHEN age >= 13 AND age <= 29 AND (socio13 IN (310, 420) ) AND u(id, year, ${S.job}) < logistic(job_lin + planted)
                       THEN round(110 + 600 * pow(u(id, year, ${S.hours}), 2))
                  WHEN age >= 13 AND age <= 29 AND (socio13 IN (310, 420)) THEN round(100 * u(id, year, ${S.hours}))
                  WHEN socio13 IN (210, 330, 410) AND u(id, year, ${S.hours} + 1) < 0.25 THEN round(400 * u(id, year, ${S.hours}))
                  ELSE 0 END AS hours
      FROM youth_job
    ), kids AS (
      SELECT fam_key, year, count(*) FILTER (WHERE plads = 3 AND age < 18) AS n_kids FROM py GROUP BY fam_key, year
    ), head_kids AS (
      SELECT y.id, y.year, k.n_kids FROM py y JOIN kids k USING (fam_key, year) WHERE y.plads = 1 AND k.n_kids > 0
    ), income AS (
      SELECT hours.*, coalesce(hk.n_kids, 0) AS n_kids,
             pow(1.014, year - 2019) AS wage_index,
             pow(0.996, year - 2019) AS transfer_index,
             exp(0.1 * nrm(id, year, ${S.incYear})) AS noise
      FROM hours LEFT JOIN head_kids hk USING (id, year)
    )
    SELECT id, year, hours,
           round(noise * CASE
             WHEN socio13 BETWEEN 110 AND 113 THEN
               -- the self-employed: volatile incomes, losses included
               200000 * wage_index * exp(0.3 * ses) * (0.2 + 1.2 * u(id, year, ${S.hours} + 9))
             WHEN socio13 BETWEEN 120 AND 139 THEN
               -- a full-year wage has a floor (collective agreements); recent immigrants earn less
               greatest(150000 * wage_index,
                 215000 * wage_index * exp(0.24 * ses + 0.08 * rank + 0.17 * nrm(id, 0, ${S.incPersistent})))
                 * CASE WHEN age < 25 THEN 0.75 WHEN age < 30 THEN 0.9 WHEN age < 45 THEN 1.0 WHEN age < 60 THEN 1.04 ELSE 0.97 END
                 * CASE WHEN menapt THEN 0.82 ELSE 1 END
                 -- part-year employment: more common over time and for low SES
                 * CASE WHEN u(id, year, ${S.hours} + 7) < 0.02 + 0.009 * greatest(0, year - 2000) - 0.03 * ses + CASE WHEN age < 30 THEN 0.1 ELSE 0 END
                        THEN 0.35 + 0.45 * u(id, year, ${S.hours} + 8) ELSE 1 END
             WHEN socio13 = 310 AND age >= 18 THEN 78000 * transfer_index + 125 * hours
             WHEN socio13 IN (310, 420) THEN 110 * hours
             WHEN socio13 = 322 THEN (118000 + 45000 * exp(0.7 * ses + 0.3 * nrm(id, 0, ${S.incPersistent}))) * pow(1.008, year - 2019)
             WHEN socio13 = 323 THEN 205000 * transfer_index
             WHEN socio13 = 321 THEN 195000 * transfer_index
             WHEN socio13 = 210 THEN 180000 * transfer_index
             WHEN socio13 = 220 THEN 135000 * transfer_index
             WHEN socio13 = 330 THEN
               CASE WHEN arrival_year >= 2015 AND year - arrival_year < 10 THEN 80000
                    WHEN arrival_year BETWEEN 2002 AND 2011 AND year - arrival_year < 7 AND year < 2012 THEN 100000
                    WHEN age < 30 THEN CASE WHEN year >= 2014 THEN 78000 ELSE 95000 END
                    ELSE 150000 * CASE WHEN year >= 2016 THEN (CASE WHEN n_kids > 0 THEN 0.7 ELSE 0.85 END) ELSE 1 END END * transfer_index
             ELSE 75000 * transfer_index END
             -- child benefits (børne- og ungeydelse, børnetilskud) paid to the family head
             + 12000 * n_kids * transfer_index
             -- capital income at the top grows faster than wages: inequality rises in the population
             + CASE WHEN socio13 <> 420 AND ses > 0.8 THEN 30000 * exp(1.3 * (ses - 0.8)) * (0.35 + 0.1 * greatest(0, year - 2000)) ELSE 0 END
           ) AS dispon,
           CASE WHEN age < 18 THEN 0
                ELSE round(500000 * exp(0.9 * ses + 0.8 * nrm(id, 0, ${S.wealth})) * least(1.0, greatest(0.1, (age - 18) / 40.0)) - 300000) END AS wealth
    FROM income;
  `);
}
