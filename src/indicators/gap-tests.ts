/**
 * The report's central claim, tested: the gap between children of restgruppe parents and other
 * children narrowed more in the supported areas than in the population. For every share exhibit
 * split by area group and parental restgruppe (the origin → destination indicators), the gap is
 * gap(a, t) = share(parent in restgruppe) − share(no parent in restgruppe) in area group a, year t,
 * and the difference in gaps between the supported areas and the population is estimated twice:
 *   first_last  (gap_sup(last) − gap_sup(first)) − (gap_pop(last) − gap_pop(first)), over the first
 *               and last year in which all four cells are published;
 *   trend       the difference of the linear trends of the gaps (weighted least squares of the gap
 *               on the year, weights 1 / variance), per year.
 * Each comes with its two terms (the change in each area group), a 95 % interval and a two-sided
 * p-value from the normal distribution.
 *
 * It reads only published cells (after disclosure control), so it can reveal nothing that is not
 * already published; years with a suppressed cell are left out. The cells' variances are
 * p(1 − p)/n and treated as independent. The supported areas are part of the population and
 * consecutive years share persons, so the true covariances are positive and the intervals are on
 * the conservative (wide) side.
 */
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { normalQuantile, normalSurvival } from '../stats/distributions.ts';

export const GAP_TESTS_ID = 'gap-tests';
/** The report section the gap tests are shown in (report/texts.ts REPORT_CHAPTERS). */
export const GAP_TESTS_CHAPTER = 'tests';

interface Estimate {
  value: number;
  variance: number;
}

interface GapYear {
  year: number;
  supported: Estimate;
  population: Estimate;
  /** Persons behind the four cells of the year. */
  n: number;
}

const Z = normalQuantile(0.975);

function cellEstimate(row: ResultRow): Estimate | null {
  if (row.suppressed || row.value === null || row.n === null || row.n <= 0) return null;
  // a share of 0 or 1 would get variance 0 and infinite weight: its variance uses (x + ½)/(n + 1)
  const p = row.value > 0 && row.value < 1 ? row.value : (row.value * row.n + 0.5) / (row.n + 1);
  return { value: row.value, variance: (p * (1 - p)) / row.n };
}

const minus = (a: Estimate, b: Estimate): Estimate => ({ value: a.value - b.value, variance: a.variance + b.variance });

/** The yearly gaps of a table with area_group and parental_restgruppe keys (years with all four cells). */
export function yearlyGaps(table: ResultTable): GapYear[] {
  const cells = new Map<string, ResultRow>();
  for (const r of table.rows) cells.set(`${r.keys.area_group}|${r.keys.parental_restgruppe}|${r.year}`, r);
  const years = [...new Set(table.rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const out: GapYear[] = [];
  for (const year of years) {
    const get = (area: string, parental: string) => cells.get(`${area}|${parental}|${year}`);
    const rows = [get('supported', 'yes'), get('supported', 'no'), get('population', 'yes'), get('population', 'no')];
    const est = rows.map((r) => (r ? cellEstimate(r) : null));
    if (est.some((e) => e === null)) continue;
    const [sy, sn, py, pn] = est as Estimate[];
    out.push({ year, supported: minus(sy, sn), population: minus(py, pn), n: rows.reduce((a, r) => a + (r?.n ?? 0), 0) });
  }
  return out;
}

/** Weighted least-squares slope of the gap on the year, with its variance (known weights 1/variance). */
function trend(points: { year: number; gap: Estimate }[]): Estimate {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (const p of points) {
    const w = 1 / p.gap.variance;
    sw += w;
    swx += w * p.year;
    swy += w * p.gap.value;
  }
  const xbar = swx / sw;
  const ybar = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const w = 1 / p.gap.variance;
    sxx += w * (p.year - xbar) ** 2;
    sxy += w * (p.year - xbar) * (p.gap.value - ybar);
  }
  return { value: sxy / sxx, variance: 1 / sxx };
}

/** Rows in percentage points: the estimate, its interval and p-value. */
function row(exhibit: string, comparison: string, term: string, e: Estimate, n: number, extra: Record<string, number>): ResultRow {
  const se = Math.sqrt(e.variance);
  return {
    keys: { exhibit, comparison, term },
    year: null,
    value: 100 * e.value,
    n,
    lower: 100 * (e.value - Z * se),
    upper: 100 * (e.value + Z * se),
    extra: { p_value: se > 0 ? 2 * normalSurvival(Math.abs(e.value) / se) : null, ...extra },
  };
}

/** The gap tests of one table; none if it is not a share split by area group and parental restgruppe. */
export function gapTestRows(table: ResultTable): ResultRow[] {
  if (table.unit !== 'share' || !table.keyColumns.includes('area_group') || !table.keyColumns.includes('parental_restgruppe')) return [];
  // other key columns (a status category, an item) would mix several indicators into one gap
  if (table.keyColumns.some((k) => k !== 'area_group' && k !== 'parental_restgruppe')) return [];
  const gaps = yearlyGaps(table);
  if (gaps.length < 2) return [];
  const first = gaps[0];
  const last = gaps[gaps.length - 1];
  const years = { first_year: first.year, last_year: last.year };
  const change = (a: 'supported' | 'population') => minus(last[a], first[a]);
  const fl = minus(change('supported'), change('population'));
  const out = [
    row(table.id, 'first_last', 'supported', change('supported'), first.n + last.n, years),
    row(table.id, 'first_last', 'population', change('population'), first.n + last.n, years),
    row(table.id, 'first_last', 'difference', fl, first.n + last.n, years),
  ];
  if (gaps.length >= 3) {
    const n = gaps.reduce((a, g) => a + g.n, 0);
    const sup = trend(gaps.map((g) => ({ year: g.year, gap: g.supported })));
    const pop = trend(gaps.map((g) => ({ year: g.year, gap: g.population })));
    out.push(
      row(table.id, 'trend', 'supported', sup, n, years),
      row(table.id, 'trend', 'population', pop, n, years),
      row(table.id, 'trend', 'difference', minus(sup, pop), n, years),
    );
  }
  return out;
}

const TITLE: Text = {
  da: 'Test af forskellen i gab: blev forskellen mellem børn og unge med og uden forældre i restgruppen mindre i de støttede områder end i befolkningen? Procentpoint.',
  en: 'Difference-in-gaps test: did the gap between children and young people with and without parents in the restgruppe narrow more in the supported areas than in the population? Percentage points.',
};
const NOTE: Text = {
  da: 'Gab = andel med mindst én forælder i restgruppen − andel uden. first_last: ændringen i gabet fra første til sidste år med alle fire celler offentliggjort (støttede områder, befolkningen og forskellen). trend: gabets lineære udvikling pr. år (vægtet mindste kvadraters metode) og forskellen. Gabet er negativt, hvor børn af forældre i restgruppen klarer sig dårligere på et godt udfald (fx afgangsprøven), og positivt for et dårligt udfald (fx NEET); at gabet lukkes mere i de støttede områder, viser sig derfor som en positiv forskel for gode udfald og en negativ forskel for dårlige. 95 pct. konfidensinterval og p-værdi (normalfordeling).',
  en: 'Gap = share with at least one parent in the restgruppe − share without. first_last: the change in the gap from the first to the last year with all four cells published (supported areas, population, and the difference). trend: the gap\'s linear development per year (weighted least squares) and the difference. The gap is negative where children of restgruppe parents do worse on a good outcome (e.g. the leaving exam) and positive for a bad outcome (e.g. NEET); a gap closing more in the supported areas therefore shows as a positive difference for good outcomes and a negative one for bad outcomes. 95 % confidence interval and p-value (normal distribution).',
};
const CHOICES: Text[] = [
  {
    da: 'Beregnet ud fra de offentliggjorte celler efter diskretionering; år med en undertrykt celle udelades. Cellernes varians er p(1 − p)/n og behandles som uafhængige; da de støttede områder er en del af befolkningen og årene deler personer, er intervallerne konservative (brede).',
    en: 'Computed from the published cells after disclosure control; years with a suppressed cell are left out. The cells\' variance is p(1 − p)/n, treated as independent; since the supported areas are part of the population and years share persons, the intervals are conservative (wide).',
  },
  {
    da: 'Med i testen: alle andels-figurer og -tabeller, der er opdelt på område (støttede områder og befolkningen) og forældres restgruppestatus.',
    en: 'Tested: every share figure and table split by area (supported areas and the population) and parents\' restgruppe status.',
  },
];

/** One table of gap tests over every eligible published table, in the order of `tables`. */
export function gapTestsTable(tables: readonly ResultTable[]): ResultTable {
  return {
    id: GAP_TESTS_ID, chapter: GAP_TESTS_CHAPTER, kind: 'table', unit: 'percent_points',
    title: TITLE, note: NOTE, choices: CHOICES,
    keyColumns: ['exhibit', 'comparison', 'term'],
    rows: tables.flatMap(gapTestRows),
    labels: {
      comparison: {
        first_last: { da: 'Første mod sidste år', en: 'First vs last year' },
        trend: { da: 'Lineær trend pr. år', en: 'Linear trend per year' },
      },
      term: {
        supported: { da: 'Ændring i gab, støttede områder', en: 'Change in gap, supported areas' },
        population: { da: 'Ændring i gab, befolkningen', en: 'Change in gap, population' },
        difference: { da: 'Forskel i gab (støttede − befolkningen)', en: 'Difference in gaps (supported − population)' },
      },
    },
  };
}
