/**
 * Statement-level profile of any CLI command: times every SQL statement DuckDB runs and prints the
 * slowest ones (with their share of the total) to stderr and as TSV to $PROFILE_OUT (default
 * /tmp/livschancer-profile.tsv).
 *
 *   npx tsx scripts/profile-sql.ts generate --scale 0.05 --out /tmp/x
 *   npx tsx scripts/profile-sql.ts run --data /tmp/x --out /tmp/y
 *
 * A developer tool: it wraps DuckDBConnection.run/runAndReadAll and splits multi-statement strings
 * (as the generator sends them) so that each statement is timed on its own. No person data is
 * printed, only the first characters of each statement's SQL.
 */
import { writeFileSync } from 'node:fs';
import { DuckDBConnection } from '@duckdb/node-api';
import { main } from '../src/cli/main.ts';

interface Timing { seconds: number; sql: string }
const timings: Timing[] = [];

/** One line of SQL to recognise the statement by: the first non-comment text. */
function label(sql: string): string {
  return sql.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('--')).join(' ').replace(/\s+/g, ' ').slice(0, 140);
}

type RunFn = (this: DuckDBConnection, sql: string, ...rest: unknown[]) => Promise<unknown>;
const proto = DuckDBConnection.prototype as unknown as Record<string, RunFn>;
for (const method of ['run', 'runAndReadAll'] as const) {
  const original = proto[method];
  proto[method] = async function (this: DuckDBConnection, sql: string, ...rest: unknown[]): Promise<unknown> {
    if (rest.length === 0) {
      const extracted = await this.extractStatements(sql);
      if (extracted.count > 1) {
        // labels only: a naive split at ';' + line end, used when it agrees with DuckDB's count
        const parts = sql.split(/;\s*\n/).map(label).filter((l) => l !== '');
        let last: unknown;
        for (let i = 0; i < extracted.count; i++) {
          const t0 = performance.now();
          const prepared = await extracted.prepare(i);
          last = method === 'run' ? await prepared.run() : await prepared.runAndReadAll();
          timings.push({ seconds: (performance.now() - t0) / 1000, sql: parts.length === extracted.count ? parts[i] : `#${i} of ${label(sql)}` });
        }
        return last;
      }
    }
    const t0 = performance.now();
    const r = await original.call(this, sql, ...rest);
    timings.push({ seconds: (performance.now() - t0) / 1000, sql: label(sql) });
    return r;
  };
}

const code = await main(process.argv.slice(2));
const total = timings.reduce((s, t) => s + t.seconds, 0);
const top = [...timings].sort((a, b) => b.seconds - a.seconds);
const out = process.env.PROFILE_OUT ?? '/tmp/livschancer-profile.tsv';
writeFileSync(out, timings.map((t, i) => `${i}\t${t.seconds.toFixed(3)}\t${t.sql}`).join('\n') + '\n');
process.stderr.write(`SQL total ${total.toFixed(1)} s in ${timings.length} statements; slowest:\n`);
for (const t of top.slice(0, 30)) process.stderr.write(`${t.seconds.toFixed(2).padStart(8)} s ${(100 * t.seconds / total).toFixed(1).padStart(5)} %  ${t.sql}\n`);
process.stderr.write(`all statements in order: ${out}\n`);
process.exit(code);
