/**
 * Dense linear algebra for regression problems with few columns: Householder QR with rank
 * detection, solves with it and (X'X)^-1 from R. Column-major Float64Array storage throughout.
 */

/** Dense column-major matrix: element (i, j) lives at `data[i + j * rows]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Builds a matrix from equally long columns. */
export function fromColumns(columns: readonly ArrayLike<number>[]): Matrix {
  const rows = columns.length === 0 ? 0 : columns[0].length;
  const m = zeros(rows, columns.length);
  columns.forEach((col, j) => {
    if (col.length !== rows) throw new Error(`column ${j} has ${col.length} values, expected ${rows}`);
    for (let i = 0; i < rows; i++) m.data[i + j * rows] = col[i];
  });
  return m;
}

/** Builds a matrix from rows (handy for small hand-written matrices in tests). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const n = rows.length;
  const k = n === 0 ? 0 : rows[0].length;
  const m = zeros(n, k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) m.data[i + j * n] = rows[i][j];
  return m;
}

export function at(m: Matrix, i: number, j: number): number {
  return m.data[i + j * m.rows];
}

export function column(m: Matrix, j: number): Float64Array {
  return m.data.slice(j * m.rows, (j + 1) * m.rows);
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`cannot multiply ${a.rows}x${a.cols} by ${b.rows}x${b.cols}`);
  const c = zeros(a.rows, b.cols);
  for (let j = 0; j < b.cols; j++) {
    for (let l = 0; l < a.cols; l++) {
      const blj = b.data[l + j * b.rows];
      for (let i = 0; i < a.rows; i++) c.data[i + j * a.rows] += a.data[i + l * a.rows] * blj;
    }
  }
  return c;
}

export function multiplyVector(a: Matrix, x: ArrayLike<number>): Float64Array {
  const y = new Float64Array(a.rows);
  for (let j = 0; j < a.cols; j++) {
    const xj = x[j];
    for (let i = 0; i < a.rows; i++) y[i] += a.data[i + j * a.rows] * xj;
  }
  return y;
}

export function transpose(a: Matrix): Matrix {
  const t = zeros(a.cols, a.rows);
  for (let j = 0; j < a.cols; j++) for (let i = 0; i < a.rows; i++) t.data[j + i * a.cols] = a.data[i + j * a.rows];
  return t;
}

/** Euclidean norm of v[from..to), scaled so that squares neither overflow nor underflow. */
function norm2(v: Float64Array, from: number, to: number): number {
  let scale = 0;
  for (let i = from; i < to; i++) scale = Math.max(scale, Math.abs(v[i]));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const r = v[i] / scale;
    sum += r * r;
  }
  return scale * Math.sqrt(sum);
}

/** Compact Householder QR of an n×k matrix with columns reordered so that aliased ones come last. */
export interface QR {
  readonly rows: number;
  readonly cols: number;
  /** R on and above the diagonal, Householder vectors (unit leading entry implied) below it. */
  readonly qr: Float64Array;
  /** Householder scalars: H_j = I - tau_j v_j v_j'. */
  readonly tau: Float64Array;
  /** Number of linearly independent columns found. */
  readonly rank: number;
  /** pivot[p] = original index of the column at position p; positions >= rank are aliased. */
  readonly pivot: Int32Array;
}

/**
 * Householder QR with rank detection in the manner of LINPACK dqrdc2 (used by R's lm):
 * columns keep their order unless a column's remaining norm falls below `tol` times its
 * original norm, in which case it is moved to the end and reported as aliased.
 * Keeping the order (rather than full column pivoting) makes the dropped column the later
 * of two collinear ones, which is the one a user expects to be named.
 */
export function qrDecompose(x: Matrix, tol = 1e-7): QR {
  const n = x.rows;
  const k = x.cols;
  const a = Float64Array.from(x.data);
  const tau = new Float64Array(k);
  const pivot = Int32Array.from({ length: k }, (_, j) => j);
  const originalNorm = Float64Array.from({ length: k }, (_, j) => norm2(a, j * n, (j + 1) * n));
  let last = k; // positions [last, k) hold aliased columns
  let p = 0;
  while (p < last && p < n) {
    const off = p * n;
    const rest = norm2(a, off + p, off + n);
    const orig = originalNorm[pivot[p]];
    if (!(rest > tol * orig) || orig === 0) {
      moveColumnToEnd(a, n, k, p, pivot);
      last--;
      continue;
    }
    // Householder vector for a[p..n) in column p (LAPACK dlarfg convention).
    const alpha = a[off + p];
    const beta = alpha >= 0 ? -rest : rest;
    tau[p] = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = p + 1; i < n; i++) a[off + i] *= scale;
    a[off + p] = beta;
    applyReflectorToTrailing(a, n, k, p, tau[p]);
    p++;
  }
  // Columns beyond the row count can never be independent.
  return { rows: n, cols: k, qr: a, tau, rank: Math.min(p, last), pivot };
}

function moveColumnToEnd(a: Float64Array, n: number, k: number, p: number, pivot: Int32Array): void {
  const tmp = a.slice(p * n, (p + 1) * n);
  a.copyWithin(p * n, (p + 1) * n, k * n);
  a.set(tmp, (k - 1) * n);
  const piv = pivot[p];
  pivot.copyWithin(p, p + 1, k);
  pivot[k - 1] = piv;
}

const ROW_CHUNK = 2048;

/**
 * Applies H_p to columns p+1..k-1 of the factorization in place. Works through the rows in
 * chunks so that each chunk of v is read from cache for all columns: on tall matrices the
 * column-at-a-time version is bound by memory traffic and about twice as slow.
 */
function applyReflectorToTrailing(a: Float64Array, n: number, k: number, p: number, tau: number): void {
  const m = k - p - 1;
  if (m <= 0 || tau === 0) return;
  const voff = p * n;
  const dots = new Float64Array(m);
  for (let c = 0; c < m; c++) dots[c] = a[(p + 1 + c) * n + p];
  for (let start = p + 1; start < n; start += ROW_CHUNK) {
    const end = Math.min(n, start + ROW_CHUNK);
    for (let c = 0; c < m; c++) {
      const off = (p + 1 + c) * n;
      let s = 0;
      for (let i = start; i < end; i++) s += a[voff + i] * a[off + i];
      dots[c] += s;
    }
  }
  for (let c = 0; c < m; c++) {
    dots[c] *= tau;
    a[(p + 1 + c) * n + p] -= dots[c];
  }
  for (let start = p + 1; start < n; start += ROW_CHUNK) {
    const end = Math.min(n, start + ROW_CHUNK);
    for (let c = 0; c < m; c++) {
      const off = (p + 1 + c) * n;
      const d = dots[c];
      for (let i = start; i < end; i++) a[off + i] -= d * a[voff + i];
    }
  }
}

/** Applies H_p = I - tau v v' (v stored in column p of `qr` below the diagonal) to target[off + p .. off + n). */
function applyReflector(qr: Float64Array, n: number, p: number, tau: number, target: Float64Array, off: number): void {
  if (tau === 0) return;
  const voff = p * n;
  let s = target[off + p];
  for (let i = p + 1; i < n; i++) s += qr[voff + i] * target[off + i];
  s *= tau;
  target[off + p] -= s;
  for (let i = p + 1; i < n; i++) target[off + i] -= s * qr[voff + i];
}

/** Q'y. */
export function qrQty(qr: QR, y: ArrayLike<number>): Float64Array {
  if (y.length !== qr.rows) throw new Error(`vector has ${y.length} values, expected ${qr.rows}`);
  const out = Float64Array.from(y);
  for (let p = 0; p < qr.rank; p++) applyReflector(qr.qr, qr.rows, p, qr.tau[p], out, 0);
  return out;
}

/** Qz. */
export function qrQz(qr: QR, z: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(z);
  for (let p = qr.rank - 1; p >= 0; p--) applyReflector(qr.qr, qr.rows, p, qr.tau[p], out, 0);
  return out;
}

/**
 * Least-squares coefficients in the original column order; aliased columns get NaN.
 * Residuals are formed as Q·(0, (Q'y)[rank..]) rather than y - Xb, which keeps them exact
 * to rounding even when the fit is perfect (NIST Wampler1/2).
 */
export function qrSolve(qr: QR, y: ArrayLike<number>): { coefficients: Float64Array; residuals: Float64Array; effects: Float64Array } {
  const effects = qrQty(qr, y);
  const r = qr.rank;
  const n = qr.rows;
  const b = effects.slice(0, r);
  for (let i = r - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < r; j++) s -= qr.qr[i + j * n] * b[j];
    b[i] = s / qr.qr[i + i * n];
  }
  const coefficients = new Float64Array(qr.cols).fill(NaN);
  for (let p = 0; p < r; p++) coefficients[qr.pivot[p]] = b[p];
  const z = new Float64Array(n);
  for (let i = r; i < n; i++) z[i] = effects[i];
  return { coefficients, residuals: qrQz(qr, z), effects };
}

/** Inverse of the leading rank×rank upper-triangular block of R (in pivoted order). */
export function qrRInverse(qr: QR): Matrix {
  const r = qr.rank;
  const n = qr.rows;
  const inv = zeros(r, r);
  for (let j = 0; j < r; j++) {
    inv.data[j + j * r] = 1 / qr.qr[j + j * n];
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let l = i + 1; l <= j; l++) s += qr.qr[i + l * n] * inv.data[l + j * r];
      inv.data[i + j * r] = -s / qr.qr[i + i * n];
    }
  }
  return inv;
}

/**
 * (X'X)^-1 = R^-1 R^-T, returned k×k in the original column order; rows and columns of
 * aliased columns are NaN.
 */
export function qrUnscaledCovariance(qr: QR): Matrix {
  const r = qr.rank;
  const rinv = qrRInverse(qr);
  const k = qr.cols;
  const out = zeros(k, k);
  out.data.fill(NaN);
  for (let a = 0; a < r; a++) {
    for (let b = 0; b <= a; b++) {
      let s = 0;
      // Row a and row b of R^-1: upper triangular, so only columns >= max(a, b) contribute.
      for (let l = a; l < r; l++) s += rinv.data[a + l * r] * rinv.data[b + l * r];
      const ia = qr.pivot[a];
      const ib = qr.pivot[b];
      out.data[ia + ib * k] = s;
      out.data[ib + ia * k] = s;
    }
  }
  return out;
}

/** Original indices of the aliased (linearly dependent) columns. */
export function qrAliased(qr: QR): number[] {
  return Array.from(qr.pivot.slice(qr.rank)).sort((a, b) => a - b);
}

/** Cholesky factor L (lower, L L' = A) of a symmetric positive definite matrix. */
export function cholesky(a: Matrix): Matrix {
  const n = a.rows;
  if (a.cols !== n) throw new Error('cholesky needs a square matrix');
  const l = zeros(n, n);
  for (let j = 0; j < n; j++) {
    let d = a.data[j + j * n];
    for (let p = 0; p < j; p++) d -= l.data[j + p * n] ** 2;
    if (!(d > 0)) throw new Error(`matrix is not positive definite (pivot ${j})`);
    const ljj = Math.sqrt(d);
    l.data[j + j * n] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a.data[i + j * n];
      for (let p = 0; p < j; p++) s -= l.data[i + p * n] * l.data[j + p * n];
      l.data[i + j * n] = s / ljj;
    }
  }
  return l;
}

/** B M B for symmetric k×k B and M: the sandwich. */
export function sandwich(bread: Matrix, meat: Matrix): Matrix {
  return multiply(multiply(bread, meat), bread);
}
