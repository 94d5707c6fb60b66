/**
 * The effects engine (chapter 9, Bilag 2): treatment and control populations, propensity score,
 * nearest-neighbour matching, balance tables, event-study DiD and the exhibits tab-9.1 … tab-9.6,
 * fig-9.2, btab-2.1, btab-2.2. See docs/effects.md.
 *
 * @example
 * const { tables, notes } = await runEffects(conn, { matching: { replace: false, caliper: 0.01 } });
 */
export { runEffects, runSpec } from './run.ts';
export type { Analysis, EffectsOptions, EffectsResult } from './run.ts';
export { ABSENCE_EFFECT, EFFECT_SPECS, PART_TIME_JOB_EFFECT, SCHOOL_LEVEL_H1 } from './spec.ts';
export type { EffectSpec, OutcomeSpec, SchoolLevel } from './spec.ts';
export { COVARIATES, availableCovariates } from './covariates.ts';
export type { Covariate } from './covariates.ts';
export { nearestNeighbourMatch, nearestNeighbourMatchData, DEFAULT_MATCH_OPTIONS } from './matching.ts';
export type { MatchOptions, MatchResult, MatchOrder, CommonSupport, CommonSupportReport } from './matching.ts';
export { estimatePropensity } from './propensity.ts';
export type { PropensityResult } from './propensity.ts';
export { balanceRows } from './balance.ts';
export type { BalanceRow } from './balance.ts';
export { eventStudy } from './event-study.ts';
export type { EventStudyInput, EventStudyResult, EventTerm, PredictedProbability } from './event-study.ts';
export { buildCohort, buildPanel, existingTables } from './populations.ts';
export type { Cohort, Panel, FunnelStep } from './populations.ts';
export { transitionTable } from './transition.ts';
