/**
 * Chapter 2 "Ulighed i udsatte boligområder": inequality and exclusion by area group, 2000-2019.
 * Titles and notes are the report's (l. 1012-1172); the English is ours.
 */
import type { IndicatorSpec } from '../spec.ts';

const AREA_N = 'N pr. gruppe og år fremgår af tabellen.';
const AREA_N_EN = 'N per group and year is shown in the table.';
const POVERTY_NOTE = {
  da: `Økonomisk fattigdom er defineret som en persons indkomst, der er mindre end 50 pct. af medianindkomsten, og man ikke er studerende eller har formue. ${AREA_N}`,
  en: `Economic poverty: equivalised disposable income below 50 % of the median, and the person is neither a student nor has wealth. ${AREA_N_EN}`,
};
const POVERTY_CHOICES = [{
  da: 'Studerende og personer med formue (over 100.000 kr. pr. voksen i familien) tælles som ikke-fattige og indgår i nævneren; medianen er hele befolkningens.',
  en: 'Students and persons with wealth (over DKK 100,000 per adult in the family) count as not poor and stay in the denominator; the median is the whole population\'s.',
}];

export const CH2_SPECS: IndicatorSpec[] = [
  {
    id: 'fig-2.1', chapter: 2, kind: 'figure', unit: 'gini',
    title: {
      da: 'Udvikling i gini-koefficient. Særskilt for befolkningen, almene områder og støttede områder.',
      en: 'Development in the Gini coefficient. Separately for the population, social housing areas and supported areas.',
    },
    note: { da: AREA_N, en: AREA_N_EN },
    population: { years: [2000, 2019] },
    measure: { kind: 'gini', of: 'eq_income_nonneg' },
    by: ['area_group'],
    choices: [{
      da: 'Rapporten oplyser ikke indkomstbegrebet; vi bruger den ækvivalerede disponible familieindkomst med negative indkomster sat til 0 (som Figur 2.2).',
      en: 'The report does not state the income concept; we use equivalised disposable family income with negative incomes set to 0 (as Figure 2.2).',
    }],
  },
  {
    id: 'fig-2.2', chapter: 2, kind: 'figure', unit: 'dkk',
    title: {
      da: 'Udvikling i gennemsnitlig ækvivaleret disponibel familieindkomst. Særskilt for befolkningen, almene områder og udsatte områder. I kroner.',
      en: 'Development in mean equivalised disposable family income. Separately for the population, social housing areas and supported areas. DKK.',
    },
    note: { da: `Negative indkomster er sat til en indkomst på 0. ${AREA_N}`, en: `Negative incomes are set to 0. ${AREA_N_EN}` },
    population: { years: [2000, 2019] },
    measure: { kind: 'mean', of: 'eq_income_nonneg' },
    by: ['area_group'],
    choices: [{ da: 'Kroner i 2019-priser.', en: 'DKK in 2019 prices.' }],
  },
  {
    id: 'fig-2.3', chapter: 2, kind: 'figure', unit: 'share',
    title: {
      da: 'Udvikling for andelen af borgere med en indkomst under fattigdomsgrænsen. Særskilt for befolkningen, almene områder og støttede områder. Procent.',
      en: 'Share of residents with income below the poverty line. Separately for the population, social housing areas and supported areas. Per cent.',
    },
    note: POVERTY_NOTE,
    population: { years: [2000, 2019] },
    measure: { kind: 'share', of: 'poor' },
    by: ['area_group'],
    choices: POVERTY_CHOICES,
  },
  {
    id: 'fig-2.4', chapter: 2, kind: 'figure', unit: 'share',
    title: {
      da: 'Udvikling for andelen med en indkomst under fattigdomsgrænsen. Særskilt for befolkningen, almene områder og støttede områder og opgjort i forhold til herkomst. Procent.',
      en: 'Share with income below the poverty line, by area group and origin. Per cent.',
    },
    note: POVERTY_NOTE,
    population: { years: [2000, 2019] },
    measure: { kind: 'share', of: 'poor' },
    by: ['area_group', 'origin'],
    choices: POVERTY_CHOICES,
  },
  {
    id: 'fig-2.5', chapter: 2, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel i restgruppe for alle (18-64 år). Særskilt for støttede områder, almene områder og befolkningen. Procent.',
      en: 'Share in the restgruppe (neither in education nor employed, primary school as highest education), all aged 18-64. By area group. Per cent.',
    },
    note: {
      da: `Restgruppen er dem, der ikke har en uddannelse ud over grundskolen, og som hverken er i gang med en uddannelse eller i job. ${AREA_N}`,
      en: `The restgruppe: no education beyond primary school, and neither in education nor in a job. ${AREA_N_EN}`,
    },
    population: { ages: [18, 64], years: [2000, 2019] },
    measure: { kind: 'share', of: 'restgruppe' },
    by: ['area_group'],
    choices: [{
      da: 'Vist for 2000-2019 (rapportens tekst beskriver 2007-2019); importeret uddannelse for indvandrere tæller som uoplyst.',
      en: 'Shown for 2000-2019 (the report\'s text describes 2007-2019); imputed education of immigrants counts as unknown.',
    }],
  },
  {
    id: 'fig-2.6', chapter: 2, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel af 15-29-årige i NEET-gruppen. Særskilt for befolkningen, almene områder og støttede områder. Procent.',
      en: 'Share of 15-29-year-olds who are NEET (neither in education nor employment). By area group. Per cent.',
    },
    note: { da: AREA_N, en: AREA_N_EN },
    population: { ages: [15, 29], years: [2000, 2019] },
    measure: { kind: 'share', of: 'neet' },
    by: ['area_group'],
    choices: [{
      da: 'Aldersgruppen 15-29 år som i figuren (definitionsboksen siger 16-30 år); beboere efter bopæl i året.',
      en: 'Ages 15-29 as in the figure (the definitions box says 16-30); residents by where they live that year.',
    }],
  },
];
