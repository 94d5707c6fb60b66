/**
 * Municipalities (with region), social housing departments, and the master plans of the three grant
 * rounds. Departments in at least one plan are the "supported" ones; they sit mostly in the larger
 * cities, as the real plans do.
 *
 * Tables: municipality(kom, reg, weight), department(dept_no, afd_id, kom, supported),
 *         plan(plan_id, pulje, start_aar, slut_aar, kom), plan_department(plan_id, afd_id)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** The 98 municipalities by region (DST codes); weight ~ share of social housing. */
const REGIONS: Record<number, number[]> = {
  1084: [101, 147, 151, 153, 155, 157, 159, 161, 163, 165, 167, 169, 173, 175, 183, 185, 187, 190, 201, 210, 217, 219, 223, 230, 240, 250, 260, 270, 400],
  1085: [253, 259, 265, 269, 306, 316, 320, 326, 329, 330, 336, 340, 350, 360, 370, 376, 390],
  1083: [410, 420, 430, 440, 450, 461, 479, 480, 482, 492, 510, 530, 540, 550, 561, 563, 573, 575, 580, 607, 621, 630],
  1082: [615, 657, 661, 665, 671, 706, 707, 710, 727, 730, 740, 741, 746, 751, 756, 760, 766, 779, 791],
  1081: [773, 787, 810, 813, 820, 825, 840, 846, 849, 851, 860],
};
/** Cities with many social housing departments and most of the master plans. */
const HEAVY: Record<number, number> = { 101: 12, 751: 6, 461: 5, 851: 4, 153: 3, 183: 3, 165: 3, 169: 3, 159: 2, 167: 2, 561: 2, 621: 2, 630: 2, 791: 2};

export const MUNICIPALITIES: { kom: number; reg: number; weight: number }[] = Object.entries(REGIONS).flatMap(
  ([reg, koms]) => koms.map((kom) => ({ kom, reg: Number(reg), weight: HEAVY[kom] ?? 1 })),
);

export async function generateGeography(db: GenDb, p: SyntheticParams): Promise<void> {
  const nSocial = Math.max(30, Math.round(p.departments.social * p.scale));
  const nSupported = Math.max(8, Math.round(p.departments.supported * p.scale));
  // weighted municipality list for departments: each kom repeated `weight` times
  const deptKoms = MUNICIPALITIES.flatMap((m) => Array<number>(m.weight).fill(m.kom));
  const supportedKoms = MUNICIPALITIES.filter((m) => m.weight > 1).map((m) => m.kom);
  await db.run(`
    CREATE OR REPLACE TABLE municipality(kom INTEGER, reg INTEGER, weight INTEGER);
    INSERT INTO municipality VALUES ${MUNICIPALITIES.map((m) => `(${m.kom}, ${m.reg}, ${m.weight})`).join(', ')};

    CREATE OR REPLACE TABLE department AS
    SELECT d AS dept_no, printf('A%05d', d) AS afd_id,
           CASE WHEN d < ${nSupported} THEN pick([${supportedKoms.join(', ')}], d, 0, ${S.dept})
                ELSE pick([${deptKoms.join(', ')}], d, 1, ${S.dept}) END AS kom,
           d < ${nSupported} AS supported
    FROM range(${nSocial}) t(d);

    -- supported departments form areas of about six departments; each area gets plans in one or more rounds
    CREATE OR REPLACE TEMP TABLE area AS
    SELECT dept_no, afd_id, kom, (dept_no // 6) AS area_no FROM department WHERE supported;
    CREATE OR REPLACE TEMP TABLE area_round AS
    WITH areas AS (SELECT DISTINCT area_no, first(kom ORDER BY dept_no) OVER (PARTITION BY area_no) AS kom FROM area),
    rounds AS (SELECT * FROM (VALUES ('2006-10', 2007, 1), ('2011-14', 2011, 2), ('2015-18', 2015, 3)) t(pulje, first_start, r))
    SELECT DISTINCT a.area_no, a.kom, r.pulje, r.first_start, r.r
    FROM areas a, rounds r
    WHERE u(a.area_no, r.r, ${S.activity}) < CASE r.r WHEN 1 THEN 0.45 WHEN 2 THEN 0.5 ELSE 0.42 END
       OR (r.r = 3 AND a.area_no % 3 = 0)
       OR (r.r = 2 AND a.area_no % 3 = 1)
       OR (r.r = 1 AND a.area_no % 3 = 2);

    CREATE OR REPLACE TABLE plan AS
    SELECT printf('HP%d-%03d', r, area_no) AS plan_id, pulje,
           (first_start + floor(3 * u(area_no, r, ${S.activity} + 1)))::INTEGER AS start_aar,
           (first_start + floor(3 * u(area_no, r, ${S.activity} + 1)) + 3)::INTEGER AS slut_aar,
           kom, area_no, r
    FROM area_round ORDER BY plan_id;

    CREATE OR REPLACE TABLE plan_department AS
    SELECT pl.plan_id, a.afd_id FROM plan pl JOIN area a USING (area_no) ORDER BY plan_id, afd_id;
  `);
}
