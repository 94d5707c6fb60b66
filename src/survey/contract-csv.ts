/**
 * Writes imported survey rows as the contract's extract files (`survey_response.csv`,
 * `projektleder_svar.csv`), columns in schema order, so the contract loader reads them like any
 * other extract table.
 */
import { tableSpec } from '../contract/schema.ts';
import { formatCsv } from './csv.ts';
import type { SurveyResponseRow } from './import.ts';
import type { ProjectLeaderRow } from './project-leader.ts';

interface ContractRows {
  survey_response: SurveyResponseRow;
  projektleder_svar: ProjectLeaderRow;
}

export function contractCsv<T extends keyof ContractRows>(table: T, rows: readonly ContractRows[T][]): string {
  const columns = tableSpec(table).columns.map((c) => c.name);
  const cells = rows.map((row) => {
    const record = row as unknown as Record<string, string | number | null>;
    return columns.map((name) => record[name] ?? null);
  });
  return formatCsv(columns, cells);
}
