/**
 * Treatment group, control pool, control variables and the person-year panel of one evaluation,
 * built in SQL from the contract tables (bef, kotre, udda, akm, ind, lbf_*, deltager and the
 * outcome's table; mfr, krsi and lpr when present). Reading the contract tables directly keeps the
 * engine independent of the warehouse build; the definitions follow docs/definitions.md where
 * both need one (age, MENAPT origin, education level from H1, in school on 1 October).
 *
 * Person ids never leave DuckDB: each unit gets a dense integer `uid` (ordered by group, then id,
 * so that the data order, and with it the matching's tie-breaking, is deterministic).
 *
 * Report: Bilag 2 l. 8054-8069 and l. 8245-8259 (groups), l. 8031-8052 (controls).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { H1_TO_LEVEL, MENAPT_COUNTRIES } from '../contract/schema.ts';
import { sqlString } from '../warehouse/sql-literal.ts';
import { COVARIATES, type Covariate } from './covariates.ts';
import { SCHOOL_LEVEL_H1, type EffectSpec, type SchoolLevel } from './spec.ts';

/** One unit (person) of the analysis: group, start year and control variables. */
export interface Cohort {
  uid: Int32Array;
  treated: Uint8Array;
  startYear: Int32Array;
  region: Int32Array;
  /** Covariate columns by id (every id of COVARIATES that could be built). */
  covariates: Record<string, Float64Array>;
  /** Selection counts, for the notes (no person-level data). */
  funnel: FunnelStep[];
}

export interface FunnelStep {
  group: 'treated' | 'control';
  step: string;
  n: number;
}

/** Person-years of the panel: one row per unit and event time with an observed outcome. */
export interface Panel {
  uid: Int32Array;
  eventTime: Int32Array;
  year: Int32Array;
  y: Float64Array;
}

const h1List = (levels: readonly SchoolLevel[]): string => levels.flatMap((l) => SCHOOL_LEVEL_H1[l]).join(', ');

/** Which contract tables exist in the connection. */
export async function existingTables(conn: DuckDBConnection): Promise<Set<string>> {
  const reader = await conn.runAndReadAll(`SELECT table_name FROM information_schema.tables`);
  return new Set(reader.getRowObjectsJS().map((r) => String(r.table_name).toLowerCase()));
}

/**
 * Creates the temporary tables eff_units (uid, PNR, treated, s) and eff_cohort (uid, covariates)
 * for a spec, and returns the cohort without person ids.
 */
export async function buildCohort(conn: DuckDBConnection, spec: EffectSpec, tables: ReadonlySet<string>): Promise<Cohort> {
  const [lo, hi] = spec.window;
  const nYears = hi - lo + 1;
  const activities = spec.activities.map(sqlString).join(', ');
  const menapt = MENAPT_COUNTRIES.map(sqlString).join(', ');
  const levelRows = Object.entries(H1_TO_LEVEL).map(([h1, lvl]) => `(${Number(h1)}, ${sqlString(lvl)})`).join(', ');
  const minYear = spec.startYears[0] + lo;
  const maxYear = Math.max(spec.startYears[1], spec.pseudoStartYear) + hi;
  const outcomeRequired = spec.outcome.missing === 'drop' && spec.outcome.requireAllYears;

  await conn.run(`
CREATE OR REPLACE TEMP TABLE eff_school AS
-- (PNR, year, H1) with a KOTRE spell of that H1 group ongoing on 1 October of the year
WITH spells AS (
  SELECT PNR, UDD // 100 AS h1,
         year(ELEV3_VFRA) + CASE WHEN ELEV3_VFRA > make_date(year(ELEV3_VFRA), 10, 1) THEN 1 ELSE 0 END AS y0,
         CASE WHEN ELEV3_VTIL IS NULL THEN ${maxYear}
              ELSE year(ELEV3_VTIL) - CASE WHEN ELEV3_VTIL < make_date(year(ELEV3_VTIL), 10, 1) THEN 1 ELSE 0 END END AS y1
  FROM kotre WHERE UDD // 100 IN (${h1List(['grundskole', 'gymnasial'])})
)
SELECT DISTINCT PNR, CAST(y AS INTEGER) AS year, h1
FROM (SELECT PNR, h1, unnest(generate_series(greatest(y0, ${minYear}), least(y1, ${maxYear}))) AS y FROM spells WHERE greatest(y0, ${minYear}) <= least(y1, ${maxYear}));

CREATE OR REPLACE TEMP TABLE eff_candidates AS
WITH first_start AS (
  SELECT PNR, min(START_AAR) AS s FROM deltager WHERE AKTIVITET_TYPE IN (${activities}) GROUP BY PNR
), plan_afd AS (
  SELECT DISTINCT AFD_ID FROM lbf_plan_afdeling
), pool AS (
  SELECT b.PNR, ${spec.pseudoStartYear} AS s
  FROM bef b
  WHERE b.AAR = ${spec.pseudoStartYear} AND b.AFD_ID IS NOT NULL
    AND b.AFD_ID NOT IN (SELECT AFD_ID FROM plan_afd)
    AND b.PNR NOT IN (SELECT PNR FROM deltager)
)
SELECT PNR, 1 AS treated, s FROM first_start
UNION ALL
SELECT PNR, 0, s FROM pool;

CREATE OR REPLACE TEMP TABLE eff_checks AS
SELECT c.PNR, c.treated, c.s,
       c.treated = 0 OR c.s BETWEEN ${spec.startYears[0]} AND ${spec.startYears[1]} AS ok_start,
       (SELECT c.s - year(b.FOED_DAG) FROM bef b WHERE b.PNR = c.PNR AND b.AAR = c.s) AS age,
       (SELECT count(*) FROM bef b WHERE b.PNR = c.PNR AND b.AAR BETWEEN c.s + (${lo}) AND c.s + ${hi}) AS years_resident,
       (SELECT count(DISTINCT sc.year) FROM eff_school sc WHERE sc.PNR = c.PNR AND sc.year BETWEEN c.s + (${lo}) AND c.s + ${hi}
          AND sc.h1 IN (${h1List(spec.treatedSchooling)})) AS years_school_t,
       (SELECT count(DISTINCT sc.year) FROM eff_school sc WHERE sc.PNR = c.PNR AND sc.year BETWEEN c.s + (${lo}) AND c.s + ${hi}
          AND sc.h1 IN (${h1List(spec.controlSchooling)})) AS years_school_c,
       ${outcomeRequired ? `(SELECT count(DISTINCT o.year) FROM (${spec.outcome.sql}) o WHERE o.PNR = c.PNR AND o.year BETWEEN c.s + (${lo}) AND c.s + ${hi} AND o.y IS NOT NULL)` : nYears} AS years_outcome
FROM eff_candidates c;

CREATE OR REPLACE TEMP TABLE eff_units AS
SELECT CAST(row_number() OVER (ORDER BY treated DESC, PNR) AS INTEGER) AS uid, PNR, treated, s
FROM eff_checks
WHERE ok_start AND age BETWEEN ${spec.ages[0]} AND ${spec.ages[1]} AND years_resident = ${nYears}
  AND CASE WHEN treated = 1 THEN years_school_t ELSE years_school_c END = ${nYears}
  AND years_outcome = ${nYears};
`);

  const funnelReader = await conn.runAndReadAll(`
SELECT treated, 'candidates' AS step, count(*) AS n, 1 AS o FROM eff_checks GROUP BY treated
UNION ALL SELECT treated, 'start year in range', count(*), 2 FROM eff_checks WHERE ok_start GROUP BY treated
UNION ALL SELECT treated, 'age in range', count(*), 3 FROM eff_checks WHERE ok_start AND age BETWEEN ${spec.ages[0]} AND ${spec.ages[1]} GROUP BY treated
UNION ALL SELECT treated, 'resident every year of the window', count(*), 4 FROM eff_checks WHERE ok_start AND age BETWEEN ${spec.ages[0]} AND ${spec.ages[1]} AND years_resident = ${nYears} GROUP BY treated
UNION ALL SELECT treated, 'in school every year of the window', count(*), 5 FROM eff_checks WHERE ok_start AND age BETWEEN ${spec.ages[0]} AND ${spec.ages[1]} AND years_resident = ${nYears}
  AND CASE WHEN treated = 1 THEN years_school_t ELSE years_school_c END = ${nYears} GROUP BY treated
UNION ALL SELECT treated, 'outcome observed every year', count(*), 6 FROM eff_units GROUP BY treated
ORDER BY treated DESC, o`);
  const funnel: FunnelStep[] = funnelReader.getRowObjectsJS().map((r) => ({
    group: Number(r.treated) === 1 ? 'treated' : 'control',
    step: String(r.step),
    n: Number(r.n),
  }));

  const has = (t: string) => tables.has(t);
  await conn.run(`
CREATE OR REPLACE TEMP TABLE eff_cohort AS
WITH levels(h1, lvl) AS (VALUES ${levelRows}),
base AS (
  SELECT u.uid, u.PNR, u.treated, u.s, b.KOEN, b.FOED_DAG, b.IE_TYPE, b.OPR_LAND, b.MOR_ID, b.FAR_ID, b.FAMILIE_ID, b.REG
  FROM eff_units u JOIN bef b ON b.PNR = u.PNR AND b.AAR = u.s
),
fam AS (
  SELECT b.FAMILIE_ID, b.AAR,
         count(*) FILTER (WHERE b.PLADS IN (1, 2)) AS adults,
         count(*) FILTER (WHERE b.PLADS = 3) AS kids,
         sum(coalesce(i.DISPON_13, 0)) AS income
  FROM bef b LEFT JOIN ind i ON i.PNR = b.PNR AND i.AAR = b.AAR
  WHERE (b.FAMILIE_ID, b.AAR) IN (SELECT FAMILIE_ID, s FROM base)
  GROUP BY b.FAMILIE_ID, b.AAR
),
parents AS (
  SELECT uid, 'mor' AS role, MOR_ID AS pid, s FROM base WHERE MOR_ID IS NOT NULL
  UNION ALL SELECT uid, 'far', FAR_ID, s FROM base WHERE FAR_ID IS NOT NULL
),
parent_birth AS (
  SELECT PNR, min(FOED_DAG) AS foed FROM bef WHERE PNR IN (SELECT pid FROM parents) GROUP BY PNR
),
parent_info AS (
  SELECT p.uid, p.role, pb.foed,
         CASE WHEN ud.PNR IS NULL OR ud.HFAUDD IS NULL OR ud.HF_KILDE = 3 THEN 'uoplyst'
              WHEN lv.lvl IN ('mvu', 'lvu') THEN 'mvu_lvu'
              WHEN lv.lvl IN ('erhvervsfaglig', 'kvu') THEN 'eud_kvu'
              WHEN lv.lvl IN ('grundskole', 'gymnasial') THEN 'basis'
              ELSE 'uoplyst' END AS udd,
         CASE WHEN a.SOCIO13 BETWEEN 110 AND 139 THEN 'beskaeftiget'
              WHEN a.SOCIO13 IN (210, 330) THEN 'ledig'
              ELSE 'andet' END AS status,
         ${has('krsi') ? `EXISTS (SELECT 1 FROM krsi k WHERE k.PNR = p.pid AND k.LOV IN (1, 3, 4) AND year(k.SIGT_DTO) <= p.s)` : 'false'} AS sigtet,
         ${has('lpr') ? `EXISTS (SELECT 1 FROM lpr l WHERE l.PNR = p.pid AND l.DIAG LIKE 'DF%' AND NOT l.DIAG LIKE 'DF1%' AND year(l.D_INDDTO) <= p.s)` : 'false'} AS psykisk
  FROM parents p
  JOIN parent_birth pb ON pb.PNR = p.pid
  LEFT JOIN udda ud ON ud.PNR = p.pid AND ud.AAR = p.s
  LEFT JOIN levels lv ON lv.h1 = ud.HFAUDD // 100
  LEFT JOIN akm a ON a.PNR = p.pid AND a.AAR = p.s
),
mor AS (SELECT * FROM parent_info WHERE role = 'mor'),
far AS (SELECT * FROM parent_info WHERE role = 'far')
SELECT b.uid, b.treated, b.s, b.REG AS region,
       CAST(b.KOEN AS DOUBLE) AS koen,
       CASE WHEN b.KOEN = 2 THEN 1.0 ELSE 0.0 END AS female,
       CAST(b.s - year(b.FOED_DAG) AS DOUBLE) AS alder,
       CASE WHEN b.IE_TYPE IN (2, 3) AND b.OPR_LAND IN (${menapt}) THEN 1.0 ELSE 0.0 END AS menapt,
       ${has('mfr') ? `CASE WHEN m.VAEGT < 2500 THEN 1.0 ELSE 0.0 END` : '0.0'} AS lav_foedselsvaegt,
       ${has('mfr') ? `CASE WHEN m.VAEGT IS NULL THEN 1.0 ELSE 0.0 END` : '0.0'} AS foedselsvaegt_uoplyst,
       CAST(coalesce(f.kids, 0) AS DOUBLE) AS antal_boern,
       CASE WHEN f.adults >= 2 THEN 1.0 ELSE 0.0 END AS bor_begge_eller_partner,
       CASE WHEN f.adults >= 2 THEN 0.0 ELSE 1.0 END AS bor_enlig,
       CASE WHEN mo.uid IS NOT NULL AND date_diff('year', mo.foed, b.FOED_DAG) <= 19 THEN 1.0 ELSE 0.0 END AS mor_alder_u19,
       CASE WHEN mo.uid IS NOT NULL AND date_diff('year', mo.foed, b.FOED_DAG) BETWEEN 20 AND 25 THEN 1.0 ELSE 0.0 END AS mor_alder_20_25,
       CASE WHEN mo.udd = 'mvu_lvu' THEN 1.0 ELSE 0.0 END AS mor_udd_mvu_lvu,
       CASE WHEN mo.udd = 'eud_kvu' THEN 1.0 ELSE 0.0 END AS mor_udd_eud_kvu,
       CASE WHEN mo.udd = 'uoplyst' THEN 1.0 ELSE 0.0 END AS mor_udd_uoplyst,
       CASE WHEN fa.udd = 'mvu_lvu' THEN 1.0 ELSE 0.0 END AS far_udd_mvu_lvu,
       CASE WHEN fa.udd = 'eud_kvu' THEN 1.0 ELSE 0.0 END AS far_udd_eud_kvu,
       CASE WHEN fa.udd = 'uoplyst' THEN 1.0 ELSE 0.0 END AS far_udd_uoplyst,
       CASE WHEN mo.status = 'beskaeftiget' THEN 1.0 ELSE 0.0 END AS mor_beskaeftiget,
       CASE WHEN mo.status = 'ledig' THEN 1.0 ELSE 0.0 END AS mor_ledig_kontanthjaelp,
       CASE WHEN fa.status = 'beskaeftiget' THEN 1.0 ELSE 0.0 END AS far_beskaeftiget,
       CASE WHEN fa.status = 'ledig' THEN 1.0 ELSE 0.0 END AS far_ledig_kontanthjaelp,
       CASE WHEN mo.uid IS NULL THEN 1.0 ELSE 0.0 END AS mor_ingen_oplysninger,
       CASE WHEN fa.uid IS NULL THEN 1.0 ELSE 0.0 END AS far_ingen_oplysninger,
       CAST(coalesce(f.income, 0) AS DOUBLE) AS disp_familieindkomst,
       CASE WHEN mo.sigtet THEN 1.0 ELSE 0.0 END AS mor_sigtelse,
       CASE WHEN fa.sigtet THEN 1.0 ELSE 0.0 END AS far_sigtelse,
       CASE WHEN mo.psykisk THEN 1.0 ELSE 0.0 END AS mor_psykisk,
       CASE WHEN fa.psykisk THEN 1.0 ELSE 0.0 END AS far_psykisk
FROM base b
LEFT JOIN fam f ON f.FAMILIE_ID = b.FAMILIE_ID AND f.AAR = b.s
LEFT JOIN mor mo ON mo.uid = b.uid
LEFT JOIN far fa ON fa.uid = b.uid
${has('mfr') ? 'LEFT JOIN mfr m ON m.PNR = b.PNR' : ''}
ORDER BY b.uid;
`);

  const reader = await conn.runAndReadAll(`SELECT * FROM eff_cohort ORDER BY uid`);
  const cols = reader.getColumnsObjectJS() as Record<string, unknown[]>;
  const num = (name: string) => Float64Array.from(cols[name] ?? [], (v) => Number(v));
  const covariates: Record<string, Float64Array> = {};
  for (const cov of COVARIATES as readonly Covariate[]) covariates[cov.id] = num(cov.id);
  return {
    uid: Int32Array.from(cols.uid ?? [], (v) => Number(v)),
    treated: Uint8Array.from(cols.treated ?? [], (v) => Number(v)),
    startYear: Int32Array.from(cols.s ?? [], (v) => Number(v)),
    region: Int32Array.from(cols.region ?? [], (v) => Number(v)),
    covariates,
    funnel,
  };
}

/** The outcome panel of the units in eff_units: event times window[0]..window[1]. */
export async function buildPanel(conn: DuckDBConnection, spec: EffectSpec): Promise<Panel> {
  const [lo, hi] = spec.window;
  const join = spec.outcome.missing === 'zero' ? 'LEFT JOIN' : 'JOIN';
  const reader = await conn.runAndReadAll(`
WITH o AS (${spec.outcome.sql}),
grid AS (
  SELECT u.uid, u.PNR, CAST(e AS INTEGER) AS event_time, CAST(u.s + e AS INTEGER) AS year
  FROM eff_units u, range(${lo}, ${hi + 1}) t(e)
)
SELECT g.uid, g.event_time, g.year, ${spec.outcome.missing === 'zero' ? 'coalesce(o.y, 0.0)' : 'o.y'} AS y
FROM grid g ${join} o ON o.PNR = g.PNR AND o.year = g.year
WHERE ${spec.outcome.missing === 'zero' ? 'true' : 'o.y IS NOT NULL'}
ORDER BY g.uid, g.event_time`);
  const cols = reader.getColumnsObjectJS() as Record<string, unknown[]>;
  return {
    uid: Int32Array.from(cols.uid ?? [], (v) => Number(v)),
    eventTime: Int32Array.from(cols.event_time ?? [], (v) => Number(v)),
    year: Int32Array.from(cols.year ?? [], (v) => Number(v)),
    y: Float64Array.from(cols.y ?? [], (v) => Number(v)),
  };
}
