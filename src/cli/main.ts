/**
 * livschancer's command line: generate, validate, run, and start (= generate the default data set if
 * it is not there, then run on it). Exit codes: 0 ok; 1 the input broke the data contract or a
 * calibration check failed (run --strict); 2 wrong usage; 3 an unexpected internal error.
 */
import { parseArgs } from 'node:util';
import { resolve, relative } from 'node:path';
import { generate, isCurrentSynthetic, looksGenerated, DEFAULT_SCALE, DEFAULT_SEED } from '../synthetic/generate.ts';
import { validateExtract, ContractError, formatProblem } from '../contract/index.ts';
import { evaluate } from '../pipeline/evaluate.ts';
import { progress } from './progress.ts';
import { isAsserted } from '../calibration/index.ts';

const DEFAULT_DATA = 'data/synthetic';
const DEFAULT_OUT = 'out';

const HELP: Record<string, string> = {
  main: `livschancer: evaluates how social housing master plans affect inequality of opportunity

Usage: livschancer <command> [options]

Commands:
  start                     generate the default synthetic data (if missing) and run on it
  generate                  write a synthetic register extract (Parquet, the data contract)
  validate <dir>            check an extract against the data contract
  run [--data <dir>]        validate, load, compute, and write the report and tables

Run 'livschancer <command> --help' for a command's options.
Exit codes: 0 ok, 1 the input breaks the data contract (or --strict calibration failed),
            2 wrong usage, 3 unexpected error.`,
  generate: `Usage: livschancer generate [--scale S] [--seed N] [--out DIR]

Writes a synthetic register population 1980-2021 as the contract's Parquet tables plus truth.json.
  --scale S   1.0 = Denmark's size (about 5.9 million residents a year); default ${DEFAULT_SCALE}
  --seed N    random seed; default ${DEFAULT_SEED}
  --out DIR   output directory; default ${DEFAULT_DATA}`,
  validate: `Usage: livschancer validate <dir>

Checks every table in <dir> (Parquet or CSV) against the data contract (docs/data-contract.md)
and prints each problem with table, column, offending values and row counts. Exit 1 if any error.`,
  run: `Usage: livschancer run [--data DIR] [--out DIR] [--lang da|en] [--strict]

Validates and loads the extract (all or nothing), builds the warehouse, computes every exhibit,
applies disclosure control and writes report/index.html, csv/, tables.xlsx and manifest.json.
  --data DIR   the extract; default ${DEFAULT_DATA}
  --out DIR    output directory; default ${DEFAULT_OUT}
  --lang L     report language, da (default) or en
  --strict     exit 1 when a calibration target is missed (synthetic data only)`,
  start: `Usage: livschancer start [--lang da|en]

Generates the default synthetic data set into ${DEFAULT_DATA} if it is not there, then runs on it
with output in ${DEFAULT_OUT}/. This is what 'npm start' does.`,
};

class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
interface Parsed { values: Record<string, string | boolean | undefined>; positionals: string[] }

function parse(argv: string[], options: OptionSpec): Parsed {
  try {
    const r = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function numberOption(value: unknown, name: string, check: (n: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be a valid number (got '${String(value)}')`);
  return n;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function cmdGenerate(argv: string[]): Promise<number> {
  const { values } = parse(argv, { scale: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } });
  if (values.help) return console.log(HELP.generate), 0;
  const scale = numberOption(values.scale, 'scale', (n) => n > 0 && n <= 2) ?? DEFAULT_SCALE;
  const seed = numberOption(values.seed, 'seed', (n) => Number.isInteger(n) && n >= 0) ?? DEFAULT_SEED;
  const out = resolve(String(values.out ?? DEFAULT_DATA));
  await runGenerate(scale, seed, out);
  return 0;
}

async function runGenerate(scale: number, seed: number, out: string): Promise<void> {
  console.log(`Generating a synthetic register population: scale ${scale}, seed ${seed} → ${relative(process.cwd(), out) || '.'}`);
  const bar = progress('generate');
  const t0 = performance.now();
  const r = await generate({ scale, seed, outDir: out, onStage: (s) => bar.update(s) });
  bar.done();
  for (const t of r.timings) console.log(`  ${t.stage.padEnd(22)} ${t.seconds.toFixed(1).padStart(7)} s`);
  console.log(`Wrote ${r.tables.length} tables and truth.json to ${out} in ${seconds(performance.now() - t0)}.`);
}

async function cmdValidate(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values.help) return console.log(HELP.validate), 0;
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one directory');
  const report = await validateExtract(resolve(positionals[0]));
  for (const p of report.problems) console.log(formatProblem(p));
  for (const m of report.missingOptional) console.log(`note: optional table ${m.table} is missing; disabled: ${m.disables.join(', ')}`);
  console.log(report.summary);
  return report.ok ? 0 : 1;
}

async function runEvaluation(dataDir: string, outDir: string, lang: 'da' | 'en', strict: boolean, commandLine: string): Promise<number> {
  console.log(`Running the evaluation on ${dataDir}`);
  const bar = progress('run');
  const t0 = performance.now();
  const r = await evaluate({ dataDir, outDir, lang, commandLine, onProgress: (m) => bar.update(m) });
  bar.done();
  for (const t of r.timings) console.log(`  ${t.stage.padEnd(22)} ${t.seconds.toFixed(1).padStart(7)} s`);
  for (const m of r.load.missingOptional) console.log(`  note: ${m.table} is missing, so these are not computed: ${m.disables.join(', ')}`);
  if (r.notes.length > 0) console.log(`  ${r.notes.length} notes (effect evaluation and surveys: selection counts, dropped terms, what was not computed): ${resolve(outDir, 'notes.txt')}`);
  const suppressed = r.disclosure.reduce((s, d) => s + d.primary + d.secondary, 0);
  console.log(`  ${r.tables.length} exhibits; disclosure control suppressed ${suppressed} cells.`);
  let code = 0;
  if (r.calibration) {
    const missed = r.calibration.filter((c) => !c.within);
    const missedAsserted = missed.filter((c) => isAsserted(c.id));
    const nAsserted = r.calibration.filter((c) => isAsserted(c.id)).length;
    console.log(`  calibration: ${nAsserted - missedAsserted.length}/${nAsserted} asserted targets within tolerance; ${r.calibration.length - missed.length}/${r.calibration.length} of all (calibration.csv)`);
    for (const m of missedAsserted) console.log(`    missed ${m.id}: published ${m.published}, achieved ${m.achieved === null ? 'n/a' : +m.achieved.toFixed(4)}`);
    if (strict && missedAsserted.length > 0) code = 1;
  }
  console.log(`Report: ${resolve(outDir, 'report/index.html')}`);
  console.log(`Tables: ${resolve(outDir, 'csv')}/, ${resolve(outDir, 'tables.xlsx')}; manifest: ${resolve(outDir, 'manifest.json')}`);
  console.log(`Done in ${seconds(performance.now() - t0)}.`);
  return code;
}

function langOption(v: unknown): 'da' | 'en' {
  if (v === undefined || v === 'da' || v === 'en') return (v ?? 'da') as 'da' | 'en';
  throw new UsageError(`--lang must be da or en (got '${String(v)}')`);
}

async function cmdRun(argv: string[]): Promise<number> {
  const { values } = parse(argv, { data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, strict: { type: 'boolean' } });
  if (values.help) return console.log(HELP.run), 0;
  return runEvaluation(resolve(String(values.data ?? DEFAULT_DATA)), resolve(String(values.out ?? DEFAULT_OUT)),
    langOption(values.lang), values.strict === true, ['livschancer', 'run', ...argv].join(' '));
}

async function cmdStart(argv: string[]): Promise<number> {
  const { values } = parse(argv, { lang: { type: 'string' } });
  if (values.help) return console.log(HELP.start), 0;
  const data = resolve(DEFAULT_DATA);
  if (isCurrentSynthetic(data, DEFAULT_SCALE, DEFAULT_SEED)) {
    console.log(`Using the synthetic data already in ${DEFAULT_DATA} (delete it to regenerate).`);
  } else {
    // made by an older generator (or another scale/seed): the default must match the code
    if (looksGenerated(data)) console.log(`The synthetic data in ${DEFAULT_DATA} is from another generator version; generating it again.`);
    await runGenerate(DEFAULT_SCALE, DEFAULT_SEED, data);
  }
  return runEvaluation(data, resolve(DEFAULT_OUT), langOption(values.lang), false, ['livschancer', 'start', ...argv].join(' '));
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  generate: cmdGenerate, validate: cmdValidate, run: cmdRun, start: cmdStart,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP.main);
    return command ? 0 : 2;
  }
  const fn = COMMANDS[command];
  try {
    if (!fn) throw new UsageError(`unknown command '${command}'`);
    return await fn(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`livschancer: ${e.message} (see 'livschancer ${command in COMMANDS ? command + ' ' : ''}--help')`);
      return 2;
    }
    if (e instanceof ContractError) {
      for (const p of e.problems) console.error(formatProblem(p));
      console.error(`livschancer: the extract breaks the data contract: ${e.summary}. Nothing was loaded.`);
      return 1;
    }
    console.error(`livschancer: internal error: ${(e as Error).message}`);
    return 3;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    // the benchmark reads the peak memory of the whole process (DuckDB included)
    // (and the CPU time of all its threads: on a shared machine wall time alone says little)
    if (process.env.LIVSCHANCER_STATS) {
      const u = process.resourceUsage();
      console.error(`LIVSCHANCER_STATS ${JSON.stringify({ maxRssKb: u.maxRSS, cpuSeconds: Math.round((u.userCPUTime + u.systemCPUTime) / 1e5) / 10 })}`);
    }
    process.exit(code);
  });
}
