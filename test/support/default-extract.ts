/**
 * The synthetic extract at the default scale and seed, generated once per version of the generator
 * and shared by the slow end-to-end tests (test files run in parallel processes, so a lock directory
 * makes the others wait instead of generating it again).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { generate, generatorVersion, looksGenerated, DEFAULT_SCALE, DEFAULT_SEED } from '../../src/synthetic/generate.ts';


export async function defaultExtract(scale = DEFAULT_SCALE, seed = DEFAULT_SEED): Promise<string> {
  const dir = join(tmpdir(), `livschancer-test-${scale}-${seed}-${generatorVersion()}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (looksGenerated(dir) && !existsSync(lock)) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // another process is generating: wait, unless its lock is stale (older than 15 minutes)
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
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
