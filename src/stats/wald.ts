/**
 * Joint Wald test that several coefficients are zero (Stata's `test`): e.g. that all lead
 * coefficients of an event study vanish. Uses the fit's own covariance (model, HC1 or CR1).
 */

import { chiSquareSurvival, fSurvival } from './distributions.ts';
import type { Coefficient, Reference } from './inference.ts';
import { cholesky, zeros, type Matrix } from './linalg.ts';

export interface WaldTest {
  names: string[];
  /** F = W/q against F(q, df) when the fit uses t inference; W against χ²(q) when it uses z. */
  distribution: 'F' | 'chi2';
  statistic: number;
  df1: number;
  /** Denominator degrees of freedom for F; Infinity for χ². */
  df2: number;
  pValue: number;
}

/** Anything with named coefficients, their covariance and a reference distribution (OlsFit, LogitFit). */
export interface WaldInput {
  coefficients: readonly Coefficient[];
  vcov: Matrix;
  reference: Reference;
}

export function waldTest(fit: WaldInput, names: readonly string[]): WaldTest {
  if (names.length === 0) throw new Error('Wald test needs at least one coefficient');
  const k = fit.coefficients.length;
  const index = names.map((name) => {
    const j = fit.coefficients.findIndex((c) => c.name === name);
    if (j < 0) throw new Error(`no coefficient named "${name}"`);
    if (fit.coefficients[j].aliased) throw new Error(`"${name}" was dropped as collinear and cannot be tested`);
    return j;
  });
  const q = index.length;
  const v = zeros(q, q);
  index.forEach((a, ia) => index.forEach((b, ib) => (v.data[ia + ib * q] = fit.vcov.data[a + b * k])));
  const b = index.map((j) => fit.coefficients[j].estimate);
  // W = b' V^-1 b = |L^-1 b|² with V = L L'.
  const l = cholesky(v);
  const z = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = b[i];
    for (let p = 0; p < i; p++) s -= l.data[i + p * q] * z[p];
    z[i] = s / l.data[i + i * q];
  }
  const w = z.reduce((s, zi) => s + zi * zi, 0);
  if (fit.reference.distribution === 'normal') {
    return { names: [...names], distribution: 'chi2', statistic: w, df1: q, df2: Infinity, pValue: chiSquareSurvival(w, q) };
  }
  const f = w / q;
  return { names: [...names], distribution: 'F', statistic: f, df1: q, df2: fit.reference.df, pValue: fSurvival(f, q, fit.reference.df) };
}
