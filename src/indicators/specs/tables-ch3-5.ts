/**
 * The multi-measure tables of chapters 3-5 and their Bilag tables of cell counts (Bilag 5-7):
 * risk factors in childhood (Tab 3.1, 4.1), children of mothers in and not in the restgruppe
 * (Tab 3.2, 4.2; Bilagstabel 5.1, 6.1) and absence and wellbeing by crime experience (Tab 5.1;
 * Bilagstabel 7.1). Titles, notes and row labels are the report's (catalog-ch2-5.md, with line
 * numbers); the English is ours. Concepts: concepts-childhood.ts.
 */
import type { Text } from '../../results/types.ts';
import type { TableItem, TableSpec } from '../table-spec.ts';

const LAST = 2019;
const t = (da: string, en: string): Text => ({ da, en });

const SUPPORTED_GROUPS: Text = t(
  'Støttede områder er målgruppens medlemmer (mindst 2 sammenhængende år i et område med helhedsplan, Bilag 1); befolkningen er alle i samme aldersgruppe.',
  'Supported areas: members of the target group (at least 2 consecutive years in a master-plan area, Bilag 1); the population: everyone of the same age.',
);

const RISK_CHOICES: Text[] = [
  t(
    'Brud i familien: et år, hvor en voksen, der boede sammen med barnet året før (bopælsforældre, E-familie), ikke længere gør det, mens barnet stadig bor hos mindst én af sine voksne. Barnets egen fraflytning tæller ikke.',
    'Family break-up: a year in which an adult who lived with the child the year before (resident parents, E-family) no longer does, while the child still lives with at least one of its adults. The child leaving home does not count.',
  ),
  t(
    'Forældre: bopælsforældre det pågældende år samt de juridiske forældre (MOR_ID, FAR_ID). Sigtelse eller dom: sigtelse eller betinget/ubetinget fængselsdom efter straffeloven, lov om euforiserende stoffer eller våbenloven (Bilag 1). Misbrug: behandling i SIB/NAB eller en misbrugsdiagnose i LPR (Bilagstabel 1.3). Psykisk sygdom: en kontakt med en diagnose i Bilagstabel 1.2 (LPR). Hændelsen skal ligge i et kalenderår, hvor barnet var i aldersvinduet.',
    'Parents: the resident parents that year and the legal parents (MOR_ID, FAR_ID). Charge or sentence: a charge or a conditional/unconditional prison sentence under the criminal code, narcotics act or weapons act (Bilag 1). Abuse: treatment in SIB/NAB or an abuse diagnosis in LPR (Bilagstabel 1.3). Mental illness: a contact with a diagnosis of Bilagstabel 1.2 (LPR). The event must fall in a calendar year in which the child was in the age window.',
  ),
  t(
    'Flytning: BEF har ingen adresse, så en flytning er et skift af kommune (KOM) eller almen afdeling (AFD_ID) mellem to på hinanden følgende år; flytninger inden for en kommune uden for den almene sektor ses ikke.',
    'Move: BEF has no address, so a move is a change of municipality (KOM) or social-housing department (AFD_ID) between two consecutive years; moves within a municipality outside social housing are not seen.',
  ),
];

const risk = (w: '0_6' | '6_18', overrides: Partial<Record<string, Partial<TableItem>>> = {}): TableItem[] =>
  (['breaks', 'parent_crime', 'parent_abuse', 'parent_psych', 'moves', 'measures', 'none'] as const).map((k) => ({
    key: k,
    measure: { kind: 'share', of: `risk_${k}_${w}` as const },
    ...overrides[k],
  }));

const TAB_3_1: TableSpec = {
  id: 'tab-3.1', chapter: 3, kind: 'table', unit: 'share',
  title: t('Forekomsten af risikofaktorer hos børn i 6-årsalderen. Procent.', 'Prevalence of risk factors among children at age 6. Per cent.'),
  note: t('2015 er første år med angivelse af familierettede foranstaltninger.', '2015 is the first year family-directed measures are recorded.'),
  population: { targetGroup: '0-6', ages: [6, 6], years: [2000, LAST], onlyYears: [2000, LAST], areaGroups: ['supported', 'population'] },
  by: ['area_group'],
  items: risk('0_6', {
    // the table prints these rows for 2018 and 2015 instead of 2019 and 2000
    parent_psych: { population: { onlyYears: [2000, 2018] } },
    measures: { population: { onlyYears: [2015, LAST] } },
  }),
  itemsShare: 'persons',
  choices: [
    t('Risikofaktorerne tælles over alderen 0-6 år (l. 1332) for 6-årige i 2000 og 2019; psykisk sygdom vises for 2018 og foranstaltninger for 2015 i stedet for 2000, som i tabellen.',
      'Risk factors are counted over ages 0-6 (l. 1332) for 6-year-olds in 2000 and 2019; mental illness is shown for 2018, and measures for 2015 instead of 2000, as in the table.'),
    ...RISK_CHOICES,
    t('Foranstaltninger: BUFO-foranstaltninger af alle typer (anbringelse, personrettet og familierettet forebyggende), der løber i et år i aldersvinduet. "Ingen": ingen af de seks rækker.',
      'Measures: BUFO measures of every type (placement, person- and family-directed preventive) running in a year of the window. "None": none of the six rows.'),
    SUPPORTED_GROUPS,
  ],
};

const TAB_4_1: TableSpec = {
  id: 'tab-4.1', chapter: 4, kind: 'table', unit: 'share',
  title: t('Andelen af 18-årige, der har oplevet risikofaktorer, mens de var 6-18 år. Procent.', 'Share of 18-year-olds who experienced risk factors while aged 6-18. Per cent.'),
  note: t('N (Støttede områder) = 3.035-4.523; N (Almene områder) = 7.009-9.455; N (Befolkning) = 45.570-69.180.', 'N per group and year is shown in the table.'),
  population: { targetGroup: '15-29', ages: [18, 18], years: [2000, LAST], onlyYears: [2000, LAST], areaGroups: ['supported', 'population'] },
  by: ['area_group'],
  items: risk('6_18'),
  itemsShare: 'persons',
  choices: [
    t('18-årige i 2000 og 2019; støttede områder er målgruppen af 15-29-årige (2 sammenhængende år i alderen 15-18), da 18-årige ikke er i skolebørnenes målgruppe (6-17). Risikofaktorerne tælles over alderen 6-18 år med tabellens egne grænser (mindst ét brud, mere end to flytninger), som afviger fra Tabel 3.1.',
      '18-year-olds in 2000 and 2019; supported areas: the 15-29 target group (2 consecutive years at ages 15-18), since 18-year-olds are not in the school-children group (6-17). Risk factors are counted over ages 6-18 with this table\'s own thresholds (at least one break-up, more than two moves), which differ from Table 3.1.'),
    ...RISK_CHOICES,
    t('Personforanstaltninger: anbringelser og personrettede forebyggende foranstaltninger (BUFO type 1-2), ikke familierettede.',
      'Person-directed measures: placements and person-directed preventive measures (BUFO types 1-2), not family-directed ones.'),
  ],
};

const MOTHER_CHOICE = t(
  'Mor i restgruppen: den juridiske mors (MOR_ID) restgruppestatus i barnets fødselsår (l. 1387-1389; også for Tabel 4.2, hvor alderen ikke er angivet). Børn, hvis mors status er ukendt (fx født før 1991), er udeladt.',
  'Mother in the restgruppe: the legal mother\'s (MOR_ID) restgruppe status in the child\'s birth year (l. 1387-1389; also for Table 4.2, which gives no age). Children whose mother\'s status is unknown (e.g. born before 1991) are left out.',
);

const T32_ITEMS: TableItem[] = [
  { key: 'birth_weight', label: t('Gns. fødselsvægt', 'Mean birth weight (grams)'), measure: { kind: 'mean', of: 'birth_weight' } },
  { key: 'daycare_at_2', label: t('Andel indskrevet i daginstitution som 2-årig, pct.', 'Share enrolled in day care at age 2, %'), measure: { kind: 'share', of: 'daycare_at_2' } },
  { key: 'school_postponed', label: t('Andel skoleudsatte, pct.', 'Share with postponed school start, %'), measure: { kind: 'share', of: 'school_postponed' } },
];

const T32_BASE = {
  population: { targetGroup: '6-17', ages: [9, 9], years: [LAST, LAST], areaGroups: ['supported', 'population'] },
  by: ['area_group', 'mother_restgruppe'],
  items: T32_ITEMS,
  itemsShare: 'own',
  universe: 'tab-3.2',
} as const satisfies Partial<TableSpec>;

const T32_CHOICES: Text[] = [
  t('9-årige i 2019 (året er ikke angivet; Bilagstabel 5.1\'s N svarer til én årgang). Støttede områder er skolebørnenes målgruppe (6-17 år), den målgruppe 9-årige tilhører.',
    '9-year-olds in 2019 (the year is not stated; Bilagstabel 5.1\'s Ns match one cohort). Supported areas: the school-children target group (6-17), the group 9-year-olds belong to.'),
  MOTHER_CHOICE,
  t('Fødselsvægt: MFR (gram), gennemsnit over børn med en registreret vægt. Dagtilbud som 2-årig: en registrering i BOERN (enhver type) i det år, barnet fyldte 2, blandt børn bosat i Danmark det år. Skoleudsat: børnehaveklassen begyndte i det skoleår, der starter i det kalenderår, barnet fyldte 7, eller senere; børn uden børnehaveklasse i elevregisteret er udeladt.',
    'Birth weight: MFR (grams), mean over children with a recorded weight. Day care at 2: a BOERN record (any type) in the year the child turned 2, among children resident that year. Postponed: børnehaveklasse began in the school year starting in the calendar year the child turned 7, or later; children without a børnehaveklasse year in the pupil register are left out.'),
];

const TAB_3_2: TableSpec = {
  ...T32_BASE,
  id: 'tab-3.2', chapter: 3, kind: 'table', unit: 'share',
  title: t('Forskelle på børn af mødre i restgruppen og ikke-restgruppe i forhold til fødselsvægt, indskrivning i dagtilbud og skoleudsættelse opgjort for de støttede områder og befolkningen. Gram og procent.',
    'Differences between children of mothers in and not in the restgruppe in birth weight, day-care enrolment and school postponement, for supported areas and the population. Grams and per cent.'),
  note: t('Gennemsnit og andele for populationen af 9-årige. I Bilagstabel 5.1 fremgår antal observationer.', 'Means and shares for the population of 9-year-olds. Bilagstabel 5.1 gives the number of observations.'),
  choices: T32_CHOICES,
};

const BTAB_5_1: TableSpec = {
  ...T32_BASE,
  id: 'btab-5.1', chapter: 'B5', kind: 'table', unit: 'count', show: 'n',
  title: t('Antal observationer for hver celle tilhørende Tabel 3.2', 'Number of observations for each cell of Table 3.2'),
  note: t('Gennemsnit og andele for populationen af 9-årige.', 'Means and shares for the population of 9-year-olds.'),
  choices: T32_CHOICES,
};

// Tab 4.2: the first two columns are 9-year-olds, the last eight 18-year-olds (Anm. l. 2288-2294)
const AGE9 = { targetGroup: '6-17', ages: [9, 9] } as const;
const T42_ITEMS: TableItem[] = [
  { key: 'absence_indskoling', label: t('Gns. fravær i indskoling Som 9-årige, pct.', 'Mean absence in grades 0-3 as 9-year-olds, %'), measure: { kind: 'mean', of: 'absence_indskoling' }, population: AGE9 },
  { key: 'nt_danish_2', label: t('Gns. NT-resultat dansk læsning i 2. kl. 9-årig', 'Mean national test, Danish reading, grade 2, 9-year-olds'), measure: { kind: 'mean', of: 'nt_danish_2' }, population: AGE9 },
  { key: 'absence_mellemtrin', label: t('Gns. fravær i mellemtrin, pct.', 'Mean absence in grades 4-6, %'), measure: { kind: 'mean', of: 'absence_mellemtrin' } },
  { key: 'nt_danish_4', label: t('Gns. NT-resultat dansk læsning i 4. kl. alder', 'Mean national test, Danish reading, grade 4'), measure: { kind: 'mean', of: 'nt_danish_4' } },
  { key: 'nt_maths_6', label: t('Gns. NT-resultat matematik i 6. kl. alder', 'Mean national test, mathematics, grade 6'), measure: { kind: 'mean', of: 'nt_maths_6' } },
  { key: 'wellbeing_high', label: t('Trivsel fra det senest tilgængelige år, pct.', 'High wellbeing in the latest available year, %'), measure: { kind: 'share', of: 'wellbeing_high_latest' } },
  { key: 'nt_danish_8', label: t('NT i dansk, 8. kl.', 'National test, Danish, grade 8'), measure: { kind: 'mean', of: 'nt_danish_8' } },
  { key: 'absence_udskoling', label: t('Gennemsnitlig fravær i udskoling, pct.', 'Mean absence in grades 7-9, %'), measure: { kind: 'mean', of: 'absence_udskoling' } },
  { key: 'exam_completed', label: t('Afsluttet grundskole, pct.', 'Completed primary school with the exam, %'), measure: { kind: 'share', of: 'exam_by_now' }, population: { among: ['was_ninth_grader'] } },
  { key: 'efterskole', label: t('Efterskole, pct.', 'Attended an efterskole, %'), measure: { kind: 'share', of: 'efterskole' } },
];

const T42_BASE = {
  population: { targetGroup: '15-29', ages: [18, 18], years: [LAST, LAST], areaGroups: ['supported', 'population'] },
  by: ['area_group', 'mother_restgruppe'],
  items: T42_ITEMS,
  itemsShare: 'own',
  universe: 'tab-4.2',
} as const satisfies Partial<TableSpec>;

const T42_CHOICES: Text[] = [
  t('Året er 2019 (ikke angivet). 9-årige: skolebørnenes målgruppe (6-17); 18-årige: målgruppen af 15-29-årige (2 sammenhængende år i alderen 15-18).',
    'The year is 2019 (not stated). 9-year-olds: the school-children target group (6-17); 18-year-olds: the 15-29 target group (2 consecutive years at ages 15-18).'),
  MOTHER_CHOICE,
  t('Fravær: gennemsnittet af skoleårenes fraværsprocent (folke- og specialskoler, fra 2011) i klassetrinnene 0-3 (indskoling), 4-6 (mellemtrin, l. 6875) og 7-9 (udskoling), derefter gennemsnit over elever med data. NT: De nationale tests score (1-100) i dansk læsning 2., 4. og 8. klasse og matematik 6. klasse.',
    'Absence: the mean of the school years\' absence percentages (public and special schools, from 2011) in grades 0-3 (indskoling), 4-6 (mellemtrin, l. 6875) and 7-9 (udskoling), then the mean over pupils with data. National tests: score (1-100) in Danish reading grades 2, 4 and 8 and mathematics grade 6.'),
  t('Trivsel "pct.": andelen med høj generel trivsel (over 4,5 på skalaen 1-5, den øverste af trivselsmålingens fem kategorier) i det seneste skoleår med en måling; tærsklen er ikke angivet i rapporten (l. 2159).',
    'Wellbeing "pct.": the share with high general wellbeing (above 4.5 on the 1-5 scale, the top of the wellbeing survey\'s five categories) in the latest school year with a measurement; the report gives no threshold (l. 2159).'),
  t('Afsluttet grundskole: blandt 18-årige, der har været 9. klasses elev (folkeskole, fri- og privatskole, efterskole), andelen med karakterer i alle bundne prøvefag. Efterskole: mindst ét skoleår på en efterskole, blandt alle 18-årige.',
    'Completed primary school: among 18-year-olds who were 9th-grade pupils (public, free/private, boarding school), the share with grades in every mandatory subject. Efterskole: at least one school year at an efterskole, among all 18-year-olds.'),
];

const TAB_4_2: TableSpec = {
  ...T42_BASE,
  id: 'tab-4.2', chapter: 4, kind: 'table', unit: 'share',
  title: t('Forskelle på skolebørn med mor i restgruppe og skolebørn med mor ikke i restgruppe. Opgjort for de støttede områder og befolkningen.',
    'Differences between school children whose mother is and is not in the restgruppe, for supported areas and the population.'),
  note: t('Alle forskelle er signifikante. De to første kolonner gælder for populationen af 9-årige, mens de otte sidste kolonner er for populationen af 18-årige. Afsluttet grundskole defineres som at optræde med karakterer i bundne prøvefag i karakterregisteret, blandt elever på folkeskoler, efterskoler samt fri- og privatskoler. I Bilagstabel 6.1 fremgår antallet af observationer',
    'The first two columns are for 9-year-olds, the last eight for 18-year-olds. Completed primary school: grades in the mandatory exam subjects in the grade register, among public, boarding, free and private schools. Bilagstabel 6.1 gives the number of observations. (The report\'s "all differences are significant" is not repeated: see the intervals.)'),
  choices: T42_CHOICES,
};

const BTAB_6_1: TableSpec = {
  ...T42_BASE,
  id: 'btab-6.1', chapter: 'B6', kind: 'table', unit: 'count', show: 'n',
  title: t('Antal observationer for hver celle tilhørende Tabel 4.2', 'Number of observations for each cell of Table 4.2'),
  note: t('Alle forskelle er signifikante. De to første kolonner gælder for populationen af 9-årige, mens de otte sidste kolonner er for populationen af 18-årige.',
    'The first two columns are for 9-year-olds, the last eight for 18-year-olds.'),
  choices: T42_CHOICES,
};

const T51_BASE = {
  population: { targetGroup: '10-17', ages: [17, 17], years: [LAST, LAST], areaGroups: ['supported', 'population'] },
  by: ['area_group'],
  groups: {
    column: 'crime',
    parts: [
      { code: 'yes', label: t('Mistanke/sigtelse', 'Suspicion/charge'), among: ['crime_10_17'] },
      { code: 'no', label: t('Hverken mistanke eller sigtelse', 'Neither suspicion nor charge'), among: ['no_crime_10_17'] },
    ],
  },
  items: [
    { key: 'indskoling_absence', label: t('Indskoling Fravær', 'Grades 0-3, absence (%)'), measure: { kind: 'mean', of: 'absence_indskoling' } },
    { key: 'mellemtrin_absence', label: t('Mellemtrin Fravær', 'Grades 4-6, absence (%)'), measure: { kind: 'mean', of: 'absence_mellemtrin' } },
    { key: 'mellemtrin_wellbeing', label: t('Mellemtrin Trivsel', 'Grades 4-6, wellbeing (1-5)'), measure: { kind: 'mean', of: 'wellbeing_mellemtrin' } },
    { key: 'udskoling_absence', label: t('Udskoling Fravær', 'Grades 7-9, absence (%)'), measure: { kind: 'mean', of: 'absence_udskoling' } },
    { key: 'udskoling_wellbeing', label: t('Udskoling Trivsel', 'Grades 7-9, wellbeing (1-5)'), measure: { kind: 'mean', of: 'wellbeing_udskoling' } },
  ],
  itemsShare: 'own',
  universe: 'tab-5.1',
} as const satisfies Partial<TableSpec>;

const T51_CHOICES: Text[] = [
  t('17-årige i 2019 (året er ikke angivet); støttede områder er målgruppen af 10-17-årige. Mistanke/sigtelse: mindst én mistanke (KRMS) eller sigtelse (KRSI) efter straffeloven, lov om euforiserende stoffer eller våbenloven i et år i alderen 10-17 (l. 2941-2942).',
    '17-year-olds in 2019 (the year is not stated); supported areas: the 10-17 target group. Suspicion/charge: at least one suspicion (KRMS) or charge (KRSI) under the criminal code, narcotics act or weapons act in a year at ages 10-17 (l. 2941-2942).'),
  t('Fravær: gennemsnitlig fraværsprocent over skoleårene i klassetrin 0-3, 4-6 og 7-9. Trivsel: gennemsnitlig generel skoletrivsel (1-5) over skoleårene på trinnet; trivselsmålingen dækker kun 4.-9. klasse, så indskolingens trivsel (tabellens "-") udelades.',
    'Absence: mean absence percentage over the school years in grades 0-3, 4-6 and 7-9. Wellbeing: mean general school wellbeing (1-5) over the stage\'s school years; the survey covers grades 4-9 only, so wellbeing in grades 0-3 (the table\'s "-") is left out.'),
  t('Fraværsregisteret begynder i 2011 og trivselsmålingen i 2015: de 17-årige i 2019 har fravær fra 3. klasse og frem, men sjældent en trivselsmåling fra mellemtrinnet; rapportens N for mellemtrinnets trivsel kan ikke nås med disse år.',
    'The absence register starts in 2011 and the wellbeing survey in 2015: 17-year-olds in 2019 have absence from grade 3 on, but rarely a wellbeing measurement from grades 4-6; the report\'s N for wellbeing in grades 4-6 cannot be reached with these years.'),
];

const TAB_5_1: TableSpec = {
  ...T51_BASE,
  id: 'tab-5.1', chapter: 5, kind: 'table', unit: 'mean',
  title: t('Gennemsnitligt fravær og trivsel for populationen af 17-årige, der har boet i et støttet område eller i befolkningen i alderen 10-17 år. Særskilt for, om der er tale om mistanke og/eller sigtelse eller ingen af delene.',
    'Mean absence and wellbeing for 17-year-olds who lived in a supported area or in the population at ages 10-17, by suspicion and/or charge or neither.'),
  note: t('Alle forskelle er signifikante. Antallet af observationer bag tallene i Tabellen findes i Bilagstabel 7.1',
    'Bilagstabel 7.1 gives the number of observations behind the table. (The report\'s "all differences are significant" is not repeated: see the intervals.)'),
  choices: T51_CHOICES,
};

const BTAB_7_1: TableSpec = {
  ...T51_BASE,
  id: 'btab-7.1', chapter: 'B7', kind: 'table', unit: 'count', show: 'n',
  title: t('Antal observationer for hver celle tilhørende Tabel 5.1', 'Number of observations for each cell of Table 5.1'),
  note: t('Alle forskelle er signifikante.', 'Cell counts of Table 5.1.'),
  choices: T51_CHOICES,
};

export const TABLES_CH3_5: readonly TableSpec[] = [TAB_3_1, TAB_3_2, TAB_4_1, TAB_4_2, TAB_5_1, BTAB_5_1, BTAB_6_1, BTAB_7_1];
