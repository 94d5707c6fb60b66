/**
 * The Bilag 2 control variables ("Kontrolvariabler", l. 8031-8052), in the order of Bilagstabel
 * 2.1/2.2, with the table each one needs. A variable whose table is missing from the extract is
 * dropped from the propensity model, the outcome model and the balance table, with a note.
 *
 * All are measured in the start year (the pseudo start year 2018 for controls), parents' charges
 * and diagnoses up to the end of it, birth weight at birth. The SQL lives in populations.ts.
 */
import type { TableName } from '../contract/schema.ts';
import type { Text } from '../results/types.ts';

export interface Covariate {
  /** Column name in the cohort table, also the calibration-target key (bilag2.t2_1.<id>). */
  id: string;
  label: Text;
  /** Optional contract table it needs (required tables are always there). */
  requires?: TableName;
  /** Enters the propensity model (false: balance table only, e.g. a complement dummy). */
  inPropensity: boolean;
  /** Enters the outcome model as a control. */
  inOutcome: boolean;
  /** Displayed in the balance table. */
  inBalance: boolean;
}

const c = (id: string, da: string, en: string, extra: Partial<Covariate> = {}): Covariate => ({
  id, label: { da, en }, inPropensity: true, inOutcome: true, inBalance: true, ...extra,
});

export const COVARIATES: readonly Covariate[] = [
  // "Køn" is shown coded 1 = boy, 2 = girl as in the report (mean 1.5); the models use female 0/1.
  c('koen', 'Køn', 'Sex (1 boy, 2 girl)', { inPropensity: false, inOutcome: false }),
  c('female', 'Pige', 'Girl', { inBalance: false }),
  c('alder', 'Alder', 'Age'),
  c('menapt', 'MENAPT', 'MENAPT origin'),
  c('lav_foedselsvaegt', 'Lav fødselsvægt', 'Low birth weight (< 2,500 g)', { requires: 'mfr' }),
  c('foedselsvaegt_uoplyst', 'Fødselsvægt uoplyst', 'Birth weight unknown', { requires: 'mfr' }),
  c('antal_boern', 'Antal børn', 'Number of children in the family'),
  c('bor_begge_eller_partner', 'Bor med begge forældre eller én forælder og dennes partner', 'Lives with both parents or one parent and partner'),
  c('bor_enlig', 'Bor med enlig forælder', 'Lives with a single parent', { inPropensity: false, inOutcome: false }),
  c('mor_alder_u19', 'Mor – alder ved barns fødsel er -19 år', 'Mother aged 19 or less at birth'),
  c('mor_alder_20_25', 'Mor – alder ved barns fødsel er 20-25 år', 'Mother aged 20-25 at birth'),
  c('mor_udd_mvu_lvu', 'Mor – mellemlang/lang videregående uddannelse', 'Mother: medium/long higher education'),
  c('mor_udd_eud_kvu', 'Mor – erhvervsfaglig eller kort videregående uddannelse', 'Mother: vocational or short higher education'),
  c('mor_udd_uoplyst', 'Mor – uddannelse uoplyst', 'Mother: education unknown'),
  c('far_udd_mvu_lvu', 'Far – mellemlang/lang videregående uddannelse', 'Father: medium/long higher education'),
  c('far_udd_eud_kvu', 'Far – erhvervsfaglig eller kort videregående uddannelse', 'Father: vocational or short higher education'),
  c('far_udd_uoplyst', 'Far – uddannelse uoplyst', 'Father: education unknown'),
  c('mor_beskaeftiget', 'Mor – i beskæftigelse', 'Mother employed'),
  c('mor_ledig_kontanthjaelp', 'Mor – ledig eller på kontanthjælp', 'Mother unemployed or on social assistance'),
  c('far_beskaeftiget', 'Far – i beskæftigelse', 'Father employed'),
  c('far_ledig_kontanthjaelp', 'Far – ledig eller på kontanthjælp', 'Father unemployed or on social assistance'),
  c('mor_ingen_oplysninger', 'Ikke oplysninger om mor i register', 'No register information on mother'),
  c('far_ingen_oplysninger', 'Ikke oplysninger om far i register', 'No register information on father'),
  // In 100,000 DKK in the models (the balance table shows DKK).
  c('disp_familieindkomst', 'Disponibel familieindkomst', 'Disposable family income (DKK)'),
  c('mor_sigtelse', 'Mor – har en sigtelse', 'Mother has a charge', { requires: 'krsi' }),
  c('far_sigtelse', 'Far – har en sigtelse', 'Father has a charge', { requires: 'krsi' }),
  c('mor_psykisk', 'Mor – har/har haft psykisk sygdom', 'Mother has/has had mental illness', { requires: 'lpr' }),
  c('far_psykisk', 'Far – har/har haft psykisk sygdom', 'Father has/has had mental illness', { requires: 'lpr' }),
];

/** Region of residence in the start year: outcome-model dummies (reference Region Hovedstaden, 1084). */
export const REGION_CODES = [1081, 1082, 1083, 1084, 1085] as const;
export const REGION_REFERENCE = 1084;

/** Divisor applied to the income column before it enters a model. */
export const INCOME_SCALE = 100_000;

export function availableCovariates(tables: ReadonlySet<string>): { kept: Covariate[]; dropped: Covariate[] } {
  const kept: Covariate[] = [];
  const dropped: Covariate[] = [];
  for (const cov of COVARIATES) (cov.requires && !tables.has(cov.requires) ? dropped : kept).push(cov);
  return { kept, dropped };
}
