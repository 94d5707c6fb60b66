/**
 * Facts the validator needs beyond the column specs in schema.ts: which table is the population,
 * which person ids may point outside the extract, which columns are event years, and which
 * column pairs form a spell. Kept as data so the checks stay one engine over the schema.
 */
import type { TableName } from './schema.ts';

/** The population table: every person id elsewhere must exist here; it also gives birth dates. */
export const POPULATION = { table: 'bef', person: 'PNR', birth: 'FOED_DAG' } as const satisfies {
  table: TableName; person: string; birth: string;
};

/** Parent ids may legitimately name persons outside the extract (e.g. dead before 1980). */
export const PARENT_ID_COLUMNS: readonly string[] = ['MOR_ID', 'FAR_ID'];

/** INTEGER columns holding the calendar year of the row's event: it cannot precede the birth year. */
export const EVENT_YEAR_COLUMNS: readonly string[] = ['AAR', 'SKOLEAAR', 'START_AAR'];

/** Start/end column pairs: the end may be empty (ongoing) but never before the start. */
export const SPELLS: readonly { table: TableName; start: string; end: string }[] = [
  { table: 'kotre', start: 'ELEV3_VFRA', end: 'ELEV3_VTIL' },
  { table: 'bufo', start: 'START_DTO', end: 'SLUT_DTO' },
  { table: 'lbf_helhedsplan', start: 'START_AAR', end: 'SLUT_AAR' },
];

/** At most this many offending values are shown per problem. */
export const MAX_VALUES = 5;
/** Shown values are cut to this many characters. */
export const MAX_VALUE_LENGTH = 40;
