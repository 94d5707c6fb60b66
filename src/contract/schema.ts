/**
 * The data contract: the input tables livschancer reads, one per register.
 *
 * This file is the single source of truth. The validator checks extracts against it and
 * `docs/data-contract.md` is generated from it (`npm run docs`). Column names follow Statistics
 * Denmark (DST) where a DST variable exists; everything else is named in the same style.
 *
 * Person ids (PNR, MOR_ID, FAR_ID) are opaque strings: on DST's research servers they are the
 * pseudonymised ids of the project database. They are never printed by livschancer.
 */

export const CONTRACT_VERSION = '1.0.0';

/** Column storage types, as DuckDB names them. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** A required column must be present in the file; `nullable: false` also forbids empty values. */
  nullable: boolean;
  description: string;
  /** Allowed values (codes). */
  codes?: readonly (number | string)[];
  /** Inclusive numeric range (or year range for DATE columns). */
  range?: readonly [number, number];
  /** A person id column: checked against the population table, never printed. */
  personId?: boolean;
  /** Foreign key into another table's column (other than person ids). */
  references?: { table: TableName; column: string };
}

export interface TableSpec {
  name: TableName;
  /** The register the table comes from, e.g. 'BEF (Befolkningen)'. */
  register: string;
  description: string;
  required: boolean;
  /** Columns forming a unique key; duplicates are refused. */
  key: readonly string[];
  columns: readonly ColumnSpec[];
  /** What cannot be computed without the table (shown in the report when it is missing). */
  enables: readonly string[];
}

export const TABLE_NAMES = [
  'bef', 'mfr', 'lbf_afdeling', 'lbf_helhedsplan', 'lbf_plan_afdeling', 'lbf_aktivitet',
  'udda', 'kotre', 'akm', 'bfl', 'ind', 'krsi', 'kraf', 'krms', 'lpr', 'misbrug', 'bufo',
  'dagtilbud', 'elev', 'fravaer', 'trivsel', 'nationale_test', 'karakterer', 'deltager',
  'survey_response', 'projektleder_svar',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const FIRST_YEAR = 1980;
const LAST_YEAR = 2021;
const YEARS: [number, number] = [FIRST_YEAR, LAST_YEAR];

const pnr = (description = 'Person id (pseudonymised CPR).'): ColumnSpec => ({
  name: 'PNR', type: 'VARCHAR', nullable: false, personId: true, description,
});
const aar = (description = 'Calendar year of the observation.'): ColumnSpec => ({
  name: 'AAR', type: 'INTEGER', nullable: false, range: YEARS, description,
});
const skoleaar: ColumnSpec = {
  name: 'SKOLEAAR', type: 'INTEGER', nullable: false, range: YEARS,
  description: 'School year, named by the calendar year it starts in (2018 = 2018/19).',
};
/** Law codes shared by charges, verdicts and suspicions. */
export const LOV_CODES = {
  1: 'straffeloven (criminal code)',
  2: 'færdselsloven (traffic act)',
  3: 'lov om euforiserende stoffer (narcotics act)',
  4: 'våbenloven (weapons act)',
  5: 'andre særlove (other special acts)',
} as const;
const lov: ColumnSpec = {
  name: 'LOV', type: 'INTEGER', nullable: false, codes: [1, 2, 3, 4, 5],
  description: 'Law broken: 1 criminal code, 2 traffic, 3 narcotics, 4 weapons, 5 other special acts.',
};

/** SOCIO13 codes (DST's socio-economic classification, AKM). */
export const SOCIO13_CODES = {
  110: 'Selvstændig, 10 eller flere ansatte', 111: 'Selvstændig, 5-9 ansatte', 112: 'Selvstændig, 1-4 ansatte',
  113: 'Selvstændig, ingen ansatte', 114: 'Selvstændig, uoplyst', 120: 'Medarbejdende ægtefælle',
  131: 'Lønmodtager, topleder', 132: 'Lønmodtager, højeste niveau', 133: 'Lønmodtager, mellemniveau',
  134: 'Lønmodtager, grundniveau', 135: 'Andre lønmodtagere', 139: 'Lønmodtager, uoplyst',
  210: 'Arbejdsløs mindst halvdelen af året', 220: 'Modtager af andre overførselsindkomster',
  310: 'Uddannelsessøgende', 321: 'Førtidspensionist', 322: 'Folkepensionist', 323: 'Efterlønsmodtager',
  330: 'Kontanthjælpsmodtager', 410: 'Andre', 420: 'Børn under 15 år',
} as const;

/** HF_KILDE: source of the highest completed education. Code 3 means imputed (counted as unknown). */
export const HF_KILDE_CODES = { 1: 'Uddannelsesregistret', 2: 'Indvandrerundersøgelse', 3: 'Imputeret' } as const;

export const SCHEMA: readonly TableSpec[] = [
  {
    name: 'bef', register: 'BEF (Befolkningen)', required: true, key: ['PNR', 'AAR'],
    description: 'Population: one row per person resident in Denmark at the end of the year.',
    enables: ['everything'],
    columns: [
      pnr(), aar(),
      { name: 'KOEN', type: 'INTEGER', nullable: false, codes: [1, 2], description: 'Sex: 1 male, 2 female.' },
      { name: 'FOED_DAG', type: 'DATE', nullable: false, range: [1890, LAST_YEAR], description: 'Date of birth.' },
      { name: 'IE_TYPE', type: 'INTEGER', nullable: false, codes: [1, 2, 3], description: 'Origin type: 1 Danish origin, 2 immigrant, 3 descendant.' },
      { name: 'OPR_LAND', type: 'VARCHAR', nullable: false, description: 'Country of origin, ISO 3166-1 alpha-3 (DNK for Danish origin). See the mapping from DST country codes in the docs.' },
      { name: 'INDV_AAR', type: 'INTEGER', nullable: true, range: [1890, LAST_YEAR], description: 'Year of (latest) immigration for immigrants; empty for others.' },
      { name: 'MOR_ID', type: 'VARCHAR', nullable: true, personId: true, description: 'Legal mother (may be absent from the extract, e.g. dead before 1980).' },
      { name: 'FAR_ID', type: 'VARCHAR', nullable: true, personId: true, description: 'Legal father (may be absent from the extract).' },
      { name: 'FAMILIE_ID', type: 'VARCHAR', nullable: false, description: 'E-family id (persons at one address forming a family).' },
      { name: 'PLADS', type: 'INTEGER', nullable: false, codes: [1, 2, 3], description: 'Position in the E-family: 1 reference person, 2 partner, 3 child living at home.' },
      { name: 'KOM', type: 'INTEGER', nullable: false, range: [101, 860], description: 'Municipality code.' },
      { name: 'REG', type: 'INTEGER', nullable: false, codes: [1081, 1082, 1083, 1084, 1085], description: 'Region code.' },
      { name: 'AFD_ID', type: 'VARCHAR', nullable: true, references: { table: 'lbf_afdeling', column: 'AFD_ID' }, description: 'Social housing department of the address; empty if not in social housing.' },
    ],
  },
  {
    name: 'mfr', register: 'MFR (Medicinsk fødselsregister)', required: false, key: ['PNR'],
    description: 'Birth weight of persons born in Denmark.',
    enables: ['birth weight (Tab 3.2)', 'propensity score controls (Bilag 2)'],
    columns: [pnr(), { name: 'VAEGT', type: 'INTEGER', nullable: false, range: [300, 7000], description: 'Birth weight in grams.' }],
  },
  {
    name: 'lbf_afdeling', register: 'Landsbyggefonden', required: true, key: ['AFD_ID'],
    description: 'Social housing departments (almene boligafdelinger).',
    enables: ['area groups'],
    columns: [
      { name: 'AFD_ID', type: 'VARCHAR', nullable: false, description: 'Department id.' },
      { name: 'KOM', type: 'INTEGER', nullable: false, range: [101, 860], description: 'Municipality code.' },
    ],
  },
  {
    name: 'lbf_helhedsplan', register: 'Landsbyggefonden', required: true, key: ['PLAN_ID'],
    description: 'Master plans (boligsociale helhedsplaner) with grant round and years.',
    enables: ['area groups'],
    columns: [
      { name: 'PLAN_ID', type: 'VARCHAR', nullable: false, description: 'Plan id.' },
      { name: 'PULJE', type: 'VARCHAR', nullable: false, codes: ['2006-10', '2011-14', '2015-18'], description: 'Grant round.' },
      { name: 'START_AAR', type: 'INTEGER', nullable: false, range: [2006, 2030], description: 'First year of the plan.' },
      { name: 'SLUT_AAR', type: 'INTEGER', nullable: false, range: [2006, 2030], description: 'Last year of the plan.' },
      { name: 'KOM', type: 'INTEGER', nullable: false, range: [101, 860], description: 'Municipality code.' },
    ],
  },
  {
    name: 'lbf_plan_afdeling', register: 'Landsbyggefonden', required: true, key: ['PLAN_ID', 'AFD_ID'],
    description: 'Which departments belong to which plan.',
    enables: ['area groups'],
    columns: [
      { name: 'PLAN_ID', type: 'VARCHAR', nullable: false, references: { table: 'lbf_helhedsplan', column: 'PLAN_ID' }, description: 'Plan id.' },
      { name: 'AFD_ID', type: 'VARCHAR', nullable: false, references: { table: 'lbf_afdeling', column: 'AFD_ID' }, description: 'Department id.' },
    ],
  },
  {
    name: 'lbf_aktivitet', register: 'Landsbyggefonden (driftsstøttesystemet)', required: false, key: ['PLAN_ID', 'AKTIVITET_ID'],
    description: 'Activities registered by the plans.',
    enables: ['activity charts (Fig 3.4, 4.6, 5.8, 6.x)'],
    columns: [
      { name: 'PLAN_ID', type: 'VARCHAR', nullable: false, references: { table: 'lbf_helhedsplan', column: 'PLAN_ID' }, description: 'Plan id.' },
      { name: 'AKTIVITET_ID', type: 'VARCHAR', nullable: false, description: 'Activity id within the plan.' },
      { name: 'MAALGRUPPE', type: 'VARCHAR', nullable: false, codes: ['0-6', '6-17', '10-17', '15-29'], description: 'Target group.' },
      { name: 'AKTIVITET_TYPE', type: 'VARCHAR', nullable: false, description: 'Activity type (see docs for the list).' },
    ],
  },
  {
    name: 'udda', register: 'UDDA (Uddannelser)', required: true, key: ['PNR', 'AAR'],
    description: 'Highest completed education at the end of the year.',
    enables: ['restgruppe', 'education levels'],
    columns: [
      pnr(), aar(),
      { name: 'HFAUDD', type: 'INTEGER', nullable: true, range: [1000, 9999], description: 'Highest completed education (DST AUDD code). The first two digits are the H1 main group, mapped to levels in docs/data-contract.md. Empty = unknown.' },
      { name: 'HF_KILDE', type: 'INTEGER', nullable: true, codes: [1, 2, 3], description: 'Source: 1 education register, 2 immigrant survey, 3 imputed (counted as unknown).' },
    ],
  },
  {
    name: 'kotre', register: 'KOTRE (Elevregistret, forløb)', required: true, key: ['PNR', 'UDD', 'ELEV3_VFRA'],
    description: 'Education spells with start, end and outcome.',
    enables: ['in education', 'NEET', 'restgruppe', 'education transitions'],
    columns: [
      pnr(),
      { name: 'UDD', type: 'INTEGER', nullable: false, range: [1000, 9999], description: 'Education code (AUDD style; first two digits = H1 main group).' },
      { name: 'ELEV3_VFRA', type: 'DATE', nullable: false, range: [1960, LAST_YEAR], description: 'Start date (spells that began before 1980 are kept: they give the education of older cohorts).' },
      { name: 'ELEV3_VTIL', type: 'DATE', nullable: true, range: [1960, LAST_YEAR], description: 'End date; empty if ongoing at the end of the extract.' },
      { name: 'UDFALD', type: 'INTEGER', nullable: false, codes: [1, 2, 3], description: 'Outcome: 1 completed, 2 interrupted, 3 ongoing.' },
    ],
  },
  {
    name: 'akm', register: 'AKM (Arbejdsklassifikationsmodulet)', required: true, key: ['PNR', 'AAR'],
    description: 'SOCIO13 labour-market status (from 1991).',
    enables: ['employment', 'restgruppe', 'NEET'],
    columns: [pnr(), aar(), { name: 'SOCIO13', type: 'INTEGER', nullable: false, codes: Object.keys(SOCIO13_CODES).map(Number), description: 'Socio-economic status (SOCIO13).' }],
  },
  {
    name: 'bfl', register: 'BFL (Beskæftigelse for lønmodtagere)', required: false, key: ['PNR', 'AAR'],
    description: 'Yearly paid working hours.',
    enables: ['part-time job (Ch 9)', 'employment ≥ 800 hours (Ch 8)'],
    columns: [pnr(), aar(), { name: 'AARSTIMER', type: 'DOUBLE', nullable: false, range: [0, 8784], description: 'Paid hours in the year.' }],
  },
  {
    name: 'ind', register: 'IND (Indkomst)', required: true, key: ['PNR', 'AAR'],
    description: 'Disposable income and net wealth.',
    enables: ['income', 'Gini', 'poverty'],
    columns: [
      pnr(), aar(),
      { name: 'DISPON_13', type: 'DOUBLE', nullable: false, description: 'Disposable income (DKK, 2019 prices), may be negative.' },
      { name: 'FORMREST_NY05', type: 'DOUBLE', nullable: true, description: 'Net wealth (DKK).' },
    ],
  },
  {
    name: 'krsi', register: 'KRSI (Sigtelser)', required: false, key: ['PNR', 'SIGT_DTO', 'SIGT_NR'],
    description: 'Charges.', enables: ['crime (Ch 5)', 'parents\' charges (risk factors, Bilag 2 controls)'],
    columns: [pnr(), { name: 'SIGT_DTO', type: 'DATE', nullable: false, range: YEARS, description: 'Date of the charge.' },
      { name: 'SIGT_NR', type: 'INTEGER', nullable: false, range: [1, 9999], description: 'Running number of charges on the same day.' }, lov],
  },
  {
    name: 'kraf', register: 'KRAF (Afgørelser)', required: false, key: ['PNR', 'AFG_DTO', 'AFG_NR'],
    description: 'Verdicts with sanction.', enables: ['verdicts (Fig 5.6)', 'risk factors'],
    columns: [pnr(), { name: 'AFG_DTO', type: 'DATE', nullable: false, range: YEARS, description: 'Date of the verdict.' },
      { name: 'AFG_NR', type: 'INTEGER', nullable: false, range: [1, 9999], description: 'Running number of verdicts on the same day.' }, lov,
      { name: 'SANKTION', type: 'INTEGER', nullable: false, codes: [1, 2, 3, 4], description: 'Sanction: 1 unconditional prison, 2 conditional prison, 3 fine, 4 other.' }],
  },
  {
    name: 'krms', register: 'KRMS (Mistanker, mindreårige)', required: false, key: ['PNR', 'MIST_DTO', 'MIST_NR'],
    description: 'Suspicions registered for children under the age of criminal responsibility.', enables: ['suspicions (Fig 5.2, 5.3)'],
    columns: [pnr(), { name: 'MIST_DTO', type: 'DATE', nullable: false, range: YEARS, description: 'Date.' },
      { name: 'MIST_NR', type: 'INTEGER', nullable: false, range: [1, 9999], description: 'Running number on the same day.' }, lov],
  },
  {
    name: 'lpr', register: 'LPR / LPSY (Landspatientregistret)', required: false, key: ['PNR', 'D_INDDTO', 'DIAG'],
    description: 'Hospital diagnoses (ICD-10, action diagnoses).', enables: ['psychiatric illness', 'substance abuse'],
    columns: [pnr(), { name: 'D_INDDTO', type: 'DATE', nullable: false, range: YEARS, description: 'Date of contact.' },
      { name: 'DIAG', type: 'VARCHAR', nullable: false, description: 'ICD-10 code with the D prefix, e.g. DF322.' }],
  },
  {
    name: 'misbrug', register: 'SIB / NAB (Stofmisbrugs- og alkoholbehandling)', required: false, key: ['PNR', 'START_DTO', 'KILDE'],
    description: 'Treatment for drug (SIB) or alcohol (NAB) abuse.', enables: ['substance abuse'],
    columns: [pnr(), { name: 'START_DTO', type: 'DATE', nullable: false, range: YEARS, description: 'Start of treatment.' },
      { name: 'KILDE', type: 'VARCHAR', nullable: false, codes: ['SIB', 'NAB'], description: 'Register.' }],
  },
  {
    name: 'bufo', register: 'BUFO (Børn og unge, forebyggende foranstaltninger og anbringelser)', required: false, key: ['PNR', 'START_DTO', 'FORANST_TYPE'],
    description: 'Preventive measures and placements for children.', enables: ['risk factors (measures, placements)'],
    columns: [pnr(), { name: 'START_DTO', type: 'DATE', nullable: false, range: YEARS, description: 'Start.' },
      { name: 'SLUT_DTO', type: 'DATE', nullable: true, range: YEARS, description: 'End; empty if ongoing.' },
      { name: 'FORANST_TYPE', type: 'INTEGER', nullable: false, codes: [1, 2, 3], description: '1 placement outside the home, 2 person-directed preventive measure, 3 family-directed preventive measure (from 2015).' }],
  },
  {
    name: 'dagtilbud', register: 'BOERN (Daginstitutioner)', required: false, key: ['PNR', 'AAR'],
    description: 'Day-care enrolment during the year.', enables: ['day care at age 2 (Tab 3.2)'],
    columns: [pnr(), aar(), { name: 'DAGTILBUD_TYPE', type: 'INTEGER', nullable: false, codes: [1, 2, 3], description: '1 dagpleje, 2 vuggestue, 3 børnehave/integreret.' }],
  },
  {
    name: 'elev', register: 'Elevregistret (grundskole)', required: false, key: ['PNR', 'SKOLEAAR'],
    description: 'Primary school enrolment per school year: grade and school type.', enables: ['school start', 'school children target group', '9th-grade population'],
    columns: [pnr(), skoleaar,
      { name: 'KLASSETRIN', type: 'INTEGER', nullable: false, range: [0, 10], description: 'Grade (0 = børnehaveklasse).' },
      { name: 'SKOLETYPE', type: 'INTEGER', nullable: false, codes: [1, 2, 3, 4], description: '1 folkeskole, 2 fri- og privatskole, 3 efterskole, 4 specialskole.' }],
  },
  {
    name: 'fravaer', register: 'STIL (Elevfravær)', required: false, key: ['PNR', 'SKOLEAAR'],
    description: 'Absence per school year (public and special schools, from 2011).', enables: ['school absence'],
    columns: [pnr(), skoleaar, { name: 'FRAVAER_PCT', type: 'DOUBLE', nullable: false, range: [0, 100], description: 'Total absence as a percentage of school days.' }],
  },
  {
    name: 'trivsel', register: 'STIL (Den nationale trivselsmåling)', required: false, key: ['PNR', 'SKOLEAAR'],
    description: 'General wellbeing indicator (mean of 29 items, 1-5), grades 4-9.', enables: ['school wellbeing'],
    columns: [pnr(), skoleaar, { name: 'TRIVSEL', type: 'DOUBLE', nullable: false, range: [1, 5], description: 'General wellbeing score.' }],
  },
  {
    name: 'nationale_test', register: 'STIL (De nationale test)', required: false, key: ['PNR', 'SKOLEAAR', 'FAG', 'KLASSETRIN'],
    description: 'National test results.', enables: ['national tests (Tab 4.2)'],
    columns: [pnr(), skoleaar,
      { name: 'FAG', type: 'VARCHAR', nullable: false, codes: ['dansk_laesning', 'matematik'], description: 'Subject.' },
      { name: 'KLASSETRIN', type: 'INTEGER', nullable: false, codes: [2, 3, 4, 6, 8], description: 'Grade.' },
      { name: 'SCORE', type: 'DOUBLE', nullable: false, range: [1, 100], description: 'Score (percentile scale 1-100).' }],
  },
  {
    name: 'karakterer', register: 'UDFK (Karakterer, grundskolen)', required: false, key: ['PNR', 'SKOLEAAR', 'FAG'],
    description: '9th-grade exam grades.', enables: ['9th-grade exam (Fig 4.4, 4.5)'],
    columns: [pnr(), skoleaar,
      { name: 'FAG', type: 'VARCHAR', nullable: false, description: 'Exam subject (e.g. dansk_skriftlig).' },
      { name: 'KARAKTER', type: 'INTEGER', nullable: true, codes: [-3, 0, 2, 4, 7, 10, 12], description: 'Grade on the 7-point scale; empty if absent.' },
      { name: 'BUNDET', type: 'BOOLEAN', nullable: false, description: 'True if the subject is a mandatory (bundet) exam subject.' }],
  },
  {
    name: 'deltager', register: 'Helhedsplanernes deltagerlister', required: false, key: ['PNR', 'PLAN_ID', 'AKTIVITET_TYPE', 'START_AAR'],
    description: 'Participants in the plans\' activities.', enables: ['effect evaluation (Ch 9, Bilag 2)', 'participant comparison (Bilag 3)', 'Bilagstabel 1.4-1.6'],
    columns: [pnr(),
      { name: 'PLAN_ID', type: 'VARCHAR', nullable: false, references: { table: 'lbf_helhedsplan', column: 'PLAN_ID' }, description: 'Plan id.' },
      { name: 'AKTIVITET_TYPE', type: 'VARCHAR', nullable: false, description: 'Activity type, e.g. fritidsjob (part-time-job and pocket-money-job effort).' },
      { name: 'START_AAR', type: 'INTEGER', nullable: false, range: [2006, LAST_YEAR], description: 'Year the person started.' }],
  },
  {
    name: 'survey_response', register: 'Ungeundersøgelsen (livsmestring)', required: false, key: ['RESPONSE_ID', 'ITEM'],
    description: 'Youth survey answers, long format: one row per response and item. Items and codes are defined in the questionnaire definition.',
    enables: ['chapter 8'],
    columns: [
      { name: 'RESPONSE_ID', type: 'VARCHAR', nullable: false, description: 'Response id.' },
      { name: 'PNR', type: 'VARCHAR', nullable: true, personId: true, description: 'Respondent (for register linkage).' },
      { name: 'AAR', type: 'INTEGER', nullable: false, range: [2018, LAST_YEAR], description: 'Survey round (year).' },
      { name: 'ITEM', type: 'VARCHAR', nullable: false, description: 'Item id.' },
      { name: 'SVAR', type: 'VARCHAR', nullable: true, description: 'Answer code(s); multi-choice codes separated by ";".' },
    ],
  },
  {
    name: 'projektleder_svar', register: 'Projektlederundersøgelsen', required: false, key: ['PLAN_ID', 'AAR', 'MAALGRUPPE', 'ITEM'],
    description: 'Project-leader survey answers per plan, year and target group.', enables: ['project-leader figures (Fig 3.5, 3.6, 4.7, 4.8, 5.9, 5.10, 6.x)'],
    columns: [
      { name: 'PLAN_ID', type: 'VARCHAR', nullable: false, references: { table: 'lbf_helhedsplan', column: 'PLAN_ID' }, description: 'Plan id.' },
      { name: 'AAR', type: 'INTEGER', nullable: false, codes: [2018, 2020], description: 'Survey year.' },
      { name: 'MAALGRUPPE', type: 'VARCHAR', nullable: false, codes: ['0-6', '6-17', '10-17', '15-29'], description: 'Target group.' },
      { name: 'ITEM', type: 'VARCHAR', nullable: false, description: 'Item id.' },
      { name: 'SVAR', type: 'INTEGER', nullable: true, description: 'Answer code.' },
    ],
  },
];

export function tableSpec(name: TableName): TableSpec {
  const t = SCHEMA.find((s) => s.name === name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** Education levels the method uses, from the first two digits (H1 group) of an AUDD code. */
export const EDUCATION_LEVELS = {
  grundskole: 'Primary and lower secondary school, incl. 10th grade and preparatory courses (H1 10, 15)',
  gymnasial: 'General upper secondary (H1 20)',
  erhvervsfaglig: 'Vocational education (H1 30, 35)',
  kvu: 'Short-cycle higher education (H1 40)',
  mvu: 'Medium-cycle higher education, incl. bachelor (H1 50, 60)',
  lvu: 'Long-cycle higher education, incl. PhD (H1 65, 70, 80)',
  ukendt: 'Unknown (H1 90, empty, or imputed HF_KILDE = 3)',
} as const;
export type EducationLevel = keyof typeof EDUCATION_LEVELS;

/** H1 main group (first two digits of the code) → level. One table used by SQL and docs. */
export const H1_TO_LEVEL: Readonly<Record<number, EducationLevel>> = {
  10: 'grundskole', 15: 'grundskole', 20: 'gymnasial', 30: 'erhvervsfaglig', 35: 'erhvervsfaglig',
  40: 'kvu', 50: 'mvu', 60: 'mvu', 65: 'lvu', 70: 'lvu', 80: 'lvu', 90: 'ukendt',
};

/** MENAPT countries (ISO 3166-1 alpha-3), as listed in the report (l. 149-153). */
export const MENAPT_COUNTRIES = [
  'SYR', 'KWT', 'LBY', 'SAU', 'LBN', 'SOM', 'IRQ', 'QAT', 'SDN', 'BHR', 'DJI', 'JOR', 'DZA', 'ARE',
  'TUN', 'EGY', 'MAR', 'IRN', 'YEM', 'MRT', 'OMN', 'AFG', 'PAK', 'TUR',
] as const;
