/**
 * The synthetic register population: a seeded microsimulation of Denmark 1980-2021 that writes exactly
 * the contract's tables. Every stage is SQL inside DuckDB (columnar, spilling to disk when needed);
 * JavaScript never holds person rows. Same seed and scale, same files, byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GenDb } from './gen-db.ts';
import { defaultParams, type SyntheticParams } from './params.ts';
import { generateFounders, generateGeneration, finishPersons } from './people.ts';
import { generateGeography } from './geography.ts';
import { generateHouseholds } from './households.ts';
import { generateEducation } from './education.ts';
import { generateLabour, generateIncome } from './labour.ts';
import { generateParticipants, PLANTED_JOB_LOG_ODDS, participantTargets } from './participants.ts';
import { generateChildhood } from './childhood.ts';
import { generateCrime } from './crime.ts';
import { generateHealth } from './health.ts';
import { generateSchool } from './school.ts';
import { exportContractTables } from './export.ts';
import { generateSurvey } from './survey.ts';

export const DEFAULT_SCALE = 0.05;
export const DEFAULT_SEED = 20221;

export interface GenerateOptions {
  scale?: number;
  seed?: number;
  outDir: string;
  /** Called at the start of each stage, for progress output. */
  onStage?: (stage: string) => void;
  threads?: number;
  memoryLimit?: string;
}

export interface StageTiming { stage: string; seconds: number }

/** What the generator planted, written beside the tables so the effect evaluation can be checked. */
export function truthFor(p: SyntheticParams): object {
  const t = participantTargets(p.scale);
  return {
    generator: 'livschancer synthetic register population',
    generator_version: generatorVersion(),
    seed: p.seed,
    scale: p.scale,
    effects: {
      fritidsjob: {
        description: 'Part-time-job effort: log-odds shift of having a part-time job (>= 110 wage hours) for participants, by years since start',
        outcome: 'AARSTIMER >= 110',
        participants_target: t.job,
        event_time: [0, 1, 2],
        log_odds: [...PLANTED_JOB_LOG_ODDS],
        odds_ratio: PLANTED_JOB_LOG_ODDS.map((x) => Math.exp(x)),
        pre_period_log_odds: 0,
      },
      absence: {
        description: 'All child and youth efforts: no effect planted on school absence',
        outcome: 'FRAVAER_PCT',
        participants_target: t.child,
        effect: 0,
      },
    },
  };
}

export async function generate(opts: GenerateOptions): Promise<{ timings: StageTiming[]; tables: string[] }> {
  const p = defaultParams(opts.scale ?? DEFAULT_SCALE, opts.seed ?? DEFAULT_SEED);
  mkdirSync(opts.outDir, { recursive: true });
  const work = join(opts.outDir, '.generator');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const db = await GenDb.open(join(work, 'gen.duckdb'), p.seed, {
    tempDir: join(work, 'spill'), threads: opts.threads, memoryLimit: opts.memoryLimit,
  });
  const timings: StageTiming[] = [];
  const stage = async (name: string, fn: () => Promise<unknown>) => {
    opts.onStage?.(name);
    const t0 = performance.now();
    await fn();
    timings.push({ stage: name, seconds: (performance.now() - t0) / 1000 });
  };
  let tables: string[] = [];
  try {
    await stage('people', async () => {
      await generateFounders(db, p);
      await generateGeneration(db, p, 1, 1960);
      await generateGeneration(db, p, 2, 1980);
      await finishPersons(db);
    });
    await stage('geography', () => generateGeography(db, p));
    await stage('families and housing', () => generateHouseholds(db, p));
    await stage('education', () => generateEducation(db, p));
    await stage('labour market', () => generateLabour(db, p));
    await stage('participants', () => generateParticipants(db, p));
    await stage('income', () => generateIncome(db, p, PLANTED_JOB_LOG_ODDS));
    await stage('childhood', () => generateChildhood(db, p));
    await stage('crime', () => generateCrime(db, p));
    await stage('health', () => generateHealth(db, p));
    await stage('school', () => generateSchool(db, p));
    await stage('surveys and activities', () => generateSurvey(db, p));
    await stage('writing tables', async () => {
      tables = await exportContractTables(db, opts.outDir, (t) => opts.onStage?.(`writing ${t}`));
    });
  } finally {
    db.close();
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(join(opts.outDir, 'truth.json'), JSON.stringify(truthFor(p), null, 2) + '\n');
  return { timings, tables };
}

export function looksGenerated(dir: string): boolean {
  return existsSync(join(dir, 'truth.json')) && existsSync(join(dir, 'bef.parquet'));
}

/** A fingerprint of the generator's own source: data made by another version is stale. */
export function generatorVersion(): string {
  const dir = new URL('./', import.meta.url).pathname;
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex').slice(0, 12);
}

/** Whether `dir` holds data of this generator version at this scale and seed. */
export function isCurrentSynthetic(dir: string, scale: number, seed: number): boolean {
  if (!looksGenerated(dir)) return false;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { generator_version?: string; scale?: number; seed?: number };
  return truth.generator_version === generatorVersion() && truth.scale === scale && truth.seed === seed;
}
