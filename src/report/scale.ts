/** Linear scales and "nice" axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten). */

export interface LinearScale {
  domain: [number, number];
  range: [number, number];
  (x: number): number;
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((x: number) => r0 + ((x - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** The tick step for about `count` ticks over [lo, hi]. */
export function niceStep(lo: number, hi: number, count: number): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (raw === 0 || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 2.25 ? 2.5 : error >= 1.5 ? 2 : 1;
  return factor * power;
}

export interface NiceAxis {
  domain: [number, number];
  ticks: number[];
  step: number;
}

/**
 * Widens [lo, hi] to whole steps and lists the ticks. A span of one value is first widened to
 * include 0 (or to [0, 1] for 0 itself) so the axis still has height.
 */
export function niceAxis(lo: number, hi: number, count = 5): NiceAxis {
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const step = niceStep(lo, hi, count);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  // Integer multiples avoid accumulating float error (0.1 + 0.2 …).
  for (let i = first; i <= last; i++) ticks.push(roundTo(i * step, step));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks, step };
}

/** Integer ticks over a span of years: every year, or every 2nd, 5th … when there are many. */
export function yearTicks(first: number, last: number, maxTicks = 14): number[] {
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s < maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks.length > 0 ? ticks : [first];
}

function roundTo(x: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(x.toFixed(decimals));
}
