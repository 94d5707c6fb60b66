/** Quoting for SQL text built by the contract module. The only place that escapes anything. */

/** A double-quoted identifier: `ident('a"b')` → `"a""b"`. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted string literal: `str("it's")` → `'it''s'`. */
export function str(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL literal for a code from the schema (numbers as numbers, strings quoted). */
export function literal(value: number | string): string {
  return typeof value === 'number' ? String(value) : str(value);
}
