/**
 * The first target-group exhibits of chapters 3, 4 and 6: parents in the restgruppe by origin, and
 * NEET at 18-20 by parental restgruppe. Populations are the target groups of Bilag 1 (populations/);
 * area_group means "grown up in an area with a master plan" (supported) or the same age group in
 * all social housing / the whole population.
 */
import type { IndicatorSpec } from '../spec.ts';

const N_NOTE = { da: 'N pr. gruppe og år fremgår af tabellen.', en: 'N per group and year is shown in the table.' };

export const TARGET_GROUP_SPECS: IndicatorSpec[] = [
  {
    id: 'fig-3.3', chapter: 3, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel 6-årige med mindst én forælder i restgruppen pågældende år. Særskilt for støttede områder og befolkningen og herkomst. Procent.',
      en: 'Share of 6-year-olds with at least one parent in the restgruppe. By area group and origin. Per cent.',
    },
    note: N_NOTE,
    population: { targetGroup: '0-6', ages: [6, 6], years: [2000, 2019] },
    measure: { kind: 'share', of: 'parental_restgruppe' },
    by: ['area_group', 'origin'],
    choices: [{
      da: 'Forældrenes restgruppestatus måles ved barnets fødsel (alder 0), som Bilag 1 og Boks 3.1 angiver; figurens titel siger "pågældende år".',
      en: 'Parents\' restgruppe status is measured at the child\'s birth (age 0), as Bilag 1 and Box 3.1 say; the figure title says "that year".',
    }],
  },
  {
    id: 'fig-4.2', chapter: 4, kind: 'figure', unit: 'share',
    title: {
      da: 'Andel af skolebørn med mindst en forælder i restgruppen opgjort for herkomst. Procent.',
      en: 'Share of school children with at least one parent in the restgruppe, by origin. Per cent.',
    },
    note: N_NOTE,
    population: { targetGroup: '6-17', years: [2003, 2019] },
    measure: { kind: 'share', of: 'parental_restgruppe' },
    by: ['area_group', 'origin'],
    choices: [{
      da: 'Alle skolebørn 6-17 år; forældrenes status måles ved 6 år (Bilag 1). Opdelingen findes fra 2003 (Bilag 1, l. 7247-7249), selv om teksten nævner tal for 2000.',
      en: 'All school children aged 6-17; parents\' status measured at age 6 (Bilag 1). The split exists from 2003 (Bilag 1, l. 7247-7249), although the text quotes 2000.',
    }],
  },
  {
    id: 'tab-6.2', chapter: 6, kind: 'table', unit: 'share',
    title: {
      da: 'Sammenhæng mellem forældre i restgruppe og unge i NEET-gruppe som 18-20-årig. Procent.',
      en: 'Parents in the restgruppe and young people being NEET at 18-20. Per cent.',
    },
    note: N_NOTE,
    population: { targetGroup: '15-29', ages: [18, 20], years: [2005, 2019] },
    measure: { kind: 'share', of: 'neet' },
    by: ['area_group', 'parental_restgruppe'],
    choices: [{
      da: 'Forældrenes status måles, da den unge var 15 år (Bilag 1). Tabellen vises for alle år 2005-2019; rapporten trykker 2005 og 2019.',
      en: 'Parents\' status measured when the young person was 15 (Bilag 1). Shown for every year 2005-2019; the report prints 2005 and 2019.',
    }],
  },
];
