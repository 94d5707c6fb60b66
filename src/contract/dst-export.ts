/**
 * How each contract table is made from DST's (and the project's other) sources, as data for the
 * "How to export" section of docs/data-contract.md. Columns without an expression are copied as
 * they are: their names are DST's. `{aar}` stands for the year of a yearly dataset.
 */
import type { TableName } from './schema.ts';

export interface ExportRecipe {
  /** The source dataset(s). */
  from: string;
  /** SQL-style expression per column, where it is not a plain copy of the DST variable. */
  exprs?: Readonly<Record<string, string>>;
  /** One line on the selection or the years. */
  note?: string;
}

const year = { AAR: '{aar}' };
const runningNumber = (date: string): string => `row_number() OVER (PARTITION BY PNR, ${date})`;
const law = (offence: string): string =>
  `recode(${offence}): straffeloven 1, færdselsloven 2, euforiserende stoffer 3, våbenloven 4, other særlove 5`;

export const DST_EXPORT: Readonly<Record<TableName, ExportRecipe>> = {
  bef: {
    from: 'BEF{aar}12',
    note: 'One select per year 1980-2021 (status at 31 December), stacked.',
    exprs: {
      ...year,
      OPR_LAND: 'iso3(OPR_LAND)  -- DST country code to ISO 3166-1 alpha-3',
      INDV_AAR: "(SELECT year(max(HAEND_DATO)) FROM VNDS v WHERE v.PNR = PNR AND INDUD_KODE = 'I' AND year(HAEND_DATO) <= {aar})",
      AFD_ID: "the department of the address (address id joined to Landsbyggefonden's address list)",
    },
  },
  mfr: { from: 'MFR (from 1997) and LFOED (before)', exprs: { PNR: 'PNR of the child', VAEGT: 'birth weight in grams' } },
  lbf_afdeling: { from: "Landsbyggefonden's list of social housing departments" },
  lbf_helhedsplan: { from: "Landsbyggefonden's list of master plans", note: 'Plans of the grant rounds 2006-10, 2011-14 and 2015-18.' },
  lbf_plan_afdeling: { from: "Landsbyggefonden's list of the departments covered by each plan" },
  lbf_aktivitet: { from: "Landsbyggefonden's driftsstøttesystem (activities registered by the plans)" },
  udda: { from: 'UDDA{aar}09', exprs: { ...year, HFAUDD: 'HFAUDD  -- first two digits = H1 main group (see Education levels)' }, note: 'One select per year, stacked.' },
  kotre: { from: 'KOTRE (the latest version holds all spells)', exprs: { UDFALD: 'recode(UDFALD): completed 1, interrupted 2, ongoing 3' } },
  akm: { from: 'AKM{aar}', exprs: year, note: 'One select per year from 1991, stacked.' },
  bfl: { from: 'BFL{aar}', exprs: { ...year, AARSTIMER: 'sum(paid hours) GROUP BY PNR  -- all jobs in the year' } },
  ind: { from: 'IND{aar}', exprs: { ...year, DISPON_13: 'DISPON_13 * CPI(2019) / CPI({aar})  -- 2019 prices' } },
  krsi: { from: 'KRSI{aar}', exprs: { SIGT_NR: runningNumber('SIGT_DTO'), LOV: law('SIGT_GER7') } },
  kraf: {
    from: 'KRAF{aar}',
    exprs: {
      AFG_NR: runningNumber('AFG_DTO'), LOV: law('AFG_GER7'),
      SANKTION: 'recode(AFG_AFGTYP, AFG_SANKTION): unconditional prison 1, conditional prison 2, fine 3, other 4',
    },
  },
  krms: { from: 'KRMS{aar}', exprs: { MIST_NR: runningNumber('MIST_DTO'), LOV: law('the offence code') } },
  lpr: {
    from: 'LPR_ADM + LPR_DIAG (to 2018), LPR3 kontakter + diagnoser (from 2019), LPSY',
    exprs: { D_INDDTO: 'date of the contact', DIAG: "C_DIAG WHERE C_DIAGTYPE IN ('A', 'B')  -- action and main diagnoses" },
  },
  misbrug: { from: 'SIB and NAB (Sundhedsdatastyrelsen)', exprs: { START_DTO: 'start of treatment', KILDE: "'SIB' or 'NAB'" } },
  bufo: {
    from: 'BUFO (preventive measures) and the placement register',
    exprs: { FORANST_TYPE: 'placement 1, person-directed measure 2, family-directed measure 3' },
  },
  dagtilbud: { from: 'BOERN{aar}', exprs: { ...year, DAGTILBUD_TYPE: 'recode: dagpleje 1, vuggestue 2, børnehave/integreret 3' } },
  elev: { from: 'Elevregistret, grundskole records', exprs: { SKOLEAAR: 'start year of the school year', SKOLETYPE: 'recode: folkeskole 1, fri-/privatskole 2, efterskole 3, specialskole 4' } },
  fravaer: { from: 'STIL elevfravær', exprs: { FRAVAER_PCT: '100 * absent days / school days' } },
  trivsel: { from: 'STIL national trivselsmåling', exprs: { TRIVSEL: 'mean of the 29 items of the general wellbeing indicator' } },
  nationale_test: { from: 'STIL nationale test', exprs: { SCORE: 'percentile score 1-100' } },
  karakterer: { from: 'UDFK', exprs: { BUNDET: 'TRUE for the mandatory (bundne) exam subjects' } },
  deltager: { from: "the plans' participant lists, matched to PNR by DST (name and address washing)" },
  survey_response: { from: 'the youth survey file, linked to PNR by DST', note: 'Long format: one row per response and item.' },
  projektleder_svar: { from: 'the project-leader survey file' },
};
