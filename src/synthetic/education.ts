/**
 * Education careers. Everyone schooled in Denmark (born 1964 or later, arrived before 16) goes through
 * primary school, may take the 9th-grade exam, may start and complete or drop out of upper secondary
 * (general or vocational, with a second chance), and may go on to higher education. Ability follows
 * the family's SES. Older cohorts and adult immigrants get a highest education drawn once (immigrants'
 * partly from the immigrant survey, partly imputed, partly unknown).
 *
 * Tables: career(id, ability, school_start_year, g_end_year, tenth_grade, exam, ...)
 *         edu_spell(id, udd, start_date, end_date, outcome, level_rank)
 *         static_edu(id, hfaudd, hf_kilde)       highest education for people without a career
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** AUDD-style codes; the first two digits are the H1 group (see the contract's H1_TO_LEVEL). */
export const UDD = { grundskole: 1009, gymnasial: 2010, erhvervsfaglig: 3010, kvu: 4010, mvu: 5010, lvu: 6510 } as const;

export async function generateEducation(db: GenDb, p: SyntheticParams): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TABLE career AS
    WITH schooled AS (
      SELECT id, sex, birth_year, menapt, ses,
             0.45 * ses + 0.85 * nrm(id, 0, ${S.ability}) + CASE WHEN sex = 2 THEN 0.15 ELSE 0 END
               - CASE WHEN arrival_year IS NOT NULL THEN 0.3 ELSE 0 END AS ability,
             arrival_year
      FROM person
      WHERE birth_year >= 1964 AND (arrival_year IS NULL OR arrival_year - birth_year <= 15)
    ), timing AS (
      SELECT *,
             u(id, 0, ${S.eduTiming}) < logistic(-2.5 - 0.5 * ability + CASE WHEN sex = 1 THEN 0.4 ELSE 0 END) AS postponed,
             u(id, 1, ${S.eduTiming}) < logistic(-0.2 - 0.4 * ability) AS tenth_grade
      FROM schooled
    ), school AS (
      SELECT *, birth_year + 6 + postponed::INTEGER AS school_start_year,
             birth_year + 6 + postponed::INTEGER + 10 + tenth_grade::INTEGER AS g_end_year,
             -- the 9th-grade exam is taken in June of the year after the 9th-grade school year starts
             birth_year + 6 + postponed::INTEGER + 10 AS exam_year
      FROM timing
    ), exam AS (
      -- completion rises fast in the first years of the grade register (0.77 in 2002, about 0.84 in 2007)
      -- and slowly after (0.90 in 2019; Fig 4.4, Tabel 4.3)
      SELECT *, u(id, 0, ${S.grade}) < logistic(1.55 + 1.6 * ability - 0.25 * menapt::INTEGER
                  + CASE WHEN sex = 2 THEN 0.1 ELSE 0 END
                  + 0.13 * (least(greatest(exam_year, 2002), 2007) - 2002) + 0.045 * (least(greatest(exam_year, 2007), 2019) - 2007)) AS exam
      FROM school
    ), upper_sec AS (
      SELECT *,
             g_end_year + CASE WHEN u(id, 2, ${S.eduTiming}) < 0.72 THEN 0 WHEN u(id, 2, ${S.eduTiming}) < 0.93 THEN 1 ELSE 2 END AS us_start,
             -- children of MENAPT immigrants aim higher than their parents' position predicts (rising over cohorts)
             CASE WHEN u(id, 0, ${S.eduChoice}) < logistic(-0.5 + 1.7 * ability + 0.3 * (sex = 2)::INTEGER + 0.8 * exam::INTEGER - 0.7 + 0.02 * (birth_year - 1964)
                    + CASE WHEN menapt AND arrival_year IS NULL THEN 0.4 + 0.03 * greatest(0, birth_year - 1985) ELSE 0 END) THEN 'gym'
                  -- the weakest pupils more often start no youth education at all
                  WHEN u(id, 1, ${S.eduChoice}) < logistic(2.3 + 0.8 * ability) THEN 'eud' END AS us_type
      FROM exam
    ), us_outcome AS (
      SELECT *,
             CASE us_type WHEN 'gym' THEN u(id, 0, ${S.eduOutcome}) < logistic(1.9 + 1.2 * ability)
                          WHEN 'eud' THEN u(id, 0, ${S.eduOutcome}) < logistic(0.75 + 0.8 * ability + 0.4 * (ses))
                          ELSE false END AS us_done,
             CASE us_type WHEN 'gym' THEN 3 ELSE 4 END AS us_dur
      FROM upper_sec
    ), second_chance AS (
      SELECT *,
             us_type IS NOT NULL AND NOT us_done AND u(id, 1, ${S.eduOutcome}) < logistic(0.2 + 0.6 * ses + CASE WHEN menapt THEN 0.7 ELSE 0 END) AS retry,
             us_start + CASE WHEN us_done THEN us_dur ELSE 1 + floor(u(id, 3, ${S.eduTiming}) * (us_dur - 1))::INTEGER END AS us_end
      FROM us_outcome
    ), retry_outcome AS (
      -- after dropping out, a second start comes one to three years later (the years between are often NEET)
      SELECT *, us_end + 1 + floor(2.5 * u(id, 6, ${S.eduTiming}))::INTEGER AS re_start, retry AND u(id, 2, ${S.eduOutcome}) < logistic(0.5 + 0.7 * ability) AS re_done
      FROM second_chance
    ), higher AS (
      SELECT *,
             (us_type = 'gym' AND us_done AND u(id, 0, ${S.eduHigher}) < logistic(1.2 + 1.0 * ability))
               OR ((us_type = 'eud' AND us_done OR re_done) AND u(id, 0, ${S.eduHigher}) < 0.12) AS he_start_flag,
             CASE WHEN us_type = 'gym' AND ability + 0.5 * nrm(id, 0, ${S.eduHigher}) > 1.0 THEN 'lvu'
                  WHEN us_type = 'gym' AND ability + 0.5 * nrm(id, 0, ${S.eduHigher}) > -0.2 THEN 'mvu'
                  ELSE 'kvu' END AS he_type
      FROM retry_outcome
    )
    SELECT id, ability, postponed, tenth_grade, school_start_year, g_end_year, exam_year, exam, us_type, us_start, us_done, us_end,
           retry, re_start, re_done,
           he_start_flag, he_type,
           CASE WHEN us_done THEN us_end ELSE re_start + 4 END + floor(3 * u(id, 4, ${S.eduTiming}))::INTEGER AS he_start,
           CASE he_type WHEN 'lvu' THEN 5 WHEN 'mvu' THEN 4 ELSE 2 END AS he_dur,
           u(id, 3, ${S.eduOutcome}) < 0.8 AS he_done
    FROM higher;

    CREATE OR REPLACE TABLE edu_spell AS
    WITH spells AS (
      SELECT id, ${UDD.grundskole} AS udd, school_start_year AS y0, g_end_year AS y1, true AS done, 1 AS level_rank FROM career
      UNION ALL
      SELECT id, CASE us_type WHEN 'gym' THEN ${UDD.gymnasial} ELSE ${UDD.erhvervsfaglig} END, us_start, us_end, us_done,
             CASE us_type WHEN 'gym' THEN 2 ELSE 3 END
      FROM career WHERE us_type IS NOT NULL
      UNION ALL
      SELECT id, ${UDD.erhvervsfaglig}, re_start, re_start + CASE WHEN re_done THEN 4 ELSE 1 END, re_done, 3 FROM career WHERE retry
      UNION ALL
      SELECT id, CASE he_type WHEN 'lvu' THEN ${UDD.lvu} WHEN 'mvu' THEN ${UDD.mvu} ELSE ${UDD.kvu} END,
             he_start, he_start + CASE WHEN he_done THEN he_dur ELSE 1 + floor(u(id, 5, ${S.eduTiming}) * he_dur)::INTEGER END, he_done,
             CASE he_type WHEN 'lvu' THEN 6 WHEN 'mvu' THEN 5 ELSE 4 END
      FROM career WHERE he_start_flag
    )
    SELECT s.id, s.udd, make_date(s.y0, 8, 1) AS start_date,
           -- completions end in June; drop-outs on a random day of the school year
           CASE WHEN s.done THEN make_date(s.y1, 6, 30)
                ELSE make_date(s.y1 - 1, 8, 15) + floor(300 * u(s.id, s.udd, ${S.eduTiming}))::INTEGER END AS end_date,
           CASE WHEN s.done THEN 1 ELSE 2 END AS outcome, s.level_rank
    FROM spells s JOIN person p ON p.id = s.id
    WHERE s.y0 <= ${p.lastYear} AND s.y0 < p.exit_year;

    -- people without a Danish career: a highest education drawn once
    CREATE OR REPLACE TABLE static_edu AS
    WITH others AS (
      SELECT id, birth_year, ses, arrival_year FROM person
      WHERE NOT (birth_year >= 1964 AND (arrival_year IS NULL OR arrival_year - birth_year <= 15))
    ), latent AS (
      SELECT *, ses + 0.7 * nrm(id, 0, ${S.founderEdu}) AS z,
             -- share with only basic schooling falls from about 55 % (born 1910) to 22 % (born 1963)
             greatest(0.2, least(0.6, 0.55 - 0.0063 * (birth_year - 1910))) AS basic_share
      FROM others
    ), level AS (
      -- rank within the birth cohort: the lowest basic_share get only basic schooling
      SELECT *, percent_rank() OVER (PARTITION BY birth_year ORDER BY z, id) AS q FROM latent
    )
    SELECT id,
           CASE WHEN arrival_year IS NOT NULL AND u(id, 0, ${S.immigrantEdu}) < 0.3 THEN NULL
                WHEN q < basic_share THEN ${UDD.grundskole}
                WHEN q < basic_share + 0.05 THEN ${UDD.gymnasial}
                WHEN q < basic_share + 0.05 + 0.42 * (1 - basic_share) THEN ${UDD.erhvervsfaglig}
                WHEN q < 0.9 THEN ${UDD.kvu}
                WHEN q < 0.96 THEN ${UDD.mvu}
                ELSE ${UDD.lvu} END AS hfaudd,
           CASE WHEN arrival_year IS NULL THEN 1
                WHEN u(id, 0, ${S.imputed}) < 0.6 THEN 3 ELSE 2 END AS hf_kilde
    FROM level;
  `);
}
