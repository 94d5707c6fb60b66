/**
 * The effects engine: for each evaluation spec, the treated and the control pool (SQL), the
 * propensity score, nearest-neighbour matching, the balance table, the event study and the
 * exhibits of chapter 9 and Bilag 2 as ResultTables (tab-9.1 … tab-9.5, fig-9.2, btab-2.1/2.2).
 *
 * Settings where the report is silent (catalog-ch9-bilag.md §3.11) are options with the defaults
 * documented in docs/effects.md. Nothing person-level leaves this module: the tables hold means,
 * estimates and counts.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { EstimationError, type Link } from '../stats/index.ts';
import { tQuantile } from '../stats/distributions.ts';
import { wilsonInterval } from '../stats/tests.ts';
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { balanceRows, type BalanceRow } from './balance.ts';
import { availableCovariates, INCOME_SCALE, REGION_CODES, REGION_REFERENCE, type Covariate } from './covariates.ts';
import { eventStudy, type EventStudyResult } from './event-study.ts';
import { DEFAULT_MATCH_OPTIONS, nearestNeighbourMatch, type MatchOptions, type MatchResult } from './matching.ts';
import { buildCohort, buildPanel, existingTables, type Cohort, type Panel } from './populations.ts';
import { estimatePropensity, type PropensityResult } from './propensity.ts';
import { EFFECT_SPECS, type EffectSpec } from './spec.ts';
import { transitionTable } from './transition.ts';
import { EXAM_FOLLOWUP_ID, examFollowupTable } from './exam-followup.ts';

export interface EffectsOptions {
  /** Evaluations to run (default: EFFECT_SPECS). */
  specs?: readonly EffectSpec[];
  /** Propensity-score link (default 'logit'; psmatch2's default is 'probit'). */
  link?: Link;
  /** Matching settings (default: 1 neighbour, with replacement, caliper 0.01, largest score first). */
  matching?: MatchOptions;
  /** Region dummies also in the propensity model (default false: the balance tables, which list the matching variables, have no region). */
  regionInPropensity?: boolean;
  /** Sex-split models: match again within sex ('rematch', default) or split the pooled matched sample ('pooled'). */
  sexSplit?: 'rematch' | 'pooled';
  /** Confidence level of every interval (default 0.95). */
  level?: number;
  /** Compute the descriptive Tab 9.6 and the §9.4.1 exam follow-up tab-9.7 (default true). */
  transition?: boolean;
}

export interface EffectsResult {
  tables: ResultTable[];
  notes: string[];
}

/** The estimates behind one analysis (pooled or one sex), for tests and the coverage script. */
export interface Analysis {
  propensity: PropensityResult;
  match: MatchResult;
  balance: BalanceRow[];
  study: EventStudyResult;
  nTreated: number;
  nControlPool: number;
}

const REQUIRED = ['bef', 'kotre', 'udda', 'akm', 'ind', 'lbf_plan_afdeling', 'deltager'] as const;

export async function runEffects(conn: DuckDBConnection, opts: EffectsOptions = {}): Promise<EffectsResult> {
  const tables: ResultTable[] = [];
  const notes: string[] = [];
  const available = await existingTables(conn);
  if (available.has('deltager') && available.has('kotre') && (opts.transition ?? true)) tables.push(await transitionTable(conn));
  else notes.push('tab-9.6: not computed, deltager or kotre missing');
  const examNeeds = ['deltager', 'kotre', 'elev', 'karakterer'];
  if (examNeeds.every((t) => available.has(t)) && (opts.transition ?? true)) {
    const exam = await examFollowupTable(conn, available);
    tables.push(exam.table);
    notes.push(...exam.notes);
  } else notes.push(`${EXAM_FOLLOWUP_ID}: not computed, ${examNeeds.filter((t) => !available.has(t)).join(', ') || 'switched off'}`);
  for (const spec of opts.specs ?? EFFECT_SPECS) {
    const missing = [...REQUIRED, spec.outcome.table].filter((t) => !available.has(t));
    if (missing.length > 0) {
      notes.push(`${spec.id}: not evaluated, missing table(s) ${missing.join(', ')}`);
      continue;
    }
    const out = await runSpec(conn, spec, available, opts);
    tables.push(...out.tables);
    notes.push(...out.notes.map((n) => `${spec.id}: ${n}`));
  }
  return { tables, notes };
}

/** One evaluation: its exhibits, notes and the pooled analysis (exported for tests and coverage). */
export async function runSpec(
  conn: DuckDBConnection,
  spec: EffectSpec,
  available: ReadonlySet<string>,
  opts: EffectsOptions = {},
): Promise<{ tables: ResultTable[]; notes: string[]; pooled: Analysis | null; bySex: Record<string, Analysis> }> {
  const notes: string[] = [];
  const { kept, dropped } = availableCovariates(available);
  if (dropped.length > 0) {
    const byTable = new Map<string, string[]>();
    for (const c of dropped) byTable.set(c.requires!, [...(byTable.get(c.requires!) ?? []), c.id]);
    for (const [t, ids] of byTable) notes.push(`table ${t} missing: control variables ${ids.join(', ')} left out`);
  }
  const cohort = await buildCohort(conn, spec, available);
  const panel = await buildPanel(conn, spec);
  for (const f of cohort.funnel) notes.push(`selection ${f.group}: ${f.step}: ${f.n}`);
  const nT = count(cohort.treated, 1);
  const nC = cohort.treated.length - nT;
  if (nT < 2 || nC < 2) {
    notes.push(`not evaluated: ${nT} treated and ${nC} controls after selection`);
    return { tables: [], notes, pooled: null, bySex: {} };
  }

  const settings = { ...DEFAULT_MATCH_OPTIONS, ...opts.matching };
  const all = Uint8Array.from(cohort.treated, () => 1);
  const pooled = analyse(cohort, panel, spec, kept, all, opts, null);
  notes.push(...pooled.notes);
  const tablesOut: ResultTable[] = [];
  const choices = choiceTexts(spec, settings, opts);
  tablesOut.push(characteristicsTable(spec, cohort, choices));
  tablesOut.push(estimatesTable(spec, spec.exhibits.estimates, [{ sex: null, a: pooled.analysis }], choices));
  tablesOut.push(balanceTable(spec, pooled.analysis.balance, kept, choices));
  if (spec.exhibits.probabilities) tablesOut.push(probabilityTable(spec, spec.exhibits.probabilities, pooled.analysis, choices));

  const bySex: Record<string, Analysis> = {};
  if (spec.bySex && spec.exhibits.estimatesBySex) {
    const female = cohort.covariates.female;
    const failed: string[] = [];
    for (const [sex, code] of [['male', 0], ['female', 1]] as const) {
      const mask = Uint8Array.from(female, (v) => (v === code ? 1 : 0));
      try {
        const r = analyse(cohort, panel, spec, kept, mask, opts, (opts.sexSplit ?? 'rematch') === 'pooled' ? pooled.analysis.match : null);
        bySex[sex] = r.analysis;
        notes.push(...r.notes.map((n) => `${sex}: ${n}`));
        for (const t of r.analysis.study.terms) if (t.note && t.note !== 'reference') notes.push(`${sex}: event time ${t.eventTime}: ${t.note}`);
      } catch (e) {
        notes.push(`${sex}: not estimated (${(e as Error).message})`);
        failed.push(sex);
      }
    }
    const table = estimatesTable(spec, spec.exhibits.estimatesBySex, Object.entries(bySex).map(([sex, a]) => ({ sex, a })), choices);
    if (failed.length > 0) {
      table.note = {
        da: `${table.note.da} Ikke estimeret for ${failed.map((x) => (x === 'male' ? 'drenge' : 'piger')).join(' og ')} (se noterne).`,
        en: `${table.note.en} Not estimated for ${failed.map((x) => (x === 'male' ? 'boys' : 'girls')).join(' and ')} (see the notes).`,
      };
    }
    tablesOut.push(table);
  }
  return { tables: tablesOut, notes, pooled: pooled.analysis, bySex };
}

/**
 * Propensity, matching, balance and event study for the cohort units in `mask`. With `reuse`
 * (sexSplit 'pooled') the pooled matching is kept and only the units in the mask are used.
 */
function analyse(
  cohort: Cohort,
  panel: Panel,
  spec: EffectSpec,
  covariates: readonly Covariate[],
  mask: Uint8Array,
  opts: EffectsOptions,
  reuse: MatchResult | null,
): { analysis: Analysis; notes: string[] } {
  const notes: string[] = [];
  const idx = [...mask.keys()].filter((i) => mask[i]);
  const sub = subsetCohort(cohort, idx);
  const psCovariates = [...covariates];
  if (opts.regionInPropensity) psCovariates.push(...addRegionDummies(sub));
  const propensity = estimatePropensity(sub, psCovariates, opts.link ?? 'logit');
  notes.push(...propensity.notes);

  const tIdx: number[] = [];
  const cIdx: number[] = [];
  sub.treated.forEach((t, i) => {
    if (!Number.isFinite(propensity.scores[i])) return;
    (t ? tIdx : cIdx).push(i);
  });
  const match = reuse && reuse.matches.length === count(cohort.treated, 1) && reuse.controlWeights.length === count(cohort.treated, 0)
    ? restrictMatch(reuse, cohort, idx, tIdx, cIdx)
    : nearestNeighbourMatch(tIdx.map((i) => propensity.scores[i]), cIdx.map((i) => propensity.scores[i]), opts.matching);
  notes.push(
    `matching: ${match.matchedTreated} of ${tIdx.length} treated matched (${match.unmatchedTreated} unmatched, ${match.partiallyMatched} with fewer than k), ${match.matchedControls} distinct controls of ${cIdx.length}; ` +
      `scores treated [${fmt(match.support.treatedMin)}, ${fmt(match.support.treatedMax)}], controls [${fmt(match.support.controlMin)}, ${fmt(match.support.controlMax)}], ` +
      `${match.support.treatedOutside} treated outside the controls' range (${match.support.treatedDiscarded} discarded)`,
  );

  // Balance: every displayed covariate, U and M.
  const balance: BalanceRow[] = [];
  for (const cov of covariates.filter((c) => c.inBalance)) {
    const col = sub.covariates[cov.id];
    balance.push(...balanceRows(cov.id, tIdx.map((i) => col[i]), cIdx.map((i) => col[i]), match.treatedWeights, match.controlWeightsNormalised));
  }

  // Person weights, then the panel rows of persons with a positive weight.
  const weightByUid = new Map<number, number>();
  tIdx.forEach((i, a) => match.treatedWeights[a] > 0 && weightByUid.set(sub.uid[i], 1));
  cIdx.forEach((i, b) => match.controlWeights[b] > 0 && weightByUid.set(sub.uid[i], match.controlWeights[b]));
  const position = new Map<number, number>();
  sub.uid.forEach((u, i) => position.set(u, i));
  const rows: number[] = [];
  for (let r = 0; r < panel.uid.length; r++) if (weightByUid.has(panel.uid[r])) rows.push(r);
  const person = rows.map((r) => position.get(panel.uid[r])!);
  const controls: [string, Float64Array][] = covariates
    .filter((c) => c.inOutcome)
    .map((c) => [c.id, Float64Array.from(person, (i) => (c.id === 'disp_familieindkomst' ? sub.covariates[c.id][i] / INCOME_SCALE : sub.covariates[c.id][i]))]);
  for (const code of REGION_CODES) {
    if (code === REGION_REFERENCE) continue;
    controls.push([`region=${code}`, Float64Array.from(person, (i) => (sub.region[i] === code ? 1 : 0))]);
  }
  const fitWith = (ctrl: [string, Float64Array][]) => eventStudy({
    unit: rows.map((r) => panel.uid[r]),
    eventTime: rows.map((r) => panel.eventTime[r]),
    y: rows.map((r) => panel.y[r]),
    treated: person.map((i) => sub.treated[i]),
    weight: rows.map((r) => weightByUid.get(panel.uid[r])!),
    controls: ctrl,
    window: spec.window,
    reference: spec.reference,
    model: spec.model,
    level: opts.level,
  });
  // A logit that does not converge (quasi-separation among the controls in a small sample) is
  // refitted with fewer controls: without region, then with age only; the note says which.
  const fallbacks: [string, [string, Float64Array][]][] = [
    ['all controls', controls],
    ['controls without region', controls.filter(([name]) => !name.startsWith('region='))],
    ['age as the only control', controls.filter(([name]) => name === 'alder')],
  ];
  let study: EventStudyResult | null = null;
  for (const [label, ctrl] of fallbacks) {
    try {
      study = fitWith(ctrl);
      if (label !== 'all controls') notes.push(`outcome model: did not converge with all controls; estimated with ${label}`);
      break;
    } catch (e) {
      if (!(e instanceof EstimationError) || e.problem !== 'no_convergence' || label === 'age as the only control') throw e;
    }
  }
  if (!study) throw new Error('outcome model: no fit');
  notes.push(...study.notes);
  if (study.preTrend) {
    notes.push(`pre-period joint Wald test (${study.preTrend.names.join(', ')}): ${study.preTrend.distribution} = ${fmt(study.preTrend.statistic)}, df ${study.preTrend.df1}, p = ${fmt(study.preTrend.pValue)}`);
  }
  return { analysis: { propensity, match, balance, study, nTreated: tIdx.length, nControlPool: cIdx.length }, notes };
}

function subsetCohort(cohort: Cohort, idx: readonly number[]): Cohort {
  const covariates: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(cohort.covariates)) covariates[k] = Float64Array.from(idx, (i) => v[i]);
  return {
    uid: Int32Array.from(idx, (i) => cohort.uid[i]),
    treated: Uint8Array.from(idx, (i) => cohort.treated[i]),
    startYear: Int32Array.from(idx, (i) => cohort.startYear[i]),
    region: Int32Array.from(idx, (i) => cohort.region[i]),
    covariates,
    funnel: cohort.funnel,
  };
}

function addRegionDummies(sub: Cohort): Covariate[] {
  const out: Covariate[] = [];
  for (const code of REGION_CODES) {
    if (code === REGION_REFERENCE) continue;
    const id = `region_${code}`;
    sub.covariates[id] = Float64Array.from(sub.region, (r) => (r === code ? 1 : 0));
    out.push({ id, label: { da: `Region ${code}`, en: `Region ${code}` }, inPropensity: true, inOutcome: false, inBalance: false });
  }
  return out;
}

/** The pooled matching restricted to a subset (sexSplit 'pooled'): keeps pairs whose treated unit is in the subset. */
function restrictMatch(pooled: MatchResult, cohort: Cohort, idx: readonly number[], tIdx: readonly number[], cIdx: readonly number[]): MatchResult {
  // Map cohort positions of the pooled treated/control arrays to the subset's.
  const pooledT: number[] = [];
  const pooledC: number[] = [];
  cohort.treated.forEach((t, i) => (t ? pooledT : pooledC).push(i));
  const subPos = new Map<number, number>();
  idx.forEach((i, s) => subPos.set(i, s));
  const tOf = new Map<number, number>();
  tIdx.forEach((s, a) => tOf.set(s, a));
  const cOf = new Map<number, number>();
  cIdx.forEach((s, b) => cOf.set(s, b));
  const matches: number[][] = tIdx.map(() => []);
  pooled.matches.forEach((m, a) => {
    const s = subPos.get(pooledT[a]);
    if (s === undefined || !tOf.has(s)) return;
    matches[tOf.get(s)!] = m.map((b) => cOf.get(subPos.get(pooledC[b]) ?? -1)).filter((b): b is number => b !== undefined);
  });
  const treatedWeights = Float64Array.from(matches, (m) => (m.length > 0 ? 1 : 0));
  const controlWeights = new Float64Array(cIdx.length);
  matches.forEach((m) => m.forEach((b) => (controlWeights[b] += 1 / m.length)));
  const used = controlWeights.filter((w) => w > 0).length;
  const sum = controlWeights.reduce((s, w) => s + w, 0);
  const matched = treatedWeights.reduce((s, w) => s + w, 0);
  return {
    ...pooled,
    matches,
    treatedWeights,
    controlWeights,
    controlWeightsNormalised: controlWeights.map((w) => (sum > 0 ? (w * used) / sum : 0)),
    matchedTreated: matched,
    unmatchedTreated: tIdx.length - matched,
    matchedControls: used,
  };
}

// ---------------------------------------------------------------- exhibits

const stars = (p: number | null): string => (p === null ? '' : p < 0.01 ? '***' : p < 0.05 ? '**' : p < 0.1 ? '*' : '');

const EVENT_LABEL: Record<number, Text> = {
  [-3]: { da: '3 år før indsatsen', en: '3 years before' },
  [-2]: { da: '2 år før indsatsen', en: '2 years before' },
  [-1]: { da: '1 år før indsatsen', en: '1 year before' },
  0: { da: 'Indsatsåret', en: 'Start year' },
  1: { da: '1 år efter indsatsen', en: '1 year after' },
  2: { da: '2 år efter indsatsen', en: '2 years after' },
};

const TITLES: Record<string, Text> = {
  'tab-9.1': { da: 'Beskrivelse af karakteristika ved deltagere i indsatsgruppen i indsatsåret. Alder og procent.', en: 'Characteristics of participants in the treatment group in the start year. Age and per cent.' },
  'tab-9.2': { da: 'Resultater af effektanalyser af fritidsjobindsatsen på de unges chance for at være i fritidsjob. Odds ratios.', en: 'Effect estimates of the part-time-job effort on the chance of having a part-time job. Odds ratios.' },
  'tab-9.3': { da: 'Resultater af effektanalyser af fritidsjobindsatsen på de unges chance for at være i fritidsjob. Særskilt for køn. Odds ratios.', en: 'Effect estimates of the part-time-job effort on the chance of having a part-time job, by sex. Odds ratios.' },
  'fig-9.2': { da: 'Den estimerede sandsynlighed for at have et fritidsjob for dem, der har deltaget i fritidsjobindsatsen, sammenlignet med dem, der ikke har. Procent.', en: 'Estimated probability of having a part-time job, participants in the part-time-job effort vs non-participants. Per cent.' },
  'tab-9.4': { da: 'Beskrivelse af karakteristika ved deltagere i indsatsgruppen i indsatsåret. Alder og procent.', en: 'Characteristics of participants in the treatment group (absence analysis) in the start year. Age and per cent.' },
  'tab-9.5': { da: 'Resultater af effektanalysen af børne- og ungeindsatsen på børnenes fraværsprocent. Estimerede regressionskoefficienter.', en: 'Effect estimates of the child and youth effort on the children\'s absence percentage. Estimated regression coefficients.' },
  'btab-2.1': { da: 'Forskelle på indsats- og kontrolgruppe efter og før matching (fritidsjob)', en: 'Differences between treatment and control group after and before matching (part-time job)' },
  'btab-2.2': { da: 'Forskelle på indsats- og kontrolgruppe efter og før matching (fravær)', en: 'Differences between treatment and control group after and before matching (absence)' },
};

const title = (id: string): Text => TITLES[id] ?? { da: id, en: id };

function choiceTexts(spec: EffectSpec, m: Required<MatchOptions>, opts: EffectsOptions): Text[] {
  const link = opts.link ?? 'logit';
  return [
    { da: `Propensity score: ${link}-model af deltagelse på kontrolvariablene (rapporten: "fx" logistisk regression; psmatch2's standard er probit).`, en: `Propensity score: ${link} model of participation on the control variables (the report: "e.g." logistic regression; psmatch2's default is probit).` },
    { da: `Matching: nærmeste nabo, k = ${m.k}, ${m.replace ? 'med' : 'uden'} tilbagelægning, caliper ${m.caliper ?? 'ingen'} i propensity-enheder, største score vælger først, lighed brydes af laveste score og derefter datarækkefølge; common support: ${m.commonSupport === 'none' ? 'kun caliper' : 'deltagere uden for kontrolgruppens interval udelades'}.`, en: `Matching: nearest neighbour, k = ${m.k}, ${m.replace ? 'with' : 'without'} replacement, caliper ${m.caliper ?? 'none'} in propensity units, largest score chooses first, ties to the lower score then data order; common support: ${m.commonSupport === 'none' ? 'the caliper only' : 'treated outside the controls\' range dropped'}.` },
    { da: `Model: ${spec.model === 'logit' ? 'logit' : 'OLS'} på person-år ${spec.window[0]} til ${spec.window[1]} med behandling × begivenhedsår (reference ${spec.reference}), kontrolvariable målt i indsatsåret, region; standardfejl klynget på person; matchingvægte som frekvensvægte.`, en: `Model: ${spec.model === 'logit' ? 'logit' : 'OLS'} on person-years ${spec.window[0]} to ${spec.window[1]} with treated × event-time dummies (reference ${spec.reference}), controls measured in the start year, region; standard errors clustered by person; matching weights as frequency weights.` },
  ];
}

function characteristicsTable(spec: EffectSpec, cohort: Cohort, choices: Text[]): ResultTable {
  const t = [...cohort.treated.keys()].filter((i) => cohort.treated[i]);
  const mean = (f: (i: number) => number) => t.reduce((s, i) => s + f(i), 0) / t.length;
  const cov = cohort.covariates;
  const items: [string, Text, number, 'mean' | 'share'][] = [
    ['alder', { da: 'Gennemsnitlig alder', en: 'Mean age' }, mean((i) => cov.alder[i]), 'mean'],
    ['drenge', { da: 'Andel drenge', en: 'Share boys' }, mean((i) => 1 - cov.female[i]), 'share'],
    ['menapt', { da: 'Andel af børn og unge med MENAPT-oprindelse', en: 'Share with MENAPT origin' }, mean((i) => cov.menapt[i]), 'share'],
    ['region_hovedstaden', { da: 'Andel, der bor i Region Hovedstaden', en: 'Share living in the Capital Region' }, mean((i) => (cohort.region[i] === 1084 ? 1 : 0)), 'share'],
    ['mor_erhvervskompetence', { da: 'Andel med mødre, der har en erhvervskompetencegivende uddannelse', en: 'Share whose mother has a vocationally qualifying education' }, mean((i) => cov.mor_udd_eud_kvu[i] + cov.mor_udd_mvu_lvu[i]), 'share'],
    ['far_erhvervskompetence', { da: 'Andel med fædre, der har en erhvervskompetencegivende uddannelse', en: 'Share whose father has a vocationally qualifying education' }, mean((i) => cov.far_udd_eud_kvu[i] + cov.far_udd_mvu_lvu[i]), 'share'],
  ];
  return {
    id: spec.exhibits.characteristics,
    chapter: 9,
    kind: 'table',
    title: title(spec.exhibits.characteristics),
    note: { da: `N = ${t.length}. Alle deltagere i indsatsgruppen før matching. Alder i år, øvrige rækker andele.`, en: `N = ${t.length}. All participants in the treatment group before matching. Age in years, other rows shares.` },
    unit: 'share',
    keyColumns: ['item'],
    // count: persons behind a share, for disclosure control (a mean has none)
    // intervals: Wilson for shares, t for the mean age (its spread from the treated ages)
    rows: items.map(([item, , value, kind]) => {
      const count = kind === 'mean' || value === null ? null : Math.round(value * t.length);
      const ci = kind === 'share' && count !== null ? wilsonInterval(count, t.length) : meanInterval(t.map((i) => cov.alder[i]));
      return { keys: { item }, year: null, value, n: t.length, lower: ci.lower, upper: ci.upper, extra: { is_mean: kind === 'mean' ? 1 : 0, count } };
    }),
    choices,
  };
}

function estimatesTable(spec: EffectSpec, id: string, parts: { sex: string | null; a: Analysis }[], choices: Text[]): ResultTable {
  const rows: ResultRow[] = [];
  const waldDa: string[] = [];
  const waldEn: string[] = [];
  for (const { sex, a } of parts) {
    for (const term of a.study.terms) {
      const keys: Record<string, string> = { event_time: String(term.eventTime), term: term.eventTime === spec.reference ? 'reference' : term.name, stars: stars(term.pValue) };
      if (sex) keys.sex = sex;
      rows.push({
        keys,
        year: null,
        value: term.estimate,
        n: a.study.persons,
        lower: term.lower,
        upper: term.upper,
        extra: { estimate: term.estimate, p_value: term.pValue, se: term.se, coefficient: term.coefficient, n_treated: term.nTreated },
      });
    }
    if (a.study.preTrend) {
      const w = a.study.preTrend;
      const who = sex ? `${sex === 'male' ? 'drenge' : 'piger'}: ` : '';
      const whoEn = sex ? `${sex === 'male' ? 'boys' : 'girls'}: ` : '';
      waldDa.push(`${who}fælles Wald-test af førperioden ${w.distribution === 'chi2' ? 'χ²' : 'F'}(${w.df1}) = ${fmt(w.statistic)}, p = ${fmt(w.pValue)}`);
      waldEn.push(`${whoEn}joint Wald test of the pre-period ${w.distribution === 'chi2' ? 'χ²' : 'F'}(${w.df1}) = ${fmt(w.statistic)}, p = ${fmt(w.pValue)}`);
    }
  }
  const logitModel = spec.model === 'logit';
  const persons = parts.map((p) => p.a.study.persons).join(' / ');
  return {
    id,
    chapter: 9,
    kind: 'table',
    title: title(id),
    note: {
      da: `*** angiver et signifikansniveau på 1 pct., ** på 5 pct. og * på 10 pct. Der er anvendt en ${logitModel ? 'logit' : 'OLS'}-model; ${logitModel ? 'odds ratios' : 'koefficienter'} med 95 pct.-konfidensintervaller, standardfejl klynget på person. Reference: 1 år før indsatsen. ${spec.outcome.label.da}. Personer i modellen: ${persons}. ${waldDa.join('; ')}.`,
      en: `*** significant at 1 %, ** at 5 %, * at 10 %. ${logitModel ? 'Logit' : 'OLS'} model; ${logitModel ? 'odds ratios' : 'coefficients'} with 95 % confidence intervals, standard errors clustered by person. Reference: 1 year before the start. ${spec.outcome.label.en}. Persons in the model: ${persons}. ${waldEn.join('; ')}.`,
    },
    unit: logitModel ? 'odds_ratio' : 'coefficient',
    keyColumns: parts.some((p) => p.sex) ? ['sex', 'event_time', 'term', 'stars'] : ['event_time', 'term', 'stars'],
    rows,
    choices,
  };
}

function balanceTable(spec: EffectSpec, balance: readonly BalanceRow[], covariates: readonly Covariate[], choices: Text[]): ResultTable {
  const labels = new Map(covariates.map((c) => [c.id, c.label]));
  return {
    id: spec.exhibits.balance,
    chapter: 'bilag2',
    kind: 'table',
    title: title(spec.exhibits.balance),
    note: {
      da: 'U: alle deltagere mod hele kontrolpuljen; M: matchede deltagere mod matchede kontrolpersoner (vægtet med antal gange de bruges). t-værdi og p fra (vægtet) regression af variablen på deltagelse; standardiseret forskel i pct. med de umatchede gruppers varianser. Køn: 1 = dreng, 2 = pige. Variable: ' +
        balance.filter((b) => b.sample === 'U').map((b) => labels.get(b.variable)?.da ?? b.variable).join('; ') + '.',
      en: 'U: all treated vs the whole control pool; M: matched treated vs matched controls (weighted by use). t and p from a (weighted) regression of the variable on treatment; standardised difference in per cent with the unmatched groups\' variances. Sex: 1 = boy, 2 = girl. Variables: ' +
        balance.filter((b) => b.sample === 'U').map((b) => labels.get(b.variable)?.en ?? b.variable).join('; ') + '.',
    },
    unit: 'mean',
    keyColumns: ['variable', 'sample'],
    rows: balance.map((b) => ({
      keys: { variable: b.variable, sample: b.sample },
      year: null,
      value: b.meanTreated,
      n: b.nTreated + b.nControl,
      lower: null,
      upper: null,
      extra: {
        mean_treated: b.meanTreated,
        mean_control: b.meanControl,
        t_value: nan(b.t),
        p_value: nan(b.p),
        std_diff: nan(b.stdDiff),
        n_treated: b.nTreated,
        n_control: b.nControl,
      },
    })),
    choices,
  };
}

function probabilityTable(spec: EffectSpec, id: string, a: Analysis, choices: Text[]): ResultTable {
  return {
    id,
    chapter: 9,
    kind: 'figure',
    title: title(id),
    note: {
      da: 'De prædikterede sandsynligheder er gennemsnit over gruppens person-år af sandsynlighederne fra logit-modellen (matchede personer, vægtet), med 95 pct.-intervaller (deltametoden, klynget på person).',
      en: 'Predicted probabilities are averages over the group\'s person-years of the fitted logit probabilities (matched persons, weighted), with 95 % intervals (delta method, clustered by person).',
    },
    unit: 'share',
    keyColumns: ['group', 'event_time'],
    rows: a.study.predicted.map((p) => ({
      keys: { group: p.group, event_time: String(p.eventTime) },
      year: null,
      value: p.probability,
      n: p.persons,
      lower: p.lower,
      upper: p.upper,
      // the expected number of persons with the outcome stands in for the count in disclosure control
      extra: { count: Math.round(p.probability * p.persons) },
    })),
    choices: [...choices, { da: `Begivenhedsår: ${Object.values(EVENT_LABEL).map((t) => t.da).join(', ')}.`, en: `Event times: ${Object.values(EVENT_LABEL).map((t) => t.en).join(', ')}.` }],
  };
}

/** The t interval of a mean (null bounds below 2 values). */
function meanInterval(xs: readonly number[], level = 0.95): { lower: number | null; upper: number | null } {
  const n = xs.length;
  if (n < 2) return { lower: null, upper: null };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { lower: mean - half, upper: mean + half };
}

const nan = (v: number): number | null => (Number.isFinite(v) ? v : null);
const fmt = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : 'NA');
const count = (v: ArrayLike<number>, value: number): number => {
  let c = 0;
  for (let i = 0; i < v.length; i++) if (v[i] === value) c++;
  return c;
};
