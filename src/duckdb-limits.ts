/**
 * DuckDB resource limits shared by the generator and the pipeline. Both work in a file-backed
 * database with a temp directory, so operators spill to disk instead of growing: the memory limit
 * bounds the process at any scale. 10 GB leaves room under a 16 GiB budget for what DuckDB keeps
 * outside its buffer pool and for Node itself (peak RSS ran about 1.5 GB above the limit at
 * scale 0.25). LIVSCHANCER_MEMORY_LIMIT (e.g. '4GB') overrides it, e.g. to test at a small scale
 * how a big one behaves when it must spill.
 */
export const DEFAULT_MEMORY_LIMIT = '10GB';

/** The memory limit to give DuckDB: the caller's, else LIVSCHANCER_MEMORY_LIMIT, else the default. */
export function memoryLimit(explicit?: string): string {
  return explicit ?? process.env.LIVSCHANCER_MEMORY_LIMIT ?? DEFAULT_MEMORY_LIMIT;
}
