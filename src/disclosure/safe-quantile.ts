/**
 * A quantile that is never one person's value: the mean of k consecutive sorted values around the
 * quantile's position (DST research service: a median, quantile or extreme must be the mean of at
 * least 5 persons' values).
 *
 * The position is h = (n − 1)·p, as in R's default quantile (type 7). The k-window whose centre is
 * at h starts at s = h − (k − 1)/2, clamped to [0, n − k]; when s is fractional the result
 * interpolates linearly between the means of the windows starting at ⌊s⌋ and ⌊s⌋ + 1. So the
 * median of 1..10 is 5.5, p = 0 gives the mean of the k smallest, p = 1 of the k largest, and no
 * value ever weighs more than 1/k.
 *
 * @returns null when there are fewer than k values: such a quantile cannot be published.
 * @example
 * safeQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5); // → 5.5
 * safeQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0);   // → 3
 */
export function safeQuantile(sortedValues: readonly number[], p: number, k = 5): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`safeQuantile: p must be in [0, 1], got ${p}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`safeQuantile: k must be a positive integer, got ${k}`);
  const n = sortedValues.length;
  for (let i = 1; i < n; i++) {
    if (!(sortedValues[i - 1] <= sortedValues[i])) throw new RangeError('safeQuantile: values must be sorted ascending and not NaN');
  }
  if (n < k) return null;

  const start = Math.min(Math.max((n - 1) * p - (k - 1) / 2, 0), n - k);
  const low = Math.floor(start);
  const fraction = start - low;
  const lowMean = windowMean(sortedValues, low, k);
  return fraction === 0 ? lowMean : (1 - fraction) * lowMean + fraction * windowMean(sortedValues, low + 1, k);
}

function windowMean(values: readonly number[], start: number, k: number): number {
  let sum = 0;
  for (let i = start; i < start + k; i++) sum += values[i];
  return sum / k;
}
