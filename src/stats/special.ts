/**
 * Special functions behind the distributions: log-gamma, log-beta and the regularized
 * incomplete gamma and beta functions (series and modified-Lentz continued fractions).
 * Prefactors follow R's nmath (stirlerr, bd0, lbeta) so that large arguments keep their digits.
 */

const LN_SQRT_2PI = 0.918938533204672741780329736406; // log(sqrt(2*pi))
const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100000;

// Lanczos approximation (g = 607/128, 15 terms; Godfrey's coefficients), ~1e-15 relative.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4,
  0.15808870322491248884e-3, -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3,
  0.84418223983852743293e-4, -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];

/** log Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) s += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** δ(x) = log Γ(x) - ((x - 1/2) log x - x + log √(2π)), by its asymptotic series (x >= 10). */
function stirlingCorrection(x: number): number {
  const x2 = 1 / (x * x);
  // Bernoulli-number series; at x = 10 the first omitted term is below 1e-19.
  return (
    (1 / x) *
    (1 / 12 +
      x2 * (-1 / 360 + x2 * (1 / 1260 + x2 * (-1 / 1680 + x2 * (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156)))))))
  );
}

/** log B(a, b), accurate when either argument is large (R's lbeta). */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0)) return p === 0 ? Infinity : NaN;
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

/** Stirling error of n!: log(n!) - log(√(2πn) (n/e)^n). */
function stirlerr(n: number): number {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  // log(n!) = log n + log Γ(n), so the Stirling error of n! is exactly δ(n).
  return stirlingCorrection(n);
}

/** bd0(x, m) = x log(x/m) + m - x, without cancellation when x ≈ m (Loader 2000). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / m) + m - x;
}

/** x^a e^-x / Γ(a): the prefactor of the incomplete gamma, via Loader's saddle-point form. */
function gammaPrefactor(a: number, x: number): number {
  if (x === 0) return 0;
  if (a < 1) return Math.exp(a * Math.log(x) - x - logGamma(a));
  // x^a e^-x / Γ(a) = a · dpois(a; x) with dpois(a; x) = exp(-stirlerr(a) - bd0(a, x)) / √(2πa).
  return a * Math.exp(-stirlerr(a) - bd0(a, x)) / Math.sqrt(2 * Math.PI * a);
}

/**
 * Regularized incomplete gamma: returns [P(a, x), Q(a, x)], each computed directly where it is
 * the smaller one so that tails keep full relative precision.
 */
export function incompleteGamma(a: number, x: number): [number, number] {
  if (!(a > 0) || Number.isNaN(x)) return [NaN, NaN];
  if (x <= 0) return [0, 1];
  if (x === Infinity) return [1, 0];
  if (x < a + 1) {
    // Series: P = prefactor/a · Σ x^n / ((a+1)...(a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITER; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    const p = sum * gammaPrefactor(a, x);
    return [p, 1 - p];
  }
  // Continued fraction for Q (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  const q = h * gammaPrefactor(a, x);
  return [1 - q, q];
}

/** Continued fraction of the incomplete beta (Numerical Recipes betacf, modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * Regularized incomplete beta: returns [I_x(a, b), 1 - I_x(a, b)]. The caller passes
 * y = 1 - x as well, computed without cancellation where it can be (e.g. from t²/(ν + t²)).
 */
export function incompleteBeta(x: number, y: number, a: number, b: number): [number, number] {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return [NaN, NaN];
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  // Of x and y, the one near 1 is known better through its (small) complement.
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const logPrefactor = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logPrefactor) * betaContinuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (Math.exp(logPrefactor) * betaContinuedFraction(y, b, a)) / b;
  return [1 - upper, upper];
}
