/**
 * Chapter 6 tables: characteristics of the young people who do not complete an education (Tab 6.1,
 * 6.3, 6.5, 6.7 for 2019; Bilagstabel 8.1-8.4 year by year for supported areas) and NEET by
 * parental restgruppe at 21-25 and 26-29 (Tab 6.4, 6.6, as Tab 6.2). Titles, notes and row labels
 * are the report's (catalog-ch6-7.md §3-4, with line numbers); the English is ours. Concepts:
 * concepts-dropout.ts.
 */
import type { Text } from '../../results/types.ts';
import type { BooleanConcept, IndicatorSpec } from '../spec.ts';
import type { TableItem, TableSpec } from '../table-spec.ts';

const LAST = 2019;
const t = (da: string, en: string): Text => ({ da, en });

type Row = 'male' | 'menapt' | 'parental' | 'poor' | 'charge' | 'psych' | 'abuse' | 'absence' | 'prior';
const CONCEPT: Record<Exclude<Row, 'prior'>, BooleanConcept> = {
  male: 'male', menapt: 'menapt', parental: 'parental_restgruppe', poor: 'poor', charge: 'charged_ever',
  psych: 'psych_ever', abuse: 'abuse_ever', absence: 'absence_over_10_ever',
};
/** Row labels of the chapter tables (Tab 6.1, l. 3522-3534; Tab 6.3, 6.5, 6.7 alike). */
const LABEL: Record<Exclude<Row, 'prior'>, Text> = {
  male: t('Drenge', 'Boys'),
  menapt: t('MENAPT', 'MENAPT origin'),
  parental: t('Mindst en forælder i restgruppe', 'At least one parent in the restgruppe'),
  poor: t('Under fattigdomsgrænse', 'Below the poverty line'),
  charge: t('Den unge har mindst en sigtelse', 'Has at least one charge'),
  psych: t('Den unge i behandling for psykisk sygdom', 'Treated for mental illness'),
  abuse: t('Den unge i misbrugsbehandling', 'Treated for substance abuse'),
  absence: t('Mere end 10 pct. fravær på et skoleår', 'More than 10 per cent absence in a school year'),
};
/** Column headers of the Bilag tables (Bilagstabel 8.1-8.4). */
const BILAG_LABEL: Partial<Record<Row, Text>> = {
  poor: t('Under den økonomiske fattigdomsgrænse', 'Below the economic poverty line'),
  charge: t('Mindst en sigtelse', 'At least one charge'),
  psych: t('Psykisk sygdom', 'Mental illness'),
  abuse: t('Misbrug', 'Substance abuse'),
};

function items(rows: readonly Row[], prior: { of: BooleanConcept; label: Text } | null, bilag: boolean): TableItem[] {
  return rows.map((r): TableItem => {
    if (r === 'prior') {
      if (!prior) throw new Error('prior-dropout row without its concept');
      return { key: 'prior_dropout', label: prior.label, measure: { kind: 'share', of: prior.of } };
    }
    return { key: r, label: (bilag ? BILAG_LABEL[r] : undefined) ?? LABEL[r], measure: { kind: 'share', of: CONCEPT[r] } };
  });
}

const COMMON_CHOICES: Text[] = [
  t('Støttede områder er målgruppen af 15-29-årige (2 sammenhængende år i alderen 15-18); befolkningen er alle i samme alder. Forældre i restgruppen måles, da den unge var 15 år (Bilag 1); ukendt status udelades af den række.',
    'Supported areas: the 15-29 target group (2 consecutive years at ages 15-18); the population: everyone of the same age. Parents in the restgruppe are measured when the young person was 15 (Bilag 1); unknown status is left out of that row.'),
  t('Sigtelse, psykisk sygdom og misbrug: nogensinde til og med året (ingen periode angivet). Sigtelser efter straffeloven, lov om euforiserende stoffer og våbenloven; psykisk sygdom: en kontakt med en diagnose i Bilagstabel 1.2; misbrug: behandling i SIB/NAB eller en diagnose i Bilagstabel 1.3. Fattigdom: i året.',
    'Charge, mental illness and abuse: ever, up to and including the year (no window is stated). Charges under the criminal code, narcotics act and weapons act; mental illness: a contact with a diagnosis of Bilagstabel 1.2; abuse: treatment in SIB/NAB or a diagnosis of Bilagstabel 1.3. Poverty: in the year.'),
];
const NOTE_STAR = t('* Enten grundskole, ungdomsuddannelse, erhvervskompetencegivende uddannelse eller videregående uddannelse.', '* Compulsory school, youth education, vocationally qualifying or higher education.');
const dropoutChoice = (age: number, kind: Text, levels: Text): Text => t(
  `Afbrudt uddannelse: et forløb i KOTRE på niveauet (${levels.da}), der er afsluttet som afbrudt (UDFALD 2) senest i året, den unge fylder ${age}, uden et fuldført forløb på samme niveau inden da. "Tidligere droppet ud": mindst to afbrudte forløb på et hvilket som helst niveau.`,
  `Broke off ${kind.en}: a KOTRE spell at the level (${levels.en}) that ended interrupted (UDFALD 2) by the end of the year the young person turns ${age}, without a completed spell at the same level by then. "Dropped out before": at least two interrupted spells at any level.`,
);

interface CharacteristicsDef {
  id: string;
  bilagId: string;
  age: number;
  among: readonly BooleanConcept[];
  rows: readonly Row[];
  bilagRows: readonly Row[];
  bilagFrom: number;
  prior: { of: BooleanConcept; label: Text } | null;
  title: Text;
  note: Text;
  bilagTitle: Text;
  bilagNote: Text;
  choices: Text[];
}

function characteristics(d: CharacteristicsDef): [TableSpec, TableSpec] {
  const population = { targetGroup: '15-29' as const, ages: [d.age, d.age] as const, among: d.among };
  return [
    {
      id: d.id, chapter: 6, kind: 'table', unit: 'share', title: d.title, note: d.note,
      population: { ...population, years: [LAST, LAST], areaGroups: ['supported', 'population'] },
      by: ['area_group'], items: items(d.rows, d.prior, false), itemsShare: 'own',
      choices: [...d.choices, ...COMMON_CHOICES],
    },
    {
      id: d.bilagId, chapter: 'B8', kind: 'table', unit: 'share', title: d.bilagTitle, note: d.bilagNote,
      population: { ...population, years: [d.bilagFrom, LAST], areaGroups: ['supported'] },
      by: ['area_group'], items: items(d.bilagRows, d.prior, true), itemsShare: 'own',
      // the same persons as the chapter table's supported cells in 2019
      universe: d.id,
      choices: [...d.choices, ...COMMON_CHOICES],
    },
  ];
}

const [TAB_6_1, BTAB_8_1] = characteristics({
  id: 'tab-6.1', bilagId: 'btab-8.1', age: 17, among: ['was_ninth_grader', 'no_exam_by_now'],
  rows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'absence'],
  bilagRows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych'], bilagFrom: 2002, prior: null,
  title: t('Karakteristika ved 17-årige, der ikke afslutter grundskolen med en afgangseksamen i 2019. Procent.', 'Characteristics of 17-year-olds who do not complete compulsory school with a leaving exam, 2019. Per cent.'),
  note: t('N (Støttede områder) = 527; N (Befolkning) = 4.856. I Bilagstabel 8.1 fremgår alle andele for 2000-2019, der ligger grund for tabellen.', 'N per group is shown in the table. Bilagstabel 8.1 gives the shares year by year.'),
  bilagTitle: t('Karakteristika ved 17-årige, der ikke afslutter grundskolen med en afgangseksamen i 2002-2019 opgjort for støttede områder. Procent.', 'Characteristics of 17-year-olds who do not complete compulsory school with a leaving exam, 2002-2019, supported areas. Per cent.'),
  bilagNote: t('N = 323-1.232.', 'N per year is shown in the table.'),
  choices: [
    t('17-årige, der har været 9. klasses elev (folkeskole, fri- og privatskole, efterskole) og ikke har afsluttet grundskolen med afgangsprøven senest i året, de fylder 17 (som Figur 5.7). Fravær over 10 pct.: mindst ét skoleår (folke- og specialskole, fra 2011) med samlet fravær over 10 pct.',
      '17-year-olds who have been 9th-grade pupils (public, free/private, boarding school) and had not completed the exam by the year they turn 17 (as Figure 5.7). Absence above 10 %: at least one school year (public and special schools, from 2011) with total absence above 10 %.'),
  ],
});

const [TAB_6_3, BTAB_8_2] = characteristics({
  id: 'tab-6.3', bilagId: 'btab-8.2', age: 21, among: ['youth_dropout_21'],
  rows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'abuse', 'prior'],
  bilagRows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'abuse'], bilagFrom: 2000,
  prior: { of: 'prior_dropout_21', label: t('Andel 21-årige, der dropper ud af en ungdomsuddannelse, som tidligere har droppet ud af mindst én uddannelse*, og som ikke har afsluttet en ungdomsuddannelse, efter at de er fyldt 21', 'Share of the 21-year-old dropouts who had dropped out of at least one education* before') },
  title: t('Karakteristika ved 21-årige, der ikke afslutter ungdomsuddannelse i 2019. Procent.', 'Characteristics of 21-year-olds who do not complete youth education, 2019. Per cent.'),
  note: t(`N (Støttede områder) = 645; N (Befolkning) = 6.265 ${NOTE_STAR.da} I Bilag 7 fremgår alle observationer.`, `N per group is shown in the table. ${NOTE_STAR.en} Bilagstabel 8.2 gives the shares year by year.`),
  bilagTitle: t('Karakteristika ved 21-årige, der afbryder en ungdomsuddannelse opgjort for støttede områder i 2000-2019. Procent.', 'Characteristics of 21-year-olds who break off a youth education, supported areas, 2000-2019. Per cent.'),
  bilagNote: t('N pr. år fremgår af tabellen.', 'N per year is shown in the table.'),
  choices: [dropoutChoice(21, t('ungdomsuddannelse', 'a youth education'), t('gymnasial eller erhvervsfaglig, H1 20, 30, 35', 'general upper secondary or vocational, H1 20, 30, 35'))],
});

const [TAB_6_5, BTAB_8_3] = characteristics({
  id: 'tab-6.5', bilagId: 'btab-8.3', age: 25, among: ['vocational_dropout_25'],
  rows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'abuse', 'prior'],
  bilagRows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'abuse'], bilagFrom: 2000,
  prior: { of: 'prior_dropout_25', label: t('Andel 25-årige, der dropper ud af en uddannelse, som tidligere har droppet ud af mindst én uddannelse*, og som ikke har afsluttet en uddannelse efter at de er fyldt 25', 'Share of the 25-year-old dropouts who had dropped out of at least one education* before') },
  title: t('Karakteristika ved 25-årige, der ikke afslutter en erhvervskompetencegivende uddannelse i 2019. Procent.', 'Characteristics of 25-year-olds who do not complete a vocationally qualifying education, 2019. Per cent.'),
  note: t(`N (Støttede områder) = 1.531; N (Befolkning) = 14.739. ${NOTE_STAR.da}`, `N per group is shown in the table. ${NOTE_STAR.en}`),
  bilagTitle: t('Karakteristika ved 25-årige, der afbryder en erhvervskompetencegivende uddannelse opgjort for støttede områder i 2000-2019. Procent.', 'Characteristics of 25-year-olds who break off a vocationally qualifying education, supported areas, 2000-2019. Per cent.'),
  bilagNote: t('N pr. år fremgår af tabellen.', 'N per year is shown in the table.'),
  choices: [
    dropoutChoice(25, t('erhvervskompetencegivende uddannelse', 'a vocationally qualifying education'), t('erhvervsfaglig, H1 30 og 35', 'vocational, H1 30 and 35')),
    t('Erhvervskompetencegivende: erhvervsfaglige uddannelser, som i kapitel 6\'s figurer (rapporten definerer ikke ordet; dens tal i Bilagsfigur 8.9 og 8.11 udelukker de videregående, se concept-defs.ts).', 'Vocationally qualifying: vocational educations, as in the chapter 6 figures (the report does not define the term; its numbers in Bilagsfigur 8.9 and 8.11 rule out higher education, see concept-defs.ts).'),
  ],
});

const [TAB_6_7, BTAB_8_4] = characteristics({
  id: 'tab-6.7', bilagId: 'btab-8.4', age: 29, among: ['higher_dropout_29'],
  rows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych', 'abuse', 'prior'],
  bilagRows: ['male', 'menapt', 'parental', 'poor', 'charge', 'psych'], bilagFrom: 2000,
  prior: { of: 'prior_dropout_29', label: t('Andel 29-årige, der dropper ud af en uddannelse, som tidligere har droppet ud af mindst én uddannelse*, og som ikke har afsluttet en ungdomsuddannelse, efter at de er fyldt 21', 'Share of the 29-year-old dropouts who had dropped out of at least one education* before (the report\'s label repeats Table 6.3\'s wording)') },
  title: t('Karakteristika af 29-årige, der ikke afslutter videregående i 2019. Procent.', 'Characteristics of 29-year-olds who do not complete higher education, 2019. Per cent.'),
  note: t(`N (Støttede områder) = 44-150; N (Befolkning) = 1.641-2.785. ${NOTE_STAR.da} I Bilag 8 fremgår alle observationer.`, `N per group is shown in the table. ${NOTE_STAR.en} Bilagstabel 8.4 gives the shares year by year.`),
  bilagTitle: t('Karakteristika ved 29-årige, der afbryder en videregående uddannelse opgjort for støttede områder i 2000-2019. Procent.', 'Characteristics of 29-year-olds who break off a higher education, supported areas, 2000-2019. Per cent.'),
  bilagNote: t('N pr. år fremgår af tabellen.', 'N per year is shown in the table.'),
  choices: [
    dropoutChoice(29, t('videregående uddannelse', 'a higher education'), t('kort, mellemlang eller lang videregående, H1 40-80', 'short, medium or long higher education, H1 40-80')),
    t('Den sidste række er de afbrudte, der tidligere har afbrudt mindst én uddannelse; rapportens række gentager Tabel 6.3\'s ordlyd ("ungdomsuddannelse ... fyldt 21").', 'The last row is the dropouts who broke off at least one education before; the report\'s label repeats Table 6.3\'s wording ("youth education ... turned 21").'),
  ],
});

export const TABLES_CH6: readonly TableSpec[] = [TAB_6_1, TAB_6_3, TAB_6_5, TAB_6_7, BTAB_8_1, BTAB_8_2, BTAB_8_3, BTAB_8_4];

const neet = (id: string, ages: readonly [number, number], title: Text): IndicatorSpec => ({
  id, chapter: 6, kind: 'table', unit: 'share', title,
  note: t('N pr. gruppe og år fremgår af tabellen.', 'N per group and year is shown in the table.'),
  population: { targetGroup: '15-29', ages, years: [2005, LAST] },
  measure: { kind: 'share', of: 'neet' },
  by: ['area_group', 'parental_restgruppe'],
  choices: [t('Som Tabel 6.2: forældrenes status måles, da den unge var 15 år (Bilag 1); opdelingen findes fra 2005 (l. 7255-7257). Tabellen vises for alle år 2005-2019; rapporten trykker 2005 og 2019.',
    'As Table 6.2: parents\' status measured when the young person was 15 (Bilag 1); the split exists from 2005 (l. 7255-7257). Shown for every year 2005-2019; the report prints 2005 and 2019.')],
});

export const NEET_TABLE_SPECS: readonly IndicatorSpec[] = [
  neet('tab-6.4', [21, 25], t('Sammenhæng mellem forældre i restgruppe og unge i NEET-gruppe som 21-25-årig. Procent.', 'Parents in the restgruppe and young people being NEET at 21-25. Per cent.')),
  neet('tab-6.6', [26, 29], t('Sammenhæng mellem forældre i restgruppe og unge i NEET-gruppe som 26-29-årige. Procent.', 'Parents in the restgruppe and young people being NEET at 26-29. Per cent.')),
];
