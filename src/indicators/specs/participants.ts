/**
 * Bilag 3 (Bilagsfigur 3.1-3.11): participants in the activities of the 2015-18 plans against the
 * other residents of the same areas, in four groups, as indicator specs over the concepts of
 * concepts-participants.ts; and Bilagsfigur 7.2 (suspicions of 10-14-year-olds by a parent's
 * charge). Titles are the report's (exhibits.tsv, catalog-ch9-bilag.md §7, catalog-ch2-5.md); the
 * English is ours. docs/participants.md has the definitions and choices.
 */
import type { Text } from '../../results/types.ts';
import { COMPARISON_YEAR, PARTICIPANT_ROUND } from '../concepts-participants.ts';
import type { BooleanConcept, IndicatorSpec, Measure } from '../spec.ts';

const NOTE: Text = { da: 'N pr. gruppe fremgår af tabellen.', en: 'N per group is shown in the table.' };

/** Every Bilag 3 figure: who is a participant, who the other residents are, and the groups. */
export const BILAG3_CHOICES: readonly Text[] = [
  {
    da: `Deltagere: personer på deltagerlisterne fra helhedsplaner i puljen ${PARTICIPANT_ROUND} (dataindsamlingen med samtlige deltagere, Bilag 1; de 3.494 personer i Bilagstabel 1.6 er summen af bilagets fire grupper). Hver person tælles én gang og måles i sit første startår.`,
    en: `Participants: persons on the participant lists of the ${PARTICIPANT_ROUND} plans (the collection covering all participants, Bilag 1; the 3,494 persons of Bilagstabel 1.6 are the sum of the appendix's four groups). Each person counts once, measured in the first start year.`,
  },
  {
    da: `Øvrige beboere ("Øvrige deltagere" i rapportens anmærkninger): alle, der i ${COMPARISON_YEAR} bor i en afdeling under de samme helhedsplaner og ikke er deltagere. Rapporten angiver ikke året; sammenligningsgruppernes N svarer til ét års beboere.`,
    en: `Other residents ("Øvrige deltagere" in the report's notes): everyone living in ${COMPARISON_YEAR} in a department of the same plans who is not a participant. The report gives no year; the comparison Ns are one year's residents.`,
  },
  {
    da: 'Grupper efter alder ved årets udgang: 6-17-årige skolebørn (indskrevet i 0.-10. klasse i skoleåret, der begynder i måleåret); 0-6-årige, der ikke går i skole; 15-29-årige, der ikke går i grundskole (færdige med skolen); 30-50-årige (forældre). Grupperne er disjunkte, så de tilsammen er alle deltagere i alderen 0-50 (7-14-årige uden for grundskolen indgår ikke).',
    en: 'Groups by age at the end of the year: pupils aged 6-17 (enrolled in grades 0-10 in the school year starting in the year of measurement); 0-6-year-olds not in school; 15-29-year-olds not in primary school (finished school); 30-50-year-olds (parents). The groups are disjoint, so together they are all participants aged 0-50 (7-14-year-olds outside primary school are left out).',
  },
];

type Group = 'b3_member' | 'b3_children' | 'b3_from_6' | 'b3_0_6' | 'b3_6_17' | 'b3_15_29';

function figure(id: string, da: string, en: string, groups: Group, measure: Measure, extra: { among?: BooleanConcept[]; choices?: Text[]; by?: IndicatorSpec['by'] } = {}): IndicatorSpec {
  return {
    id, chapter: 'B3', kind: 'figure', unit: 'share', title: { da, en }, note: NOTE,
    // participants start 2014-2020 (Bilagstabel 1.6); the other residents are measured in COMPARISON_YEAR
    population: { years: [2006, 2021], pooled: true, among: [groups, ...(extra.among ?? [])] },
    measure,
    by: extra.by ?? ['b3_group', 'b3_participant'],
    choices: [...BILAG3_CHOICES, ...(extra.choices ?? [])],
  };
}

const ONCE: Text = {
  da: '"Har haft": mindst én gang til og med måleåret (registrene tilbage til 1980).',
  en: '"Has had": at least once up to and including the year of measurement (registers back to 1980).',
};
const AT_HOME: Text = {
  da: 'Hjemmeboende: barn i familien (PLADS 3) i måleåret. Fordelingen vises som andelen under fattigdomsgrænsen; nævneren er hjemmeboende med kendt familieindkomst.',
  en: 'Living at home: a child of the family (PLADS 3) in the year of measurement. The distribution is shown as the share below the poverty line; the denominator is those at home with a known family income.',
};
const CRIME_10Y = (what: Text): Text => ({
  da: `${what.da} inden for de sidste 10 år (måleåret og de 9 foregående, Bilagsboks 3.1) efter straffeloven, lov om euforiserende stoffer og våbenloven (LOV 1, 3, 4), som i Bilag 1; boksens "efter straffeloven" læses som rapportens sædvanlige definition.`,
  en: `${what.en} within the last 10 years (the year of measurement and the 9 before it, Bilagsboks 3.1) under the criminal code, narcotics act and weapons act (LOV 1, 3, 4), as in Bilag 1; the box's "under the criminal code" is read as the report's usual definition.`,
});

export const BILAG3_SPECS: IndicatorSpec[] = [
  figure('bfig-3.1',
    'Fordeling på køn. Sammenligning af grupper i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    'Distribution by sex. Participants in activities and the other residents of the areas, by group. Per cent.',
    'b3_member', { kind: 'distribution', of: 'b3_sex', key: 'person_sex' }),
  figure('bfig-3.2',
    'Fordeling på borgerens MENAPT-status. Sammenligning af grupper i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    'Distribution by MENAPT status. Participants in activities and the other residents of the areas, by group. Per cent.',
    'b3_member', { kind: 'distribution', of: 'b3_origin', key: 'origin' }),
  figure('bfig-3.3',
    'Fordeling på, om person har haft mindst én personrettet forebyggende foranstaltning, for deltagere i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    'Share who have had at least one person-directed preventive measure, participants and the other residents of the areas. Per cent.',
    'b3_from_6', { kind: 'share', of: 'ever_preventive_measure' },
    { choices: [ONCE, { da: 'Personrettet forebyggende foranstaltning: BUFO foranstaltningstype 2.', en: 'Person-directed preventive measure: BUFO measure type 2.' }] }),
  figure('bfig-3.4',
    'Fordeling på, om person har haft mindst en psykisk diagnose, for deltagere i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    'Share who have had at least one psychiatric diagnosis, participants and the other residents of the areas. Per cent.',
    'b3_from_6', { kind: 'share', of: 'ever_psychiatric_diagnosis' },
    { choices: [ONCE, { da: 'Psykisk diagnose: en kontakt i Landspatientregisteret med en diagnose fra Bilagstabel 1.2.', en: 'Psychiatric diagnosis: a contact in the National Patient Register with a diagnosis of Bilagstabel 1.2.' }] }),
  figure('bfig-3.5',
    'Fordeling af, om de unge havde en forælder i restgruppen, da den unge var 0, 6 og 15 år for hhv. 0-6, 6-17 og 15-29-årige i aktiviteter og de øvrige beboere i boligområderne. Kun unge, som er hjemmeboende indgår. Procent.',
    'Share with a parent in the restgruppe when the young person was 0, 6 and 15, for 0-6, 6-17 and 15-29-year-olds, participants and the other residents of the areas. Only those living at home. Per cent.',
    'b3_children', { kind: 'share', of: 'b3_parental_restgruppe' },
    {
      among: ['b3_at_home'],
      choices: [{
        da: 'Forældrenes restgruppestatus som for målgrupperne (Bilag 1, med samme reserveregler), målt da barnet var 0 (0-6-årige), 6 (6-17-årige) og 15 år (15-29-årige). Hjemmeboende: barn i familien (PLADS 3) i måleåret. Personer med ukendt status indgår ikke.',
        en: "Parents' restgruppe status as for the target groups (Bilag 1, same fallbacks), measured when the child was 0 (0-6), 6 (6-17) and 15 (15-29). Living at home: a child of the family (PLADS 3) in the year of measurement. Persons with unknown status are left out.",
      }],
    }),
  figure('bfig-3.6',
    'Fordeling af, om de unges familieindkomst lå over eller under fattigdomsgrænsen, for deltagere i aktiviteter og de øvrige beboere i boligområderne. Kun unge, som er hjemmeboende indgår. Procent.',
    'Share whose family income was below the poverty line, participants and the other residents of the areas. Only those living at home. Per cent.',
    'b3_children', { kind: 'share', of: 'poor' },
    { among: ['b3_at_home'], choices: [AT_HOME, { da: 'Titlen omfatter 15-29-årige, boksen kun 0-17-årige; vi viser alle tre grupper som i figurens anmærkning.', en: 'The title includes 15-29-year-olds, the box only 0-17; we show all three groups, as the figure\'s note does.' }] }),
  figure('bfig-3.7',
    'Fordeling på, om 0-6-årige er indskrevet i en daginstitution i aktiviteter og de øvrige beboere i boligområderne. Procent.',
    'Share of 0-6-year-olds enrolled in day care, participants and the other residents of the areas. Per cent.',
    'b3_0_6', { kind: 'share', of: 'in_day_care' },
    { choices: [{ da: 'Indskrevet i dagtilbud (dagpleje, vuggestue, børnehave/integreret institution) i måleåret; rapporten bruger "daginstitution" og "dagtilbud" om det samme (Tabel 3.2).', en: 'Enrolled in day care (childminder, nursery, kindergarten/integrated) in the year of measurement; the report uses "daginstitution" and "dagtilbud" for the same thing (Table 3.2).' }] }),
  figure('bfig-3.8',
    'Fordeling på, om grundskoleelever i hhv. indskoling, mellemtrin og i udskolingen har fravær over 10 pct. for deltagere i aktiviteter og øvrige beboere i områderne. Procent.',
    'Share of pupils with absence above 10 per cent, by school stage (grades 0-3, 4-6, 7-10), participants and the other residents of the areas. Per cent.',
    'b3_6_17', { kind: 'share', of: 'absence_over_10' },
    {
      by: ['school_stage', 'b3_participant'],
      choices: [{
        da: 'Skoleåret, der begynder i måleåret; indskoling 0.-3. klasse, mellemtrin 4.-6., udskoling og 10. klasse 7.-10. Elever uden fraværsoplysning indgår ikke (rapportens N er også lavere end gruppens).',
        en: 'The school year starting in the year of measurement; grades 0-3, 4-6 and 7-10. Pupils without absence data are left out (the report\'s N is also below the group\'s).',
      }],
    }),
  figure('bfig-3.9',
    'Fordeling på, om 6-17-årige har været mistænkt for deltagere i aktiviteter og øvrige beboere i områderne. Procent.',
    'Share of 6-17-year-olds who have been suspected of an offence, participants and the other residents of the areas. Per cent.',
    'b3_6_17', { kind: 'share', of: 'suspicion_last_10_years' },
    { choices: [CRIME_10Y({ da: 'Mindst én mistanke', en: 'At least one suspicion' })] }),
  figure('bfig-3.10',
    'Fordeling på, hvad 15-29-årige, uden børn og som ikke går i skole, er i gang med for deltagere i aktiviteter og øvrige beboere i områderne.',
    'What 15-29-year-olds without children and not in school are doing, participants and the other residents of the areas. Per cent.',
    'b3_15_29', { kind: 'distribution', of: 'edu_emp_neet', key: 'status' },
    {
      choices: [{
        da: 'Uddannelse før beskæftigelse, resten NEET (som kapitel 6). "Som ikke går i skole" gælder allerede gruppen (færdige med grundskolen); "uden børn" anvendes ikke, da rapportens N er hele 15-29-gruppen (445 / 25.057 som i Bilagsfigur 3.1).',
        en: 'Education before employment, the rest NEET (as chapter 6). "Not in school" already holds for the group (finished primary school); "without children" is not applied, as the report\'s N is the whole 15-29 group (445 / 25,057 as in Bilagsfigur 3.1).',
      }],
    }),
  figure('bfig-3.11',
    'Fordeling på, om 15-29-årige har mindst en sigtelse, for deltagere i aktiviteter og øvrige beboere i områderne. Procent.',
    'Share of 15-29-year-olds with at least one charge, participants and the other residents of the areas. Per cent.',
    'b3_15_29', { kind: 'share', of: 'charge_last_10_years' },
    { choices: [CRIME_10Y({ da: 'Mindst én sigtelse', en: 'At least one charge' })] }),
];

/** Bilagsfigur 7.2: the 10-17 target group's 10-14-year-olds in supported areas, by a parent's charge. */
export const BFIG_7_2: IndicatorSpec = {
  id: 'bfig-7.2', chapter: 'B7', kind: 'figure', unit: 'share',
  title: {
    da: 'Andel af 10-14-årige med en mistanke for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer i støttede områder. Særskilt for mindst én forælder har mindst en sigtelse. Procent.',
    en: 'Share of 10-14-year-olds with a suspicion, supported areas, by whether at least one parent has at least one charge. Per cent.',
  },
  note: { da: 'N pr. gruppe og år fremgår af tabellen.', en: 'N per group and year is shown in the table.' },
  population: { targetGroup: '10-17', ages: [10, 14], years: [2000, 2019], areaGroups: ['supported'] },
  measure: { kind: 'share', of: 'any_suspicion' },
  by: ['area_group', 'parent_charge'],
  choices: [
    {
      da: 'Forælder: bopælsforældre (E-familiens voksne) i året, som anmærkningen siger ("bopælsforældre med sigtelse eller dom"). Sigtelse (LOV 1, 3, 4) eller betinget/ubetinget dom i samme kalenderår. Børn, der ikke bor hjemme, har ingen bopælsforælder med sigtelse.',
      en: 'Parent: the parents at home (the E-family\'s adults) that year, as the note says ("bopælsforældre med sigtelse eller dom"). A charge (LOV 1, 3, 4) or a conditional/unconditional prison sentence in the same calendar year. Children not living at home have no parent at home with a charge.',
    },
    {
      da: 'Mindst én mistanke (LOV 1, 3, 4) i kalenderåret. Støttede områder er målgruppen af 10-17-årige som i Figur 5.3.',
      en: 'At least one suspicion (LOV 1, 3, 4) in the calendar year. Supported areas: the 10-17 target group as in Figure 5.3.',
    },
  ],
};
