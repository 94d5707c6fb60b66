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
import { REST_SQL } from './childhood.ts';

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
      SELECT y.id, y.year, y.age, y.fam_key, y.plads, p.sex, p.ses, p.menapt, p.arrival_year, p.mor_id, e.in_edu,
             coalesce(e.done_rank, CASE se.hfaudd WHEN 1009 THEN 1 WHEN 2010 THEN 2 WHEN 3010 THEN 3
                                                  WHEN 4010 THEN 4 WHEN 5010 THEN 5 WHEN 6510 THEN 6 END, 0) AS rank,
             coalesce(se.hf_kilde = 3, false) AS imputed
      FROM py y JOIN person p ON p.id = y.id JOIN edu_year e ON e.id = y.id AND e.year = y.year
      LEFT JOIN static_edu se ON se.id = y.id
    ), employment AS (
      SELECT *,
             -- imputed education carries no information: treat as basic for the employment chance
             CASE WHEN imputed THEN 0 ELSE [0.0, 0.0, 0.7, 1.0, 1.1, 1.4, 1.6][rank + 1] END AS edu_bonus,
             u(id, year, ${S.empYear}) < logistic(1.75 + CASE WHEN age < 30 THEN 0.6 ELSE 0.9 END * ses + (CASE WHEN imputed THEN 0 ELSE [0.0, 0.0, 0.7, 1.0, 1.1, 1.4, 1.6][rank + 1] END)
                 - 1.1 * menapt::INTEGER - CASE WHEN menapt AND sex = 2 THEN 1.0 ELSE 0 END
                 - CASE WHEN arrival_year IS NOT NULL AND year - arrival_year < 3 THEN 1.2 ELSE 0 END
                 -- a persistent attachment to work, partly shared with the mother (social inheritance of
                 -- non-employment beyond what SES and education carry)
                 + 0.9 * CASE WHEN mor_id IS NULL THEN nrm(id, 0, ${S.empPersistent})
                              ELSE 0.6 * nrm(mor_id, 0, ${S.empPersistent}) + 0.8 * nrm(id, 0, ${S.empPersistent}) END
                 - CASE WHEN year IN (1993, 1994) THEN 0.3 WHEN year BETWEEN 2009 AND 2013 THEN 0.25 ELSE 0 END
                 - CASE WHEN age < 20 THEN 0.8 WHEN age < 25 THEN 0.5 WHEN age >= 60 THEN 0.9 WHEN age >= 55 THEN 0.4 ELSE 0 END) AS works
      FROM base
    ), earners AS (
      SELECT *, (plads < 3 AND works AND NOT in_edu AND age BETWEEN 18 AND 64)::INTEGER AS earner FROM employment
    ), fam_earn AS (
      SELECT fam_key, year, sum(earner) AS n_earners, sum((plads < 3)::INTEGER) AS n_adults FROM earners GROUP BY fam_key, year
    ), with_partner AS (
      -- does the other adult of the family earn? (mutual maintenance obligation: no social assistance)
      SELECT e.*, e.plads < 3 AND f.n_earners - e.earner > 0 AS partner_works, e.plads < 3 AND f.n_adults = 2 AS in_couple
      FROM earners e JOIN fam_earn f USING (fam_key, year)
    )
    SELECT id, year, age,
           CASE WHEN age < 15 THEN 420
                WHEN in_edu THEN 310
                -- young adult immigrants: Danish language school, VUC and preparatory courses in the first
                -- years after arrival (education outside the youth-education spells)
                WHEN arrival_year IS NOT NULL AND age BETWEEN 18 AND 29 AND year - arrival_year BETWEEN 1 AND 4
                     AND u(id, 0, ${S.adultEdu}) < 0.45 THEN 310
                WHEN age >= 65 THEN 322
                WHEN works THEN CASE WHEN u(id, 0, ${S.nonEmpType}) < greatest(0.01, 0.1 + 0.05 * ses) THEN 112
                                     ELSE [135, 134, 134, 134, 133, 132, 131][rank + 1] END
                WHEN age >= 60 AND year < 2014 AND u(id, year, ${S.nonEmpType}) < 0.6 THEN 323
                -- early retirement (førtidspension); the 2013 reform all but closed it below 40 and made it
                -- rarer above, sending people to social assistance (and its post-2016 cuts) instead
                WHEN age >= 35 AND u(id, 1, ${S.nonEmpType}) < logistic(-1.6 + 0.05 * (age - 40) - 0.6 * ses
                       - CASE WHEN year >= 2013 THEN (CASE WHEN age < 40 THEN 3 ELSE 0.6 END) ELSE 0 END) THEN 321
                -- a spouse whose partner earns gets no social assistance (gensidig forsørgerpligt): many stay
                -- at home without an income of their own, most often in MENAPT families
                WHEN partner_works AND u(id, year, ${S.nonEmpType} + 300) < 0.3 + 0.4 * menapt::INTEGER THEN 410
                WHEN u(id, year, ${S.nonEmpType} + 1) < logistic(-0.2 - 0.8 * ses + 0.6 * menapt::INTEGER) THEN 330
                WHEN u(id, year, ${S.nonEmpType} + 2) < 0.5 THEN 210
                WHEN u(id, year, ${S.nonEmpType} + 3) < 0.5 THEN 220
                ELSE 410 END::SMALLINT AS socio13,
           rank, ses, menapt, sex, arrival_year, in_edu, partner_works, in_couple
    FROM with_partner;

    -- Social inheritance of NEET at 18-22, beyond what SES, ability and the shared work attachment
    -- carry: young people out of education whose parent (mother or father) was in the restgruppe when
    -- they were 15 more often have no job (persistently: the same persons every year), and the others
    -- more often find one. Tabel 6.2: NEET at 18-20 is 24 against 8 pct. in the population in 2005.
    CREATE OR REPLACE TABLE status AS
    WITH parent_rest15 AS (
      SELECT id, bool_or(rest) AS rest15 FROM (
        SELECT c.id, ${REST_SQL('s')} AS rest FROM person c JOIN status s ON s.id = c.mor_id AND s.year = c.birth_year + 15
        UNION ALL
        SELECT c.id, ${REST_SQL('s')} AS rest FROM person c JOIN status s ON s.id = c.far_id AND s.year = c.birth_year + 15)
      GROUP BY id
    )
    SELECT s.* REPLACE (
             CASE WHEN s.age NOT BETWEEN 18 AND 22 OR s.in_edu OR r.rest15 IS NULL THEN s.socio13
                  WHEN r.rest15 AND s.socio13 BETWEEN 120 AND 139 AND u(s.id, 0, ${S.nonEmpType} + 400) < 0.2 THEN 330
                  WHEN NOT r.rest15 AND s.socio13 IN (210, 220, 330, 410) AND u(s.id, 0, ${S.nonEmpType} + 401) < 0.25
                    THEN [135, 134, 134, 134, 133, 132, 131][s.rank + 1]
                  ELSE s.socio13 END::SMALLINT AS socio13)
    FROM status s LEFT JOIN parent_rest15 r ON r.id = s.id;
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
      SELECT fam_key, year, count(*) FILTER (WHERE plads = 3 AND age < 18) AS n_kids,
             count(*) FILTER (WHERE plads < 3) = 1 AS lone_parent FROM py GROUP BY fam_key, year
    ), head_kids AS (
      SELECT y.id, y.year, k.n_kids, k.lone_parent FROM py y JOIN kids k USING (fam_key, year) WHERE y.plads = 1 AND k.n_kids > 0
    ), income AS (
      SELECT hours.*, coalesce(hk.n_kids, 0) AS n_kids, coalesce(hk.lone_parent, false) AS lone_parent,
             -- real wages grow about 1.65 % a year from the 2000 level (equivalised mean +33 % 2000-2019)
             pow(1.014, 2000 - 2019) * pow(1.0165, year - 2000) AS wage_index,
             pow(0.996, year - 2019) AS transfer_index,
             exp(0.1 * nrm(id, year, ${S.incYear})) AS noise
      FROM hours LEFT JOIN head_kids hk USING (id, year)
    )
    SELECT id, year, hours,
           -- in the year of arrival only the months in Denmark count (the family is there at year end)
           round(noise * CASE WHEN year = arrival_year THEN 0.2 + 0.8 * u(id, year, ${S.hours} + 200) ELSE 1 END * CASE
             WHEN socio13 BETWEEN 110 AND 113 THEN
               -- the self-employed: volatile incomes, losses included; a third have a year below half the
               -- mean, which is why the self-employed are over-represented among the income-poor
               200000 * wage_index * exp(0.3 * ses) * (-0.15 + 1.9 * u(id, year, ${S.hours} + 9))
             WHEN socio13 BETWEEN 120 AND 139 THEN
               -- a full-year wage has a floor (collective agreements); recent immigrants earn less
               -- (the age profile applies above the floor: a full-year job pays at least the minimum)
               greatest(150000 * wage_index,
                 215000 * wage_index * exp(0.24 * ses + 0.08 * rank + 0.17 * nrm(id, 0, ${S.incPersistent}))
                 * CASE WHEN age < 25 THEN 0.75 WHEN age < 30 THEN 0.9 WHEN age < 45 THEN 1.0 WHEN age < 60 THEN 1.04 ELSE 0.97 END)
                 -- immigrants and descendants of MENAPT origin earn less; other immigrants (many EU
                 -- labour migrants from 2004 on) somewhat less
                 * CASE WHEN menapt THEN 0.82 WHEN arrival_year IS NOT NULL THEN 0.88 ELSE 1 END
                 -- part-year and part-time employment: rare in 2000, more common every year after
                 -- (temporary and hourly-paid jobs), and for low SES and the young
                 -- (a persistent propensity: the same people have such years again, as poverty is persistent)
                 * CASE WHEN u(id, year, ${S.hours} + 7) < (0.035 + 0.011 * greatest(0, year - 2000) - 0.02 * ses + CASE WHEN age < 30 THEN 0.15 ELSE 0 END
                          -- seasonal and short contracts in the first years after arrival
                          + CASE WHEN arrival_year IS NOT NULL AND year - arrival_year < 8 THEN 0.15 ELSE 0 END)
                          * 2 * u(id, 0, ${S.hours} + 201)
                        THEN 0.3 + 0.45 * u(id, year, ${S.hours} + 8) ELSE 1 END
             WHEN socio13 = 310 AND age >= 18 THEN 78000 * transfer_index + 125 * hours
             WHEN socio13 IN (310, 420) THEN 110 * hours
             -- old-age pensions: the labour-market pensions of the 1990s mature, so pensioners' incomes
             -- grow about 1.8 % a year after 2000
             WHEN socio13 = 322 THEN (118000 + 45000 * exp(0.7 * ses + 0.3 * nrm(id, 0, ${S.incPersistent}))) * pow(1.008, 2000 - 2019) * pow(1.018, year - 2000)
             WHEN socio13 = 323 THEN 205000 * transfer_index
             WHEN socio13 = 321 THEN 195000 * transfer_index
             WHEN socio13 = 210 THEN 180000 * transfer_index
             WHEN socio13 = 220 THEN 135000 * transfer_index
             WHEN socio13 = 330 THEN
               -- social assistance (kontanthjælp), disposable, per person. Reforms that cut it:
               --   integrationsydelse for refugees arriving from 2015 (and starthjælp 2002-11 for new arrivals),
               --   uddannelseshjælp at SU level for under-30s from 2014,
               --   kontanthjælpsloft and the 225-hour rule from 2016 (hardest on families with children).
               -- Before the reforms a single adult over 30 was well above the poverty line; after 2016 about at it.
               -- The ceiling cuts most for large families; the 225-hour rule cuts couples where both receive it.
               -- (Cuts for families with children are kept moderate: child and housing benefits soften the
               -- ceiling, and Fig 3.2 has 23, not 40, pct. of supported 6-year-olds poor in 2019.)
               CASE WHEN arrival_year >= 2015 AND year - arrival_year < 10 THEN 80000
                    WHEN arrival_year BETWEEN 2002 AND 2011 AND year - arrival_year < 7 AND year < 2012 THEN 100000
                    WHEN age < 30 THEN CASE WHEN year >= 2014 THEN 78000 ELSE 95000 END
                    ELSE 140000 * CASE WHEN year >= 2016 THEN (CASE WHEN n_kids >= 3 THEN 0.8 WHEN n_kids > 0 THEN 0.88 ELSE 0.84 END)
                                                  * (CASE WHEN in_couple THEN 0.95 ELSE 1 END) ELSE 1 END END * transfer_index
             -- others without a benefit: little income of their own when supported by an earning partner
             ELSE CASE WHEN partner_works THEN 30000 ELSE 75000 END * transfer_index END
             -- child benefits (børne- og ungeydelse, børnetilskud) paid to the family head
             + 12000 * n_kids * transfer_index
             -- lone providers also get ordinært and ekstra børnetilskud (and more housing benefit)
             + CASE WHEN lone_parent THEN (6000 + 10000 * n_kids) * transfer_index ELSE 0 END
             -- capital income at the top grows faster than wages: inequality rises in the population
             + CASE WHEN socio13 <> 420 AND ses > 0.8 THEN 30000 * exp(1.3 * (ses - 0.8)) * (0.35 + 0.1 * greatest(0, year - 2000)) ELSE 0 END
           ) AS dispon,
           CASE WHEN age < 18 THEN 0
                ELSE round(500000 * exp(0.9 * ses + 0.8 * nrm(id, 0, ${S.wealth})) * least(1.0, greatest(0.1, (age - 18) / 40.0)) - 300000) END AS wealth
    FROM income;
  `);
}
