/**
 * Every fixed word the outputs show, in Danish and English: labels for the key codes, the
 * chapter titles of the report, the exhibit number prefixes and the report's UI texts.
 * Nothing else in src/report or src/outputs holds user-visible language.
 */
import type { Lang, Text } from '../results/types.ts';

/** Labels for key codes, per key column. A code without a label is shown as it is. */
export const KEY_LABELS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  area_group: {
    supported: { da: 'Støttede områder', en: 'Supported areas' },
    social_housing: { da: 'Almene områder', en: 'All social housing' },
    population: { da: 'Befolkningen', en: 'Population' },
  },
  origin: {
    menapt: { da: 'MENAPT', en: 'MENAPT' },
    non_menapt: { da: 'Ikke-MENAPT', en: 'Non-MENAPT' },
  },
  sex: {
    male: { da: 'Drenge', en: 'Boys' },
    female: { da: 'Piger', en: 'Girls' },
  },
  parental_restgruppe: {
    yes: { da: 'Mindst én forælder i restgruppen', en: 'At least one parent in the restgruppe' },
    no: { da: 'Ingen forælder i restgruppen', en: 'No parent in the restgruppe' },
  },
  item: {
    exam_completed: { da: 'Afslutter grundskolen med 9. klasse-afgangseksamen', en: 'Completes primary school with the 9th-grade exam' },
    grade_danish: { da: 'Karaktergennemsnit, dansk', en: 'Mean grade, Danish' },
    grade_math: { da: 'Karaktergennemsnit, matematik', en: 'Mean grade, mathematics' },
    grade_all: { da: 'Karaktergennemsnit, alle prøvefag', en: 'Mean grade, all exam subjects' },
  },
  group: {
    participants: { da: 'Deltagere', en: 'Participants' },
    supported: { da: 'Støttede områder', en: 'Supported areas' },
  },
  b3_participant: {
    participant: { da: 'Deltagere', en: 'Participants' },
    other: { da: 'Øvrige beboere', en: 'Other residents' },
  },
  b3_group: {
    '0-6': { da: '0-6-årige', en: 'Aged 0-6' },
    '6-17': { da: '6-17-årige', en: 'Aged 6-17' },
    '15-29': { da: '15-29-årige', en: 'Aged 15-29' },
    parents: { da: 'Forældre', en: 'Parents' },
  },
  person_sex: {
    male: { da: 'Mand', en: 'Male' },
    female: { da: 'Kvinde', en: 'Female' },
  },
  school_stage: {
    indskoling: { da: 'Indskoling', en: 'Grades 0-3' },
    mellemtrin: { da: 'Mellemtrin', en: 'Grades 4-6' },
    udskoling: { da: 'Udskoling og 10. klasse', en: 'Grades 7-10' },
  },
  parent_charge: {
    yes: { da: 'Mindst én bopælsforælder med sigtelse eller dom', en: 'At least one parent at home charged or sentenced' },
    no: { da: 'Ingen bopælsforældre med sigtelse eller dom', en: 'No parent at home charged or sentenced' },
  },
  mother_restgruppe: {
    yes: { da: 'Mor i restgruppe', en: 'Mother in the restgruppe' },
    no: { da: 'Mor ikke i restgruppe', en: 'Mother not in the restgruppe' },
  },
  status: {
    education: { da: 'I gang med uddannelse', en: 'In education' },
    employment: { da: 'I beskæftigelse', en: 'Employed' },
    neet: { da: 'I NEET-gruppen', en: 'NEET' },
  },
};

/** Column headers for the key columns in the report's tables. */
export const KEY_COLUMN_LABELS: Readonly<Record<string, Text>> = {
  area_group: { da: 'Område', en: 'Area' },
  origin: { da: 'Herkomst', en: 'Origin' },
  sex: { da: 'Køn', en: 'Sex' },
  parental_restgruppe: { da: 'Forældre i restgruppen', en: 'Parents in the restgruppe' },
  item: { da: 'Emne', en: 'Item' },
  mother_restgruppe: { da: 'Mor i restgruppen', en: 'Mother in the restgruppe' },
  crime: { da: 'Mistanke eller sigtelse', en: 'Suspicion or charge' },
  status: { da: 'Status', en: 'Status' },
  group: { da: 'Gruppe', en: 'Group' },
  b3_participant: { da: 'Deltager', en: 'Participant' },
  b3_group: { da: 'Gruppe', en: 'Group' },
  person_sex: { da: 'Køn', en: 'Sex' },
  school_stage: { da: 'Skoletrin', en: 'School stage' },
  parent_charge: { da: 'Forældres sigtelser', en: "Parents' charges" },
  // survey and Bilag 1 exhibits (src/survey)
  answer: { da: 'Svar', en: 'Answer' },
  age_group: { da: 'Alder', en: 'Age' },
  age_band: { da: 'Alder', en: 'Age' },
  neet: { da: 'NEET', en: 'NEET' },
  poor: { da: 'Fattigdom', en: 'Poverty' },
  lonely: { da: 'Ensomhed', en: 'Loneliness' },
  exam: { da: 'Folkeskolens afgangsprøve', en: 'Leaving exam' },
  unit: { da: 'Enhed', en: 'Unit' },
  block: { da: 'Emne', en: 'Topic' },
  column: { da: 'Gruppe', en: 'Group' },
  negatives: { da: 'Antal negative svar', en: 'Number of negative answers' },
  start_year: { da: 'Startår', en: 'Start year' },
  activity: { da: 'Aktivitet', en: 'Activity' },
  round: { da: 'Årstal for deltagelse', en: 'Year of response' },
};

/** Headers of the extra numeric columns; others show their name. */
export const EXTRA_COLUMN_LABELS: Readonly<Record<string, Text>> = {
  count: { da: 'Antal', en: 'Count' },
  p_value: { da: 'p-værdi', en: 'p-value' },
};

/** A chapter of the report; `key` matches ResultTable.chapter (numbers for chapters, 'B<n>' for Bilag). */
export interface Chapter {
  key: number | string;
  title: Text;
}

/** The report's chapters and appendices with the titles printed in the seed report. */
export const REPORT_CHAPTERS: readonly Chapter[] = [
  { key: 1, title: { da: 'Baggrund', en: 'Background' } },
  { key: 2, title: { da: 'Ulighed i udsatte boligområder', en: 'Inequality in vulnerable housing areas' } },
  { key: 3, title: { da: 'Familier med 0-6-årige børn', en: 'Families with children aged 0-6' } },
  { key: 4, title: { da: 'Familier med skolebørn', en: 'Families with school children' } },
  { key: 5, title: { da: 'Kriminalitetstruede unge i alderen 10-17 år', en: 'Young people aged 10-17 at risk of crime' } },
  { key: 6, title: { da: 'Unge i alderen 15-29 år', en: 'Young people aged 15-29' } },
  { key: 7, title: { da: 'To afsæt til en lokal velfærdsløsning', en: 'Two starting points for a local welfare solution' } },
  { key: 8, title: { da: 'Børn og unges livsmestring', en: "Children's and young people's life skills" } },
  { key: 9, title: { da: 'Effekter af boligsociale aktiviteter', en: 'Effects of social housing activities' } },
  { key: 'B1', title: { da: 'Beskrivelse af data', en: 'Description of data' } },
  { key: 'B2', title: { da: 'Metode', en: 'Method' } },
  { key: 'B3', title: { da: 'Karakteristik af deltagerne i de boligsociale aktiviteter', en: 'Characteristics of participants in the social housing activities' } },
  { key: 'B4', title: { da: 'Survey-skema til livsmestrings-survey', en: 'Questionnaire of the life skills survey' } },
  { key: 'B5', title: { da: 'Supplerende tabel til kapitel 3', en: 'Supplementary table to chapter 3' } },
  { key: 'B6', title: { da: 'Supplerende tabeller og figurer til kapitel 4', en: 'Supplementary tables and figures to chapter 4' } },
  { key: 'B7', title: { da: 'Supplerende tabeller og figurer til kapitel 5', en: 'Supplementary tables and figures to chapter 5' } },
  { key: 'B8', title: { da: 'Supplerende tabeller og figurer til kapitel 6', en: 'Supplementary tables and figures to chapter 6' } },
  // beyond the report (indicators/gap-tests.ts)
  { key: 'tests', title: { da: 'Ud over rapporten: test af forskelle i gab', en: 'Beyond the report: difference-in-gaps tests' } },
];

/** Exhibit number prefixes by id prefix (fig-2.1 → "Figur 2.1"). */
export const EXHIBIT_PREFIXES: Readonly<Record<string, Text>> = {
  fig: { da: 'Figur', en: 'Figure' },
  tab: { da: 'Tabel', en: 'Table' },
  bfig: { da: 'Bilagsfigur', en: 'Appendix figure' },
  btab: { da: 'Bilagstabel', en: 'Appendix table' },
};

/** The report's fixed texts. */
export const UI = {
  reportTitle: { da: 'Livschancer i udsatte boligområder', en: 'Life chances in vulnerable housing areas' },
  reportSubtitle: {
    da: 'Genberegning af VIVEs evaluering (2022) af de boligsociale helhedsplaners bidrag til at reducere chanceulighed',
    en: "Recomputation of VIVE's evaluation (2022) of how social housing master plans help reduce inequality of opportunity",
  },
  summary: { da: 'Om denne rapport', en: 'About this report' },
  summaryText: {
    da: 'Rapporten er lavet af livschancer. Alle tal er beregnet på de registerudtræk, der er nævnt nedenfor, og har været gennem diskretioneringskontrol, før de er vist her. Figurer og tabeller er nummereret som i VIVEs rapport.',
    en: "This report was made by livschancer. Every number was computed on the register extracts named below and passed disclosure control before it is shown here. Figures and tables are numbered as in VIVE's report.",
  },
  dataSource: { da: 'Datagrundlag', en: 'Data source' },
  seed: { da: 'Seed', en: 'Seed' },
  seedNone: { da: 'ingen (registerdata)', en: 'none (register data)' },
  fingerprint: { da: 'Fingeraftryk af input', en: 'Input fingerprint' },
  disabled: { da: 'Analyser, der ikke er udført', en: 'Analyses not run' },
  disabledNone: { da: 'Alle analyser er udført.', en: 'All analyses were run.' },
  calibration: { da: 'Kalibrering mod de offentliggjorte tal', en: 'Calibration against the published numbers' },
  calibrationNone: { da: 'Ingen kalibreringsmål i denne kørsel.', en: 'No calibration targets in this run.' },
  calId: { da: 'Id', en: 'Id' },
  calDescription: { da: 'Beskrivelse', en: 'Description' },
  calPublished: { da: 'Offentliggjort', en: 'Published' },
  calAchieved: { da: 'Opnået', en: 'Achieved' },
  calTolerance: { da: 'Tolerance', en: 'Tolerance' },
  calWithin: { da: 'Inden for', en: 'Within' },
  yes: { da: 'ja', en: 'yes' },
  no: { da: 'nej', en: 'no' },
  contents: { da: 'Indhold', en: 'Contents' },
  chapter: { da: 'Kapitel', en: 'Chapter' },
  appendix: { da: 'Bilag', en: 'Appendix' },
  year: { da: 'År', en: 'Year' },
  value: { da: 'Værdi', en: 'Value' },
  interval: { da: 'Interval', en: 'Interval' },
  estimate: { da: 'Estimat', en: 'Estimate' },
  eventTime: { da: 'År i forhold til indsatsåret', en: 'Years relative to the start year' },
  referenceYear: { da: 'Referenceår', en: 'Reference year' },
  logScale: { da: 'logaritmisk skala', en: 'log scale' },
  n: { da: 'N', en: 'N' },
  note: { da: 'Anm.', en: 'Note' },
  source: { da: 'Kilde', en: 'Source' },
  defaultSource: {
    da: 'Egne beregninger på data fra Danmarks Statistik og Landsbyggefondens driftsstøttesystem.',
    en: "Own calculations on data from Statistics Denmark and Landsbyggefonden's operating-support system.",
  },
  choices: { da: 'Valg, hvor rapporten er uklar', en: 'Choices where the report is unclear' },
  suppressed: { da: '(diskr.)', en: '(suppr.)' },
  suppressedLegend: {
    da: '(diskr.) = skjult af diskretionshensyn',
    en: '(suppr.) = suppressed for confidentiality',
  },
  noRows: { da: 'Ingen tal at vise.', en: 'No numbers to show.' },
  chartAlt: { da: 'Diagram', en: 'Chart' },
  dataTable: { da: 'Tal', en: 'Numbers' },
  total: { da: 'I alt', en: 'Total' },
  lang: { da: 'da', en: 'en' },
} as const satisfies Record<string, Text>;

/** Picks the text in one language. */
export function t(text: Text, lang: Lang): string {
  return text[lang];
}

/** The label of a key code, or the code itself when the key has no label. */
export function keyLabel(column: string, code: string, lang: Lang): string {
  const label = KEY_LABELS[column]?.[code];
  return label ? label[lang] : code;
}

/** The header of a key column, or the column name with `_` as spaces. */
export function extraColumnLabel(column: string, lang: Lang): string {
  const label = EXTRA_COLUMN_LABELS[column];
  return label ? label[lang] : column.replaceAll('_', ' ');
}

export function keyColumnLabel(column: string, lang: Lang): string {
  const label = KEY_COLUMN_LABELS[column];
  return label ? label[lang] : column.replaceAll('_', ' ');
}
