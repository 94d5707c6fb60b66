/** Helpers for the corpus of broken extracts: mutate the tiny extract, write it, validate it. */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { validateExtract, type Problem, type ProblemKind, type ValidationReport } from '../../src/contract/index.ts';
import { tempDir, tinyExtract, writeExtract, type ExtractFormat, type TinyExtract } from '../fixtures/tiny-extract.ts';

export interface Broken {
  /** Changes the data before it is written. */
  mutate?: (x: TinyExtract) => void;
  /** Changes the written files (truncate, add, ...). */
  after?: (dir: string) => Promise<void>;
  format?: ExtractFormat;
}

/** Writes the tiny extract with the given damage, validates it and removes it. */
export async function validateBroken({ mutate, after, format = 'csv' }: Broken): Promise<ValidationReport> {
  const data = tinyExtract();
  mutate?.(data);
  const dir = await tempDir();
  try {
    await writeExtract(dir, data, format);
    await after?.(dir);
    return await validateExtract(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The single problem of `kind` in the report (fails if there is none or more than one). */
export function only(report: ValidationReport, kind: ProblemKind): Problem {
  const found = report.problems.filter((p) => p.kind === kind);
  assert.equal(found.length, 1, `expected one ${kind} problem, got ${JSON.stringify(report.problems, null, 1)}`);
  return found[0];
}

/** Asserts the report has exactly these problems (kind, table, column, rows), in any order. */
export function assertProblems(report: ValidationReport, expected: readonly Pick<Problem, 'kind' | 'table' | 'column' | 'rows'>[]): void {
  const key = (p: Pick<Problem, 'kind' | 'table' | 'column' | 'rows'>): string => `${p.kind} ${p.table}.${p.column} ${p.rows}`;
  assert.deepEqual(report.problems.map(key).sort(), expected.map(key).sort());
}
