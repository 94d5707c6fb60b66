/**
 * Renders docs/data-contract.md from the schema, so the document and the validator cannot drift
 * (a test compares the committed file with this output). Regenerate with
 * `npx tsx scripts/gen-contract-docs.ts`.
 */
import { DST_EXPORT } from './dst-export.ts';
import { PROBLEM_KINDS } from './problems.ts';
import {
  CONTRACT_VERSION, EDUCATION_LEVELS, HF_KILDE_CODES, H1_TO_LEVEL, LOV_CODES, MENAPT_COUNTRIES, SCHEMA,
  SOCIO13_CODES, type ColumnSpec, type TableSpec,
} from './schema.ts';
import { EVENT_YEAR_COLUMNS, PARENT_ID_COLUMNS, POPULATION, SPELLS } from './rules.ts';

/** Codes lists longer than this are referred to their own section instead of listed in the table. */
const MAX_INLINE_CODES = 10;

const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const tableMd = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function constraint(c: ColumnSpec): string {
  const parts: string[] = [];
  if (c.codes) parts.push(c.codes.length > MAX_INLINE_CODES ? `codes: see ${c.name} codes below` : `codes: ${c.codes.join(', ')}`);
  if (c.range) parts.push(c.type === 'DATE' ? `years ${c.range[0]}–${c.range[1]}` : `${c.range[0]}–${c.range[1]}`);
  if (c.personId) parts.push(PARENT_ID_COLUMNS.includes(c.name) ? `person id (may be outside ${POPULATION.table})` : `person id in ${POPULATION.table}`);
  if (c.references) parts.push(`→ ${c.references.table}.${c.references.column}`);
  return parts.join('; ');
}

function tableSection(t: TableSpec): string {
  const spell = SPELLS.find((s) => s.table === t.name);
  const lines = [
    `### \`${t.name}\``,
    '',
    t.description,
    '',
    `- Register: ${t.register}`,
    `- ${t.required ? '**Required**' : 'Optional'}; enables: ${t.enables.join(', ')}`,
    `- Key (unique): ${t.key.join(', ')}`,
    ...(spell ? [`- ${spell.end} may not be before ${spell.start}`] : []),
    '',
    tableMd(['Column', 'Type', 'Empty allowed', 'Codes / range', 'Description'],
      t.columns.map((c) => [`\`${c.name}\``, c.type, c.nullable ? 'yes' : 'no', constraint(c), c.description])),
  ];
  return lines.join('\n');
}

function exportSection(t: TableSpec): string {
  const recipe = DST_EXPORT[t.name];
  const width = Math.max(...t.columns.map((c) => c.name.length));
  // A trailing `  -- comment` in an expression goes after the comma that ends the line.
  const selects = t.columns.map((c, i) => {
    const [expr, comment] = (recipe.exprs?.[c.name] ?? '').split('  -- ');
    const line = expr === '' ? c.name : `${c.name.padEnd(width)} = ${expr}`;
    const comma = i < t.columns.length - 1 ? ',' : '';
    return comment === undefined ? `${line}${comma}` : `${line}${comma}  -- ${comment}`;
  });
  return [
    `**${t.name}** ← ${recipe.from}${recipe.note ? `. ${recipe.note}` : ''}`,
    '',
    '```sql',
    `SELECT ${selects.join('\n       ')}`,
    `FROM ${recipe.from};`,
    '```',
  ].join('\n');
}

const codeTable = (title: string, codes: Readonly<Record<number | string, string>>): string =>
  tableMd(['Code', title], Object.entries(codes).map(([k, v]) => [k, v]));

/** The whole document. */
export function renderContractDoc(): string {
  const required = SCHEMA.filter((t) => t.required);
  const levelsByH1 = Object.entries(H1_TO_LEVEL).map(([h1, level]) => [h1, level, EDUCATION_LEVELS[level]]);
  const sections = [
    '<!-- Generated from src/contract/schema.ts by scripts/gen-contract-docs.ts. Do not edit by hand. -->',
    '',
    '# The livschancer data contract',
    '',
    `Contract version **${CONTRACT_VERSION}**. The extract is a directory with one file per table. `
      + 'livschancer validates the whole extract before it computes anything and loads it only if there is no error '
      + '(all tables or none). Column names are DST\'s where a DST variable exists.',
    '',
    '## Versioning',
    '',
    'The version (`CONTRACT_VERSION` in `src/contract/schema.ts`) is shown in every validation report and follows '
      + 'semantic versioning:',
    '',
    '- **major**: an extract valid before may be refused now (a table or column added as required, renamed or removed; a type, code list or range narrowed);',
    '- **minor**: every extract valid before is still valid (a new optional table, a wider code list or range);',
    '- **patch**: descriptions and documentation only.',
    '',
    '## Files',
    '',
    '- One file per table, named `<table>.parquet` or `<table>.csv`, all in one directory; never both for one table. Other files are ignored with a warning.',
    '- **Parquet**: native types are used where they fit the contract type; integral DOUBLEs are accepted for INTEGER columns (SAS stores every number as a double), TIMESTAMPs for DATE columns; any other type is read as text and checked as below.',
    '- **CSV**: a header row, comma-separated, `"` quotes (doubled inside a quoted value), UTF-8 (a BOM is allowed). Every value is read as text and then checked: INTEGER as digits with an optional sign (`12`, `-3`, `12.0`; not `1.5`), DOUBLE with `.` as decimal point, DATE as `YYYY-MM-DD`, BOOLEAN as `true`/`false`.',
    '- An empty or blank value is missing. Text values are trimmed.',
    '- Column names are matched case-insensitively; columns the contract does not know are dropped with a warning. Loaded tables have the contract\'s columns, types and order.',
    `- Person ids (${SCHEMA.flatMap((t) => t.columns).filter((c) => c.personId).map((c) => c.name).filter((n, i, a) => a.indexOf(n) === i).join(', ')}) are opaque text. They are checked against \`${POPULATION.table}\` and never printed: problems with them give only counts.`,
    '',
    '## What is checked',
    '',
    `Every check runs in SQL over the files before anything is loaded. Each problem names the table, the column, the kind and the number of rows, with up to 5 offending values (never person ids). Year columns of person tables (${EVENT_YEAR_COLUMNS.join(', ')}) and dates are checked against the person's birth date in \`${POPULATION.table}\`.`,
    '',
    tableMd(['Kind', 'Severity', 'Meaning'], Object.entries(PROBLEM_KINDS).map(([k, v]) => [`\`${k}\``, v.severity, v.doc])),
    '',
    '## Tables',
    '',
    `Required: ${required.map((t) => `\`${t.name}\``).join(', ')}. A missing optional table is listed in the report with the analyses it disables.`,
    '',
    tableMd(['Table', 'Register', 'Required', 'Key', 'Enables'],
      SCHEMA.map((t) => [`\`${t.name}\``, t.register, t.required ? 'yes' : 'no', t.key.join(', '), t.enables.join(', ')])),
    '',
    ...SCHEMA.flatMap((t) => [tableSection(t), '']),
    '## Education levels',
    '',
    'The level of an education code (HFAUDD in `udda`, UDD in `kotre`) is read from its first two digits, the H1 main group. '
      + 'Empty HFAUDD and imputed education (HF_KILDE = 3) count as unknown.',
    '',
    tableMd(['H1', 'Level', 'Meaning'], levelsByH1),
    '',
    '### HF_KILDE codes',
    '',
    codeTable('Source of the highest completed education', HF_KILDE_CODES),
    '',
    '## MENAPT countries',
    '',
    'Persons whose OPR_LAND is one of these ISO 3166-1 alpha-3 codes count as of MENAPT origin (the report\'s list):',
    '',
    MENAPT_COUNTRIES.map((c) => `\`${c}\``).join(', '),
    '',
    '## SOCIO13 codes',
    '',
    codeTable('SOCIO13', SOCIO13_CODES),
    '',
    '## LOV codes',
    '',
    codeTable('Law', LOV_CODES),
    '',
    '## How to export from DST',
    '',
    'Pseudocode, one select per table: columns without `=` are DST variables copied as they are; `{aar}` is the year '
      + 'of a yearly dataset. Dataset and variable names differ between project databases: check them against DST\'s '
      + 'variable documentation (TIMES) on your server. Write each result as `<table>.parquet` (preferred) or `<table>.csv`.',
    '',
    ...SCHEMA.flatMap((t) => [exportSection(t), '']),
  ];
  return `${sections.join('\n').trimEnd()}\n`;
}
