/**
 * Monte Carlo check of the effects engine on the synthetic population: for several seeds, generate
 * a small population (participants have a floor of 400), run the part-time-job and absence
 * evaluations and count how often the 95 % intervals contain the planted values (truth.json:
 * odds ratios 2.33, 2.97, 5.00 at event times 0-2, 1 before the start; no absence effect).
 *
 *   npx tsx src/effects/coverage.ts [seeds=5] [scale=0.01] [firstSeed=1]
 *
 * Prints one JSON line per seed and a summary. Generated data are cached under the OS temp
 * directory (synthetic/cache.ts), so a rerun only estimates.
 *
 * While the generator has no school-absence domain, `addNoEffectAbsence` writes a fravaer table
 * with no treatment effect (person and year noise only), so the absence pipeline runs end to end.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { cachedSyntheticExtract } from '../synthetic/cache.ts';
import { existingTables } from './populations.ts';
import { runSpec, type Analysis } from './run.ts';
import { ABSENCE_EFFECT, PART_TIME_JOB_EFFECT } from './spec.ts';

/** A cached synthetic extract for (seed, scale); generated on first use. */
export function syntheticExtract(seed: number, scale: number): Promise<string> {
  return cachedSyntheticExtract(scale, seed);
}

/** Loads every Parquet file of an extract as a table (no validation: the generator's own output). */
export async function loadParquetDir(dir: string, conn: DuckDBConnection): Promise<void> {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.parquet')).sort()) {
    const path = join(dir, f).replaceAll("'", "''");
    await conn.run(`CREATE OR REPLACE TABLE "${f.replace(/\.parquet$/, '')}" AS SELECT * FROM read_parquet('${path}')`);
  }
}

/**
 * A fravaer table without any treatment effect: for every school year (SKOLEAAR = the calendar year
 * the school year starts in) of a grundskole spell in 2008-2021, an absence percentage from a
 * person effect and yearly noise, both pseudo-random by hash of id and year.
 */
export async function addNoEffectAbsence(conn: DuckDBConnection): Promise<void> {
  await conn.run(`
CREATE OR REPLACE TABLE fravaer AS
WITH years AS (
  SELECT PNR, CAST(unnest(generate_series(greatest(year(ELEV3_VFRA), 2008), least(coalesce(year(ELEV3_VTIL), 2022) - 1, 2021))) AS INTEGER) AS SKOLEAAR
  FROM kotre WHERE UDD // 100 IN (10, 15)
), u AS (
  SELECT DISTINCT PNR, SKOLEAAR,
         (hash(PNR || 'a') % 100000) / 100000.0 AS a, (hash(PNR || 'b') % 100000) / 100000.0 AS b,
         (hash(PNR || 'y' || SKOLEAAR) % 100000) / 100000.0 AS c, (hash(PNR || 'z' || SKOLEAAR) % 100000) / 100000.0 AS d
  FROM years
)
SELECT PNR, SKOLEAAR, CAST(greatest(0, least(100, 5 + 4 * (a + b - 1) + 3 * (c + d - 1))) AS DOUBLE) AS FRAVAER_PCT FROM u`);
}

export interface SeedOutcome {
  seed: number;
  job: { eventTime: number; truth: number; estimate: number | null; lower: number | null; upper: number | null; covered: boolean | null }[];
  jobPreTrendP: number | null;
  absence: { eventTime: number; estimate: number | null; lower: number | null; upper: number | null; pValue: number | null }[];
  absenceAnySignificant: boolean | null;
  treated: number;
  matched: number;
  seconds: number;
}

/** Planted odds ratios by event time (truth.json of the extract, event times before the start = 1). */
export function plantedOddsRatios(dir: string): Map<number, number> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { effects: { fritidsjob: { event_time: number[]; odds_ratio: number[] } } };
  const m = new Map<number, number>([[-3, 1], [-2, 1]]);
  truth.effects.fritidsjob.event_time.forEach((k, i) => m.set(k, truth.effects.fritidsjob.odds_ratio[i]));
  return m;
}

export async function evaluateSeed(seed: number, scale: number): Promise<SeedOutcome> {
  const dir = await syntheticExtract(seed, scale);
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    await loadParquetDir(dir, conn);
    const tables = await existingTables(conn);
    if (!tables.has('fravaer')) {
      await addNoEffectAbsence(conn);
      tables.add('fravaer');
    }
    const truth = plantedOddsRatios(dir);
    const job = await runSpec(conn, { ...PART_TIME_JOB_EFFECT, bySex: false }, tables);
    const abs = await runSpec(conn, ABSENCE_EFFECT, tables);
    const a = job.pooled as Analysis;
    const b = abs.pooled;
    return {
      seed,
      job: a.study.terms.filter((t) => truth.has(t.eventTime)).map((t) => {
        const tr = truth.get(t.eventTime)!;
        return { eventTime: t.eventTime, truth: tr, estimate: t.estimate, lower: t.lower, upper: t.upper, covered: t.lower === null || t.upper === null ? null : t.lower <= tr && tr <= t.upper };
      }),
      jobPreTrendP: a.study.preTrend?.pValue ?? null,
      absence: b ? b.study.terms.filter((t) => t.eventTime !== ABSENCE_EFFECT.reference).map((t) => ({ eventTime: t.eventTime, estimate: t.estimate, lower: t.lower, upper: t.upper, pValue: t.pValue })) : [],
      absenceAnySignificant: b ? b.study.terms.some((t) => t.pValue !== null && t.pValue < 0.05) : null,
      treated: a.nTreated,
      matched: a.match.matchedTreated,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function main(): Promise<void> {
  const [seeds = 5, scale = 0.01, first = 1] = process.argv.slice(2).map(Number);
  const results: SeedOutcome[] = [];
  for (let s = first; s < first + seeds; s++) {
    const r = await evaluateSeed(s, scale);
    results.push(r);
    console.log(JSON.stringify(r));
  }
  const cells = results.flatMap((r) => r.job.filter((j) => j.covered !== null));
  const post = cells.filter((c) => c.eventTime >= 0);
  const absenceCells = results.flatMap((r) => r.absence.filter((x) => x.pValue !== null));
  const summary = {
    seeds: results.length,
    scale,
    coverage_all: cells.filter((c) => c.covered).length / cells.length,
    coverage_post: post.filter((c) => c.covered).length / post.length,
    coverage_by_event_time: Object.fromEntries([-3, -2, 0, 1, 2].map((k) => {
      const ks = cells.filter((c) => c.eventTime === k);
      return [k, ks.length ? ks.filter((c) => c.covered).length / ks.length : null];
    })),
    mean_log_or_minus_truth: Object.fromEntries([0, 1, 2].map((k) => {
      const ks = post.filter((c) => c.eventTime === k && c.estimate !== null);
      return [k, ks.length ? ks.reduce((s, c) => s + Math.log(c.estimate!) - Math.log(c.truth), 0) / ks.length : null];
    })),
    pre_trend_rejections_5pct: results.filter((r) => r.jobPreTrendP !== null && r.jobPreTrendP < 0.05).length,
    absence_rejection_rate_5pct: absenceCells.filter((x) => x.pValue! < 0.05).length / Math.max(1, absenceCells.length),
  };
  console.log(JSON.stringify({ summary }));
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(tmpdir())) throw new Error('no temp directory');
  await main();
}
