/**
 * The data contract: what an extract must contain (schema.ts), how it is checked (validateExtract)
 * and how it enters DuckDB (loadExtract, all or nothing).
 */
export { validateExtract } from './validate.ts';
export { loadExtract, type LoadOptions } from './load.ts';
export {
  ContractError, PROBLEM_KINDS, formatProblem,
  type FileFormat, type LoadReport, type MissingTable, type Problem, type ProblemKind, type Severity,
  type TableReport, type ValidationReport,
} from './problems.ts';
export * from './schema.ts';
