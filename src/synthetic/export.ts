/**
 * Writes the generator's internal tables as the contract's tables (Parquet, one file per table).
 * Each contract table is one SELECT here, with the contract's column names and order; rows are
 * sorted so that files are byte-identical for the same seed.
 */
import { join } from 'node:path';
import type { GenDb } from './gen-db.ts';
import { SCHEMA, type TableName } from '../contract/schema.ts';
import { SURVEY_EXPORTS } from './survey.ts';

/**
 * The register's text ids, by contract column: the SELECTs in EXPORTS give these columns as the
 * generator's integer ids, and typedSelect formats them after the sort, so that the sort carries
 * 8-byte integers rather than strings (less to move and to spill at full scale). Ordering by the
 * integer gives the order of the text: fixed-width zero-padded ids (persons stay below 10^9).
 */
const TEXT_ID: Record<string, string> = { PNR: 'P%09d', MOR_ID: 'P%09d', FAR_ID: 'P%09d', FAMILIE_ID: 'F%011d' };

/** The SELECT behind each contract table the generator produces. */
const EXPORTS: Partial<Record<TableName, string>> = {
  survey_response: SURVEY_EXPORTS.survey_response,
  projektleder_svar: SURVEY_EXPORTS.projektleder_svar,
  lbf_aktivitet: SURVEY_EXPORTS.lbf_aktivitet,
  bef: `
    SELECT y.id AS PNR, y.year AS AAR, p.sex AS KOEN, p.birth_date AS FOED_DAG, p.ie_type AS IE_TYPE,
           p.opr_land AS OPR_LAND, p.arrival_year AS INDV_AAR, p.mor_id AS MOR_ID, p.far_id AS FAR_ID,
           y.fam_key AS FAMILIE_ID, y.plads AS PLADS, f.kom AS KOM, f.reg AS REG, f.afd_id AS AFD_ID
    FROM py y JOIN person p ON p.id = y.id JOIN fam_year f ON f.fam_key = y.fam_key AND f.year = y.year
    ORDER BY y.id, y.year`,
  lbf_afdeling: `SELECT afd_id AS AFD_ID, kom AS KOM FROM department ORDER BY afd_id`,
  lbf_helhedsplan: `SELECT plan_id AS PLAN_ID, pulje AS PULJE, start_aar AS START_AAR, slut_aar AS SLUT_AAR, kom AS KOM FROM plan ORDER BY plan_id`,
  lbf_plan_afdeling: `SELECT plan_id AS PLAN_ID, afd_id AS AFD_ID FROM plan_department ORDER BY plan_id, afd_id`,
  udda: `
    SELECT s.id AS PNR, s.year AS AAR,
           CASE WHEN se.id IS NOT NULL THEN se.hfaudd
                ELSE [1001, 1009, 2010, 3010, 4010, 5010, 6510][s.rank + 1] END AS HFAUDD,
           CASE WHEN se.id IS NOT NULL AND se.hfaudd IS NOT NULL THEN se.hf_kilde WHEN se.id IS NULL THEN 1 END AS HF_KILDE
    FROM status s LEFT JOIN static_edu se ON se.id = s.id
    WHERE s.age >= 15
    ORDER BY s.id, s.year`,
  kotre: `
    SELECT id AS PNR, udd AS UDD, start_date AS ELEV3_VFRA,
           CASE WHEN end_date <= DATE '2021-12-31' THEN end_date END AS ELEV3_VTIL,
           CASE WHEN end_date > DATE '2021-12-31' THEN 3 ELSE outcome END AS UDFALD
    FROM edu_spell WHERE start_date <= DATE '2021-12-31' ORDER BY id, start_date, udd`,
  akm: `SELECT id AS PNR, year AS AAR, socio13 AS SOCIO13 FROM status WHERE year >= 1991 ORDER BY id, year`,
  bfl: `SELECT id AS PNR, year AS AAR, hours::DOUBLE AS AARSTIMER FROM money WHERE hours > 0 ORDER BY id, year`,
  ind: `SELECT id AS PNR, year AS AAR, dispon::DOUBLE AS DISPON_13, wealth::DOUBLE AS FORMREST_NY05 FROM money ORDER BY id, year`,
  deltager: `
    SELECT id AS PNR, plan_id AS PLAN_ID, 'fritidsjob' AS AKTIVITET_TYPE, start_aar AS START_AAR FROM participant_job
    UNION ALL
    SELECT id, plan_id, 'boern_unge', start_aar FROM participant_child
    ORDER BY PNR, PLAN_ID, AKTIVITET_TYPE, START_AAR`,
  mfr: `SELECT id AS PNR, vaegt AS VAEGT FROM birth_weight ORDER BY id`,
  krsi: `
    SELECT id AS PNR, event_date AS SIGT_DTO, row_number() OVER (PARTITION BY id, event_date ORDER BY lov) AS SIGT_NR, lov AS LOV
    FROM offence WHERE kind = 'krsi' ORDER BY id, event_date, SIGT_NR`,
  kraf: `
    SELECT id AS PNR, afg_date AS AFG_DTO, row_number() OVER (PARTITION BY id, afg_date ORDER BY lov, sanktion) AS AFG_NR,
           lov AS LOV, sanktion AS SANKTION
    FROM verdict ORDER BY id, afg_date, AFG_NR`,
  krms: `
    SELECT id AS PNR, event_date AS MIST_DTO, row_number() OVER (PARTITION BY id, event_date ORDER BY lov) AS MIST_NR, lov AS LOV
    FROM offence WHERE kind = 'krms' ORDER BY id, event_date, MIST_NR`,
  lpr: `SELECT id AS PNR, contact_date AS D_INDDTO, diag AS DIAG FROM diagnosis ORDER BY id, contact_date, diag`,
  misbrug: `SELECT id AS PNR, start_date AS START_DTO, kilde AS KILDE FROM abuse_treatment ORDER BY id, start_date, kilde`,
  bufo: `
    SELECT id AS PNR, start_date AS START_DTO, end_date AS SLUT_DTO, type AS FORANST_TYPE
    FROM measure ORDER BY id, start_date, type`,
  dagtilbud: `SELECT id AS PNR, year AS AAR, type AS DAGTILBUD_TYPE FROM daycare ORDER BY id, year`,
  elev: `SELECT id AS PNR, skoleaar AS SKOLEAAR, grade AS KLASSETRIN, skoletype AS SKOLETYPE FROM pupil_year ORDER BY id, skoleaar`,
  fravaer: `SELECT id AS PNR, skoleaar AS SKOLEAAR, pct AS FRAVAER_PCT FROM absence ORDER BY id, skoleaar`,
  trivsel: `SELECT id AS PNR, skoleaar AS SKOLEAAR, score AS TRIVSEL FROM wellbeing ORDER BY id, skoleaar`,
  nationale_test: `
    SELECT id AS PNR, skoleaar AS SKOLEAAR, fag AS FAG, grade AS KLASSETRIN, score AS SCORE
    FROM ntest ORDER BY id, skoleaar, fag, grade`,
  karakterer: `
    SELECT id AS PNR, skoleaar AS SKOLEAAR, fag AS FAG, karakter AS KARAKTER, bundet AS BUNDET
    FROM exam_grade ORDER BY id, skoleaar, fag`,
};

/**
 * Casts each column to its contract type so the Parquet schema matches the contract exactly, and
 * (for EXPORTS, whose ids are integers) writes the ids as text.
 */
function typedSelect(table: TableName, inner: string, integerIds: boolean): string {
  const spec = SCHEMA.find((t) => t.name === table);
  if (!spec) throw new Error(`no contract table ${table}`);
  const value = (name: string): string => {
    const format = integerIds ? TEXT_ID[name] : undefined;
    return format ? `CASE WHEN ${name} IS NOT NULL THEN printf('${format}', ${name}) END` : name;
  };
  const cols = spec.columns.map((c) => `CAST(${value(c.name)} AS ${c.type}) AS ${c.name}`).join(', ');
  return `SELECT ${cols} FROM (${inner})`;
}

export async function exportContractTables(db: GenDb, outDir: string, onTable?: (t: string) => void): Promise<TableName[]> {
  const written: TableName[] = [];
  for (const [table, sql] of Object.entries(EXPORTS) as [TableName, string][]) {
    onTable?.(table);
    const file = join(outDir, `${table}.parquet`).replaceAll("'", "''");
    // the survey module's SELECTs write their own text ids
    const integerIds = !(table in SURVEY_EXPORTS);
    await db.run(`COPY (${typedSelect(table, sql, integerIds)}) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)`);
    written.push(table);
  }
  return written;
}
