/**
 * Crime: offences by person and year from age 10, registered as suspicions (KRMS) below the age of
 * criminal responsibility (15; 14 from 1 July 2010 to 14 March 2012) and as charges (KRSI) above it;
 * some charges end in a verdict (KRAF) with a sanction.
 *
 * The yearly chance of offending follows an age curve (peak in the late teens), falls about 3.5 % a
 * year after 2000 (youth charges nearly halved 2000-2019, Fig 5.4), and rises with the persistent
 * crime propensity (low SES, low school ability, boys, MENAPT origin), with parents in the restgruppe
 * and single parents for children, and with living in social housing and in a supported department
 * (whose excess falls over the period, 192 -> 106 against 60 -> 33 per 1,000 15-17-year-olds).
 * Suspicions of 10-14-year-olds are relatively more common in social housing outside the supported
 * areas (Fig 5.2: 30, 22 and 6 per 1,000) and are registered more from 2018 (12 in 2017, 30 in 2019).
 * An offender has a geometric number of offences that year. Traffic charges (LOV 2), mostly adults',
 * end in fines (SANKTION 3); the analyses exclude both.
 *
 * Tables: offence(id, event_date, lov, kind)    kind 'krms' or 'krsi'
 *         verdict(id, afg_date, lov, sanktion)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

export async function generateCrime(db: GenDb, p: SyntheticParams): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TEMP TABLE offender_year AS
    WITH base AS (
      SELECT y.id, y.year, y.age, p.birth_date, r.zc, c.social, c.supported,
             y.plads = 3 AND (c.any_rest) AS parent_rest, y.plads = 3 AND c.single_parent AS single_home,
             CASE WHEN y.age <= 11 THEN -8.0 WHEN y.age = 12 THEN -7.4 WHEN y.age = 13 THEN -6.8 WHEN y.age = 14 THEN -6.3
                  WHEN y.age = 15 THEN -4.8 WHEN y.age = 16 THEN -4.5 WHEN y.age = 17 THEN -4.35
                  WHEN y.age <= 20 THEN -4.4 WHEN y.age <= 24 THEN -4.8 WHEN y.age <= 29 THEN -5.0
                  WHEN y.age <= 39 THEN -5.45 WHEN y.age <= 49 THEN -6.5 WHEN y.age <= 59 THEN -7.0 ELSE -7.9 END AS age_term
      FROM py y
      JOIN person p ON p.id = y.id
      JOIN latent_risk r ON r.id = y.id
      JOIN fam_ctx c ON c.fam_key = y.fam_key AND c.year = y.year
      WHERE y.age >= 10
    )
    SELECT * FROM (
    SELECT id, year, age, birth_date,
           -- offences this year: 0 or 1 + geometric(q), where q is higher for the most crime-prone
           CASE WHEN u(id, year, ${S.crime}) < logistic(age_term + 1.05 * zc
                       - 0.45 - 0.035 * (least(greatest(year, 1995), 2021) - 2000)
                       -- the rise of suspicions from 2018, strongest in the supported areas (Fig 5.2: 12 -> 30)
                       + CASE WHEN age <= 14 AND year >= 2018 THEN 0.8 + 0.6 * supported::INTEGER ELSE 0 END
                       -- children mostly have one or two suspicions a year (the count below), so more of them offend
                       + CASE WHEN age <= 14 THEN 0.55 ELSE 0 END
                       + CASE WHEN age <= 14 THEN 1.1 * social::INTEGER - 1.35 * supported::INTEGER ELSE 0 END
                       + 0.4 * social::INTEGER + (0.95 + 0.025 * (2010 - least(greatest(year, 2000), 2019))) * supported::INTEGER
                       + 0.35 * coalesce(parent_rest, false)::INTEGER + 0.25 * coalesce(single_home, false)::INTEGER)
                THEN 1 + least(15, floor(ln(u(id, year, ${S.crimeCount}))
                           / ln(CASE WHEN age <= 14 THEN 0.25 ELSE least(0.7, 0.4 + 0.08 * greatest(zc, 0)) END)))::INTEGER
                ELSE 0 END AS n
    FROM base)
    WHERE n > 0;

    CREATE OR REPLACE TABLE offence AS
    WITH events AS (
      SELECT id, year, age, birth_date, unnest(range(n)) AS k FROM offender_year
    ), dated AS (
      SELECT id, age, birth_date,
             make_date(year, 1, 1) + floor((CASE WHEN year % 4 = 0 THEN 366 ELSE 365 END) * u(id, year * 20 + k, ${S.crimeDate}))::INTEGER AS event_date,
             u(id, year * 20 + k, ${S.crimeLaw}) AS law_draw
      FROM events
    ), aged AS (
      SELECT *, date_diff('year', birth_date, event_date) AS age_at
      FROM dated
    )
    SELECT id, event_date,
           CASE WHEN age_at < 18 THEN
                  CASE WHEN law_draw < 0.81 THEN 1 WHEN law_draw < 0.85 THEN 2 WHEN law_draw < 0.94 THEN 3 WHEN law_draw < 0.97 THEN 4 ELSE 5 END
                ELSE
                  CASE WHEN law_draw < 0.52 THEN 1 WHEN law_draw < 0.80 THEN 2 WHEN law_draw < 0.91 THEN 3 WHEN law_draw < 0.94 THEN 4 ELSE 5 END
           END::INTEGER AS lov,
           CASE WHEN age_at >= 15 OR (age_at = 14 AND event_date BETWEEN DATE '2010-07-01' AND DATE '2012-03-14') THEN 'krsi' ELSE 'krms' END AS kind
    FROM aged
    WHERE age_at >= 10 AND event_date <= DATE '${p.lastYear}-12-31'
    ORDER BY id, event_date;

    -- verdicts: most charges end in a verdict some weeks to a year later, prison sanctions are a small,
    -- slowly rising share for young people, traffic mostly gives fines
    CREATE OR REPLACE TABLE verdict AS
    WITH v AS (
      SELECT o.id, o.lov, o.event_date, date_diff('year', p.birth_date, o.event_date) AS age_at,
             o.event_date + (20 + floor(330 * u(o.id, year(o.event_date) * 1000 + dayofyear(o.event_date), ${S.verdictDate})))::INTEGER AS afg_date,
             u(o.id, year(o.event_date) * 1000 + dayofyear(o.event_date), ${S.sanction}) AS sd,
             u(o.id, year(o.event_date) * 1000 + dayofyear(o.event_date), ${S.verdict}) AS vd,
             r.zc
      FROM offence o JOIN person p ON p.id = o.id JOIN latent_risk r ON r.id = o.id
      WHERE o.kind = 'krsi'
    )
    SELECT id, afg_date, lov,
           CASE WHEN lov = 2 THEN CASE WHEN sd < 0.03 THEN 1 WHEN sd < 0.08 THEN 2 WHEN sd < 0.9 THEN 3 ELSE 4 END
                WHEN sd < (CASE WHEN age_at < 18 THEN 0.016 ELSE 0.07 END) * (1 + 0.03 * (year(event_date) - 2000)) * exp(0.25 * zc) THEN 1
                WHEN sd < (CASE WHEN age_at < 18 THEN 0.058 ELSE 0.16 END) * (1 + 0.03 * (year(event_date) - 2000)) * exp(0.25 * zc) THEN 2
                WHEN sd < 0.55 THEN 3 ELSE 4 END::INTEGER AS sanktion
    FROM v
    WHERE vd < 0.75 AND afg_date <= DATE '${p.lastYear}-12-31'
    ORDER BY id, afg_date;
  `);
}
