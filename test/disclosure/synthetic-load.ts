/**
 * A synthetic load for disclosure control: many exhibits of shares over linked universes, with
 * realistic small cells (few MENAPT residents with a parent in the restgruppe in supported areas).
 * Used by load.test.ts at a small scale and, at full scale, to time the pass:
 *   node --import tsx test/disclosure/synthetic-load.ts 20 10 20 [full]
 * (universes, exhibits per universe, years; `full`: every exhibit splits by all four columns).
 */
import { applyDisclosure } from '../../src/disclosure/apply-disclosure.ts';
import type { DimensionSpec, DisclosureSpec } from '../../src/disclosure/spec.ts';
import type { ResultRow, ResultTable } from '../../src/results/types.ts';

export interface LoadOptions {
  universes: number;
  exhibitsPerUniverse: number;
  years: number;
  seed: number;
  /** Every exhibit splits by all four columns (81 cells a year) instead of cycling through layouts. */
  full?: boolean;
}

const AREA: DimensionSpec = { column: 'area_group', kind: 'nested', levels: ['supported', 'social_housing', 'population'] };
const ORIGIN: DimensionSpec = { column: 'origin', kind: 'partition', parts: ['menapt', 'non_menapt'], total: 'all', exhaustive: false };
const SEX: DimensionSpec = { column: 'sex', kind: 'partition', parts: ['male', 'female'], total: 'all' };
const RESTGRUPPE: DimensionSpec = { column: 'parental_restgruppe', kind: 'partition', parts: ['yes', 'no'], total: 'all' };

/** Published codes per column, and for each code the inner codes it covers. */
const CODES: Record<string, Record<string, number[]>> = {
  area_group: { supported: [0], social_housing: [0, 1], population: [0, 1, 2] },
  origin: { menapt: [0], non_menapt: [1], all: [0, 1, 2] },
  sex: { male: [0], female: [1], all: [0, 1] },
  parental_restgruppe: { yes: [0], no: [1], all: [0, 1] },
};
const SIZES = [3, 3, 2, 2];
const COLUMNS = ['area_group', 'origin', 'sex', 'parental_restgruppe'];
const LAYOUTS = [
  [0],
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 1, 2],
  [0, 1, 3],
  [0, 2, 3],
  [0, 1, 2, 3],
  [1, 2],
  [2],
];

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* product(lists: readonly string[][]): Generator<string[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  for (const head of lists[0]) for (const tail of product(lists.slice(1))) yield [head, ...tail];
}

export function syntheticLoad(options: LoadOptions): { tables: ResultTable[]; specs: DisclosureSpec[] } {
  const random = mulberry32(options.seed);
  const tables: ResultTable[] = [];
  const specs: DisclosureSpec[] = [];
  const cells = SIZES.reduce((a, b) => a * b, 1);

  for (let u = 0; u < options.universes; u++) {
    // Persons per inner cell and year: mostly hundreds to thousands, one in ten tiny.
    const persons = Array.from({ length: options.years }, () => Array.from({ length: cells }, () => (random() < 0.1 ? Math.floor(random() * 8) : Math.floor(50 + random() * 3000))));
    const rates = [0.1, 0.3, 0.6];
    const outcome = rates.map((rate) => persons.map((year) => year.map((p) => Math.min(p, Math.round(p * rate * (0.5 + random()))))));

    for (let e = 0; e < options.exhibitsPerUniverse; e++) {
      const layout = options.full ? LAYOUTS[7] : LAYOUTS[e % LAYOUTS.length];
      const measure = e % rates.length;
      const id = `syn-${u}.${e}`;
      const columns = layout.map((d) => COLUMNS[d]);
      specs.push({ id, universe: `u${u}`, measure: `m${measure}`, dimensions: layout.map((d) => [AREA, ORIGIN, SEX, RESTGRUPPE][d]) });
      const rows: ResultRow[] = [];
      for (let y = 0; y < options.years; y++) {
        for (const codes of product(columns.map((c) => Object.keys(CODES[c])))) {
          let n = 0;
          let count = 0;
          for (let cell = 0; cell < cells; cell++) {
            // Decode the inner cell and test it against every column the exhibit splits by.
            let rest = cell;
            const inner = SIZES.map(() => 0);
            for (let d = SIZES.length - 1; d >= 0; d--) {
              inner[d] = rest % SIZES[d];
              rest = Math.floor(rest / SIZES[d]);
            }
            if (layout.every((d, i) => CODES[COLUMNS[d]][codes[i]].includes(inner[d]))) {
              n += persons[y][cell];
              count += outcome[measure][y][cell];
            }
          }
          const keys = Object.fromEntries(columns.map((c, i) => [c, codes[i]]));
          rows.push({ keys, year: 2000 + y, value: n === 0 ? null : count / n, n, lower: null, upper: null, extra: { count } });
        }
      }
      tables.push({ id, chapter: 2, kind: 'figure', title: { da: id, en: id }, note: { da: '', en: '' }, unit: 'share', keyColumns: columns, rows });
    }
  }
  return { tables, specs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [universes = 20, exhibitsPerUniverse = 10, years = 20] = process.argv.slice(2, 5).map(Number);
  const { tables, specs } = syntheticLoad({ universes, exhibitsPerUniverse, years, seed: 1, full: process.argv[5] === 'full' });
  const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { summary } = applyDisclosure(tables, specs);
  const ms = performance.now() - start;
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
  const cpu = process.cpuUsage(cpuStart);
  const primary = summary.reduce((s, x) => s + x.primary, 0);
  const secondary = summary.reduce((s, x) => s + x.secondary, 0);
  console.log(JSON.stringify({ exhibits: tables.length, rows, primary, secondary, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000) }));
}
