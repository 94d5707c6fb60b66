/**
 * npm run bench: generates and runs the evaluation at several scales and prints wall time per stage
 * and peak memory per command, as a table and as JSON (bench/results/bench-<date>.json).
 *
 *   npm run bench                       # scales 0.01 0.05 0.25 1.0, 3 repetitions of the smallest
 *   npm run bench -- --scales 0.01,0.05 --reps 3
 *   npm run bench -- --scales 0.01 --coverage 20   # also the planted-effect Monte Carlo over 20 seeds
 * Each command runs in its own process so that peak RSS (DuckDB included) is measured per command;
 * CPU seconds (all threads) are printed beside wall time, as they vary less with other load.
 *   LIVSCHANCER_MEMORY_LIMIT=500MB npm run bench -- --scales 0.05   # scale 1.0's memory pressure, small
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scales: { type: 'string' }, reps: { type: 'string' }, keep: { type: 'boolean' }, coverage: { type: 'string' } } });
const scales = (values.scales ?? '0.01,0.05,0.25,1.0').split(',').map(Number);
const reps = Number(values.reps ?? 1);
const root = new URL('..', import.meta.url).pathname;

interface Measure { command: string; scale: number; rep: number; seconds: number; cpuSeconds: number; peakRssMb: number; stages: Record<string, number> }

function timed(args: string[], scale: number, rep: number): Measure {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, LIVSCHANCER_STATS: '1' }, maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const stages: Record<string, number> = {};
  for (const m of r.stdout.matchAll(/^ {2}(\S[^\n]*?)\s+([0-9.]+) s$/gm)) stages[m[1].trim()] = Number(m[2]);
  const stats = /LIVSCHANCER_STATS (\{.*\})/.exec(r.stderr);
  const parsed = stats ? JSON.parse(stats[1]) as { maxRssKb: number; cpuSeconds?: number } : null;
  const peakRssMb = parsed ? Math.round(parsed.maxRssKb / 1024) : NaN;
  // CPU seconds of all threads: less sensitive than wall time to other load on the machine
  return { command: args[0], scale, rep, seconds, cpuSeconds: parsed?.cpuSeconds ?? NaN, peakRssMb, stages };
}

const results: Measure[] = [];
for (const scale of scales) {
  const n = scale <= 0.05 ? reps : 1;
  for (let rep = 0; rep < n; rep++) {
    const dir = join(tmpdir(), `livschancer-bench-${scale}`);
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`scale ${scale} rep ${rep + 1}/${n}: generate…`);
    results.push(timed(['generate', '--scale', String(scale), '--out', join(dir, 'data')], scale, rep));
    process.stderr.write(' run…');
    results.push(timed(['run', '--data', join(dir, 'data'), '--out', join(dir, 'out')], scale, rep));
    process.stderr.write(' done\n');
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
console.log('\ncommand   scale   median s   median CPU s   peak RSS MB   reps');
for (const scale of scales) for (const command of ['generate', 'run']) {
  const ms = results.filter((r) => r.scale === scale && r.command === command);
  console.log(`${command.padEnd(9)} ${String(scale).padEnd(7)} ${median(ms.map((m) => m.seconds)).toFixed(1).padStart(8)}   ${median(ms.map((m) => m.cpuSeconds)).toFixed(1).padStart(12)}   ${String(Math.max(...ms.map((m) => m.peakRssMb))).padStart(11)}   ${ms.length}`);
  for (const [stage, s] of Object.entries(ms[0].stages)) console.log(`    ${stage.padEnd(24)} ${median(ms.map((m) => m.stages[stage] ?? NaN)).toFixed(1).padStart(8)} s`);
}
if (values.coverage) {
  // the full planted-effect Monte Carlo: interval coverage of the true odds ratios over many seeds
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/effects/coverage.ts'), values.coverage, '0.01', '1'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('coverage run failed');
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', `bench-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.json`);
writeFileSync(file, JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length }, results }, null, 2));
console.log(`\nJSON: ${file}`);
