/**
 * Primary school: the pupil register (grade and school type per school year), absence (public and
 * special schools, from 2011), the national wellbeing survey (grades 4-9, from 2015), the national
 * tests (from 2010) and the 9th-grade exam grades.
 *
 * Every pupil schooled in Denmark (`career`) is in grade k in school year school_start_year + k while
 * resident, with grade 10 for those who take it; the 9th grade is the school year exam_year - 1.
 * Private schools draw higher-SES families, efterskoler (mostly grade 10) higher-SES, non-MENAPT
 * families; a few non-completers are in special schools. Absence rises in udskoling and with the
 * absence propensity, parents in the restgruppe, single parents and supported areas; wellbeing falls
 * with the same. Test scores and grades follow the career's ability (girls a little higher in
 * language). Participation in the plans' efforts has no effect on absence.
 *
 * Tables: pupil_year(id, skoleaar, grade, skoletype, ...), absence(id, skoleaar, pct),
 *         wellbeing(id, skoleaar, score), ntest(id, skoleaar, fag, grade, score),
 *         exam_grade(id, skoleaar, fag, karakter, bundet)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** Mandatory (bundne) exam subjects; `lang` marks the language subjects where girls do better. */
export const EXAM_SUBJECTS = [
  { fag: 'dansk_laesning', lang: 1 }, { fag: 'dansk_retskrivning', lang: 1 }, { fag: 'dansk_skriftlig', lang: 1 },
  { fag: 'dansk_mundtlig', lang: 1 }, { fag: 'matematik_faerdighed', lang: 0 }, { fag: 'matematik_problemloesning', lang: 0 },
  { fag: 'engelsk_mundtlig', lang: 1 }, { fag: 'fysik_kemi', lang: 0 },
] as const;
/** One drawn (udtræks) subject per pupil from 2007, not mandatory. */
const DRAWN_SUBJECTS = ['biologi', 'geografi', 'historie', 'samfundsfag', 'kristendomskundskab', 'tysk_mundtlig'];
const sqlList = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

export async function generateSchool(db: GenDb, p: SyntheticParams): Promise<void> {
  const subjects = EXAM_SUBJECTS.map((s, i) => `(${i + 1}, '${s.fag}', ${s.lang})`).join(', ');
  await db.run(`
    CREATE OR REPLACE TABLE pupil_year AS
    WITH grades AS (
      SELECT id, ability, exam, school_start_year, unnest(range(0, 10 + tenth_grade::INTEGER)) AS grade FROM career
    ), placed AS (
      SELECT g.id, g.school_start_year + g.grade AS skoleaar, g.grade, g.ability, g.exam,
             p.sex, p.ses, p.menapt, c.any_rest, c.single_parent, c.supported, r.zs, r.zc,
             (NOT g.exam AND u(g.id, 0, ${S.specialSchool}) < 0.15
               AND g.grade >= 2 + floor(5 * u(g.id, 1, ${S.specialSchool}))) AS special,
             u(g.id, 0, ${S.privateSchool}) < logistic(-2.0 + 0.55 * p.ses - 0.3 * p.menapt::INTEGER) AS private,
             CASE g.grade WHEN 10 THEN u(g.id, 10, ${S.efterskole}) < logistic(0.1 + 0.7 * p.ses - 1.8 * p.menapt::INTEGER - 1.0 * c.any_rest::INTEGER)
                          WHEN 9 THEN u(g.id, 9, ${S.efterskole}) < logistic(-2.4 + 0.7 * p.ses - 1.8 * p.menapt::INTEGER - 1.0 * c.any_rest::INTEGER)
                          WHEN 8 THEN u(g.id, 8, ${S.efterskole}) < logistic(-3.6 + 0.7 * p.ses - 1.8 * p.menapt::INTEGER - 1.0 * c.any_rest::INTEGER)
                          ELSE false END AS efterskole
      FROM grades g
      JOIN py y ON y.id = g.id AND y.year = g.school_start_year + g.grade
      JOIN person p ON p.id = g.id
      JOIN fam_ctx c ON c.fam_key = y.fam_key AND c.year = y.year
      JOIN latent_risk r ON r.id = g.id
      WHERE g.school_start_year + g.grade BETWEEN ${p.firstYear} AND ${p.lastYear}
    )
    SELECT *, CASE WHEN special THEN 4 WHEN efterskole THEN 3 WHEN private THEN 2 ELSE 1 END::INTEGER AS skoletype
    FROM placed ORDER BY id, skoleaar;

    -- Absence in percentage points, additive: the grade profile is the same for everyone, so
    -- groups that differ in level still have parallel trends (the effect evaluation of absence
    -- rests on that, and no effect of participation is planted). The idiosyncratic part is a
    -- mean-zero, right-skewed shock, as absence is.
    CREATE OR REPLACE TABLE absence AS
    SELECT id, skoleaar,
           least(100, greatest(0, round(
             CASE WHEN grade <= 6 THEN 4.6 ELSE 5.4 + 0.45 * (grade - 7) END
             + 1.3 * zs + CASE WHEN grade >= 7 THEN 0.5 * zc ELSE 0 END + 1.6 * any_rest::INTEGER + 0.5 * single_parent::INTEGER
             + 0.5 * supported::INTEGER + 1.6 * (skoletype = 4)::INTEGER
             + 2.6 * (exp(0.75 * nrm(id, skoleaar, ${S.absence})) - exp(0.75 * 0.75 / 2)), 2)))::DOUBLE AS pct
    FROM pupil_year
    WHERE skoleaar >= 2011 AND skoletype IN (1, 4)
    ORDER BY id, skoleaar;

    CREATE OR REPLACE TABLE wellbeing AS
    SELECT id, skoleaar,
           least(5, greatest(1, round(3.9 - 0.05 * (grade - 4) + 0.05 * ses - 0.12 * zs - 0.05 * zc
             + 0.28 * nrm(id, 0, ${S.wellbeingPersistent}) + 0.32 * nrm(id, skoleaar, ${S.wellbeing}), 2)))::DOUBLE AS score
    FROM pupil_year
    WHERE skoleaar >= 2015 AND grade BETWEEN 4 AND 9 AND skoletype IN (1, 4)
      AND u(id, skoleaar, ${S.wellbeingTake}) < 0.88
    ORDER BY id, skoleaar;

    CREATE OR REPLACE TABLE ntest AS
    WITH taken AS (
      SELECT py.id, py.skoleaar, py.grade, py.ability, py.menapt, py.any_rest, py.supported, t.fag, t.f
      FROM pupil_year py
      JOIN (VALUES ('dansk_laesning', 2, 1), ('dansk_laesning', 4, 1), ('dansk_laesning', 6, 1), ('dansk_laesning', 8, 1),
                   ('matematik', 3, 2), ('matematik', 6, 2)) t(fag, grade, f) ON t.grade = py.grade
      WHERE py.skoleaar >= 2010 AND py.skoletype = 1
        AND u(py.id, py.grade * 10 + t.f, ${S.ntestTake}) < 0.93
    )
    SELECT id, skoleaar, fag, grade,
           greatest(1, least(100, round(100 * logistic(1.702 * (0.3 + 0.8 * ability - 0.45 * any_rest::INTEGER - 0.2 * supported::INTEGER
             - CASE WHEN f = 1 THEN 0.2 * menapt::INTEGER ELSE 0 END
             + 0.55 * nrm(id, grade * 10 + f, ${S.ntest}))))))::DOUBLE AS score
    FROM taken ORDER BY id, skoleaar, fag, grade;

    CREATE OR REPLACE TABLE exam_grade AS
    WITH ninth0 AS (
      SELECT id, skoleaar, ability, exam, sex, any_rest, supported FROM pupil_year
      WHERE grade = 9 AND skoletype <> 4 AND skoleaar + 1 BETWEEN 2002 AND ${p.lastYear}
    ), ninth AS (
      -- pupils whose parents are in the restgruppe in the 9th-grade year more often miss mandatory
      -- exam subjects (absence on the day, not sent up) beyond what their ability predicts: 66 against
      -- 87 pct. completion in the population in 2007 (Tabel 4.3). In the supported areas this excess
      -- falls to nothing by 2019 (64 -> 81 pct., "Børn af restgruppeforældre i de udsatte områder
      -- afslutter i højere grad grundskolen", l. 1989-1996).
      SELECT id, skoleaar, ability, sex,
             exam AND NOT (any_rest AND u(id, 2, ${S.examMissing}) <
               CASE WHEN supported THEN greatest(0.0, least(0.2, 0.18 - 0.016 * (skoleaar + 1 - 2007))) ELSE 0.18 END) AS exam
      FROM ninth0
    ), sitting AS (
      -- non-completers: some sit no exam at all, the rest miss one to three mandatory subjects
      SELECT *, CASE WHEN exam THEN 0 ELSE 1 + floor(3 * u(id, 1, ${S.examMissing}))::INTEGER END AS n_missing
      FROM ninth WHERE exam OR u(id, 0, ${S.examMissing}) >= 0.4
    ), subj AS (
      SELECT s.*, t.i, t.fag, t.lang,
             row_number() OVER (PARTITION BY s.id ORDER BY u(s.id, t.i, ${S.examMissing}), t.i) AS miss_rank
      FROM sitting s, (VALUES ${subjects}) t(i, fag, lang)
    ), graded AS (
      SELECT id, skoleaar, fag, true AS bundet, miss_rank <= n_missing AS missing,
             0.85 * ability + CASE WHEN sex = 2 THEN 0.06 + 0.1 * lang ELSE 0 END - 0.2 + 0.015 * (skoleaar - 2001)
               + 0.55 * nrm(id, i, ${S.examSubject}) AS z,
             u(id, 100 + i, ${S.examMissing}) AS absent_draw
      FROM subj
      UNION ALL
      SELECT id, skoleaar, pick(${sqlList(DRAWN_SUBJECTS)}, id, 0, ${S.examSubject}), false, false,
             0.85 * ability + CASE WHEN sex = 2 THEN 0.06 ELSE 0 END - 0.2 + 0.015 * (skoleaar - 2001) + 0.55 * nrm(id, 99, ${S.examSubject}), 1
      FROM sitting WHERE exam AND skoleaar + 1 >= 2007
    )
    SELECT id, skoleaar, fag,
           CASE WHEN missing THEN NULL
                WHEN z < -2.1 THEN -3 WHEN z < -1.45 THEN 0 WHEN z < -0.9 THEN 2 WHEN z < -0.3 THEN 4
                WHEN z < 0.45 THEN 7 WHEN z < 1.15 THEN 10 ELSE 12 END::INTEGER AS karakter,
           bundet
    FROM graded
    -- a missing subject is either not in the register or registered without a grade (absent)
    WHERE NOT (missing AND absent_draw < 0.5)
    ORDER BY id, skoleaar, fag;
  `);
}
