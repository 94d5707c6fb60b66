/**
 * The whole evaluation, stage by stage: validate and load the extract (all or nothing), build the
 * warehouse, compute every exhibit, pass them through disclosure control, compare with the
 * calibration targets when the data is the synthetic population, and write the outputs.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { memoryLimit } from '../duckdb-limits.ts';
import { loadExtract, type LoadReport } from '../contract/index.ts';
import { buildWarehouse } from '../warehouse/build.ts';
import { runIndicator } from '../indicators/run.ts';
import { disclosureSpecFor } from '../indicators/disclosure-spec.ts';
import { gapTestsTable } from '../indicators/gap-tests.ts';
import { ALL_INDICATORS, ALL_TABLES } from '../indicators/specs/index.ts';
import { dropTableRelations, newTableRunContext, runTable, tableDisclosureSpec } from '../indicators/run-table.ts';
import { applyDisclosure, type DisclosureSummary } from '../disclosure/index.ts';
import { ALL_TARGETS } from '../calibration/index.ts';
import { buildPopulations } from '../populations/index.ts';
import { runEffects } from '../effects/index.ts';
import { runSurveyAnalyses, surveyDisclosureSpecs, SURVEY_EXEMPT_SPECS } from '../survey/analyses.ts';
import { evaluateCalibration, calibrationCsv, type CalibrationResult } from '../calibration/evaluate.ts';
import { writeOutputs } from '../outputs/index.ts';
import type { Lang, ResultTable } from '../results/types.ts';

export interface EvaluateOptions {
  dataDir: string;
  outDir: string;
  lang?: Lang;
  commandLine: string;
  /** Called when a stage starts, and with progress inside a stage. */
  onProgress?: (message: string) => void;
  threads?: number;
  /** DuckDB memory limit, e.g. '10GB' (default: LIVSCHANCER_MEMORY_LIMIT or 10GB, see duckdb-limits.ts). */
  memoryLimit?: string;
}

export interface EvaluateResult {
  timings: { stage: string; seconds: number }[];
  files: string[];
  load: LoadReport;
  calibration: CalibrationResult[] | null;
  disclosure: DisclosureSummary[];
  tables: ResultTable[];
  /** What could not be computed, and why (e.g. an evaluation skipped for a missing table). */
  notes: string[];
}

/** SHA-256 over the extract's files (name and bytes, in name order): the input fingerprint. */
export async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = readdirSync(dir).filter((f) => /\.(parquet|csv)$/.test(f)).sort();
  for (const f of files) {
    hash.update(f);
    for await (const chunk of createReadStream(join(dir, f))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex').slice(0, 16);
}

function syntheticSeed(dir: string): number | null {
  const truth = join(dir, 'truth.json');
  if (!existsSync(truth)) return null;
  const parsed = JSON.parse(readFileSync(truth, 'utf8')) as { seed?: number };
  return typeof parsed.seed === 'number' ? parsed.seed : null;
}

export async function evaluate(opts: EvaluateOptions): Promise<EvaluateResult> {
  const say = opts.onProgress ?? (() => {});
  const timings: { stage: string; seconds: number }[] = [];
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    say(name);
    const t0 = performance.now();
    const r = await fn();
    timings.push({ stage: name, seconds: Math.round((performance.now() - t0) / 10) / 100 });
    return r;
  };

  // a file-backed database with a memory limit, so that scale 1.0 spills to disk instead of failing
  const work = join(opts.outDir, '.work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const instance = await DuckDBInstance.create(join(work, 'warehouse.duckdb'), {
    threads: String(opts.threads ?? 2),
    memory_limit: memoryLimit(opts.memoryLimit),
    temp_directory: join(work, 'spill'),
  });
  const conn = await instance.connect();
  try {
    const load = await stage('validate and load', () => loadExtract(opts.dataDir, conn, { as: 'view' }));
    const inputFingerprint = await fingerprint(opts.dataDir);
    await stage('warehouse', () => buildWarehouse(conn, {
      // the oldest history a target group needs: 29-year-olds in 2000 had ages 15-18 in 1986-89
      firstYear: 1985,
      onStep: (name) => say(`warehouse: ${name}`),
    }));
    const populations = await stage('populations', () => buildPopulations(conn, {
      onStep: (name) => say(`populations: ${name}`),
    }));
    for (const w of populations.warnings) say(`populations: ${w}`);
    const raw = await stage('indicators', async () => {
      const out: ResultTable[] = [];
      for (const [i, spec] of ALL_INDICATORS.entries()) {
        say(`indicators: ${spec.id} (${i + 1}/${ALL_INDICATORS.length})`);
        out.push(await runIndicator(conn, spec));
      }
      // the tables share their relations (risk factors, school and education histories): computed once
      const tableRun = newTableRunContext();
      for (const [i, spec] of ALL_TABLES.entries()) {
        say(`indicators: ${spec.id} (table ${i + 1}/${ALL_TABLES.length})`);
        out.push(await runTable(conn, spec, tableRun));
      }
      await dropTableRelations(conn, tableRun);
      return out;
    });
    const effects = await stage('effects', () => runEffects(conn));
    for (const n of effects.notes) say(`effects: ${n}`);
    const survey = await stage('surveys', () => runSurveyAnalyses(conn));
    for (const n of survey.notes) say(`surveys: ${n}`);
    const notes = [...effects.notes, ...survey.notes];
    // effect and survey tables get primary suppression on the persons behind each number (no additive
    // structure); the project-leader survey and the activity register are not microdata (exempt)
    const disclosed = await stage('disclosure control', async () =>
      applyDisclosure([...raw, ...effects.tables, ...survey.tables], [...ALL_INDICATORS.map(disclosureSpecFor), ...ALL_TABLES.map(tableDisclosureSpec), ...SURVEY_EXEMPT_SPECS, ...surveyDisclosureSpecs(survey.tables)]));
    // the gap tests read only published cells, so they need no disclosure control of their own
    const published = [...disclosed.tables, gapTestsTable(disclosed.tables)];
    const seed = syntheticSeed(opts.dataDir);
    // calibration compares the undisclosed numbers: it is a property of the data, not an output
    const calibration = seed === null ? null : evaluateCalibration(ALL_TARGETS, [...raw, ...survey.tables]);
    const files = await stage('outputs', async () => {
      mkdirSync(opts.outDir, { recursive: true });
      const written = await writeOutputs(opts.outDir, {
        tables: published,
        run: {
          seed,
          inputFingerprint,
          dataSource: seed === null
            ? { da: `Registerudtræk i ${opts.dataDir}`, en: `Register extract in ${opts.dataDir}` }
            : { da: 'Syntetisk registerpopulation (livschancer), ikke rigtige personer', en: 'Synthetic register population (livschancer), not real persons' },
          disabled: load.missingOptional.map((m) => ({ analysis: m.disables.join(', '), reason: `${m.table} mangler / is missing` })),
          calibration: (calibration ?? []).map((c) => ({
            id: c.id, description: { da: c.description, en: c.description }, published: c.published,
            achieved: c.achieved, tolerance: c.tolerance, within: c.within,
            unit: [...raw, ...survey.tables].find((t) => t.id === c.exhibit)?.unit,
          })),
        },
      }, { lang: opts.lang ?? 'da', createdByCommand: opts.commandLine, timings });
      if (notes.length > 0) {
        const path = join(opts.outDir, 'notes.txt');
        writeFileSync(path, notes.join('\n') + '\n');
        written.push(path);
      }
      if (calibration) {
        const path = join(opts.outDir, 'calibration.csv');
        writeFileSync(path, calibrationCsv(calibration));
        written.push(path);
      }
      return written;
    });
    return { timings, files, load, calibration, disclosure: disclosed.summary, tables: published, notes };
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}
