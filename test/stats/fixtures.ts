/** The clustered panel written by scripts/golden/stats.R, as a design matrix. */

import { designMatrix, dummies, type Design } from '../../src/stats/design.ts';
import { loadGolden } from './golden.ts';

export interface CoefBlock {
  names: string[];
  estimate: number[];
  se: number[];
  statistic: number[];
  p: number[];
  lower: number[];
  upper: number[];
  vcov: number[][];
  df: number;
}

export interface OlsGolden {
  data: { y: number[]; d: number[]; x1: number[]; x2: number[]; area_x: number[]; region: string[]; cluster: number[] };
  region_levels: string[];
  n: number;
  clusters: number;
  sigma: number;
  r2: number;
  adj_r2: number;
  f: number;
  rss: number;
  model: CoefBlock;
  HC1: CoefBlock;
  CR1: CoefBlock;
  noint: { estimate: number[]; r2: number };
  weighted: { w: number[]; sigma: number; r2: number; f: number; residuals: number[]; model: CoefBlock; HC1: CoefBlock; CR1: CoefBlock };
  wald: Record<'model' | 'CR1', { F: number; df1: number; df2: number; p: number }>;
}

export const panel = loadGolden<OlsGolden>('ols.json');

export function panelDesign(data: { x1: number[]; x2: number[]; area_x: number[]; region: string[] } = panel.data): Design {
  return designMatrix([
    ['x1', data.x1],
    ['x2', data.x2],
    ['area_x', data.area_x],
    ...dummies('region', data.region, { levels: panel.region_levels, reference: 'Hovedstaden' }),
  ]);
}
