/**
 * manifest.json: what a run produced and from what. Keys are written in sorted order and arrays
 * sorted, so two runs on the same input differ only in their timings.
 */
import type { ResultTable } from '../results/types.ts';
import { compareExhibitIds } from '../report/exhibit-id.ts';
import { suppressedCount } from './tidy.ts';

export interface Timing {
  stage: string;
  seconds: number;
}

export interface DisabledAnalysis {
  analysis: string;
  reason: string;
}

export interface ManifestFigure {
  id: string;
  title: string;
  title_en: string;
  chapter: number | string;
  /** Path relative to the output folder, with `/` separators. */
  csv: string;
  rows: number;
  suppressed_cells: number;
}

export interface Manifest {
  tool: 'livschancer';
  version: string;
  contract_version: string;
  seed: number | null;
  input_fingerprint: string;
  created_by_command: string;
  timings: Timing[];
  disabled: DisabledAnalysis[];
  figures: ManifestFigure[];
}

export interface ManifestRun {
  version: string;
  contractVersion: string;
  seed: number | null;
  inputFingerprint: string;
  createdByCommand: string;
  /** Kept in the order given: stages run in sequence. */
  timings: readonly Timing[];
  disabled: readonly DisabledAnalysis[];
}

/** The CSV path of a table, relative to the output folder. */
export function csvPath(id: string): string {
  return `csv/${id}.csv`;
}

export function buildManifest(run: ManifestRun, tables: readonly ResultTable[]): Manifest {
  const figures = tables
    .map(
      (t): ManifestFigure => ({
        id: t.id,
        title: t.title.da,
        title_en: t.title.en,
        chapter: t.chapter,
        csv: csvPath(t.id),
        rows: t.rows.length,
        suppressed_cells: suppressedCount(t),
      }),
    )
    .sort((a, b) => compareExhibitIds(a.id, b.id));
  const disabled = [...run.disabled].sort((a, b) => (a.analysis < b.analysis ? -1 : a.analysis > b.analysis ? 1 : 0));
  return {
    tool: 'livschancer',
    version: run.version,
    contract_version: run.contractVersion,
    seed: run.seed,
    input_fingerprint: run.inputFingerprint,
    created_by_command: run.createdByCommand,
    timings: run.timings.map((x) => ({ stage: x.stage, seconds: x.seconds })),
    disabled: disabled.map((d) => ({ analysis: d.analysis, reason: d.reason })),
    figures,
  };
}

/** JSON with object keys in sorted order at every level, two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? sortKeys(v) : v), 2) + '\n';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sortKeys(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) out[k] = obj[k];
  return out;
}
