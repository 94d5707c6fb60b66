/**
 * Tab 9.6 "I gang med ungdomsuddannelse direkte efter grundskolen": a descriptive cascade, not an
 * effect. Participants in a child and youth effort who started 2014-2018, were 11-18 and in
 * grundskole (1 October) in the start year, and whose leaving of grundskole is observed in the
 * data. For each year k after the start: still in grundskole, leaving that year, and of those the
 * number in upper secondary education (gymnasial or vocational, H1 20, 30, 35) on 1 October of the
 * leaving year ("direkte": the same calendar year; report l. 6884-6999, catalogue §2.5).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../warehouse/sql-literal.ts';
import type { ResultTable } from '../results/types.ts';
import { wilsonInterval } from '../stats/tests.ts';
import { ABSENCE_EFFECT, type EffectSpec } from './spec.ts';

/**
 * The CTEs (last_year, spells, oct, first_start, cohort) of the child and youth cohort: first start
 * in one of the spec's activities within its start years, of its ages and in grundskole on
 * 1 October of the start year. `cohort` has (PNR, s = start year); `oct` has (PNR, year, kind) with
 * kind 'g' grundskole, 'u' upper secondary on 1 October. Shared by Tab 9.6 and the §9.4.1 follow-up.
 */
export function childCohortCtes(spec: EffectSpec): string {
  const activities = spec.activities.map(sqlString).join(', ');
  return `last_year AS (SELECT max(AAR) AS y FROM bef),
spells AS (
  SELECT PNR, UDD // 100 AS h1,
         year(ELEV3_VFRA) + CASE WHEN ELEV3_VFRA > make_date(year(ELEV3_VFRA), 10, 1) THEN 1 ELSE 0 END AS y0,
         CASE WHEN ELEV3_VTIL IS NULL THEN (SELECT y FROM last_year)
              ELSE year(ELEV3_VTIL) - CASE WHEN ELEV3_VTIL < make_date(year(ELEV3_VTIL), 10, 1) THEN 1 ELSE 0 END END AS y1
  FROM kotre WHERE UDD // 100 IN (10, 15, 20, 30, 35)
),
oct AS (
  SELECT DISTINCT PNR, CAST(y AS INTEGER) AS year, CASE WHEN h1 IN (10, 15) THEN 'g' ELSE 'u' END AS kind
  FROM (SELECT PNR, h1, unnest(generate_series(greatest(y0, ${spec.startYears[0]}), least(y1, (SELECT y FROM last_year)))) AS y
        FROM spells WHERE greatest(y0, ${spec.startYears[0]}) <= least(y1, (SELECT y FROM last_year)))
),
first_start AS (SELECT PNR, min(START_AAR) AS s FROM deltager WHERE AKTIVITET_TYPE IN (${activities}) GROUP BY PNR),
cohort AS (
  SELECT f.PNR, f.s FROM first_start f JOIN bef b ON b.PNR = f.PNR AND b.AAR = f.s
  WHERE f.s BETWEEN ${spec.startYears[0]} AND ${spec.startYears[1]} AND f.s - year(b.FOED_DAG) BETWEEN ${spec.ages[0]} AND ${spec.ages[1]}
    AND EXISTS (SELECT 1 FROM oct o WHERE o.PNR = f.PNR AND o.year = f.s AND o.kind = 'g')
)`;
}

/** The Wilson interval of started / finished; none without anyone finishing. */
function share(started: number, finished: number): { lower: number | null; upper: number | null } {
  if (finished === 0) return { lower: null, upper: null };
  const ci = wilsonInterval(started, finished);
  return { lower: ci.lower, upper: ci.upper };
}

export async function transitionTable(conn: DuckDBConnection, spec: EffectSpec = ABSENCE_EFFECT, maxYears = 5): Promise<ResultTable> {
  const reader = await conn.runAndReadAll(`
WITH ${childCohortCtes(spec)},
leaving AS (
  -- the first year after the start without grundskole on 1 October, within the data
  SELECT c.PNR, c.s,
         (SELECT min(t.y) FROM range(c.s + 1, (SELECT y FROM last_year) + 1) t(y)
          WHERE NOT EXISTS (SELECT 1 FROM oct o WHERE o.PNR = c.PNR AND o.year = t.y AND o.kind = 'g')) AS left_year
  FROM cohort c
),
observed AS (
  SELECT l.*, EXISTS (SELECT 1 FROM oct o WHERE o.PNR = l.PNR AND o.year = l.left_year AND o.kind = 'u') AS upper_secondary
  FROM leaving l WHERE l.left_year IS NOT NULL AND l.left_year - l.s <= ${maxYears}
)
SELECT CAST(k AS INTEGER) AS k,
       count(*) FILTER (WHERE left_year - s > k) AS still,
       count(*) FILTER (WHERE left_year - s = k) AS finished,
       count(*) FILTER (WHERE left_year - s = k AND upper_secondary) AS started,
       (SELECT count(*) FROM observed) AS total
FROM observed, range(0, ${maxYears + 1}) t(k)
GROUP BY k ORDER BY k`);
  const rows = reader.getRowObjectsJS().map((r) => ({ k: Number(r.k), still: Number(r.still), finished: Number(r.finished), started: Number(r.started), total: Number(r.total) }));
  const total = rows[0]?.total ?? 0;
  const sumFinished = rows.reduce((s, r) => s + r.finished, 0);
  const sumStarted = rows.reduce((s, r) => s + r.started, 0);
  return {
    id: 'tab-9.6',
    chapter: 9,
    kind: 'table',
    title: { da: 'I gang med ungdomsuddannelse direkte efter grundskolen. Antal og procent.', en: 'Started upper-secondary education directly after primary school. Number and per cent.' },
    note: {
      da: `N = ${total}. Børn og unge, som har deltaget i en børne- og ungeindsats i perioden ${spec.startYears[0]}-${spec.startYears[1]}, som er ${spec.ages[0]}-${spec.ages[1]} år i indsatsåret og går i grundskole i indsatsåret, og hvis afgang fra grundskolen ses i data. I gang med ungdomsuddannelse (gymnasial eller erhvervsfaglig) den 1. oktober i afgangsåret. Deskriptivt, ikke en effektmåling.`,
      en: `N = ${total}. Participants in a child and youth effort ${spec.startYears[0]}-${spec.startYears[1]}, aged ${spec.ages[0]}-${spec.ages[1]} and in primary school in the start year, whose leaving of primary school is observed. Upper secondary (general or vocational) ongoing on 1 October of the leaving year. Descriptive, not an effect.`,
    },
    unit: 'share',
    keyColumns: ['years_after'],
    rows: [
      ...rows.map((r) => ({
        keys: { years_after: String(r.k) },
        year: null,
        value: r.k === 0 || r.finished === 0 ? null : r.started / r.finished,
        n: r.k === 0 ? total : r.finished,
        ...share(r.k === 0 ? 0 : r.started, r.k === 0 ? 0 : r.finished),
        extra: { count: r.k === 0 ? null : r.started, still_in_primary: r.k === 0 ? total : r.still, finished: r.k === 0 ? null : r.finished, started_upper_secondary: r.k === 0 ? null : r.started, not_started: r.k === 0 ? null : r.finished - r.started },
      })),
      {
        keys: { years_after: 'total' },
        year: null,
        value: sumFinished > 0 ? sumStarted / sumFinished : null,
        n: sumFinished,
        ...share(sumStarted, sumFinished),
        extra: { count: sumStarted, still_in_primary: null, finished: sumFinished, started_upper_secondary: sumStarted, not_started: sumFinished - sumStarted },
      },
    ],
    choices: [{ da: '"Direkte" = i gang med ungdomsuddannelse den 1. oktober i det år, eleven ikke længere er i grundskole.', en: '"Directly" = in upper secondary on 1 October of the first year the pupil is no longer in primary school.' }],
  };
}
