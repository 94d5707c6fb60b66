/**
 * The surveys and the plans' activities: the youth life-mastery survey (chapter 8), the
 * project-leader survey (figures 3.5 ... 6.23) and the activities registered by the plans (activity
 * charts 3.4, 4.6, 5.8, 6.21). All SQL in DuckDB with hashed randomness, like the other stages.
 *
 * Tables: sv_response(response_id, id, year, linked, complete, break_at, covariates ...),
 *         sv_answer(response_id, id, year, linked, complete, item_no, item, svar),
 *         pl_answer(plan_id, year, maalgruppe, item, svar), plan_activity(plan_id, aktivitet_id, maalgruppe, type)
 * Reads:  person, py, fam_year, department, plan, status, money.
 *
 * Youth survey design (docs/survey.md):
 * - A sample, not a share of the population: project leaders passed the link on to participants.
 *   About 1,069 persons aged 13-30 in a supported area in 2018-2021 are drawn at every scale (a
 *   floor), capped at 40 % of the eligible residents so a tiny population is not exhausted; the draw
 *   matches Table 8.1's ages and Table 8.2's MENAPT share. Some 15 % answer again in a later round.
 *   A few respondents aged 12 or 31 are drawn as well (the report drops those outside 13-30).
 * - 14 % of responses are not linked to a person (PNR empty), 6.4 % break off (partial: kept in
 *   `sv_answer`, not exported: the contract holds complete responses, as the import writes them).
 * - Answers: each ordered item is an ordered probit on a latent value = loading × a person's
 *   life-mastery factor + background effects + noise; the Table 8.8 items share a larger loading so
 *   negative answers cluster. The effects follow chapter 8 (non-MENAPT girls lonelier and less
 *   satisfied, 13-15-year-olds more part of a community, 16-30 more excluded, NEET lonelier and talking
 *   more with a housing worker, economic deprivation more common in low-SES (poor) families).
 */
import { normalQuantile } from '../stats/index.ts';
import { ACTIVITY_TYPES } from '../survey/activities.ts';
import { PROJECT_LEADER_SURVEY, TARGET_GROUPS, type TargetGroup } from '../survey/project-leader.ts';
import { YOUTH_QUESTIONNAIRE } from '../survey/questionnaire.ts';
import type { GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** Random streams of this stage (≥ 200, clear of gen-db's S). Item streams add the item's position. */
export const SS = {
  pick: 201, year: 202, second: 203, secondYear: 204, linked: 205, partial: 206, breakAt: 207,
  latent: 208, inSchool: 209, multi: 210, nominal: 211, plRespond: 212, plAnswer: 213,
  activityPlan: 214, dontKnow: 300, item: 400,
} as const;

/** The report's numbers at scale 1 (and, by the floor, at every scale). */
export const SURVEY_TARGETS = {
  persons: 1069,
  linkedShare: 0.86,
  partialShare: 111 / 1732,
  repeatShare: 0.15,
  /** Cap on the share of eligible residents drawn. */
  maxDrawShare: 0.4,
} as const;

/** Table 8.1's person shares by age, spread evenly within the printed bands; 12 and 31 fall outside 13-30. */
const AGE_SHARE: Record<number, number> = {
  12: 0.02, 13: 0.09, 14: 0.17, 15: 0.22, 16: 0.18, 17: 0.08,
  18: 0.22 / 7, 19: 0.22 / 7, 20: 0.22 / 7, 21: 0.22 / 7, 22: 0.22 / 7, 23: 0.22 / 7, 24: 0.22 / 7,
  25: 0.05 / 6, 26: 0.05 / 6, 27: 0.05 / 6, 28: 0.05 / 6, 29: 0.05 / 6, 30: 0.05 / 6, 31: 0.02,
};
/**
 * Share of MENAPT in the draw. Table 8.2 has 67 %, but at small scales the young MENAPT cells run into
 * the 0.9 draw cap (the survey keeps its ~1,069 persons at every scale), so the draw asks for more
 * MENAPT in the cells that are not capped: 0.76 gives about 67 % at the default scale.
 */
const MENAPT_SHARE = 0.72;

/** Background columns an answer model may use (all 0/1 except ses). Positive effects = worse answer.
 *  `poor`: the family's equivalised disposable income in 2018 below half the median (as the warehouse's rule, roughly). */
type Covariate = 'girl' | 'old' | 'nonmenapt' | 'nmgirl' | 'neet' | 'ses' | 'poor' | 'y2020';

interface OrderedModel {
  /** Substantive codes from the best (or first) to the worst (or last) answer. */
  order: readonly number[];
  /** Shares of `order` for the reference respondent (MENAPT boy aged 13-15, not NEET, average SES). */
  base: readonly number[];
  /** Probability of "don't know" (the item's missing code). */
  dontKnow?: number;
  loading?: number;
  effects?: Partial<Record<Covariate, number>>;
}

/** Ordered items: chapter 8's directions (INFERENCE for sizes, tuned to the printed shares). */
const ORDERED: Record<string, OrderedModel> = {
  like_school: { order: [1, 2, 3], base: [0.54, 0.41, 0.05], effects: { nonmenapt: 0.3, old: 0.1 } },
  truancy_6m: { order: [3, 2, 1], base: [0.66, 0.2, 0.14], dontKnow: 0.03, effects: { nonmenapt: 0.3, old: 0.25 } },
  academic_self_assessment: { order: [1, 2, 3, 4], base: [0.33, 0.5, 0.13, 0.04], dontKnow: 0.03, effects: { nonmenapt: 0.4 } },
  dream_for_future: { order: [1, 2], base: [0.86, 0.14], dontKnow: 0.07, loading: 0.65 },
  good_friend: { order: [1, 2, 3], base: [0.86, 0.125, 0.015], dontKnow: 0.01, loading: 0.65, effects: { nonmenapt: 0.1 } },
  friend_caught_by_police: { order: [2, 1], base: [0.83, 0.17], dontKnow: 0.15, effects: { girl: -0.3 } },
  conflicts_peers_area: { order: [4, 3, 2, 1], base: [0.72, 0.15, 0.08, 0.05], dontKnow: 0.05, effects: { y2020: -0.25, girl: -0.2 } },
  lonely: { order: [4, 3, 2, 1], base: [0.9, 0.075, 0.018, 0.007], dontKnow: 0.02, loading: 0.65, effects: { girl: 0.3, nonmenapt: 0.3, nmgirl: 0.5, old: 0.3, neet: 0.45, y2020: 0.15 } },
  parents_interested: { order: [1, 2], base: [0.86, 0.14], dontKnow: 0.07, effects: { old: 0.15 } },
  conflicts_adults_home: { order: [4, 3, 2, 1], base: [0.66, 0.2, 0.09, 0.05], dontKnow: 0.05 },
  trusted_adult_non_parent: { order: [1, 3], base: [0.76, 0.24], dontKnow: 0.1 },
  conflicts_adults_area: { order: [4, 3, 2, 1], base: [0.8, 0.1, 0.06, 0.04], dontKnow: 0.05, effects: { girl: -0.3 } },
  life_satisfaction: { order: [1, 2, 3, 4], base: [0.54, 0.415, 0.035, 0.01], dontKnow: 0.02, loading: 0.65, effects: { girl: 0.05, nonmenapt: 0.1, nmgirl: 0.45, old: 0.35, neet: 0.1 } },
  proud: { order: [1, 2, 3, 4], base: [0.44, 0.4, 0.12, 0.04], dontKnow: 0.04, loading: 0.65, effects: { nonmenapt: 0.05, nmgirl: 0.45 } },
  part_of_community: { order: [1, 2, 3, 4], base: [0.52, 0.42, 0.045, 0.015], dontKnow: 0.03, loading: 0.65, effects: { old: 0.35, nonmenapt: 0.3, y2020: 0.15 } },
  positive_difference: { order: [1, 2, 3, 4], base: [0.42, 0.42, 0.12, 0.04], dontKnow: 0.05, loading: 0.65, effects: { nonmenapt: 0.4, old: 0.1 } },
  excluded_from_society: { order: [4, 3, 2, 1], base: [0.66, 0.22, 0.09, 0.03], dontKnow: 0.04, loading: 0.65, effects: { old: 0.5, nonmenapt: 0.1 } },
  organised_leisure: { order: [1, 2, 3, 4], base: [0.5, 0.27, 0.14, 0.09], effects: { girl: 0.55, old: 0.35 } },
  club_member: { order: [1, 2], base: [0.66, 0.34], dontKnow: 0.03, effects: { girl: 0.2, old: 0.5 } },
  reading_books: { order: [1, 2, 3, 4, 5], base: [0.12, 0.18, 0.15, 0.3, 0.25], effects: { girl: -0.3, old: 0.1 } },
  friends_at_home: { order: [1, 2, 3, 4], base: [0.08, 0.22, 0.5, 0.2], dontKnow: 0.03, effects: { girl: -0.35 } },
  out_with_friends: { order: [1, 2, 3, 4], base: [0.33, 0.37, 0.25, 0.05], dontKnow: 0.02, effects: { old: 0.3, y2020: 0.3 } },
  missed_out_lack_of_money: { order: [3, 2, 1], base: [0.78, 0.16, 0.06], dontKnow: 0.05, effects: { poor: 0.35, ses: -0.1 } },
  ever_drunk_alcohol: { order: [2, 1], base: [0.85, 0.15], effects: { old: 1.1, nonmenapt: 1.0 } },
  felt_alcohol_effect_6m: { order: [2, 1], base: [0.92, 0.08], dontKnow: 0.03, effects: { old: 1.0, nonmenapt: 1.0 } },
};

const DEFAULT_LOADING = 0.2;
const num = (x: number) => Number(x.toFixed(6)).toString();

/** SQL picking an ordered answer for item number `k` (stream offset) from the model. */
function orderedSql(itemNo: number, m: OrderedModel, dkCode: number | undefined): string {
  const loading = m.loading ?? DEFAULT_LOADING;
  const effects = Object.entries(m.effects ?? {}).map(([c, b]) => ` + ${num(b as number)} * ${c}`).join('');
  const latent = `(${num(loading)} * lm${effects} + ${num(Math.sqrt(1 - loading * loading))} * nrm(rid, ${itemNo}, ${SS.item}))`;
  let cum = 0;
  const cases = m.order.slice(0, -1).map((code, i) => {
    cum += m.base[i];
    return `WHEN ${latent} < ${num(normalQuantile(Math.min(cum, 0.999999)))} THEN '${code}'`;
  });
  const ordered = `CASE ${cases.join(' ')} ELSE '${m.order[m.order.length - 1]}' END`;
  if (m.dontKnow && dkCode !== undefined) {
    return `CASE WHEN u(rid, ${itemNo}, ${SS.dontKnow}) < ${num(m.dontKnow)} THEN '${dkCode}' ELSE ${ordered} END`;
  }
  return ordered;
}

/** Picks one of `codes` with probabilities `p` (summing to 1), from one uniform. */
function nominalSql(uniform: string, codes: readonly number[], p: readonly number[]): string {
  let cum = 0;
  const cases = codes.slice(0, -1).map((c, i) => {
    cum += p[i];
    return `WHEN ${uniform} < ${num(cum)} THEN '${c}'`;
  });
  return `CASE ${cases.join(' ')} ELSE '${codes[codes.length - 1]}' END`;
}

/** A multi-choice answer: independent ticks (probability SQL per code); none ticked → `noneCode`. */
function multiSql(itemNo: number, ticks: readonly [number, string][], noneCode: string): string {
  const parts = ticks.map(([code, prob], j) => `CASE WHEN u(rid, ${itemNo * 10 + j}, ${SS.multi}) < (${prob}) THEN ['${code}'] ELSE [] END`);
  const joined = `array_to_string(list_sort(list_concat(${parts.join(', ')})), ';')`;
  return `CASE WHEN ${joined} = '' THEN ${noneCode} ELSE ${joined} END`;
}

/** The SQL of each item's answer (before the school filter and break-off are applied). */
function itemSql(): Map<string, string> {
  const out = new Map<string, string>();
  YOUTH_QUESTIONNAIRE.items.forEach((item, k) => {
    const dk = item.options.find((o) => o.missing === 'dont_know')?.code;
    const model = ORDERED[item.id];
    if (model) {
      out.set(item.id, orderedSql(k, model, dk));
      return;
    }
    switch (item.id) {
      case 'sex':
        out.set(item.id, `CASE WHEN girl = 1 THEN '2' ELSE '3' END`);
        break;
      case 'in_school_or_education':
        out.set(item.id, `CASE WHEN in_school THEN '1' ELSE '2' END`);
        break;
      case 'homework_help':
        out.set(item.id, multiSql(k, [[1, '0.45 - 0.2 * old'], [2, '0.3'], [3, '0.25'], [4, '0.15 * (1 - old)'], [5, '0.12'], [6, '0.2'], [7, '0.04']], `'8'`));
        break;
      case 'career_talk_with':
        out.set(item.id, multiSql(k, [[1, '0.72'], [2, '0.5'], [3, '0.3 * (1 - old) + 0.1'], [4, '0.05 + 0.05 * old + 0.2 * neet'], [5, '0.2 + 0.1 * old']],
          `CASE WHEN u(rid, ${k}, ${SS.nominal}) < 0.5 THEN '6' ELSE '8' END`));
        break;
      case 'plans_next_6m': {
        const notNeet = nominalSql(`u(rid, ${k}, ${SS.nominal})`, [1, 2, 3, 4, 5, 8], [0.34, 0.3, 0.12, 0.1, 0.05, 0.09]);
        const neet = nominalSql(`u(rid, ${k}, ${SS.nominal})`, [1, 2, 3, 4, 5, 8], [0.16, 0.33, 0.04, 0.24, 0.09, 0.14]);
        out.set(item.id, `CASE WHEN neet = 1 THEN ${neet} ELSE ${notNeet} END`);
        break;
      }
      case 'volunteer_interest': {
        // 6 = already volunteering (5 % of 13-15, 8 % of 16-30); motivated (1, 2): girls 60 %, boys 41 %
        const scale = orderedSql(k, { order: [1, 2, 3, 4], base: [0.2, 0.3, 0.3, 0.2], effects: { girl: -0.45, old: -0.1 } }, undefined);
        out.set(item.id, `CASE WHEN u(rid, ${k}, ${SS.nominal}) < 0.05 + 0.03 * old THEN '6'
          WHEN u(rid, ${k}, ${SS.dontKnow}) < 0.06 THEN '5' ELSE ${scale} END`);
        break;
      }
      default:
        throw new Error(`survey generator: no answer model for item ${item.id}`);
    }
  });
  return out;
}

export async function generateSurvey(db: GenDb, p: SyntheticParams): Promise<void> {
  await generateYouthSurvey(db, p);
  await generateProjectLeaderSurvey(db);
  await generateActivities(db);
}

async function generateYouthSurvey(db: GenDb, _p: SyntheticParams): Promise<void> {
  const ages = Object.entries(AGE_SHARE).map(([a, s]) => `(${a}, ${num(s)})`).join(', ');
  // eligible person-years: resident in a supported department in 2018-2021, aged 12-31
  await db.run(`
    CREATE OR REPLACE TEMP TABLE sv_age_share(age INTEGER, share DOUBLE);
    INSERT INTO sv_age_share VALUES ${ages};
    CREATE OR REPLACE TEMP TABLE sv_eligible AS
    SELECT y.id, y.year, (y.year - p.birth_year)::INTEGER AS age, p.sex, p.menapt, p.ses
    FROM py y JOIN person p ON p.id = y.id
    JOIN fam_year f ON f.fam_key = y.fam_key AND f.year = y.year
    JOIN department d ON d.afd_id = f.afd_id
    WHERE d.supported AND y.year BETWEEN 2018 AND 2021 AND y.year - p.birth_year BETWEEN 12 AND 31;
    -- each person's first response year: one eligible year; 2018 and 2019 less likely each (round 1 spans both)
    CREATE OR REPLACE TEMP TABLE sv_first AS
    SELECT * FROM sv_eligible
    QUALIFY row_number() OVER (PARTITION BY id ORDER BY u(id, year, ${SS.year}) * CASE WHEN year <= 2019 THEN 1.6 ELSE 1 END) = 1;
  `);
  const eligible = await db.scalar(`SELECT count(*) FROM sv_first`);
  const drawn = Math.min(SURVEY_TARGETS.persons / (SURVEY_TARGETS.linkedShare * (1 - SURVEY_TARGETS.partialShare)) / 0.93,
    SURVEY_TARGETS.maxDrawShare * eligible);
  await db.run(`
    CREATE OR REPLACE TEMP TABLE sv_cell AS
    SELECT f.age, f.menapt, count(*) AS n,
           any_value(a.share) * CASE WHEN f.menapt THEN ${MENAPT_SHARE} ELSE ${1 - MENAPT_SHARE} END AS share
    FROM sv_first f JOIN sv_age_share a USING (age) GROUP BY f.age, f.menapt;
    CREATE OR REPLACE TEMP TABLE sv_person AS
    SELECT f.* FROM sv_first f JOIN sv_cell c USING (age, menapt)
    WHERE u(f.id, 0, ${SS.pick}) < least(0.9, ${num(drawn)} * c.share / c.n);
    -- some answer again in a later round
    CREATE OR REPLACE TEMP TABLE sv_visit AS
    SELECT id, year, age, sex, menapt, ses FROM sv_person
    UNION ALL
    SELECT e.id, e.year, e.age, e.sex, e.menapt, e.ses FROM sv_eligible e JOIN sv_person s ON s.id = e.id AND e.year > s.year
    WHERE u(e.id, 0, ${SS.second}) < ${SURVEY_TARGETS.repeatShare * 1.6}
    QUALIFY row_number() OVER (PARTITION BY e.id ORDER BY u(e.id, e.year, ${SS.secondYear})) = 1;
  `);
  // family poverty in 2018 (Fig 8.38 compares poor and not-poor families): equivalised by the square root of size
  await db.run(`
    CREATE OR REPLACE TEMP TABLE sv_fam2018 AS
    SELECT y.fam_key, sum(m.dispon) / sqrt(count(*)) AS eq
    FROM py y JOIN money m ON m.id = y.id AND m.year = y.year WHERE y.year = 2018 GROUP BY y.fam_key;
    CREATE OR REPLACE TEMP TABLE sv_poor AS
    SELECT y.id, f.eq < 0.5 * (SELECT median(eq) FROM sv_fam2018) AS poor
    FROM py y JOIN sv_fam2018 f USING (fam_key) WHERE y.year = 2018 AND y.id IN (SELECT id FROM sv_visit);
  `);
  const items = YOUTH_QUESTIONNAIRE.items;
  await db.run(`
    CREATE OR REPLACE TABLE sv_response AS
    WITH v AS (
      SELECT row_number() OVER (ORDER BY v.id, v.year) AS rid, v.*,
             coalesce(st.in_edu, false) AS in_edu_reg, coalesce(pr.poor, false) AS poor2018, coalesce(m.hours, 0) AS hours
      FROM sv_visit v
      LEFT JOIN sv_poor pr ON pr.id = v.id
      LEFT JOIN status st ON st.id = v.id AND st.year = v.year
      LEFT JOIN money m ON m.id = v.id AND m.year = v.year
    ), s AS (
      SELECT *,
        -- self-reported school or education: nearly all 13-15-year-olds; 16-30 follow the register, MENAPT more often
        CASE WHEN age <= 15 THEN u(rid, 0, ${SS.inSchool}) < 0.98
             ELSE u(rid, 0, ${SS.inSchool}) < logistic(-0.15 + 1.6 * in_edu_reg::INTEGER + 1.0 * menapt::INTEGER - 0.12 * (age - 16)) END AS in_school
      FROM v
    )
    SELECT rid, printf('R%06d', rid) AS response_id, id, year, age, in_school,
           (sex = 2)::INTEGER AS girl, (age >= 16)::INTEGER AS old, (NOT menapt)::INTEGER AS nonmenapt,
           (sex = 2 AND NOT menapt)::INTEGER AS nmgirl,
           (age >= 16 AND NOT in_school AND hours <= 800)::INTEGER AS neet,
           ses, poor2018::INTEGER AS poor, (year = 2020)::INTEGER AS y2020,
           0.8 * nrm(id, 0, ${SS.latent}) + 0.6 * nrm(rid, 1, ${SS.latent}) AS lm,
           u(rid, 0, ${SS.linked}) < ${SURVEY_TARGETS.linkedShare} AS linked,
           u(rid, 0, ${SS.partial}) >= ${num(SURVEY_TARGETS.partialShare)} AS complete,
           (1 + floor(u(rid, 0, ${SS.breakAt}) * ${items.length - 1}))::INTEGER AS break_at
    FROM s ORDER BY rid;
  `);
  const sql = itemSql();
  const selects = items.map((item, k) => {
    const asked = item.askedIf ? `in_school` : 'true';
    return `SELECT rid, ${k} AS item_no, '${item.id}' AS item,
      CASE WHEN NOT (${asked}) THEN NULL WHEN NOT complete AND ${k} >= break_at THEN NULL ELSE ${sql.get(item.id)} END AS svar
      FROM sv_response`;
  });
  await db.run(`
    CREATE OR REPLACE TABLE sv_answer AS
    SELECT r.response_id, r.id, r.year, r.linked, r.complete, a.item_no, a.item, a.svar
    FROM (${selects.join('\nUNION ALL\n')}) a JOIN sv_response r USING (rid)
    ORDER BY r.rid, a.item_no;
  `);
}

/** Degree-scale shares (codes 1, 2, 3, 4, 8) for an item and target group (INFERENCE; Fig 3.6's 30 % stated). */
function degreeShares(item: string, group: TargetGroup): readonly number[] {
  if (item.startsWith('r_')) return [0.6, 0.3, 0.07, 0.02, 0.01];
  if (group === '0-6' && (item === 's4_retain_in_activities' || item === 's10_role_responsibility')) return [0.2, 0.3, 0.18, 0.3, 0.02];
  return [0.38, 0.4, 0.14, 0.06, 0.02];
}

async function generateProjectLeaderSurvey(db: GenDb): Promise<void> {
  // one row per plan of the 2015-18 round, year and target group; about 9 in 10 plans answer a round
  const cases = TARGET_GROUPS.flatMap((group) => PROJECT_LEADER_SURVEY.items.map((item) => {
    const shares = degreeShares(item.id, group);
    return `WHEN g.maalgruppe = '${group}' AND i.item = '${item.id}' THEN ${nominalSql('uu', [1, 2, 3, 4, 8], shares).replace(/'(\d)'/g, '$1')}`;
  }));
  const items = PROJECT_LEADER_SURVEY.items.map((item, k) => `('${item.id}', ${k})`).join(', ');
  await db.run(`
    CREATE OR REPLACE TEMP TABLE pl_item(item VARCHAR, k INTEGER);
    INSERT INTO pl_item VALUES ${items};
    CREATE OR REPLACE TEMP TABLE pl_group(maalgruppe VARCHAR, g INTEGER);
    INSERT INTO pl_group VALUES ${TARGET_GROUPS.map((g, i) => `('${g}', ${i})`).join(', ')};
    CREATE OR REPLACE TABLE pl_answer AS
    WITH resp AS (
      SELECT pl.plan_id, hash(pl.plan_id) % 1000000 AS pk, yr.year, g.maalgruppe, g.g
      FROM plan pl, (VALUES (2018), (2020)) yr(year), pl_group g
      WHERE pl.pulje = '2015-18' AND u(hash(pl.plan_id) % 1000000, yr.year, ${SS.plRespond}) < 0.9
    ), draws AS (
      SELECT r.plan_id, r.year, r.maalgruppe AS maalgruppe_, i.item, i.k, r.g,
             u(r.pk * 100 + r.g * 20 + i.k, r.year, ${SS.plAnswer}) AS uu
      FROM resp r, pl_item i
    )
    SELECT plan_id, year, maalgruppe_ AS maalgruppe, item,
           CASE ${cases.join(' ').replaceAll('g.maalgruppe', 'maalgruppe_').replaceAll('i.item', 'item')} END::INTEGER AS svar
    FROM draws ORDER BY plan_id, year, maalgruppe, k;
  `);
}

/**
 * Activities: the charts' totals (scale 1) spread over the plans of the 2015-18 round, whatever the
 * scale, so the charts keep the report's counts (the round's plans are few at any scale).
 */
async function generateActivities(db: GenDb): Promise<void> {
  const rows = Object.entries(ACTIVITY_TYPES).flatMap(([group, types]) => types.map((t) => `('${group}', '${t.id}', ${t.count})`));
  await db.run(`
    CREATE OR REPLACE TEMP TABLE activity_total(maalgruppe VARCHAR, type VARCHAR, n INTEGER);
    INSERT INTO activity_total VALUES ${rows.join(', ')};
    CREATE OR REPLACE TEMP TABLE activity_plan AS
    SELECT plan_id, (row_number() OVER (ORDER BY plan_id) - 1)::INTEGER AS plan_no, count(*) OVER () AS n_plans
    FROM plan WHERE pulje = '2015-18';
    CREATE OR REPLACE TABLE plan_activity AS
    WITH one AS (
      SELECT t.maalgruppe, t.type, k, hash(t.maalgruppe, t.type) % 1000000 AS tk
      FROM activity_total t, range(t.n) r(k)
    ), placed AS (
      SELECT o.*, floor(u(o.tk * 1000 + o.k, 0, ${SS.activityPlan}) * (SELECT max(n_plans) FROM activity_plan))::INTEGER AS plan_no
      FROM one o
    )
    SELECT a.plan_id, printf('%s-%03d', a.plan_id, row_number() OVER (PARTITION BY a.plan_id ORDER BY p.maalgruppe, p.type, p.k)) AS aktivitet_id,
           p.maalgruppe, p.type
    FROM placed p JOIN activity_plan a USING (plan_no)
    ORDER BY a.plan_id, aktivitet_id;
  `);
}

/** The SELECTs for export.ts (contract shapes `survey_response`, `projektleder_svar`, `lbf_aktivitet`). */
export const SURVEY_EXPORTS = {
  survey_response: `
    SELECT response_id AS RESPONSE_ID, CASE WHEN linked THEN printf('P%09d', id) END AS PNR, year AS AAR, item AS ITEM, svar AS SVAR
    FROM sv_answer WHERE complete ORDER BY RESPONSE_ID, item_no`,
  projektleder_svar: `
    SELECT plan_id AS PLAN_ID, year AS AAR, maalgruppe AS MAALGRUPPE, item AS ITEM, svar AS SVAR
    FROM pl_answer ORDER BY PLAN_ID, AAR, MAALGRUPPE, ITEM`,
  lbf_aktivitet: `
    SELECT plan_id AS PLAN_ID, aktivitet_id AS AKTIVITET_ID, maalgruppe AS MAALGRUPPE, type AS AKTIVITET_TYPE
    FROM plan_activity ORDER BY PLAN_ID, AKTIVITET_ID`,
} as const;
