/**
 * Chapter 6 education figures (6.6-6.20) and their Bilag 8 counterparts (Bilagsfigur 8.4-8.13,
 * 8.21, 8.22): enrolment in youth, vocationally qualifying and higher education, completion by an
 * age, dropout without completion, completion within N years of entry, and the status the year after
 * completing or dropping out. Titles are the report's (catalog-ch6-7.md §3-4, seed lines in
 * `source` comments); notes follow ch3-6.ts (the report's Anm. are its own N ranges). The concepts
 * are in concepts-education.ts.
 */
import type { Text } from '../../results/types.ts';
import type { BooleanConcept, IndicatorSpec, Population } from '../spec.ts';
import { STATUS_CHOICES, status } from './ch3-6.ts';

const NOTE: Text = { da: 'N pr. gruppe og år fremgår af tabellen.', en: 'N per group and year is shown in the table.' };

const SUPPORTED: Text = STATUS_CHOICES[1]!;
const STATUS: Text = STATUS_CHOICES[0]!;
const POPULATION: Text = {
  da: 'Befolkningen er alle beboere i samme alder (målgruppens regel om 2 år i alderen 15-18 gælder kun de støttede områder).',
  en: 'The population is all residents of the same age (the target group\'s two-years-at-15-18 rule applies to supported areas only).',
};
const YOUTH: Text = {
  da: 'Ungdomsuddannelse: et forløb i KOTRE med hovedområde gymnasial eller erhvervsfaglig (rapporten definerer ikke begrebet).',
  en: 'Youth education: a KOTRE spell in a gymnasial or vocational (erhvervsfaglig) main group (the report does not define the term).',
};
const VOCATIONAL: Text = {
  da: 'Erhvervskompetencegivende uddannelse: et forløb i KOTRE med hovedområde erhvervsfaglig. Rapporten definerer ikke begrebet; dens tal udelukker videregående uddannelser (9-15 pct. af de 17-24-årige er i gang, og andelen af 25-årige, der har afsluttet, falder til 20 pct., mens de videregående stiger), og Bilagsfigur 8.14-8.17 stiller den ved siden af korte, mellemlange og lange videregående uddannelser. Methodology.md medregner de videregående; det gør vi ikke.',
  en: 'Vocationally qualifying education: a KOTRE spell in the vocational (erhvervsfaglig) main group. The report does not define the term; its numbers rule out higher education (9-15 % of 17-24-year-olds are enrolled, and the share of 25-year-olds who completed one falls to 20 % while higher education rises), and Bilagsfigur 8.14-8.17 put it beside short, medium and long higher education. Methodology.md counts higher education in; we do not.',
};
const HIGHER: Text = {
  da: 'Videregående uddannelse: et forløb i KOTRE med hovedområde kort, mellemlang (inkl. bachelor) eller lang videregående uddannelse.',
  en: 'Higher education: a KOTRE spell in a short-cycle, medium-cycle (incl. bachelor) or long-cycle main group.',
};
const ENROLLED: Text = {
  da: '"I gang med" læses som indskrevet: et forløb, der er i gang den 1. oktober i året (som Figur 6.5), ikke påbegyndt i året (teksten siger "går i gang med").',
  en: '"I gang med" is read as enrolled: a spell ongoing on 1 October of the year (as Fig 6.5), not started that year (the text says "går i gang med").',
};
const completedBy = (age: number): Text => ({
  da: `Har afsluttet: et forløb af den slags med udfald fuldført (UDFALD 1) og slutdato senest i det år, personen fylder ${age}. Opgjort fra KOTRE, så en afsluttet uddannelse tæller, selv om en højere senere er den højeste fuldførte (UDDA).`,
  en: `Has completed: a spell of that kind completed (UDFALD 1) with its end date in or before the year the person turns ${age}. Read from KOTRE, so a completed education counts even if a higher one later becomes the highest completed (UDDA).`,
});
const droppedOutBy = (age: number): Text => ({
  da: `Har afbrudt og ikke afsluttet: mindst ét afbrudt forløb af den slags (UDFALD 2) og intet fuldført forløb af den slags senest i det år, personen fylder ${age}.`,
  en: `Interrupted and not completed: at least one interrupted spell of that kind (UDFALD 2) and no completed spell of that kind by the end of the year the person turns ${age}.`,
});
const NEXT_YEAR: Text = {
  da: 'Næste skridt: status (uddannelse før beskæftigelse, resten NEET) i året efter det viste år; personer, der ikke bor i Danmark året efter, er udeladt. Det sidste år kræver data for året efter.',
  en: 'Next step: status (education before employment, the rest NEET) in the year after the year shown; persons not resident the year after are left out. The last year needs data for the year after.',
};
const within = (years: number): Text => ({
  da: `Tilgang: personer, der påbegynder et forløb af den slags i år t, 15-29 år i tilgangsåret. Gennemført: et forløb af samme slags, påbegyndt i år t eller senere, fuldført senest i år t + ${years} (også et andet end det første). Vist ved år t + ${years}, året hvor udfaldet kendes: rapportens første år (2000 + ${years}) passer hermed. Den, der starter flere år, tæller i hvert tilgangsår.`,
  en: `Entrants: persons starting a spell of that kind in year t, aged 15-29 in the entry year. Completed: a spell of the same kind, started in year t or later, completed by the end of year t + ${years} (also another one than the first). Shown at year t + ${years}, when the outcome is known: the report's first year (2000 + ${years}) agrees. Someone starting in several years counts in each entry year.`,
});

const BOTH = ['supported', 'population'] as const;

interface ShareArgs {
  id: string;
  chapter: number | string;
  title: Text;
  population: Population;
  of: BooleanConcept;
  split?: boolean;
  choices: Text[];
}

/** A share over supported areas and the population, optionally by origin and sex. */
const share = (a: ShareArgs): IndicatorSpec => ({
  id: a.id, chapter: a.chapter, kind: 'figure', unit: 'share', title: a.title, note: NOTE,
  population: a.population,
  measure: { kind: 'share', of: a.of },
  by: a.split ? ['area_group', 'origin', 'sex'] : ['area_group'],
  choices: a.choices,
});

/** The status the year after, among those the population restricts to, in one area group. */
const nextStep = (id: string, chapter: number | string, area: 'supported' | 'population', title: Text, population: Omit<Population, 'areaGroups' | 'targetGroup'>, choices: Text[]): IndicatorSpec => ({
  id, chapter, kind: 'figure', unit: 'share', title, note: NOTE,
  population: { targetGroup: '15-29', areaGroups: [area], ...population },
  measure: { kind: 'distribution', of: 'edu_emp_neet_next_year', key: 'status' },
  by: ['area_group'],
  choices: [...choices, NEXT_YEAR, area === 'supported' ? SUPPORTED : POPULATION],
});

// Fig 6.8 / Bilagsfigur 8.5: completers of a youth education in the year
const COMPLETERS: Omit<Population, 'areaGroups' | 'targetGroup'> = { ages: [15, 29], years: [2000, 2018], among: ['completed_youth_this_year'] };
const COMPLETERS_CHOICE: Text = {
  da: 'Unge i målgruppen af 15-29-årige, der fuldfører en ungdomsuddannelse i året (slutdato i året, UDFALD 1); titlen angiver ingen alder. Vist 2000-2018 som i teksten.',
  en: 'Young people of the 15-29 target group who complete a youth education in the year (end date in the year, UDFALD 1); the title gives no age. Shown 2000-2018 as in the text.',
};
// Fig 6.10 / Bilagsfigur 8.7: the 21-year-old dropouts of Fig 6.9
const DROPOUTS_21: Omit<Population, 'areaGroups' | 'targetGroup'> = { ages: [21, 21], years: [2000, 2019], among: ['dropped_out_youth_by_now'] };
const DROPOUTS_21_CHOICE: Text = {
  da: 'Populationen er de 21-årige i Figur 6.9\'s tæller (afbrudt og ikke afsluttet en ungdomsuddannelse), som N (400-762) og Bilagstabel 8.2 (349-645) peger på; titlen angiver ingen alder.',
  en: 'The population is the 21-year-olds of Fig 6.9\'s numerator (interrupted and not completed a youth education), as the N (400-762) and Bilagstabel 8.2 (349-645) suggest; the title gives no age.',
};

export const CH6_EDUCATION_SPECS: IndicatorSpec[] = [
  // l. 3631-3632
  share({
    id: 'fig-6.6', chapter: 6, split: true,
    title: {
      da: 'Andel 18-20-årige i gang med ungdomsuddannelse i støttede områder og befolkningen for hhv. herkomst samt køn. Procent.',
      en: 'Share of 18-20-year-olds enrolled in a youth education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [18, 20], years: [2000, 2019], areaGroups: BOTH },
    of: 'in_youth_education', choices: [YOUTH, ENROLLED, SUPPORTED, POPULATION],
  }),
  // l. 3672-3673
  share({
    id: 'fig-6.7', chapter: 6, split: true,
    title: {
      da: 'Andel af 21-årige, der har afsluttet en ungdomsuddannelse i støttede områder og befolkningen for hhv. herkomst samt køn. Procent.',
      en: 'Share of 21-year-olds who have completed a youth education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [21, 21], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_youth_by_now', choices: [YOUTH, completedBy(21), SUPPORTED, POPULATION],
  }),
  // l. 3704-3705
  nextStep('fig-6.8', 6, 'supported', {
    da: 'Andel af unge, der afslutter ungdomsuddannelse og deres næste skridt for de støttede områder. Procent.',
    en: 'Young people completing a youth education and their next step, supported areas. Per cent.',
  }, COMPLETERS, [YOUTH, COMPLETERS_CHOICE]),
  // l. 3717-3718
  share({
    id: 'fig-6.9', chapter: 6,
    title: {
      da: 'Andel 21-årige, der har afbrudt og heller ikke har afsluttet en ungdomsuddannelse, efter at de er fyldt 21 år. Procent.',
      en: 'Share of 21-year-olds who have interrupted and not completed a youth education by the year they turn 21. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [21, 21], years: [2000, 2019], areaGroups: BOTH, among: ['started_youth_by_now'] },
    of: 'dropped_out_youth_by_now',
    choices: [
      YOUTH, droppedOutBy(21),
      {
        da: 'Nævneren er 21-årige, der har påbegyndt en ungdomsuddannelse (rapporten angiver den ikke). Rapportens N passer ikke helt: støttede områder 1.549-2.918 er omkring halvdelen af de 21-årige, og befolkningens 4.071-5.905 er for lille til Tabel 6.3\'s 6.265 frafaldne (FLAG).',
        en: 'The denominator is 21-year-olds who have started a youth education (the report does not state it). The report\'s Ns do not quite fit: the supported 1,549-2,918 is about half of the 21-year-olds, and the population\'s 4,071-5,905 is too small for Table 6.3\'s 6,265 dropouts (FLAG).',
      },
      SUPPORTED, POPULATION,
    ],
  }),
  // l. 3733-3734
  nextStep('fig-6.10', 6, 'supported', {
    da: 'Fra afbrudt ungdomsuddannelse til NEET, uddannelse eller beskæftigelse opgjort for de støttede områder. Procent.',
    en: 'From interrupted youth education to NEET, education or employment, supported areas. Per cent.',
  }, DROPOUTS_21, [YOUTH, droppedOutBy(21), DROPOUTS_21_CHOICE]),
  // l. 3794-3795
  status('fig-6.11', 6, 'supported', [21, 25], {
    da: 'Udvikling i, om 21-25-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for støttede områder. Procent.',
    en: 'Whether 21-25-year-olds are in education, in employment or NEET, supported areas. Per cent.',
  }),
  // l. 3847-3848
  share({
    id: 'fig-6.12', chapter: 6, split: true,
    title: {
      da: 'Andel 17-24-årige i gang med erhvervskompetencegivende uddannelse i støttede områder og befolkningen for hhv. herkomst og køn. Procent.',
      en: 'Share of 17-24-year-olds enrolled in a vocationally qualifying education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [17, 24], years: [2000, 2019], areaGroups: BOTH },
    of: 'in_vocational_education', choices: [VOCATIONAL, ENROLLED, SUPPORTED, POPULATION],
  }),
  // l. 3885-3887
  share({
    id: 'fig-6.13', chapter: 6, split: true,
    title: {
      da: 'Andel af 25-årige, der har afsluttet en erhvervskompetencegivende uddannelse i støttede områder og befolkningen for hhv. herkomst og køn. Procent.',
      en: 'Share of 25-year-olds who have completed a vocationally qualifying education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [25, 25], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_vocational_by_now', choices: [VOCATIONAL, completedBy(25), SUPPORTED, POPULATION],
  }),
  // l. 3911-3913
  nextStep('fig-6.14', 6, 'supported', {
    da: 'Andelen af 25-årige, der har afsluttet en erhvervskompetencegivende uddannelse og går videre til beskæftigelse, anden uddannelse eller NEET i de støttede områder. Procent.',
    en: '25-year-olds who have completed a vocationally qualifying education and go on to employment, other education or NEET, supported areas. Per cent.',
  }, { ages: [25, 25], years: [2000, 2018], among: ['completed_vocational_by_now'] }, [
    VOCATIONAL, completedBy(25),
    { da: 'Populationen er tælleren i Figur 6.13 (N 984-1.517 passer); vist 2000-2018 som i teksten.', en: 'The population is Fig 6.13\'s numerator (N 984-1,517 fits); shown 2000-2018 as in the text.' },
  ]),
  // l. 3930-3932
  nextStep('fig-6.15', 6, 'supported', {
    da: 'Andelen af 25-årige, der ikke afslutter en erhvervskompetencegivende uddannelse, som de er startet på, og deres vej ind i beskæftigelse, uddannelse eller NEET-gruppen i de støttede områder. Procent.',
    en: '25-year-olds who do not complete a vocationally qualifying education they started, and their path into employment, education or NEET, supported areas. Per cent.',
  }, { ages: [25, 25], years: [2000, 2019], among: ['dropped_out_vocational_by_now'] }, [VOCATIONAL, droppedOutBy(25)]),
  // l. 3987-3988
  status('fig-6.16', 6, 'supported', [26, 29], {
    da: 'Udvikling i, om 26-29-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for støttede områder. Procent.',
    en: 'Whether 26-29-year-olds are in education, in employment or NEET, supported areas. Per cent.',
  }),
  // l. 4093-4094
  share({
    id: 'fig-6.17', chapter: 6, split: true,
    title: {
      da: 'Andel 26-29-årige i gang med videregående uddannelse i støttede områder og befolkningen for hhv. herkomst og køn. Procent.',
      en: 'Share of young people (21-25, see choices) enrolled in a higher education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [21, 25], years: [2000, 2019], areaGroups: BOTH },
    of: 'in_higher_education',
    choices: [
      HIGHER, ENROLLED,
      {
        da: 'Titlen siger 26-29-årige, men teksten (l. 4056-4057) siger 21-25-årige, og befolkningens N (291.716-407.356) er de 21-25-åriges (Bilagsfigur 8.13: 292.326-407.085). Vi viser 21-25-årige og beholder titlen.',
        en: 'The title says 26-29, but the text (l. 4056-4057) says 21-25, and the population N (291,716-407,356) is that of the 21-25-year-olds (Bilagsfigur 8.13: 292,326-407,085). We show 21-25-year-olds and keep the title.',
      },
      SUPPORTED, POPULATION,
    ],
  }),
  // l. 4132-4133
  share({
    id: 'fig-6.18', chapter: 6, split: true,
    title: {
      da: 'Andelen af 29-årige, der har afsluttet en videregående uddannelse opgjort for støttede områder og befolkning, herkomst og køn. Procent.',
      en: 'Share of 29-year-olds who have completed a higher education, supported areas and the population, by origin and sex. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [29, 29], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_higher_by_now', choices: [HIGHER, completedBy(29), SUPPORTED, POPULATION],
  }),
  // l. 4473-4474
  nextStep('fig-6.19', 6, 'supported', {
    da: 'Andelen af 29-årige, der afslutter en videregående uddannelse og deres vej til beskæftigelse, anden uddannelse eller NEET-gruppe. Procent.',
    en: '29-year-olds who complete a higher education and their path to employment, other education or NEET. Per cent.',
  }, { ages: [29, 29], years: [2000, 2019], among: ['completed_higher_by_now'] }, [
    HIGHER, completedBy(29),
    { da: 'Titlen angiver ikke området; vi viser de støttede områder (nabofigurerne er for støttede områder, og N 464-1.559 passer med tælleren i Bilagsfigur 8.22).', en: 'The title names no area; we show supported areas (the neighbouring figures are supported-area figures, and N 464-1,559 fits the numerator of Bilagsfigur 8.22).' },
  ]),
  // l. 4484-4486
  nextStep('fig-6.20', 6, 'supported', {
    da: 'Andelen af 29-årige, der ikke afslutter en videregående uddannelse, og deres vej ind i uddannelse, beskæftigelse og NEET-gruppe i de støttede områder. Procent.',
    en: '29-year-olds who do not complete a higher education, and their path into education, employment and NEET, supported areas. Per cent.',
  }, { ages: [29, 29], years: [2000, 2019], among: ['dropped_out_higher_by_now'] }, [HIGHER, droppedOutBy(29)]),

  // Bilag 8
  // l. 9321-9323
  share({
    id: 'bfig-8.4', chapter: 'B8',
    title: {
      da: 'Andel, der gennemfører en ungdomsuddannelse inden for 3 år efter tilgangsår (året, hvor de påbegynder) for personer mellem 15-29 år i tilgangsåret for støttede områder og befolkningen. Procent.',
      en: 'Share completing a youth education within 3 years of the entry year, persons aged 15-29 in the entry year, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [15, 29], years: [2000, 2016], yearOffset: 3, areaGroups: BOTH, among: ['started_youth_this_year'] },
    of: 'youth_completed_within_3y', choices: [YOUTH, within(3), SUPPORTED, POPULATION],
  }),
  // l. 9329-9330
  nextStep('bfig-8.5', 'B8', 'population', {
    da: 'Andel af unge, der har færdiggjort en ungdomsuddannelse, og hvilken situation, de herefter overgår til i befolkningen. Procent.',
    en: 'Young people who completed a youth education and the situation they move on to, population. Per cent.',
  }, COMPLETERS, [YOUTH, COMPLETERS_CHOICE]),
  // l. 9335-9336
  share({
    id: 'bfig-8.6', chapter: 'B8',
    title: {
      da: 'Andel af 21-årige, der har afsluttet en ungdomsuddannelse, opgjort for de støttede områder og for befolkningen. Procent.',
      en: 'Share of 21-year-olds who have completed a youth education, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [21, 21], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_youth_by_now', choices: [YOUTH, completedBy(21), SUPPORTED, POPULATION],
  }),
  // l. 9342-9343
  nextStep('bfig-8.7', 'B8', 'population', {
    da: 'Fra afbrudt ungdomsuddannelse til NEET, uddannelse eller beskæftigelse opgjort for befolkningen. Procent.',
    en: 'From interrupted youth education to NEET, education or employment, population. Per cent.',
  }, DROPOUTS_21, [YOUTH, droppedOutBy(21), DROPOUTS_21_CHOICE]),
  // l. 9348-9349
  status('bfig-8.8', 'B8', 'population', [21, 25], {
    da: 'Udvikling i, om 21-25-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for befolkningen. Procent.',
    en: 'Whether 21-25-year-olds are in education, in employment or NEET, population. Per cent.',
  }),
  // l. 9441-9442
  share({
    id: 'bfig-8.9', chapter: 'B8',
    title: {
      da: 'Andel 17-24-årige i gang med erhvervskompetencegivende uddannelse i støttede områder og i befolkningen. Procent.',
      en: 'Share of 17-24-year-olds enrolled in a vocationally qualifying education, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [17, 24], years: [2000, 2019], areaGroups: BOTH },
    of: 'in_vocational_education', choices: [VOCATIONAL, ENROLLED, SUPPORTED, POPULATION],
  }),
  // l. 9447-9449
  share({
    id: 'bfig-8.10', chapter: 'B8',
    title: {
      da: 'Udvikling i andelen, der gennemfører en erhvervskompetencegivende uddannelse inden for 5 år. Støttede områder og befolkningen. Procent.',
      en: 'Share completing a vocationally qualifying education within 5 years. Supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [15, 29], years: [2000, 2014], yearOffset: 5, areaGroups: BOTH, among: ['started_vocational_this_year'] },
    of: 'vocational_completed_within_5y',
    choices: [VOCATIONAL, within(5), { da: 'Rapporten angiver ikke de startendes alder; vi bruger 15-29 år som i Bilagsfigur 8.4.', en: 'The report does not give the entrants\' age; we use 15-29 as in Bilagsfigur 8.4.' }, SUPPORTED, POPULATION],
  }),
  // l. 9455-9457
  share({
    id: 'bfig-8.11', chapter: 'B8',
    title: {
      da: 'Andel af 25-årige, der har afsluttet en erhvervskompetencegivende uddannelse, opgjort for de støttede områder og for befolkningen. Procent.',
      en: 'Share of 25-year-olds who have completed a vocationally qualifying education, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [25, 25], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_vocational_by_now', choices: [VOCATIONAL, completedBy(25), SUPPORTED, POPULATION],
  }),
  // l. 9528-9529
  status('bfig-8.12', 'B8', 'population', [26, 29], {
    da: 'Udvikling i, om 26-29-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for befolkningen. Procent.',
    en: 'Whether 26-29-year-olds are in education, in employment or NEET, population. Per cent.',
  }),
  // l. 9535-9536
  share({
    id: 'bfig-8.13', chapter: 'B8',
    title: {
      da: 'Andel 21-25-årige i gang med en videregående uddannelse i støttede områder og i befolkningen. Procent.',
      en: 'Share of 21-25-year-olds enrolled in a higher education, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [21, 25], years: [2000, 2019], areaGroups: BOTH },
    of: 'in_higher_education', choices: [HIGHER, ENROLLED, SUPPORTED, POPULATION],
  }),
  // l. 9609-9610
  share({
    id: 'bfig-8.21', chapter: 'B8',
    title: {
      da: 'Udvikling i andelen, der gennemfører en videregående uddannelse inden for 7 år. Støttede områder og befolkningen. Procent.',
      en: 'Share completing a higher education within 7 years. Supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [15, 29], years: [2000, 2012], yearOffset: 7, areaGroups: BOTH, among: ['started_higher_this_year'] },
    of: 'higher_completed_within_7y',
    choices: [HIGHER, within(7), { da: 'Rapporten angiver ikke de startendes alder; vi bruger 15-29 år som i Bilagsfigur 8.4. Teksten henviser fejlagtigt til "Bilagsfigur 8.14" (l. 4111).', en: 'The report does not give the entrants\' age; we use 15-29 as in Bilagsfigur 8.4. The text wrongly cites "Bilagsfigur 8.14" (l. 4111).' }, SUPPORTED, POPULATION],
  }),
  // l. 9615-9616
  share({
    id: 'bfig-8.22', chapter: 'B8',
    title: {
      da: 'Andel af 29-årige, der har afsluttet en videregående uddannelse, opgjort for de støttede områder og for befolkningen. Procent.',
      en: 'Share of 29-year-olds who have completed a higher education, supported areas and the population. Per cent.',
    },
    population: { targetGroup: '15-29', ages: [29, 29], years: [2000, 2019], areaGroups: BOTH },
    of: 'completed_higher_by_now', choices: [HIGHER, completedBy(29), SUPPORTED, POPULATION],
  }),
];
