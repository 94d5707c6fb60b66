/**
 * Writes everything a run hands to its user into one folder:
 *   csv/<id>.csv, tables.xlsx, manifest.json, report/index.html.
 * Only disclosed ResultTables come in; nothing here sees person-level data.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTRACT_VERSION } from '../contract/schema.ts';
import type { Lang } from '../results/types.ts';
import { renderReport } from '../report/render.ts';
import type { ReportInput } from '../report/types.ts';
import { toCsv } from './csv.ts';
import { buildManifest, csvPath, stableJson, type Timing } from './manifest.ts';
import { xlsxBytes } from './xlsx.ts';

export interface WriteOptions {
  /** Language of report/index.html; Danish by default. */
  lang?: Lang;
  /** The command line that made this run, e.g. "livschancer run --seed 42 --out out". */
  createdByCommand: string;
  /** Seconds per pipeline stage, in the order they ran. */
  timings?: readonly Timing[];
  /** Tool version; defaults to package.json's. */
  version?: string;
}

/** Writes all outputs under `outDir` and returns the paths written, in write order. */
export async function writeOutputs(outDir: string, input: ReportInput, opts: WriteOptions): Promise<string[]> {
  const ids = new Set<string>();
  for (const t of input.tables) {
    // The id becomes a file and sheet name, so it must be plain.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(t.id)) throw new Error(`table id "${t.id}" is not a safe file name`);
    if (ids.has(t.id)) throw new Error(`two tables share the id "${t.id}"`);
    ids.add(t.id);
  }
  const written: string[] = [];
  const put = async (rel: string, data: string | Uint8Array): Promise<void> => {
    const file = path.join(outDir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    written.push(file);
  };

  for (const t of input.tables) await put(csvPath(t.id), toCsv(t));
  await put('tables.xlsx', await xlsxBytes(input.tables));
  await put('report/index.html', renderReport(input, opts.lang ?? 'da'));
  const manifest = buildManifest(
    {
      version: opts.version ?? (await packageVersion()),
      contractVersion: CONTRACT_VERSION,
      seed: input.run.seed,
      inputFingerprint: input.run.inputFingerprint,
      createdByCommand: opts.createdByCommand,
      timings: opts.timings ?? [],
      // The manifest is read by machines; an analysis's reason is kept in English there.
      disabled: input.run.disabled.map((d) => ({ analysis: d.analysis, reason: typeof d.reason === 'string' ? d.reason : d.reason.en })),
    },
    input.tables,
  );
  await put('manifest.json', stableJson(manifest));
  return written;
}

async function packageVersion(): Promise<string> {
  const pkg: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return version;
}

export { toCsv } from './csv.ts';
export { buildWorkbook, xlsxBytes } from './xlsx.ts';
export { buildManifest, stableJson, type Manifest, type Timing } from './manifest.ts';
