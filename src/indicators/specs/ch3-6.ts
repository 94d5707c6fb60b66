/**
 * Register exhibits of chapters 3-6 and Bilag 6-8 that the engine computes from concepts
 * (concepts.ts): poverty of 6-year-olds, the 9th-grade exam, crime rates and shares, and the
 * education / employment / NEET status of young people. Titles and notes are the report's
 * (catalog-ch2-5.md, catalog-ch6-7.md, with line numbers); the English is ours.
 */
import type { Text } from '../../results/types.ts';
import type { IndicatorSpec } from '../spec.ts';

const K_STD = 'N pr. gruppe og år fremgår af tabellen.';
const K_STD_EN = 'N per group and year is shown in the table.';
const n = (da = '', en = ''): Text => ({ da: `${da}${da ? ' ' : ''}${K_STD}`, en: `${en}${en ? ' ' : ''}${K_STD_EN}` });
const SCHOOLS = 'Blandt folkeskoler, efterskoler samt fri- og privatskoler.';
const SCHOOLS_EN = 'Among public schools, boarding schools (efterskoler) and free and private schools.';
const EXAM_DEF = 'Afsluttet folkeskolen med afgangsprøve defineres som at optræde med karakterer i bundne prøvefag i karakterregisteret.';
const EXAM_DEF_EN = 'Completed with the leaving exam: has grades in the mandatory exam subjects in the grade register.';

const CRIME_CHOICES: Text[] = [
  {
    da: 'Lovene er straffeloven, lov om euforiserende stoffer og våbenloven (LOV 1, 3, 4); færdselsloven og andre særlove tælles ikke (Bilag 1). Hændelser dateres efter kalenderåret for datoen; alder er alderen ved årets udgang.',
    en: 'Laws: criminal code, narcotics act and weapons act (LOV 1, 3, 4); traffic act and other special acts are not counted (Bilag 1). Events are dated by the calendar year of their date; age is the age at the end of the year.',
  },
  {
    da: 'Støttede områder er målgruppen af 10-17-årige (mindst 2 sammenhængende år i et område med helhedsplan i alderen 10-17); almene områder og befolkningen er samme aldersgruppe med samme regel.',
    en: 'Supported areas: the 10-17 target group (at least 2 consecutive years in a master-plan area at ages 10-17); social housing and the population are the same age group under the same rule.',
  },
];
const RATE_CHOICE: Text = {
  da: 'Titlen siger "Antal": vi tæller hændelser (ikke personer) pr. 1.000 i aldersgruppen; intervallet er det eksakte Poisson-interval for antallet af hændelser.',
  en: 'The title says "Antal" (number): we count events (not persons) per 1,000 of the age group; the interval is the exact Poisson interval of the event count.',
};
const NINTH_CHOICES: Text[] = [
  {
    da: '9. klasses elever: elever i 9. klasse i elevregisteret (folkeskole, fri- og privatskole, efterskole; ikke specialskole); året er afgangsåret (skoleåret + 1).',
    en: '9th-grade pupils: in grade 9 in the pupil register (public, free/private, boarding school; not special school); the year is the exam year (school year + 1).',
  },
  {
    da: 'Afsluttet med afgangsprøven: karakter (også -3 og 00) i alle skoleårets bundne prøvefag; de bundne fag er dem, mindst halvdelen af årets elever med bundne karakterer har (Bilag 1 l. 7334-7337). Udeblivelse (tom karakter) tæller som ikke afsluttet.',
    en: 'Completed with the exam: a grade (also -3 and 00) in every mandatory subject of the school year; the mandatory subjects are those that at least half of that year\'s pupils with mandatory grades have (Bilag 1 l. 7334-7337). An absence (empty grade) counts as not completed.',
  },
  {
    da: 'Støttede områder er målgruppen af skolebørn (6-17 år) i afgangsåret; befolkningen er alle skolebørn samme år.',
    en: 'Supported areas: the school-children target group (6-17) in the exam year; the population: all school children that year.',
  },
];
const MEAN_02_CHOICE: Text = {
  da: 'Nævneren er elever, der har afsluttet med afgangsprøven (andelene 92-99 pct. og N-værdierne viser det); gennemsnittet er det ikke-afrundede gennemsnit af de bundne prøvefag, ≥ 2,0.',
  en: 'The denominator is pupils who completed the exam (the 92-99 per cent shares and the Ns show it); the mean is the unrounded mean of the mandatory subjects, ≥ 2.0.',
};
export const STATUS_CHOICES: Text[] = [
  {
    da: 'Status: i uddannelse (igangværende 1. oktober eller SOCIO13 310) går forud for beskæftigelse (SOCIO13 110-139); resten er NEET. Personer med ukendt beskæftigelse og ikke i uddannelse er udeladt.',
    en: 'Status: in education (ongoing on 1 October, or SOCIO13 310) before employment (SOCIO13 110-139); the rest are NEET. Persons with unknown employment who are not in education are left out.',
  },
  {
    da: 'Støttede områder er målgruppen af 15-29-årige (2 sammenhængende år i alderen 15-18).',
    en: 'Supported areas: the 15-29 target group (2 consecutive years at ages 15-18).',
  },
];

const crimeRate = (id: string, title: Text, of: 'suspicions' | 'charges' | 'prison_verdicts', ages: readonly [number, number], extra: Text[] = []): IndicatorSpec => ({
  id, chapter: 5, kind: 'figure', unit: 'per_1000', title, note: n(),
  population: { targetGroup: '10-17', ages, years: [2000, 2019] },
  measure: { kind: 'rate_per_1000', of },
  by: ['area_group'],
  choices: [RATE_CHOICE, ...CRIME_CHOICES, ...extra],
});

const crimeShare = (id: string, chapter: number | string, area: 'supported' | 'population', title: Text, of: 'any_suspicion' | 'any_charge', ages: readonly [number, number], extra: Text[] = []): IndicatorSpec => ({
  id, chapter, kind: 'figure', unit: 'share', title, note: n(),
  population: { targetGroup: '10-17', ages, years: [2000, 2019], areaGroups: [area] },
  measure: { kind: 'share', of },
  by: ['area_group', 'parental_restgruppe'],
  choices: [
    { da: 'Mindst én hændelse i kalenderåret. Forældrenes restgruppestatus måles, da barnet var 10 år (Bilag 1).', en: 'At least one event in the calendar year. Parents\' restgruppe status measured when the child was 10 (Bilag 1).' },
    ...CRIME_CHOICES, ...extra,
  ],
});

export const status = (id: string, chapter: number | string, area: 'supported' | 'population', ages: readonly [number, number], title: Text): IndicatorSpec => ({
  id, chapter, kind: 'figure', unit: 'share', title, note: n(),
  population: { targetGroup: '15-29', ages, years: [2000, 2019], areaGroups: [area] },
  measure: { kind: 'distribution', of: 'edu_emp_neet', key: 'status' },
  by: ['area_group'],
  choices: STATUS_CHOICES,
});

export const CH3_6_SPECS: IndicatorSpec[] = [
  {
    id: 'fig-3.2', chapter: 3, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 6-årige i familier med indkomst under fattigdomsgrænsen. Særskilt for støttede områder, almene områder og befolkningen. Procent.',
      en: 'Share of 6-year-olds in families with income below the poverty line. By area group. Per cent.',
    },
    note: n(),
    population: { targetGroup: '0-6', ages: [6, 6], years: [2000, 2019] },
    measure: { kind: 'share', of: 'poor' },
    by: ['area_group'],
    choices: [
      { da: 'Fattigdom som i kapitel 2 (familiens ækvivalerede disponible indkomst under 50 pct. af befolkningens median; studerende og familier med formue er ikke fattige). Enheden er barnet.', en: 'Poverty as in chapter 2 (the family\'s equivalised disposable income below 50 % of the population median; students and families with wealth are not poor). The unit is the child.' },
      { da: 'Støttede områder er målgruppen af 0-6-årige. Rapportens N-etiketter for Befolkning og Udsatte områder er byttet om (l. 1295).', en: 'Supported areas: the 0-6 target group. The report\'s N labels for the population and supported areas are swapped (l. 1295).' },
    ],
  },
  {
    id: 'fig-4.4', chapter: 4, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel af de 9. klasses elever, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven. Procent.',
      en: 'Share of 9th-grade pupils in the pupil register who completed primary school with the leaving exam. Per cent.',
    },
    note: n(`${SCHOOLS} ${EXAM_DEF}`, `${SCHOOLS_EN} ${EXAM_DEF_EN}`),
    population: { targetGroup: '6-17', years: [2002, 2019], among: ['ninth_grade_pupil'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'exam_completed' },
    by: ['area_group', 'sex'],
    choices: NINTH_CHOICES,
  },
  {
    id: 'tab-4.3', chapter: 4, kind: 'table', unit: 'share',
    title: {
      da: 'Andel blandt 9. klasse-elever, i støttede områder og befolkningen, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven særskilt efter, om den unge havde mindst én forælder i restgruppen, da den unge var 15 år. Procent.',
      en: 'Share of 9th-grade pupils who completed the exam, by whether at least one parent was in the restgruppe when the young person was 15. Per cent.',
    },
    note: n(EXAM_DEF, EXAM_DEF_EN),
    population: { targetGroup: '6-17', years: [2002, 2019], among: ['ninth_grade_pupil'], areaGroups: ['supported', 'population'], parentalAtAge: 15 },
    measure: { kind: 'share', of: 'exam_completed' },
    by: ['area_group', 'parental_restgruppe'],
    choices: [
      ...NINTH_CHOICES,
      { da: 'Forældrenes status ved 15 år, som tabellens titel siger (Bilag 1 bruger 6 år for skolebørn; Tabel 4.4 bruger 6 år). Vist for alle år 2002-2019; rapporten trykker 2007 og 2019.', en: 'Parents\' status at age 15, as the table title says (Bilag 1 uses 6 for school children; Table 4.4 uses 6). Shown for every year 2002-2019; the report prints 2007 and 2019.' },
    ],
  },
  {
    id: 'fig-4.5', chapter: 4, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel blandt de 9. klasse-elever, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven med mindst 02 i gennemsnit i de bundne prøvefag. Særskilt for de støttede områder og befolkningen. Procent.',
      en: 'Share of 9th-grade pupils who completed the exam with a mean of at least 02 in the mandatory subjects. Supported areas and the population. Per cent.',
    },
    note: n(SCHOOLS, SCHOOLS_EN),
    population: { targetGroup: '6-17', years: [2007, 2019], among: ['ninth_grade_pupil', 'exam_completed'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'exam_mean_02' },
    by: ['area_group'],
    choices: [...NINTH_CHOICES, MEAN_02_CHOICE],
  },
  {
    id: 'tab-4.4', chapter: 4, kind: 'table', unit: 'share',
    title: {
      da: 'Andel blandt de 9. klasse-elever, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven med mindre end 02 i gennemsnit i de bundne prøvefag. Særskilt for de støttede områder og befolkningen samt om den unge havde mindst én forælder i restgruppen, da den unge var 6 år. Procent.',
      en: 'Share of 9th-grade pupils who completed the exam with a mean below 02, by area and by whether at least one parent was in the restgruppe at age 6. Per cent.',
    },
    note: n(SCHOOLS, SCHOOLS_EN),
    population: { targetGroup: '6-17', years: [2007, 2019], among: ['ninth_grade_pupil', 'exam_completed'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'exam_mean_below_02' },
    by: ['area_group', 'parental_restgruppe'],
    choices: [...NINTH_CHOICES, MEAN_02_CHOICE, { da: 'Forældrenes status ved 6 år (skolebørnenes målgruppe, Bilag 1). Vist for alle år 2007-2019; rapporten trykker 2007 og 2019.', en: 'Parents\' status at age 6 (the school-children group, Bilag 1). Shown for every year 2007-2019; the report prints 2007 and 2019.' }],
  },
  {
    id: 'bfig-6.1', chapter: 'B6', kind: 'figure', unit: 'share',
    title: {
      da: 'Andel blandt de 9. klasse-elever, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven med mindst 02 i gennemsnit i de bundne prøvefag. Særskilt for de støttede områder og befolkningen, samt om den unge havde mindst én forælder i restgruppen, da den unge var 6 år. Procent.',
      en: 'Share of 9th-grade pupils who completed the exam with a mean of at least 02, by area and parental restgruppe at age 6. Per cent.',
    },
    note: n(SCHOOLS, SCHOOLS_EN),
    population: { targetGroup: '6-17', years: [2007, 2019], among: ['ninth_grade_pupil', 'exam_completed'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'exam_mean_02' },
    by: ['area_group', 'parental_restgruppe'],
    choices: [...NINTH_CHOICES, MEAN_02_CHOICE],
  },
  {
    id: 'fig-4.3', chapter: 4, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 18-årige, der, mens de var 6-18 år, var i familier med en ækvivaleret disponeret familieindkomst under fattigdomsgrænsen. Særskilt for støttede områder, almene områder og befolkningen. Procent.',
      en: 'Share of 18-year-olds who, while aged 6-18, lived in a family with equivalised disposable income below the poverty line. By area group. Per cent.',
    },
    note: n(),
    population: { targetGroup: '15-29', ages: [18, 18], years: [2000, 2019] },
    measure: { kind: 'share', of: 'ever_poor_6_18' },
    by: ['area_group'],
    choices: [
      { da: 'Mindst ét år i en familie under fattigdomsgrænsen i alderen 6-18 (rapporten angiver ikke antallet af år); år uden indkomstoplysninger tæller ikke.', en: 'At least one year in a family below the poverty line at ages 6-18 (the report does not state how many years); years without income data do not count.' },
      { da: 'Skolebørnenes målgruppe slutter ved 17 år; 18-årige i støttede områder er derfor målgruppen af 15-29-årige (2 sammenhængende år i alderen 15-18).', en: 'The school-children group ends at 17; 18-year-olds in supported areas are therefore the 15-29 target group (2 consecutive years at ages 15-18).' },
    ],
  },
  crimeRate('fig-5.2', {
    da: 'Antal mistanker for overtrædelser af straffeloven, våbenloven eller lov om euforiserende stoffer pr. 1.000 10-14-årige. Særskilt for støttede områder, almene områder og befolkningen. Procent.',
    en: 'Number of suspicions (criminal code, weapons act, narcotics act) per 1,000 10-14-year-olds. By area group.',
  }, 'suspicions', [10, 14], [{ da: 'Mistanker registreres for børn under den kriminelle lavalder (KRMS). Titlens "Procent" er en fejl: enheden er pr. 1.000.', en: 'Suspicions are registered for children under the age of criminal responsibility (KRMS). The title\'s "Procent" is an error: the unit is per 1,000.' }]),
  crimeShare('fig-5.3', 5, 'supported', {
    da: 'Andel af 10-14-årige med en mistanke for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer i støttede områder. Særskilt for mindst én forælder i restgruppen, da barnet var 10 år. Procent.',
    en: 'Share of 10-14-year-olds with a suspicion, supported areas, by whether at least one parent was in the restgruppe when the child was 10. Per cent.',
  }, 'any_suspicion', [10, 14]),
  crimeRate('fig-5.4', {
    da: 'Antal sigtelser for overtrædelser af straffeloven, våbenloven eller lov om euforiserende stoffer pr. 1.000 15-17-årige. Særskilt for støttede områder, almene områder og befolkningen.',
    en: 'Number of charges (criminal code, weapons act, narcotics act) per 1,000 15-17-year-olds. By area group.',
  }, 'charges', [15, 17]),
  crimeShare('fig-5.5', 5, 'supported', {
    da: 'Andel i populationen af 15-17-årige med en sigtelse for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer. Særskilt for mindst én forælder i restgruppen i de støttede områder, da barnet var 10 år. Procent.',
    en: 'Share of 15-17-year-olds with a charge, supported areas, by whether at least one parent was in the restgruppe when the child was 10. Per cent.',
  }, 'any_charge', [15, 17]),
  crimeRate('fig-5.6', {
    da: 'Antal betingede og ubetingede domme for overtrædelser af straffeloven, våbenloven eller lov om euforiserende stoffer pr. 1.000 15-17-årige. Særskilt for støttede områder, almene områder og befolkningen.',
    en: 'Number of conditional and unconditional prison sentences (criminal code, weapons act, narcotics act) per 1,000 15-17-year-olds. By area group.',
  }, 'prison_verdicts', [15, 17], [{ da: 'Domme er afgørelser med betinget eller ubetinget fængselsstraf; bøder tælles ikke (Bilag 1). Dateret efter afgørelsesdatoen.', en: 'Verdicts with conditional or unconditional prison; fines are not counted (Bilag 1). Dated by the verdict date.' }]),
  {
    id: 'fig-5.7', chapter: 5, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 17-årige, der var blandt de 9. klasse-elever, der optræder i elevregisteret, og som ikke har afsluttet grundskolen med afgangsprøven, der havde mindst én sigtelse, og som ikke har afsluttet grundskolen, efter at de er fyldt 17 år. Procent.',
      en: 'Share of 17-year-olds who were 9th-grade pupils and had not completed the exam by 17, with at least one charge. Per cent.',
    },
    note: n(),
    population: { targetGroup: '10-17', ages: [17, 17], years: [2002, 2019], among: ['was_ninth_grader', 'no_exam_by_now'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'charged_at_15_17' },
    by: ['area_group'],
    choices: [
      { da: '17-årige i 10-17-målgruppen, der har været i 9. klasse (skoletype 1-3) og ikke har afsluttet med afgangsprøven senest i året, de fylder 17; mindst én sigtelse (LOV 1, 3, 4) i alderen 15-17.', en: '17-year-olds of the 10-17 group who have been in grade 9 (school types 1-3) and had not completed the exam by the year they turn 17; at least one charge (LOV 1, 3, 4) at ages 15-17.' },
      { da: 'Kun elever, hvis 9. klasse ligger i år, karakterregisteret dækker (ellers ville alle tidlige elever tælle som ikke afsluttet).', en: 'Only pupils whose 9th grade falls in years the grade register covers (otherwise every early pupil would count as not completed).' },
      ...CRIME_CHOICES.slice(0, 1),
    ],
  },
  crimeShare('bfig-7.1', 'B7', 'population', {
    da: 'Andel af 10-14-årige med en mistanke for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer i befolkningen. Særskilt for mindst én forælder i restgruppen, da barnet var 10 år. Procent.',
    en: 'Share of 10-14-year-olds with a suspicion, population, by parental restgruppe at 10. Per cent.',
  }, 'any_suspicion', [10, 14]),
  crimeShare('bfig-7.3', 'B7', 'population', {
    da: 'Andel i populationen af 15-17-årige med en sigtelse for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer. Særskilt for mindst én forælder i restgruppen i befolkningen, da barnet var 10 år. Procent.',
    en: 'Share of 15-17-year-olds with a charge, population, by parental restgruppe at 10. Per cent.',
  }, 'any_charge', [15, 17]),
  {
    id: 'bfig-7.4', chapter: 'B7', kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 17-årige, der var blandt de 9. klasse-elever, der optræder i elevregisteret, og som har afsluttet grundskolen med afgangsprøven, der havde mindst én sigtelse. Procent.',
      en: 'Share of 17-year-olds who were 9th-grade pupils and completed the exam, with at least one charge. Per cent.',
    },
    note: n(),
    population: { targetGroup: '10-17', ages: [17, 17], years: [2002, 2019], among: ['was_ninth_grader', 'exam_by_now'], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'charged_at_15_17' },
    by: ['area_group'],
    choices: [
      { da: '17-årige i 10-17-målgruppen, der har afsluttet 9. klasse med afgangsprøven senest i året, de fylder 17; mindst én sigtelse (LOV 1, 3, 4) i alderen 15-17.', en: '17-year-olds of the 10-17 group who completed grade 9 with the exam by the year they turn 17; at least one charge (LOV 1, 3, 4) at ages 15-17.' },
      ...CRIME_CHOICES.slice(0, 1),
    ],
  },
  status('fig-6.2', 6, 'supported', [15, 17], {
    da: 'Udvikling i, om 15-17-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for støttede områder. Procent.',
    en: 'Whether 15-17-year-olds are in education, in employment or NEET, supported areas. Per cent.',
  }),
  {
    id: 'fig-6.3', chapter: 6, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel, der er i hhv. NEET, uddannelse og i beskæftigelse, i året efter at de har fuldført grundskolen, særskilt for støttede områder. Procent.',
      en: 'Share in NEET, education and employment in the year after completing primary school, supported areas. Per cent.',
    },
    note: n(),
    population: { targetGroup: '10-17', years: [2003, 2019], among: ['exam_completed_last_year'], areaGroups: ['supported'] },
    measure: { kind: 'distribution', of: 'edu_emp_neet', key: 'status' },
    by: ['area_group'],
    choices: [
      { da: 'Elever, der afsluttede 9. klasse med afgangsprøven i år t-1 (afgangsåret), og deres status i år t; støttede områder er målgruppen af 10-17-årige i år t (rapporten angiver ikke målgruppen).', en: 'Pupils who completed grade 9 with the exam in year t-1 (the exam year), and their status in year t; supported areas are the 10-17 target group in year t (the report does not name the group).' },
      STATUS_CHOICES[0]!,
    ],
  },
  {
    id: 'fig-6.5', chapter: 6, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 18-20-årige i gang med ungdomsuddannelse i støttede områder og i befolkningen. Procent.',
      en: 'Share of 18-20-year-olds enrolled in a youth education, supported areas and the population. Per cent.',
    },
    note: n(),
    population: { targetGroup: '15-29', ages: [18, 20], years: [2000, 2019], areaGroups: ['supported', 'population'] },
    measure: { kind: 'share', of: 'in_youth_education' },
    by: ['area_group'],
    choices: [
      { da: 'Ungdomsuddannelse: et igangværende forløb den 1. oktober i KOTRE med hovedområde gymnasial eller erhvervsfaglig (rapporten definerer ikke begrebet). "I gang med" læses som indskrevet, ikke påbegyndt i året.', en: 'Youth education: a KOTRE spell ongoing on 1 October in a gymnasial or vocational (erhvervsfaglig) main group (the report does not define the term). "I gang med" is read as enrolled, not started that year.' },
      STATUS_CHOICES[1]!,
    ],
  },
  status('fig-6.4', 6, 'supported', [18, 20], {
    da: 'Udvikling i, om 18-20-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for støttede områder. Procent.',
    en: 'Whether 18-20-year-olds are in education, in employment or NEET, supported areas. Per cent.',
  }),
  status('bfig-8.1', 'B8', 'population', [15, 17], {
    da: 'Udvikling i, om 15-17-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort i befolkningen. Procent.',
    en: 'Whether 15-17-year-olds are in education, in employment or NEET, population. Per cent.',
  }),
  {
    id: 'bfig-8.2', chapter: 'B8', kind: 'figure', unit: 'share',
    title: {
      da: 'Andel, der er i hhv. NEET, uddannelse og i beskæftigelse i året efter, at de har fuldført grundskolen for befolkningen. Procent.',
      en: 'Share in NEET, education and employment in the year after completing primary school, population. Per cent.',
    },
    note: n(),
    population: { targetGroup: '10-17', years: [2003, 2019], among: ['exam_completed_last_year'], areaGroups: ['population'] },
    measure: { kind: 'distribution', of: 'edu_emp_neet', key: 'status' },
    by: ['area_group'],
    choices: [
      { da: 'Elever, der afsluttede 9. klasse med afgangsprøven i år t-1, og deres status i år t; befolkningen er alle 10-17-årige i år t.', en: 'Pupils who completed grade 9 with the exam in year t-1, and their status in year t; the population is everyone aged 10-17 in year t.' },
      STATUS_CHOICES[0]!,
    ],
  },
  status('bfig-8.3', 'B8', 'population', [18, 20], {
    da: 'Udvikling i, om 18-20-årige er i uddannelse, i beskæftigelse eller i NEET-gruppen opgjort for befolkning. Procent.',
    en: 'Whether 18-20-year-olds are in education, in employment or NEET, population. Per cent.',
  }),
];
