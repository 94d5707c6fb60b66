/**
 * Effect evaluations as data. An evaluation is a treatment definition (activity, start years, age,
 * schooling), a control pool (social housing outside any plan, pseudo start year), an outcome, a
 * model and a window, plus the exhibits it fills. A new activity or outcome is a new spec; the
 * engine (populations.ts, matching.ts, event-study.ts, run.ts) owns the rest.
 *
 * Report: Bilag 2 l. 8054-8069 (part-time job) and l. 8245-8259 (absence); chapter 9 Tab 9.1-9.5,
 * Fig 9.2; catalog-ch9-bilag.md §3. Choices where the report is silent are in docs/effects.md.
 */
import type { TableName } from '../contract/schema.ts';
import type { Text } from '../results/types.ts';

/** School levels by the H1 main group of the KOTRE education code (first two digits of UDD). */
export const SCHOOL_LEVEL_H1 = {
  grundskole: [10, 15],
  gymnasial: [20],
} as const;
export type SchoolLevel = keyof typeof SCHOOL_LEVEL_H1;

export interface OutcomeSpec {
  id: string;
  label: Text;
  kind: 'binary' | 'continuous';
  /** Contract table the outcome comes from; the evaluation is skipped (with a note) without it. */
  table: TableName;
  /**
   * SELECT giving (PNR, year, y) for calendar years. A person-year without a row is 0 for
   * `missing: 'zero'` (no paid hours = no part-time job) and unobserved for `missing: 'drop'`.
   */
  sql: string;
  missing: 'zero' | 'drop';
  /** Persons must have the outcome observed in every year of the window ('drop' outcomes only). */
  requireAllYears: boolean;
}

export interface EffectSpec {
  id: string;
  title: Text;
  /** Deltager activity types that make a person treated. */
  activities: readonly string[];
  /** Start years (first start in one of the activities) that qualify. */
  startYears: readonly [number, number];
  /** Age (calendar year minus birth year) in the start year, inclusive. */
  ages: readonly [number, number];
  /** Schooling required on 1 October of every year of the window, for the treated and for the control pool. */
  treatedSchooling: readonly SchoolLevel[];
  controlSchooling: readonly SchoolLevel[];
  /** The control pool's pseudo start year (its ages are measured in it). */
  pseudoStartYear: number;
  /** Event times, first and last (the window), and the reference. */
  window: readonly [number, number];
  reference: number;
  outcome: OutcomeSpec;
  model: 'logit' | 'ols';
  /** Also estimate separately for boys and girls (Tab 9.3). */
  bySex: boolean;
  /** Manifest ids filled by this evaluation. */
  exhibits: {
    characteristics: string;
    estimates: string;
    estimatesBySex?: string;
    probabilities?: string;
    balance: string;
  };
}

const FRITIDSJOB: OutcomeSpec = {
  id: 'fritidsjob',
  label: { da: 'Fritidsjob (mindst 110 løntimer i året)', en: 'Part-time job (at least 110 paid hours in the year)' },
  kind: 'binary',
  table: 'bfl',
  sql: `SELECT PNR, AAR AS year, CASE WHEN AARSTIMER >= 110 THEN 1.0 ELSE 0.0 END AS y FROM bfl`,
  missing: 'zero',
  requireAllYears: false,
};

/**
 * School year → event year: the school year that starts in August of calendar year t (SKOLEAAR = t)
 * is event year t, the same year whose 1 October decides "in school" (choice, §3.11 item 7).
 */
const FRAVAER: OutcomeSpec = {
  id: 'fravaer',
  label: { da: 'Fraværsprocent (samlet fravær i skoleåret)', en: 'Absence percentage (all absence in the school year)' },
  kind: 'continuous',
  table: 'fravaer',
  sql: `SELECT PNR, SKOLEAAR AS year, FRAVAER_PCT AS y FROM fravaer`,
  missing: 'drop',
  requireAllYears: true,
};

export const PART_TIME_JOB_EFFECT: EffectSpec = {
  id: 'fritidsjob',
  title: { da: 'Fritidsjobindsatsen og fritidsjob', en: 'The part-time-job effort and part-time jobs' },
  activities: ['fritidsjob'],
  startYears: [2014, 2018],
  ages: [13, 20],
  treatedSchooling: ['grundskole', 'gymnasial'],
  controlSchooling: ['grundskole', 'gymnasial'],
  pseudoStartYear: 2018,
  window: [-3, 2],
  reference: -1,
  outcome: FRITIDSJOB,
  model: 'logit',
  bySex: true,
  exhibits: { characteristics: 'tab-9.1', estimates: 'tab-9.2', estimatesBySex: 'tab-9.3', probabilities: 'fig-9.2', balance: 'btab-2.1' },
};

export const ABSENCE_EFFECT: EffectSpec = {
  id: 'fravaer',
  title: { da: 'Børne- og ungeindsatsen og skolefravær', en: 'The child and youth effort and school absence' },
  // "samtlige deltagere i boligsociale indsatser i alderen 11-18 år" (fn 16): every activity.
  activities: ['boern_unge', 'fritidsjob'],
  startYears: [2014, 2018],
  ages: [11, 18],
  treatedSchooling: ['grundskole'],
  // The report's pool allows gymnasial education (FLAG 20); absence exists only in grundskole and
  // requireAllYears applies to both groups, so in effect controls are in grundskole too.
  controlSchooling: ['grundskole', 'gymnasial'],
  pseudoStartYear: 2018,
  window: [-3, 2],
  reference: -1,
  outcome: FRAVAER,
  model: 'ols',
  bySex: false,
  exhibits: { characteristics: 'tab-9.4', estimates: 'tab-9.5', balance: 'btab-2.2' },
};

export const EFFECT_SPECS: readonly EffectSpec[] = [PART_TIME_JOB_EFFECT, ABSENCE_EFFECT];
