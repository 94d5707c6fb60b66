/**
 * §9.4.1 "Karakterer i dansk ved 9. klasse-afgangseksamen" (l. 6896-6933): a descriptive follow-up,
 * not an effect. The participants of Tab 9.6's cohort (child and youth efforts, first start
 * 2014-2018, aged 11-18 and in grundskole in the start year) who leave 9th grade in 2014-2019,
 * against the other young people of the supported areas who leave 9th grade in 2018: the share
 * completing primary school with the leaving exam and, among those, the mean grades in Danish,
 * mathematics and all exam subjects. The report prints no table; its numbers are in the text
 * (83 %, 5,16, 4,77, 5,32 against 82 %, 5,41, 5,39, 5,74). The manifest id is `tab-9.7`: the report
 * has Tables 9.1-9.6 only, and exhibits.tsv lists no exhibit for §9.4.1.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { RELATIONS, NINTH_GRADE_SCHOOL_TYPES } from '../indicators/concepts.ts';
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { tQuantile } from '../stats/distributions.ts';
import { wilsonInterval } from '../stats/tests.ts';
import { ABSENCE_EFFECT, type EffectSpec } from './spec.ts';
import { childCohortCtes } from './transition.ts';

export const EXAM_FOLLOWUP_ID = 'tab-9.7';

export interface ExamFollowupOptions {
  /** Exam years of the participants (2020 left out: no exams under corona, l. 6899-6908). */
  participantYears: readonly [number, number];
  /** The supported areas' exam year (fn 25, l. 6925-6930). */
  comparisonYear: number;
  /** Subject name prefixes (karakterer.FAG) of the two subjects the text names. */
  danishPrefix: string;
  mathPrefix: string;
}

export const DEFAULT_EXAM_FOLLOWUP: ExamFollowupOptions = {
  participantYears: [2014, 2019],
  comparisonYear: 2018,
  danishPrefix: 'dansk',
  mathPrefix: 'matematik',
};

const ITEMS = ['exam_completed', 'grade_danish', 'grade_math', 'grade_all'] as const;
type Item = (typeof ITEMS)[number];
const GROUPS = ['participants', 'supported'] as const;

const like = (prefix: string): string => {
  if (!/^[a-z_]+$/.test(prefix)) throw new Error(`not a plain subject prefix: '${prefix}'`);
  return `'${prefix}%'`;
};

/** The SQL (one row per group): pupils, completers, and n, Σ, Σ² of each grade among completers. */
export function examFollowupSql(opts: ExamFollowupOptions = DEFAULT_EXAM_FOLLOWUP, spec: EffectSpec = ABSENCE_EFFECT, withSupported = true): string {
  const [y0, y1] = opts.participantYears;
  const stats = (col: string): string =>
    `count(${col}) AS n_${col}, sum(${col}::DECIMAL(38, 6))::DOUBLE AS sum_${col}, sum((${col} * ${col})::DECIMAL(38, 6))::DOUBLE AS sq_${col}`;
  return `
WITH ${childCohortCtes(spec)},
rel_exam AS (
  -- completed: a grade in every mandatory subject of the school year (concepts.ts, Bilag 1 l. 7334-7337)
  ${RELATIONS.exam.sql}
),
ninth AS (
  -- 9th-grade pupils of the pupil register by exam year (school year + 1), as the chapter 4 exhibits
  SELECT DISTINCT PNR, CAST(SKOLEAAR + 1 AS INTEGER) AS exam_year
  FROM elev WHERE KLASSETRIN = 9 AND SKOLETYPE IN (${NINTH_GRADE_SCHOOL_TYPES.join(', ')})
),
participant_exam AS (
  -- "går ud af 9. klasse": the participant's last 9th-grade year
  SELECT n.PNR, max(n.exam_year) AS exam_year FROM ninth AS n SEMI JOIN cohort AS c ON c.PNR = n.PNR GROUP BY n.PNR
),
pupils AS (
  SELECT 'participants' AS grp, PNR, exam_year FROM participant_exam WHERE exam_year BETWEEN ${y0} AND ${y1}
  ${withSupported ? `UNION ALL
  -- "andre unge fra de støttede områder": the school-children target group in supported areas that year, not participants
  SELECT 'supported' AS grp, n.PNR, n.exam_year FROM ninth AS n
  SEMI JOIN target_group_member AS m ON m.pnr = n.PNR AND m.year = n.exam_year AND m.target_group = '6-17' AND m.area_group = 'supported'
  ANTI JOIN cohort AS c ON c.PNR = n.PNR
  WHERE n.exam_year = ${opts.comparisonYear}` : ''}
),
subject_means AS (
  -- per pupil: the mean of the mandatory Danish and mathematics grades of the exam year
  SELECT PNR, CAST(SKOLEAAR + 1 AS INTEGER) AS exam_year,
    avg(KARAKTER) FILTER (WHERE FAG LIKE ${like(opts.danishPrefix)}) AS danish,
    avg(KARAKTER) FILTER (WHERE FAG LIKE ${like(opts.mathPrefix)}) AS math
  FROM karakterer WHERE BUNDET GROUP BY PNR, SKOLEAAR
),
measured AS (
  -- grades only for those who completed with the exam ("Vi kan dermed opgøre deres ... resultater", l. 6910-6911)
  SELECT p.grp, coalesce(e.completed, false) AS completed,
    CASE WHEN e.completed THEN s.danish END AS danish,
    CASE WHEN e.completed THEN s.math END AS math,
    CASE WHEN e.completed THEN e.mean_grade END AS all_subjects
  FROM pupils AS p
  LEFT JOIN rel_exam AS e ON e.pnr = p.PNR AND e.year = p.exam_year
  LEFT JOIN subject_means AS s ON s.PNR = p.PNR AND s.exam_year = p.exam_year
)
SELECT grp, count(*) AS pupils, count(*) FILTER (WHERE completed) AS completed,
  ${stats('danish')}, ${stats('math')}, ${stats('all_subjects')}
FROM measured GROUP BY grp ORDER BY grp`;
}

type Cell = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function meanRow(item: Item, group: string, n: number, sum: number, sq: number): ResultRow {
  const mean = n > 0 ? sum / n : null;
  const variance = n > 1 && mean !== null ? Math.max(0, (sq - n * mean * mean) / (n - 1)) : NaN;
  const half = n > 1 ? tQuantile(0.975, n - 1) * Math.sqrt(variance / n) : NaN;
  return {
    keys: { item, group }, year: null, value: mean, n,
    lower: mean !== null && Number.isFinite(half) ? mean - half : null, upper: mean !== null && Number.isFinite(half) ? mean + half : null,
    extra: { is_mean: 1, count: null },
  };
}

/** The rows of the table from the query's cells (exported for tests). */
export function examFollowupRows(cells: readonly Cell[]): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const item of ITEMS) {
    for (const group of GROUPS) {
      const c = cells.find((x) => x.grp === group);
      if (!c) continue;
      if (item === 'exam_completed') {
        const n = num(c.pupils);
        const k = num(c.completed);
        const ci = wilsonInterval(k, n);
        rows.push({ keys: { item, group }, year: null, value: n > 0 ? k / n : null, n, lower: ci.lower, upper: ci.upper, extra: { is_mean: 0, count: k } });
      } else {
        const col = { grade_danish: 'danish', grade_math: 'math', grade_all: 'all_subjects' }[item];
        rows.push(meanRow(item, group, num(c[`n_${col}`]), num(c[`sum_${col}`]), num(c[`sq_${col}`])));
      }
    }
  }
  return rows;
}

export async function examFollowupTable(conn: DuckDBConnection, available: ReadonlySet<string>, opts: ExamFollowupOptions = DEFAULT_EXAM_FOLLOWUP): Promise<{ table: ResultTable; notes: string[] }> {
  const notes: string[] = [];
  const withSupported = available.has('target_group_member');
  if (!withSupported) notes.push(`${EXAM_FOLLOWUP_ID}: supported areas left out, the target groups are not built`);
  const cells = (await conn.runAndReadAll(examFollowupSql(opts, ABSENCE_EFFECT, withSupported))).getRowObjectsJS() as Cell[];
  const [y0, y1] = opts.participantYears;
  const choices: Text[] = [
    {
      da: `Deltagere: Tabel 9.6's børn og unge (første start ${ABSENCE_EFFECT.startYears[0]}-${ABSENCE_EFFECT.startYears[1]}, ${ABSENCE_EFFECT.ages[0]}-${ABSENCE_EFFECT.ages[1]} år og i grundskole i indsatsåret), som går ud af 9. klasse (sidste 9. klasse-år i elevregisteret) i ${y0}-${y1}. Støttede områder: målgruppen af skolebørn i støttede områder med 9. klasse i ${opts.comparisonYear}, uden deltagerne.`,
      en: `Participants: Table 9.6's children and young people (first start ${ABSENCE_EFFECT.startYears[0]}-${ABSENCE_EFFECT.startYears[1]}, aged ${ABSENCE_EFFECT.ages[0]}-${ABSENCE_EFFECT.ages[1]} and in primary school in the start year) who leave 9th grade (last 9th-grade year in the pupil register) in ${y0}-${y1}. Supported areas: the school-children target group in supported areas in 9th grade in ${opts.comparisonYear}, participants left out.`,
    },
    {
      da: 'Karaktergennemsnit blandt dem, der har afsluttet med afgangsprøven: dansk og matematik er gennemsnittet af elevens bundne prøvefag i faget; alle prøvefag er gennemsnittet af alle bundne prøvefag; derefter gennemsnit over elever.',
      en: 'Mean grades among those who completed with the exam: Danish and mathematics are the mean of the pupil\'s mandatory exam subjects in the subject; all subjects is the mean of all mandatory subjects; then the mean over pupils.',
    },
  ];
  const n = (g: string): number => num(cells.find((c) => c.grp === g)?.pupils);
  return {
    table: {
      id: EXAM_FOLLOWUP_ID,
      chapter: 9,
      kind: 'table',
      title: {
        da: 'Andel, der afslutter grundskolen med 9. klasse-afgangseksamen, og karaktergennemsnit i dansk, matematik og alle prøvefag. Deltagere og unge i de støttede områder. Andel og karakterer.',
        en: 'Share completing primary school with the 9th-grade leaving exam, and mean grades in Danish, mathematics and all exam subjects. Participants and young people in the supported areas. Share and grades.',
      },
      note: {
        da: `N (deltagere) = ${n('participants')}; N (støttede områder) = ${n('supported')}. Deskriptivt, ikke en effektmåling (afsnit 9.4.1). Rapporten: deltagere 83 pct., 5,16, 4,77, 5,32; støttede områder 82 pct., 5,41, 5,39, 5,74.`,
        en: `N (participants) = ${n('participants')}; N (supported areas) = ${n('supported')}. Descriptive, not an effect (section 9.4.1). The report: participants 83 %, 5.16, 4.77, 5.32; supported areas 82 %, 5.41, 5.39, 5.74.`,
      },
      unit: 'share',
      keyColumns: ['item', 'group'],
      rows: examFollowupRows(cells),
      choices,
    },
    notes,
  };
}
