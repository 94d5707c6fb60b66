/** Loading an extract into DuckDB: all tables or none. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ContractError, type LoadReport } from './problems.ts';
import { readFailure, typedSelectSql } from './read.ts';
import { ident } from './sql.ts';
import { inspectExtract } from './validate.ts';

export interface LoadOptions {
  /** Replace contract tables that already exist in the connection (default: fail if one exists). */
  replace?: boolean;
  /**
   * 'table' (default) copies every table into DuckDB. 'view' leaves validated Parquet files where
   * they are and creates typed views over them (no copy: much faster and lighter for big extracts;
   * the files must not change during the run). CSV files are always copied.
   */
  as?: 'table' | 'view';
}

/**
 * Validates the extract in `dir` and, only if it has no errors, creates one table per contract
 * table found (typed as the schema says, columns in schema order, extra columns dropped) in
 * `conn`. The tables are created in one transaction, so a failure leaves none behind.
 *
 * @throws ContractError when the extract breaks the contract (nothing is loaded).
 * @example
 * const report = await loadExtract('extract/', conn);
 * for (const m of report.missingOptional) console.warn(`${m.table} missing: no ${m.disables.join(', ')}`);
 */
export async function loadExtract(dir: string, conn: DuckDBConnection, opts: LoadOptions = {}): Promise<LoadReport> {
  const { report, opened } = await inspectExtract(dir, conn);
  if (!report.ok) throw new ContractError(report);
  const started = performance.now();
  await conn.run('BEGIN TRANSACTION');
  try {
    for (const t of opened) {
      if (opts.as === 'view' && t.file.format === 'parquet') {
        await conn.run(`CREATE ${opts.replace ? 'OR REPLACE ' : ''}VIEW ${ident(t.spec.name)} AS ${typedSelectSql(t)}`);
        continue;
      }
      const columns = t.columns.map((c) => `${ident(c.spec.name)} ${c.spec.type}${c.spec.nullable ? '' : ' NOT NULL'}`);
      await conn.run(`CREATE ${opts.replace ? 'OR REPLACE ' : ''}TABLE ${ident(t.spec.name)} (${columns.join(', ')})`);
      try {
        await conn.run(`INSERT INTO ${ident(t.spec.name)} ${typedSelectSql(t)}`);
      } catch (e) {
        throw readFailure(t.file, e);
      }
    }
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
  return {
    ...report,
    loaded: opened.map((t) => t.spec.name),
    elapsedMs: report.elapsedMs + Math.round(performance.now() - started),
  };
}
