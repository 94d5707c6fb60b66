/**
 * The chapter-8 exhibits over the youth survey, as data: which item(s) each figure shows, split by
 * which background, among whom, and across which split the chi-square test runs (within the levels of
 * the other splits). Danish titles verbatim from spec/exhibits.tsv; English titles are built from the
 * items' translations. Exhibits that cannot be computed are listed in `OMITTED_EXHIBITS` and
 * reported as notes (none at present). Labels of the splits' levels are in `SPLIT_LEVEL_LABELS`.
 */
import type { Text } from '../results/types.ts';
import type { YouthItemId } from './questionnaire.ts';

/** Background splits. Values: sex male/female (register), age_group 13-15/16-30, origin menapt/non_menapt,
 *  neet neet/not_neet (16-30 only), poor poor/not_poor (2018), lonely lonely/not_lonely (`lonely` codes 1-3),
 *  exam exam/no_exam (16-30 only; 9th-grade leaving exam from the registers, survey/linked.ts). */
export type SplitId = 'sex' | 'age_group' | 'origin' | 'neet' | 'poor' | 'lonely' | 'exam';

/** The splits' level labels as the figure legends print them (sex and origin: report KEY_LABELS). */
export const SPLIT_LEVEL_LABELS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  age_group: { '13-15': { da: '13-15-årige', en: '13-15-year-olds' }, '16-30': { da: '16-30-årige', en: '16-30-year-olds' } },
  neet: { not_neet: { da: 'Ikke-NEET', en: 'Not NEET' }, neet: { da: 'NEET', en: 'NEET' } },
  poor: { not_poor: { da: 'Ikke-fattig', en: 'Not poor' }, poor: { da: 'Fattig', en: 'Poor' } },
  lonely: { not_lonely: { da: 'Ikke ensom', en: 'Not lonely' }, lonely: { da: 'Ensom', en: 'Lonely' } },
  exam: { exam: { da: 'Afsluttet grundskole', en: 'Completed compulsory school' }, no_exam: { da: 'Ikke-afsluttet grundskole', en: 'Not completed compulsory school' } },
};

export interface DistributionSpec {
  id: string;
  /** Danish title as printed. */
  title: string;
  items: readonly YouthItemId[];
  /** Group keys, outer first. Empty: all responses. */
  split: readonly SplitId[];
  /** Restrict to the 16-30-year-olds. */
  ages?: '16-30';
  /** The split compared by the chi-square test (default: the last); run within each level of the others. */
  test?: SplitId;
}

export const DISTRIBUTION_SPECS: readonly DistributionSpec[] = [
  { id: 'fig-8.1', title: 'Går du i skole/er i gang med uddannelse? 16-30-årige. Procent.', items: ['in_school_or_education'], split: ['origin'], ages: '16-30' },
  { id: 'fig-8.2', title: 'Kan du lide at gå i skole? Procent.', items: ['like_school'], split: ['origin'] },
  { id: 'fig-8.3', title: 'Hvordan synes du selv, du klarer dig i skolen rent fagligt? Procent.', items: ['academic_self_assessment'], split: ['origin'] },
  { id: 'fig-8.4', title: 'Er du inden for de seneste 6 måneder blevet hjemme fra skole, selvom du ikke var syg? Procent.', items: ['truancy_6m'], split: ['age_group', 'origin'], test: 'origin' },
  { id: 'fig-8.5', title: 'Er du inden for de seneste 6 måneder blevet hjemme fra skole, selvom du ikke var syg? Procent.', items: ['truancy_6m'], split: [] },
  { id: 'fig-8.6', title: 'Hvem taler du med om dine overvejelser i forhold til, hvilken uddannelse eller job, du skal vælge? Procent.', items: ['career_talk_with'], split: [] },
  { id: 'fig-8.7', title: 'Hvem taler du med om dine overvejelser i forhold til, hvilken uddannelse eller job, du skal vælge? 16-30-årige. Procent.', items: ['career_talk_with'], split: ['neet'], ages: '16-30' },
  { id: 'fig-8.8', title: 'Hvem taler du med om dine overvejelser i forhold til, hvilken uddannelse eller job, du skal vælge? 16-30-årige. Procent.', items: ['career_talk_with'], split: ['exam'], ages: '16-30' },
  { id: 'fig-8.9', title: 'Har du planer om at starte på en uddannelse eller at få et arbejde inden for de næste 6 måneder? 16-30-årige. Procent.', items: ['plans_next_6m'], split: ['neet'], ages: '16-30' },
  { id: 'fig-8.10', title: 'Har du planer om at starte på en uddannelse eller at få et arbejde inden for de næste 6 måneder? 16-30-årige. Procent.', items: ['plans_next_6m'], split: ['exam'], ages: '16-30' },
  { id: 'fig-8.11', title: 'Sammen med venner, enten hjemme eller ude. Procent.', items: ['friends_at_home', 'out_with_friends'], split: [] },
  { id: 'fig-8.12', title: 'Hvor ofte har du venner med hjemme hos dig? Procent.', items: ['friends_at_home'], split: ['sex'] },
  { id: 'fig-8.13', title: 'Hvor ofte er du ude med eller hjemme hos venner? Procent.', items: ['out_with_friends'], split: ['age_group'] },
  { id: 'fig-8.14', title: 'Hvor ofte er du ude med eller hjemme hos venner? Procent.', items: ['out_with_friends'], split: ['origin'] },
  { id: 'fig-8.15', title: 'Har en af dine venner prøvet at blive taget af politiet for noget kriminelt (tyveri, vold, hærværk) i løbet af de seneste 6 måneder? Procent.', items: ['friend_caught_by_police'], split: ['sex'] },
  { id: 'fig-8.16', title: 'Føler du, at du er en del af et fællesskab? Procent.', items: ['part_of_community'], split: ['age_group'] },
  { id: 'fig-8.17', title: 'Går du til noget i din fritid? Eksempelvis fodbold eller andre sportsgrene, spejder, musik, dans og drama, ungdomsklub. Procent.', items: ['organised_leisure'], split: ['age_group'] },
  { id: 'fig-8.18', title: 'Føler du, at du bliver holdt uden for samfundet? Procent.', items: ['excluded_from_society'], split: ['age_group'] },
  { id: 'fig-8.19', title: 'Kunne du tænke dig at lave frivilligt arbejde? Særskilt for alder. Procent.', items: ['volunteer_interest'], split: ['age_group'] },
  { id: 'fig-8.20', title: 'Kunne du tænke dig at lave frivilligt arbejde? Procent.', items: ['volunteer_interest'], split: ['sex'] },
  { id: 'fig-8.21', title: 'Går du til noget i din fritid? Eksempelvis fodbold eller andre sportsgrene, spejder, musik, dans og drama, ungdomsklub. Procent.', items: ['organised_leisure'], split: ['sex'] },
  { id: 'fig-8.22', title: 'Synes du, at du kan gøre en positiv forskel for dig selv og andre? Herkomst særskilt for alder. Procent.', items: ['positive_difference'], split: ['age_group', 'origin'], test: 'origin' },
  { id: 'fig-8.23', title: 'Føler du, at du er en del af et fællesskab? Procent.', items: ['part_of_community'], split: ['age_group', 'origin'], test: 'origin' },
  { id: 'fig-8.24', title: 'Føler du dig ofte ensom? Procent.', items: ['lonely'], split: [] },
  { id: 'fig-8.25', title: 'Ensomhed for køn og herkomst. Procent.', items: ['lonely'], split: ['origin', 'sex'], test: 'sex' },
  { id: 'fig-8.26', title: 'Ensomhed for alder og herkomst. Procent.', items: ['lonely'], split: ['origin', 'age_group'], test: 'age_group' },
  { id: 'fig-8.27', title: 'Føler du dig ofte ensom? Procent.', items: ['lonely'], split: ['neet'], ages: '16-30' },
  { id: 'fig-8.28', title: 'Hvad synes du om dit liv for tiden? Procent.', items: ['life_satisfaction'], split: [] },
  { id: 'fig-8.29', title: 'Livstilfredshed for køn og herkomst. Procent.', items: ['life_satisfaction'], split: ['origin', 'sex'], test: 'sex' },
  { id: 'fig-8.30', title: 'Hvad synes du om dit liv for tiden? Procent.', items: ['life_satisfaction'], split: ['age_group'] },
  { id: 'fig-8.31', title: 'Hvad synes du om dit liv for tiden? Opdelt på alder og herkomst. Procent.', items: ['life_satisfaction'], split: ['age_group', 'origin'], test: 'origin' },
  { id: 'fig-8.32', title: 'Synes du, at du har meget at være stolt af? Særskilt for køn og herkomst.', items: ['proud'], split: ['origin', 'sex'], test: 'sex' },
  { id: 'fig-8.33', title: 'Fordeling på, hvad man synes om sit liv for tiden, særskilt for herkomst, og hvorvidt man føler sig ensom. Procent.', items: ['life_satisfaction'], split: ['origin', 'lonely'], test: 'lonely' },
  { id: 'fig-8.34', title: 'Fordeling på, hvorvidt man føler man har meget at være stolt af, særskilt for herkomst, og hvorvidt man føler sig ensom. Procent.', items: ['proud'], split: ['origin', 'lonely'], test: 'lonely' },
  { id: 'fig-8.35', title: 'Fordeling på, hvorvidt man føler sig som en del af et fællesskab, særskilt for herkomst, og hvorvidt man føler sig ensom. Procent.', items: ['part_of_community'], split: ['origin', 'lonely'], test: 'lonely' },
  { id: 'fig-8.36', title: 'Fordeling på, hvorvidt man føler, at man kan gøre en positiv forskel, særskilt for herkomst, og hvorvidt man føler sig ensom. Procent.', items: ['positive_difference'], split: ['origin', 'lonely'], test: 'lonely' },
  { id: 'fig-8.37', title: 'Fordeling på, hvorvidt man føler sig holdt uden for samfundet, særskilt for herkomst, og hvorvidt man føler sig ensom. Procent.', items: ['excluded_from_society'], split: ['origin', 'lonely'], test: 'lonely' },
  { id: 'fig-8.38', title: 'Tænk på det seneste halve år. Er det sket, at du ikke har været med til noget sammen med dine kammerater, fordi du manglede penge? – fx til at købe slik og sodavand eller gå i biografen. Procent.', items: ['missed_out_lack_of_money'], split: ['poor'] },
];

export const TABLE_TITLES: Readonly<Record<string, string>> = {
  'tab-8.1': 'Aldersfordeling. Antal og procent.',
  'tab-8.2': 'Køn og herkomst. Antal og procent.',
  'tab-8.3': 'Køn på tværs af herkomst. Procent.',
  'tab-8.4': 'Aldersfordeling, køn og herkomst. Procent.',
  'tab-8.5': 'Forældrebaggrund. Antal og procent.',
  'tab-8.6': 'Unge opdelt efter, om de er i NEET. Antal og procent.',
  'tab-8.7': 'Afsluttet 9. klasse med folkeskolens afgangsprøve. Antal og procent.',
  'tab-8.8': 'Negative svar på flere dimensioner af livsmestring samtidig. Procent.',
};

/** Chapter-8 exhibits not computed, with the reason (shown as run notes). */
export const OMITTED_EXHIBITS: readonly { id: string; reason: string }[] = [];
