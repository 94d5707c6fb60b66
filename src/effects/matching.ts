/**
 * Nearest-neighbour matching on a propensity score, with caliper, with or without replacement,
 * k neighbours per treated unit.
 *
 * The algorithm is MatchIt's `method = "nearest"` with a distance vector (nn_matchC_vec), so that
 * the golden test against R can demand identical matches, ties included:
 * - all units are sorted by score (stable: equal scores keep input order);
 * - treated units are visited in `order` ('largest' score first by default, as MatchIt's
 *   m.order = "largest"; 'smallest'; 'data' = input order), in rounds: every treated unit gets its
 *   first neighbour before any gets its second (ratio k);
 * - a treated unit's neighbour is the nearest eligible control to its left and to its right in the
 *   sorted order; the left one (lower score) wins a tie in distance;
 * - the caliper is |p_t - p_c| <= caliper (inclusive), in propensity units (MatchIt's
 *   std.caliper = FALSE); a treated unit without an eligible control inside it gets no further
 *   neighbours;
 * - without replacement a control is used once; with replacement a control can serve any number
 *   of treated units, but never twice the same one.
 *
 * psmatch2 (which the report used) visits treated units in the data's sort order and, with
 * replacement, picks the nearest control for each; with replacement and k = 1 the two agree
 * except for ties. Pure function: no ids leave it except the indices it was given.
 */

export type MatchOrder = 'largest' | 'smallest' | 'data';
export type CommonSupport = 'none' | 'treated';

export interface MatchOptions {
  /** Neighbours per treated unit (ratio). Default 1. */
  k?: number;
  /** Reuse controls (psmatch2's default). Default true. */
  replace?: boolean;
  /** Largest allowed |score difference|, in propensity units; null for none. Default 0.01. */
  caliper?: number | null;
  /** Order in which treated units choose. Default 'largest'. */
  order?: MatchOrder;
  /**
   * 'treated': treated units whose score lies outside the controls' [min, max] are discarded
   * before matching (psmatch2's `common`, MatchIt's discard = "treated"). Default 'none': only the
   * caliper restricts.
   */
  commonSupport?: CommonSupport;
}

export interface CommonSupportReport {
  treatedMin: number;
  treatedMax: number;
  controlMin: number;
  controlMax: number;
  /** Treated units with a score below the controls' minimum or above their maximum. */
  treatedOutside: number;
  /** Of those, discarded before matching (commonSupport 'treated'). */
  treatedDiscarded: number;
}

export interface MatchResult {
  /** For each treated unit (input order), the indices of its controls in the control array, in the order chosen. */
  matches: number[][];
  /** Weight of each treated unit: 1 if matched, 0 if not. */
  treatedWeights: Float64Array;
  /**
   * Weight of each control: Σ over the treated units it serves of 1 / (that unit's number of
   * controls). Sums to the number of matched treated units.
   */
  controlWeights: Float64Array;
  /** controlWeights rescaled to sum to the number of distinct matched controls (MatchIt's weights). */
  controlWeightsNormalised: Float64Array;
  matchedTreated: number;
  unmatchedTreated: number;
  /** Distinct controls used. */
  matchedControls: number;
  /** Treated units that got fewer than k controls (but at least one). */
  partiallyMatched: number;
  support: CommonSupportReport;
  settings: Required<MatchOptions>;
}

export const DEFAULT_MATCH_OPTIONS: Required<MatchOptions> = {
  k: 1,
  replace: true,
  caliper: 0.01,
  order: 'largest',
  commonSupport: 'none',
};

export function nearestNeighbourMatch(treatedScores: ArrayLike<number>, controlScores: ArrayLike<number>, options: MatchOptions = {}): MatchResult {
  const settings: Required<MatchOptions> = { ...DEFAULT_MATCH_OPTIONS, ...options };
  const { k, replace, caliper, order } = settings;
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  if (caliper !== null && !(caliper >= 0)) throw new Error(`caliper must be non-negative or null, got ${caliper}`);
  const n1 = treatedScores.length;
  const n0 = controlScores.length;
  for (const [label, v] of [['treated', treatedScores], ['control', controlScores]] as const) {
    for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) throw new Error(`${label} score ${i} is not finite`);
  }

  const support = supportReport(treatedScores, controlScores);
  const discarded = new Uint8Array(n1);
  if (settings.commonSupport === 'treated' && n0 > 0) {
    for (let i = 0; i < n1; i++) {
      if (treatedScores[i] < support.controlMin || treatedScores[i] > support.controlMax) discarded[i] = 1;
    }
  }
  support.treatedDiscarded = discarded.reduce((s, d) => s + d, 0);

  // All units in one array, treated first then controls (MatchIt's data order puts them as given;
  // only the relative order of equal scores matters, and we fix it as: treated by index, then controls by index).
  const n = n1 + n0;
  const score = new Float64Array(n);
  const isTreated = new Uint8Array(n);
  for (let i = 0; i < n1; i++) {
    score[i] = treatedScores[i];
    isTreated[i] = 1;
  }
  for (let j = 0; j < n0; j++) score[n1 + j] = controlScores[j];
  return matchSorted(score, isTreated, n1, discarded, settings, support);
}

/**
 * The same algorithm on units given in one array in data order (treated and controls
 * interleaved, as a data frame holds them): used by the golden test so that tie-breaking follows
 * exactly the row order R sees. Returns matches as indices into the control subsequence.
 */
export function nearestNeighbourMatchData(scores: ArrayLike<number>, treated: ArrayLike<number>, options: MatchOptions = {}): MatchResult {
  const settings: Required<MatchOptions> = { ...DEFAULT_MATCH_OPTIONS, ...options };
  const n = scores.length;
  const isTreated = Uint8Array.from({ length: n }, (_, i) => (treated[i] ? 1 : 0));
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < n; i++) (isTreated[i] ? t : c).push(scores[i]);
  const support = supportReport(t, c);
  const discarded = new Uint8Array(t.length);
  if (settings.commonSupport === 'treated' && c.length > 0) {
    t.forEach((s, i) => (discarded[i] = s < support.controlMin || s > support.controlMax ? 1 : 0));
  }
  support.treatedDiscarded = discarded.reduce((s, d) => s + d, 0);
  return matchSorted(Float64Array.from(scores), isTreated, t.length, discarded, settings, support);
}

function supportReport(t: ArrayLike<number>, c: ArrayLike<number>): CommonSupportReport {
  let tMin = Infinity;
  let tMax = -Infinity;
  let cMin = Infinity;
  let cMax = -Infinity;
  for (let i = 0; i < t.length; i++) {
    tMin = Math.min(tMin, t[i]);
    tMax = Math.max(tMax, t[i]);
  }
  for (let j = 0; j < c.length; j++) {
    cMin = Math.min(cMin, c[j]);
    cMax = Math.max(cMax, c[j]);
  }
  let outside = 0;
  for (let i = 0; i < t.length; i++) if (t[i] < cMin || t[i] > cMax) outside++;
  return { treatedMin: tMin, treatedMax: tMax, controlMin: cMin, controlMax: cMax, treatedOutside: outside, treatedDiscarded: 0 };
}

/**
 * Core: `score` and `isTreated` in data order; the treated, in data order, are numbered 0..n1-1
 * and the controls 0..n0-1.
 */
function matchSorted(
  score: Float64Array,
  isTreated: Uint8Array,
  n1: number,
  discardedTreated: Uint8Array,
  settings: Required<MatchOptions>,
  support: CommonSupportReport,
): MatchResult {
  const { k, replace, caliper, order } = settings;
  const n = score.length;
  const n0 = n - n1;
  // Rank within group for each data position.
  const groupIndex = new Int32Array(n);
  const treatedPos = new Int32Array(n1);
  {
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      if (isTreated[i]) {
        treatedPos[a] = i;
        groupIndex[i] = a++;
      } else groupIndex[i] = b++;
    }
  }
  // Stable sort by score: sorted position → data position.
  const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a] - score[b] || a - b);
  const rankOf = new Int32Array(n);
  sorted.forEach((dataPos, r) => (rankOf[dataPos] = r));
  const sScore = Float64Array.from(sorted, (i) => score[i]);
  const sTreated = Uint8Array.from(sorted, (i) => isTreated[i]);

  // Treated visiting order (indices 0..n1-1).
  const visit = Array.from({ length: n1 }, (_, i) => i);
  if (order === 'largest') visit.sort((a, b) => score[treatedPos[b]] - score[treatedPos[a]] || a - b);
  else if (order === 'smallest') visit.sort((a, b) => score[treatedPos[a]] - score[treatedPos[b]] || a - b);

  const available = new Uint8Array(n); // by sorted position: control that can still be used
  for (let r = 0; r < n; r++) available[r] = sTreated[r] ? 0 : 1;
  const matches: number[][] = Array.from({ length: n1 }, () => []);
  const stopped = new Uint8Array(n1); // no control found in an earlier round
  const usedBy: Set<number>[] = Array.from({ length: n1 }, () => new Set());

  const eligible = (r: number, t: number): boolean => available[r] === 1 && !usedBy[t].has(r);
  for (let round = 0; round < k; round++) {
    for (const t of visit) {
      if (discardedTreated[t] || stopped[t]) continue;
      const ii = rankOf[treatedPos[t]];
      const p = sScore[ii];
      let left = -1;
      for (let r = ii - 1; r >= 0; r--) {
        if (sTreated[r] || !eligible(r, t)) continue;
        if (caliper !== null && Math.abs(p - sScore[r]) > caliper) break;
        left = r;
        break;
      }
      let right = -1;
      for (let r = ii + 1; r < n; r++) {
        if (sTreated[r] || !eligible(r, t)) continue;
        if (caliper !== null && Math.abs(p - sScore[r]) > caliper) break;
        right = r;
        break;
      }
      let chosen: number;
      if (left >= 0 && right >= 0) chosen = Math.abs(sScore[left] - p) <= Math.abs(sScore[right] - p) ? left : right;
      else if (left >= 0) chosen = left;
      else if (right >= 0) chosen = right;
      else {
        stopped[t] = 1;
        continue;
      }
      usedBy[t].add(chosen);
      matches[t].push(groupIndex[sorted[chosen]]);
      if (!replace) available[chosen] = 0;
    }
  }

  const treatedWeights = new Float64Array(n1);
  const controlWeights = new Float64Array(n0);
  let matchedTreated = 0;
  let partiallyMatched = 0;
  matches.forEach((m, t) => {
    if (m.length === 0) return;
    matchedTreated++;
    if (m.length < k) partiallyMatched++;
    treatedWeights[t] = 1;
    for (const c of m) controlWeights[c] += 1 / m.length;
  });
  let matchedControls = 0;
  let sum = 0;
  for (let j = 0; j < n0; j++) {
    if (controlWeights[j] > 0) matchedControls++;
    sum += controlWeights[j];
  }
  const controlWeightsNormalised = controlWeights.map((w) => (sum > 0 ? (w * matchedControls) / sum : 0));
  return {
    matches,
    treatedWeights,
    controlWeights,
    controlWeightsNormalised,
    matchedTreated,
    unmatchedTreated: n1 - matchedTreated,
    matchedControls,
    partiallyMatched,
    support,
    settings,
  };
}
