/**
 * Participants in the plans' activities, and the effect the generator plants.
 *
 * Two efforts are evaluated in chapter 9: the part-time-job effort (young people 13-20 in school) and
 * the child and youth efforts with school absence as outcome (11-18, in primary school). Participants
 * are drawn among young people living in a department of a plan that is active in the start year,
 * with a selection that favours low SES (which the matching has to undo). The number of participants
 * follows the report (715 and 378) at scale 1 and never falls below a floor, so the effect evaluation
 * has power at the default scale.
 *
 * Tables: participant_job(id, start_aar, plan_id), participant_child(id, start_aar, plan_id)
 */
import { S, type GenDb } from './gen-db.ts';
import type { SyntheticParams } from './params.ts';

/** The planted effect of the part-time-job effort, in log-odds, at event times 0, 1 and 2. */
export const PLANTED_JOB_LOG_ODDS = [Math.log(2.33), Math.log(2.97), Math.log(5.0)] as const;

export function participantTargets(scale: number): { job: number; child: number } {
  return { job: Math.max(400, Math.round(715 * scale)), child: Math.max(250, Math.round(378 * scale)) };
}

async function drawParticipants(db: GenDb, table: string, ageLo: number, ageHi: number, n: number, stream: number): Promise<void> {
  await db.run(`
    CREATE OR REPLACE TABLE ${table} AS
    WITH active AS (
      SELECT pd.afd_id, pl.plan_id, y AS year
      FROM plan pl JOIN plan_department pd USING (plan_id), range(2014, 2019) t(y)
      WHERE y BETWEEN pl.start_aar AND pl.slut_aar
    ), candidates AS (
      SELECT y.id, y.year AS start_aar, a.plan_id, s.ses,
             row_number() OVER (PARTITION BY y.id ORDER BY u(y.id, y.year, ${stream}), a.plan_id) AS pick
      FROM py y
      JOIN fam_year f USING (fam_key, year)
      JOIN active a ON a.afd_id = f.afd_id AND a.year = y.year
      JOIN status s ON s.id = y.id AND s.year = y.year
      WHERE y.age BETWEEN ${ageLo} AND ${ageHi} AND s.socio13 IN (310, 420)
    )
    SELECT id, start_aar, plan_id FROM candidates
    WHERE pick = 1
    ORDER BY u(id, 0, ${stream}) + 0.25 * ses, id
    LIMIT ${n};
  `);
}

export async function generateParticipants(db: GenDb, p: SyntheticParams): Promise<void> {
  const t = participantTargets(p.scale);
  await drawParticipants(db, 'participant_job', 13, 20, t.job, S.participant);
  await drawParticipants(db, 'participant_child', 11, 18, t.child, S.participant + 500);
}
