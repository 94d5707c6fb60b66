/** Reader for NIST StRD linear-regression files (test/golden/stats/nist/*.dat), as NIST distributes them. */

import { readFileSync } from 'node:fs';

export interface NistProblem {
  name: string;
  y: number[];
  /** Predictor columns as given in the file (Longley: x1..x6; others: x). */
  x: number[][];
  certified: { estimates: number[]; se: number[]; residualSd: number; r2: number };
}

export function readNist(path: string, name: string): NistProblem {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines.slice(0, 10).join('\n');
  const cert = /Certified Values\s+\(lines\s+(\d+)\s+to\s+(\d+)\)/.exec(header);
  const data = /Data\s+\(lines\s+(\d+)\s+to\s+(\d+)\)/.exec(header);
  if (!cert || !data) throw new Error(`${name}: no line ranges in header`);
  const estimates: number[] = [];
  const se: number[] = [];
  let residualSd = NaN;
  let r2 = NaN;
  for (const line of lines.slice(Number(cert[1]) - 1, Number(cert[2]))) {
    const b = /^\s*B(\d+)\s+(\S+)\s+(\S+)/.exec(line);
    if (b) {
      estimates.push(Number(b[2]));
      se.push(Number(b[3]));
    }
    const sd = /Standard Deviation\s+(\S+)\s*$/.exec(line);
    if (sd && /Residual|^\s*Standard/.test(line)) residualSd = Number(sd[1]);
    const rs = /R-Squared\s+(\S+)/.exec(line);
    if (rs) r2 = Number(rs[1]);
  }
  const y: number[] = [];
  const x: number[][] = [];
  for (const line of lines.slice(Number(data[1]) - 1, Number(data[2]))) {
    const v = line.trim().split(/\s+/).map(Number);
    y.push(v[0]);
    v.slice(1).forEach((xv, j) => (x[j] ??= []).push(xv));
  }
  return { name, y, x, certified: { estimates, se, residualSd, r2 } };
}
