/**
 * Synthetic extracts cached in the OS temp directory, one per (scale, seed, generator version), for
 * the tests, the benchmark and the effects Monte Carlo. Processes running at once share one: a lock
 * directory makes the others wait instead of generating it again.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { generate, generatorVersion, looksGenerated } from './generate.ts';

/** A lock older than this is left over from a killed process. */
const STALE_LOCK_MS = 15 * 60_000;

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0; // released meanwhile
  }
}

/** The path of the cached extract for (scale, seed), generated on first use. */
export async function cachedSyntheticExtract(scale: number, seed: number): Promise<string> {
  const dir = join(tmpdir(), `livschancer-synthetic-${scale}-${seed}-${generatorVersion()}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (looksGenerated(dir) && !existsSync(lock)) return dir;
    try {
      mkdirSync(lock);
    } catch {
      if (lockAge(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      if (!looksGenerated(dir)) {
        rmSync(dir, { recursive: true, force: true });
        await generate({ scale, seed, outDir: dir });
      }
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
