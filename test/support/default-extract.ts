/** The synthetic extract at the default scale and seed, shared by the slow end-to-end tests. */
import { cachedSyntheticExtract } from '../../src/synthetic/cache.ts';
import { DEFAULT_SCALE, DEFAULT_SEED } from '../../src/synthetic/generate.ts';

export function defaultExtract(scale = DEFAULT_SCALE, seed = DEFAULT_SEED): Promise<string> {
  return cachedSyntheticExtract(scale, seed);
}
