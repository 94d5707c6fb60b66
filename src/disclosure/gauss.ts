/**
 * Secondary suppression by Gaussian elimination, after the idea of Statistics Norway's
 * SSBtools::GaussSuppression (Langsrud 2024): every published or suppressed number is a sum
 * over "inner" cells (the finest, never published, person counts), i.e. a vector over them.
 * A protected vector is disclosed exactly when it lies in the span of the published vectors.
 *
 * Candidates are visited in priority order. Each is reduced against the vectors published so far;
 * if publishing it would bring some protected vector into the span, it is withheld (secondary
 * suppression), otherwise it joins the published basis. A candidate already in the span adds no
 * information and is published for free. Because the span only grows, a protected vector that is
 * safe after the last candidate was safe all along, and a withheld candidate can never be
 * recovered either (otherwise the protected vector it would have revealed would be too).
 *
 * Unlike SSBtools, a candidate here is a group of vectors published or withheld together: one
 * result row carries both its n and, for a share, its numerator count.
 *
 * Arithmetic is exact (integers held in doubles, kept below 2^50; pivots on ±1 entries where
 * possible, so most steps need no rescaling). Should coefficients outgrow that, the whole problem
 * is redone in floating point with a tolerance, as SSBtools does.
 */

/** A sparse vector over inner cells: inner-cell index → coefficient; zeros are absent. */
export type SparseVector = ReadonlyMap<number, number>;

export interface GaussProblem {
  /**
   * Candidate groups, most wanted published first. Each group is published or withheld whole;
   * an empty group is always published.
   */
  candidates: readonly (readonly SparseVector[])[];
  /** Vectors that must not be determinable from what is published (the primary suppressions). */
  protect: readonly SparseVector[];
}

/**
 * Returns the indices (into `problem.candidates`, ascending) of the groups that must be withheld.
 *
 * @example
 * // Inner cells a = 0 and b = 1; a is protected. Publishing a + b and then b would reveal a.
 * const ab = new Map([[0, 1], [1, 1]]), a = new Map([[0, 1]]), b = new Map([[1, 1]]);
 * gaussSuppress({ candidates: [[ab], [b]], protect: [a] }); // → [1]
 */
export function gaussSuppress(problem: GaussProblem): number[] {
  if (problem.protect.length === 0) return [];
  try {
    return new Eliminator(problem, true).run();
  } catch (error) {
    if (error instanceof CoefficientOverflow) return new Eliminator(problem, false).run();
    throw error;
  }
}

class CoefficientOverflow extends Error {}

const MAX_EXACT = 2 ** 50;
const TOLERANCE = 1e-9;

/** A reduced vector: its non-zero entries, and the entry it eliminates from everything after it. */
interface Packed {
  index: Int32Array;
  value: Float64Array;
  pivot: number;
  pivotValue: number;
  maxAbs: number;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Order-independent hash of a sparse vector, for spotting repeats (equality is always checked). */
function hashOf(v: SparseVector): number {
  let h = v.size;
  for (const [i, x] of v) h = (h + Math.imul(i + 1, 0x9e3779b1) * (x + 7)) | 0;
  return h;
}

function sameVector(a: SparseVector, b: SparseVector): boolean {
  if (a.size !== b.size) return false;
  for (const [i, x] of a) if (b.get(i) !== x) return false;
  return true;
}

function sameGroup(a: readonly SparseVector[], b: readonly SparseVector[]): boolean {
  return a.length === b.length && a.every((v, i) => sameVector(v, b[i]));
}

class Eliminator {
  private readonly width: number;
  /** Scratch space for the vector being reduced. */
  private readonly work: Float64Array;
  /** Scratch space for the positions of the non-zero entries of `work`. */
  private readonly nonzero: Int32Array;
  private readonly basis: Packed[] = [];
  private protect: Packed[] = [];
  /** Groups met before, by hash: a repeat of a published group is free, of a withheld one withheld. */
  private readonly seen = new Map<number, { group: readonly SparseVector[]; withheld: boolean }[]>();

  constructor(
    private readonly problem: GaussProblem,
    private readonly exact: boolean,
  ) {
    let width = 0;
    for (const v of problem.protect) for (const i of v.keys()) width = Math.max(width, i + 1);
    for (const group of problem.candidates) for (const v of group) for (const i of v.keys()) width = Math.max(width, i + 1);
    this.width = width;
    this.work = new Float64Array(width);
    this.nonzero = new Int32Array(width);
  }

  run(): number[] {
    // The same number is often protected several times (one population in several exhibits).
    const distinct = new Map<number, SparseVector[]>();
    for (const v of this.problem.protect) {
      const hash = hashOf(v);
      const list = distinct.get(hash) ?? [];
      if (!list.some((u) => sameVector(u, v))) list.push(v);
      distinct.set(hash, list);
    }
    this.protect = [...distinct.values()].flat().map((v) => this.reduce(v, [])).filter((p): p is Packed => p !== null);
    const withheld: number[] = [];
    this.problem.candidates.forEach((group, index) => {
      if (this.offer(group)) return;
      withheld.push(index);
    });
    return withheld;
  }

  /** Publishes the group if it reveals no protected vector; returns whether it did. */
  private offer(group: readonly SparseVector[]): boolean {
    const hash = group.reduce((h, v) => (Math.imul(h, 31) + hashOf(v)) | 0, 17);
    const earlier = this.seen.get(hash)?.find((s) => sameGroup(s.group, group));
    // The span only grows: a group that revealed something still does; one in the span still is.
    if (earlier !== undefined) return !earlier.withheld;

    const fresh: Packed[] = [];
    for (const v of group) {
      const r = this.reduce(v, this.basis, fresh);
      if (r !== null) fresh.push(r);
    }
    const publish = fresh.length === 0 || !this.reveals(fresh);
    if (publish && fresh.length > 0) {
      this.basis.push(...fresh);
      this.protect = this.protect.map((p) => {
        const reduced = this.reduce(p, fresh);
        // reveals() has just shown this cannot happen; if it did, publishing would be unsafe.
        if (reduced === null) throw new Error('disclosure: internal error: a protected number became determinable');
        return reduced;
      });
    }
    const list = this.seen.get(hash) ?? [];
    list.push({ group, withheld: !publish });
    this.seen.set(hash, list);
    return publish;
  }

  private reveals(fresh: readonly Packed[]): boolean {
    const support = new Uint8Array(this.width);
    for (const f of fresh) for (const i of f.index) support[i] = 1;
    // A protected entry outside the support of the new vectors can never be cancelled by them.
    return this.protect.some((p) => p.index.every((i) => support[i] === 1) && this.reduce(p, fresh) === null);
  }

  /**
   * v reduced against echelon bases (each member zero at the pivots of those before it), in order;
   * null if nothing is left.
   */
  private reduce(v: SparseVector | Packed, ...bases: readonly (readonly Packed[])[]): Packed | null {
    const work = this.work;
    work.fill(0);
    if (v instanceof Map) for (const [i, x] of v) work[i] = x;
    else {
      const p = v as Packed;
      for (let k = 0; k < p.index.length; k++) work[p.index[k]] = p.value[k];
    }
    let scaled = false;
    for (const basis of bases) {
      for (const b of basis) {
        const x = work[b.pivot];
        if (x === 0) continue;
        if (this.exact) {
          let factor = x * b.pivotValue;
          if (Math.abs(b.pivotValue) !== 1) {
            // Bring v to a multiple of b's pivot so that the subtraction stays in integers.
            this.scaleWork(Math.abs(b.pivotValue));
            factor = (x * Math.abs(b.pivotValue)) / b.pivotValue;
            scaled = true;
          }
          if (Math.abs(factor) * b.maxAbs > MAX_EXACT) throw new CoefficientOverflow();
          for (let k = 0; k < b.index.length; k++) {
            const y = work[b.index[k]] - factor * b.value[k];
            if (Math.abs(y) > MAX_EXACT) throw new CoefficientOverflow();
            work[b.index[k]] = y;
          }
        } else {
          const factor = x / b.pivotValue;
          for (let k = 0; k < b.index.length; k++) work[b.index[k]] -= factor * b.value[k];
        }
        work[b.pivot] = 0;
      }
    }
    return this.pack(scaled);
  }

  private scaleWork(by: number): void {
    const work = this.work;
    for (let i = 0; i < this.width; i++) {
      if (work[i] === 0) continue;
      work[i] *= by;
      if (Math.abs(work[i]) > MAX_EXACT) throw new CoefficientOverflow();
    }
  }

  /** The scratch vector as a Packed one (divided by its gcd if it was rescaled), or null if zero. */
  private pack(scaled: boolean): Packed | null {
    const work = this.work;
    const nonzero = this.nonzero;
    let count = 0;
    let maxAbs = 0;
    for (let i = 0; i < this.width; i++) {
      if (work[i] === 0) continue;
      nonzero[count++] = i;
      maxAbs = Math.max(maxAbs, Math.abs(work[i]));
    }
    const threshold = this.exact ? 0 : maxAbs * TOLERANCE;
    let divisor = this.exact ? 1 : maxAbs;
    if (this.exact && scaled) {
      divisor = 0;
      for (let k = 0; k < count; k++) divisor = gcd(divisor, work[nonzero[k]]);
    }
    let size = 0;
    for (let k = 0; k < count; k++) if (Math.abs(work[nonzero[k]]) > threshold) nonzero[size++] = nonzero[k];
    if (size === 0) return null;

    const index = nonzero.slice(0, size);
    const value = new Float64Array(size);
    // Exact: pivot on a ±1 entry when there is one (no rescaling later), else the lowest index.
    // Floating: the largest entry, for stability. Ties go to the lowest index, for determinism.
    let pivot = -1;
    let pivotValue = 0;
    for (let k = 0; k < size; k++) {
      const x = work[index[k]] / divisor;
      value[k] = x;
      const better = pivot === -1 || (this.exact ? Math.abs(x) === 1 && Math.abs(pivotValue) !== 1 : Math.abs(x) > Math.abs(pivotValue));
      if (better) [pivot, pivotValue] = [index[k], x];
    }
    return { index, value, pivot, pivotValue, maxAbs: maxAbs / divisor };
  }
}
