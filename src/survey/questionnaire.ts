/**
 * The youth life-mastery questionnaire (livsmestrings-survey, the report's Bilag 4), defined once as
 * data. Import validation, the chapter-8 analyses and the docs all read this definition; nothing
 * else knows an item's codes.
 *
 * Transcribed from `spec/survey-instrument.json` (itself verbatim from the seed report, l. 8581-8977):
 * items in printed order, Danish wording verbatim, codes as printed (they are not always
 * consecutive: `sex` is 2/3, `trusted_adult_non_parent` 1/3/8, and "Ved ikke" is 8 except in
 * `truancy_6m` (4), `conflicts_peers_area` and `volunteer_interest` (5) and `club_member` (3)).
 *
 * Choices made where the report is silent (all listed in docs/survey.md):
 * - Required: the form asks for an answer to every question and Bilag 1 calls a response complete
 *   when "respondenterne har besvaret alle spørgsmål", so every item is required when it is asked.
 * - Filter (INFERENCE): the school items are reported with N = 1.076 = the 88 % in school or
 *   education, so `like_school`, `truancy_6m`, `academic_self_assessment` (and `homework_help`, the
 *   rest of the school block) are taken to be asked only when `in_school_or_education` = 1.
 * - "Won't answer": the printed form has no such option, so no code carries `missing: 'refused'`;
 *   the type keeps the slot so a future round with a refusal code is only a data change.
 * - Multi-choice exclusivity (INFERENCE): "I talk to no one", "Don't know" (`career_talk_with`) and
 *   "I get no help" (`homework_help`) cannot be ticked together with another option.
 * - Groupings: each reported group ("ofte eller af og til", "i høj eller nogen grad", ...) is a
 *   named code set with its basis: 'stated' (the text names the answers), 'label_match' (the text's
 *   words are the option label) or 'inferred' (catalog-ch8.md INFERENCE). Grouping ids match the
 *   calibration ids of catalog-ch8.md §13, `ch8.<item>.<grouping>.<split>`.
 * - Table 8.8: the eight dimensions and their negative codes are in `TAB_8_8_DIMENSIONS`; the report
 *   never states the codes, so all eight are INFERENCE (catalog-ch8.md §7).
 */
import type { Text } from '../results/types.ts';

/** How a code set was derived from the report. */
export type Basis = 'stated' | 'label_match' | 'inferred';

/** Answers that are not a substantive answer. */
export type MissingKind = 'dont_know' | 'refused';

export interface AnswerOption {
  code: number;
  label: Text;
  /** Set on "Ved ikke" (don't know) and on any won't-answer code. */
  missing?: MissingKind;
  /** Multi-choice only: may not be ticked together with any other option. */
  exclusive?: boolean;
  /** The form has a free-text field beside this option. The text is never imported: it may name people. */
  freeText?: boolean;
}

/** A named set of codes the report reports as one group, e.g. lonely "often or sometimes". */
export interface Grouping {
  id: string;
  label: Text;
  codes: readonly number[];
  basis: Basis;
  /** Where the report uses the group. */
  usedIn: string;
}

/** The item is asked only of respondents who gave one of `codes` to `item`. */
export interface Condition {
  item: string;
  codes: readonly number[];
  basis: Basis;
}

export interface SurveyItem {
  id: string;
  /** Line of the question in the seed report. */
  sourceLine: number;
  kind: 'single' | 'multi';
  /** A complete response answers every required item that was asked. */
  required: boolean;
  text: Text;
  askedIf?: Condition;
  options: readonly AnswerOption[];
  groupings: readonly Grouping[];
}

/** A questionnaire: items in the order the respondent meets them. */
export interface Questionnaire {
  id: string;
  title: Text;
  /** Survey years accepted on import (inclusive). */
  years: readonly [number, number];
  items: readonly SurveyItem[];
}

const YOUTH_ITEMS = [
  {
    id: 'sex', sourceLine: 8610, kind: 'single', required: true,
    text: { da: 'Er du en dreng eller pige?', en: 'Are you a boy or a girl?' },
    options: [
      { code: 2, label: { da: 'Pige', en: 'Girl' } },
      { code: 3, label: { da: 'Dreng', en: 'Boy' } },
    ],
    groupings: [],
  },
  {
    id: 'in_school_or_education', sourceLine: 8639, kind: 'single', required: true,
    text: { da: 'Går du i skole/Er du i gang med en uddannelse?', en: 'Do you go to school / Are you currently in education?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
    ],
    groupings: [
      { id: 'yes', label: { da: 'går i skole eller er i gang med en uddannelse', en: 'in school or in education' }, codes: [1], basis: 'stated', usedIn: 'Figur 8.1; text 8.2 (88 pct.)' },
    ],
  },
  {
    id: 'like_school', sourceLine: 8645, kind: 'single', required: true,
    text: { da: 'Kan du lide at gå i skole?', en: 'Do you like going to school?' },
    askedIf: { item: 'in_school_or_education', codes: [1], basis: 'inferred' },
    options: [
      { code: 1, label: { da: 'Ja, meget', en: 'Yes, a lot' } },
      { code: 2, label: { da: 'Ja, lidt', en: 'Yes, a little' } },
      { code: 3, label: { da: 'Nej', en: 'No' } },
    ],
    groupings: [
      { id: 'very', label: { da: 'meget glade for at gå i skole', en: 'very happy to go to school' }, codes: [1], basis: 'label_match', usedIn: 'Figur 8.2' },
      { id: 'little', label: { da: 'lidt glade for at gå i skole', en: 'a little happy to go to school' }, codes: [2], basis: 'label_match', usedIn: 'Figur 8.2' },
      { id: 'not', label: { da: 'kan ikke lide at gå i skole', en: 'does not like going to school' }, codes: [3], basis: 'label_match', usedIn: 'Figur 8.2' },
    ],
  },
  {
    id: 'truancy_6m', sourceLine: 8653, kind: 'single', required: true,
    text: { da: 'Er du inden for de seneste 6 måneder blevet hjemme fra skole, selvom du ikke var syg?', en: 'In the past 6 months, have you stayed home from school even though you were not ill?' },
    askedIf: { item: 'in_school_or_education', codes: [1], basis: 'inferred' },
    options: [
      { code: 1, label: { da: 'Ja, det er sket flere gange', en: 'Yes, it has happened several times' } },
      { code: 2, label: { da: 'Ja, det er sket én gang', en: 'Yes, it has happened once' } },
      { code: 3, label: { da: 'Nej, det er ikke sket', en: 'No, it has not happened' } },
      { code: 4, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'several', label: { da: 'hjemme flere gange', en: 'stayed home several times' }, codes: [1], basis: 'label_match', usedIn: 'Figur 8.4' },
      { id: 'any', label: { da: 'selvrapporteret ulovligt fravær', en: 'self-reported unauthorised absence' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.5 (knap 40 pct.)' },
    ],
  },
  {
    id: 'academic_self_assessment', sourceLine: 8663, kind: 'single', required: true,
    text: { da: 'Hvordan synes du selv, du klarer dig i skolen rent fagligt?', en: 'How do you think you are doing at school academically?' },
    askedIf: { item: 'in_school_or_education', codes: [1], basis: 'inferred' },
    options: [
      { code: 1, label: { da: 'Meget godt', en: 'Very well' } },
      { code: 2, label: { da: 'Godt', en: 'Well' } },
      { code: 3, label: { da: 'Nogenlunde', en: 'Fairly / so-so' } },
      { code: 4, label: { da: 'Ikke så godt', en: 'Not so well' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'well_verywell', label: { da: 'meget godt eller godt', en: 'very well or well' }, codes: [1, 2], basis: 'stated', usedIn: 'Figur 8.3' },
    ],
  },
  {
    id: 'homework_help', sourceLine: 8675, kind: 'multi', required: true,
    text: { da: 'Hvem hjælper dig med dine lektier? (sæt gerne flere krydser)', en: 'Who helps you with your homework? (feel free to tick more than one)' },
    askedIf: { item: 'in_school_or_education', codes: [1], basis: 'inferred' },
    options: [
      { code: 1, label: { da: 'Forældre', en: 'Parents' } },
      { code: 2, label: { da: 'Søster eller bror', en: 'Sister or brother' } },
      { code: 3, label: { da: 'Klassekammerater', en: 'Classmates' } },
      { code: 4, label: { da: 'Lektiecaféen på skolen eller i fritidsklub', en: 'The homework café at school or at the after-school club' } },
      { code: 5, label: { da: 'En lektiecafé hvor jeg bor', en: 'A homework café where I live' } },
      { code: 8, label: { da: 'Jeg får ikke hjælp til mine lektier', en: 'I do not get help with my homework' }, exclusive: true },
      { code: 6, label: { da: 'Jeg laver mine lektier i skoletiden', en: 'I do my homework during school hours' } },
      { code: 7, label: { da: 'Andre (skriv hvem)', en: 'Others (write who)' }, freeText: true },
    ],
    groupings: [],
  },
  {
    id: 'dream_for_future', sourceLine: 8692, kind: 'single', required: true,
    text: { da: 'Har du en drøm for din fremtid?', en: 'Do you have a dream for your future?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'plans_next_6m', sourceLine: 8700, kind: 'single', required: true,
    text: { da: 'Har du planer om at starte på en uddannelse eller at få et arbejde inden for de næste 6 måneder? (kun ét kryds)', en: 'Do you plan to start an education or get a job within the next 6 months? (one tick only)' },
    options: [
      { code: 1, label: { da: 'Ja, jeg har søgt ind på en uddannelse', en: 'Yes, I have applied to an education programme' } },
      { code: 2, label: { da: 'Ja, jeg har planer om at søge ind på en uddannelse', en: 'Yes, I plan to apply to an education programme' } },
      { code: 3, label: { da: 'Ja, jeg har allerede fået et arbejde', en: 'Yes, I have already got a job' } },
      { code: 4, label: { da: 'Ja, jeg har planer om at søge et arbejde', en: 'Yes, I plan to apply for a job' } },
      { code: 5, label: { da: 'Nej, jeg har ikke planer om at starte på en uddannelse eller få et arbejde', en: 'No, I have no plans to start an education or get a job' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'has_plans', label: { da: 'har planer om uddannelse eller arbejde', en: 'plans to apply for education or a job' }, codes: [2, 4], basis: 'inferred', usedIn: 'Figur 8.9, 8.10 (57 and 41 pct.)' },
      { id: 'applied_or_job', label: { da: 'har søgt ind eller fået arbejde', en: 'already applied or already got a job' }, codes: [1, 3], basis: 'inferred', usedIn: 'Figur 8.9' },
      { id: 'applied_or_plans', label: { da: 'har søgt ind, fået arbejde eller har planer', en: 'applied, got a job or has plans' }, codes: [1, 2, 3, 4], basis: 'inferred', usedIn: 'Figur 8.9 (godt 80 pct.)' },
    ],
  },
  {
    id: 'career_talk_with', sourceLine: 8715, kind: 'multi', required: true,
    text: { da: 'Hvem taler du med om dine overvejelser i forhold til hvilken uddannelse eller job, du skal vælge? (sæt gerne flere kryds)', en: 'Who do you talk to about which education or job to choose? (feel free to tick more than one)' },
    options: [
      { code: 1, label: { da: 'Mine forældre og/eller søskende', en: 'My parents and/or siblings' } },
      { code: 2, label: { da: 'Mine venner', en: 'My friends' } },
      { code: 3, label: { da: 'Min lærer', en: 'My teacher' } },
      { code: 4, label: { da: 'En boligsocialmedarbejder der hvor jeg bor', en: 'A social housing worker (boligsocial medarbejder) where I live' } },
      { code: 5, label: { da: 'En studievejleder eller en i kommunen (fx kontaktperson)', en: 'A study/careers counsellor or someone at the municipality (e.g. a contact person)' } },
      { code: 6, label: { da: 'Jeg taler ikke med nogen om mine overvejelser i forhold til uddannelse eller job', en: 'I do not talk to anyone about my thoughts on education or jobs' }, exclusive: true },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know', exclusive: true },
    ],
    groupings: [
      { id: 'housing_worker', label: { da: 'taler med en boligsocial medarbejder, hvor de bor', en: 'talks with a social housing worker where they live' }, codes: [4], basis: 'label_match', usedIn: 'Figur 8.6-8.8' },
      { id: 'parents_siblings', label: { da: 'taler med forældre og/eller søskende', en: 'talks with parents and/or siblings' }, codes: [1], basis: 'label_match', usedIn: 'Figur 8.8 note' },
    ],
  },
  {
    id: 'good_friend', sourceLine: 8732, kind: 'single', required: true,
    text: { da: 'Har du en god ven?', en: 'Do you have a good friend?' },
    options: [
      { code: 1, label: { da: 'Ja, jeg har flere gode venner', en: 'Yes, I have several good friends' } },
      { code: 2, label: { da: 'Ja, jeg har én god ven', en: 'Yes, I have one good friend' } },
      { code: 3, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'no', label: { da: 'har ikke en god ven', en: 'has no good friend' }, codes: [3], basis: 'label_match', usedIn: 'text 8.5 (3 pct.)' },
    ],
  },
  {
    id: 'friend_caught_by_police', sourceLine: 8741, kind: 'single', required: true,
    text: { da: 'Har en af dine venner prøvet at blive taget af politiet for noget kriminelt (tyveri, vold, hærværk) i løbet af de seneste 6 måneder?', en: 'Has one of your friends been caught by the police for something criminal (theft, violence, vandalism) in the past 6 months?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'yes', label: { da: 'ja', en: 'yes' }, codes: [1], basis: 'stated', usedIn: 'Figur 8.15' },
      { id: 'dont_know', label: { da: 'ved ikke', en: 'don\'t know' }, codes: [8], basis: 'stated', usedIn: 'Figur 8.15' },
    ],
  },
  {
    id: 'conflicts_peers_area', sourceLine: 8750, kind: 'single', required: true,
    text: { da: 'Hvor ofte har du konflikter med andre børn og unge i området hvor du bor?', en: 'How often do you have conflicts with other children and young people in the area where you live?' },
    options: [
      { code: 1, label: { da: 'Hver dag', en: 'Every day' } },
      { code: 2, label: { da: 'Ca. en gang om ugen', en: 'About once a week' } },
      { code: 3, label: { da: '1-3 gange om måneden', en: '1-3 times a month' } },
      { code: 4, label: { da: 'Næsten aldrig eller aldrig', en: 'Almost never or never' } },
      { code: 5, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'lonely', sourceLine: 8762, kind: 'single', required: true,
    text: { da: 'Føler du dig ofte ensom?', en: 'Do you often feel lonely?' },
    options: [
      { code: 1, label: { da: 'Ja, meget ofte', en: 'Yes, very often' } },
      { code: 2, label: { da: 'Ja, ofte', en: 'Yes, often' } },
      { code: 3, label: { da: 'Ja, af og til', en: 'Yes, sometimes / now and then' } },
      { code: 4, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'often_sometimes', label: { da: 'ensomme ofte eller af og til', en: 'lonely often or sometimes' }, codes: [1, 2, 3], basis: 'inferred', usedIn: 'Figur 8.24-8.27, 8.33-8.37' },
    ],
  },
  {
    id: 'parents_interested', sourceLine: 8774, kind: 'single', required: true,
    text: { da: 'Synes du, at dine forældre interesserer sig nok for det, du laver?', en: 'Do you think your parents take enough interest in what you do?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'conflicts_adults_home', sourceLine: 8782, kind: 'single', required: true,
    text: { da: 'Hvor ofte har du konflikter med de voksne hjemme hos dig?', en: 'How often do you have conflicts with the adults in your home?' },
    options: [
      { code: 1, label: { da: 'Hver dag', en: 'Every day' } },
      { code: 2, label: { da: 'Ca. en gang om ugen', en: 'About once a week' } },
      { code: 3, label: { da: '1-3 gange om måneden', en: '1-3 times a month' } },
      { code: 4, label: { da: 'Næsten aldrig', en: 'Almost never' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'trusted_adult_non_parent', sourceLine: 8793, kind: 'single', required: true,
    text: { da: 'Er der en voksen, der ikke er din forælder, som du kan tale med, hvis du har problemer eller er ked af det? Fx en lærer, en pædagog, en træner eller et familiemedlem', en: 'Is there an adult, other than your parent, whom you can talk to if you have problems or are upset? E.g. a teacher, a social educator, a coach or a family member' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 3, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'conflicts_adults_area', sourceLine: 8802, kind: 'single', required: true,
    text: { da: 'Hvor ofte har du konflikter med voksne i området, hvor du bor (fx naboer, ejendomskontoret, klubpersonale, politi)', en: 'How often do you have conflicts with adults in the area where you live (e.g. neighbours, the estate office, club staff, police)' },
    options: [
      { code: 1, label: { da: 'Hver dag', en: 'Every day' } },
      { code: 2, label: { da: 'Ca. en gang om ugen', en: 'About once a week' } },
      { code: 3, label: { da: '1-3 gange om måneden', en: '1-3 times a month' } },
      { code: 4, label: { da: 'Næsten aldrig eller aldrig', en: 'Almost never or never' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
  {
    id: 'life_satisfaction', sourceLine: 8815, kind: 'single', required: true,
    text: { da: 'Hvad synes du om dit liv for tiden?', en: 'What do you think of your life at the moment?' },
    options: [
      { code: 1, label: { da: 'Jeg er meget glad', en: 'I am very happy' } },
      { code: 2, label: { da: 'Jeg har det godt nok', en: 'I am doing fine / OK' } },
      { code: 3, label: { da: 'Jeg er ikke særlig glad', en: 'I am not very happy' } },
      { code: 4, label: { da: 'Jeg er slet ikke glad', en: 'I am not happy at all' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'good_verygood', label: { da: 'godt eller meget godt om deres liv', en: 'thinks well or very well of their life' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.28-8.31' },
    ],
  },
  {
    id: 'proud', sourceLine: 8827, kind: 'single', required: true,
    text: { da: 'Synes du, at du har meget at være stolt af?', en: 'Do you think you have a lot to be proud of?' },
    options: [
      { code: 1, label: { da: 'Ja, jeg er meget stolt', en: 'Yes, I am very proud' } },
      { code: 2, label: { da: 'Ja, jeg er lidt stolt', en: 'Yes, I am a little proud' } },
      { code: 3, label: { da: 'Nej, jeg er ikke særlig stolt', en: 'No, I am not very proud' } },
      { code: 4, label: { da: 'Nej, jeg er slet ikke stolt', en: 'No, I am not proud at all' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'yes', label: { da: 'har meget at være stolt af', en: 'has a lot to be proud of' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.32' },
    ],
  },
  {
    id: 'part_of_community', sourceLine: 8839, kind: 'single', required: true,
    text: { da: 'Føler du, at du er en del af et fællesskab?', en: 'Do you feel that you are part of a community?' },
    options: [
      { code: 1, label: { da: 'I høj grad', en: 'To a great extent' } },
      { code: 2, label: { da: 'I nogen grad', en: 'To some extent' } },
      { code: 3, label: { da: 'I mindre grad', en: 'To a lesser extent' } },
      { code: 4, label: { da: 'Slet ikke', en: 'Not at all' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'high_some', label: { da: 'i høj eller nogen grad en del af et fællesskab', en: 'part of a community to a great or some extent' }, codes: [1, 2], basis: 'stated', usedIn: 'Figur 8.16, 8.23' },
    ],
  },
  {
    id: 'positive_difference', sourceLine: 8850, kind: 'single', required: true,
    text: { da: 'Synes du, at du kan gøre en positiv forskel for dig selv og andre?', en: 'Do you think you can make a positive difference for yourself and others?' },
    options: [
      { code: 1, label: { da: 'I høj grad', en: 'To a great extent' } },
      { code: 2, label: { da: 'I nogen grad', en: 'To some extent' } },
      { code: 3, label: { da: 'I mindre grad', en: 'To a lesser extent' } },
      { code: 4, label: { da: 'Slet ikke', en: 'Not at all' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'yes', label: { da: 'kan gøre en positiv forskel', en: 'can make a positive difference' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.22' },
    ],
  },
  {
    id: 'volunteer_interest', sourceLine: 8862, kind: 'single', required: true,
    text: { da: 'Kunne du tænke dig at lave frivilligt arbejde?', en: 'Would you like to do voluntary work?' },
    options: [
      { code: 1, label: { da: 'I høj grad', en: 'To a great extent' } },
      { code: 2, label: { da: 'I nogen grad', en: 'To some extent' } },
      { code: 3, label: { da: 'I mindre grad', en: 'To a lesser extent' } },
      { code: 4, label: { da: 'Slet ikke', en: 'Not at all' } },
      { code: 5, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
      { code: 6, label: { da: 'Jeg laver allerede frivilligt arbejde', en: 'I already do voluntary work' } },
    ],
    groupings: [
      { id: 'does', label: { da: 'laver allerede frivilligt arbejde', en: 'already does voluntary work' }, codes: [6], basis: 'label_match', usedIn: 'Figur 8.19, 8.20' },
      { id: 'motivated', label: { da: 'motiveret for frivilligt arbejde', en: 'would like to do voluntary work' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.19, 8.20' },
      { id: 'not_at_all', label: { da: 'slet ikke', en: 'not at all' }, codes: [4], basis: 'label_match', usedIn: 'text 8.4' },
    ],
  },
  {
    id: 'excluded_from_society', sourceLine: 8876, kind: 'single', required: true,
    text: { da: 'Føler du, at du bliver holdt uden for samfundet?', en: 'Do you feel that you are kept outside society / excluded from society?' },
    options: [
      { code: 1, label: { da: 'I høj grad', en: 'To a great extent' } },
      { code: 2, label: { da: 'I nogen grad', en: 'To some extent' } },
      { code: 3, label: { da: 'I mindre grad', en: 'To a lesser extent' } },
      { code: 4, label: { da: 'Slet ikke', en: 'Not at all' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'high_some', label: { da: 'føler sig holdt uden for samfundet', en: 'feels excluded from society' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.18' },
    ],
  },
  {
    id: 'organised_leisure', sourceLine: 8888, kind: 'single', required: true,
    text: { da: 'Går du til noget i din fritid? Eksempelvis fodbold eller andre sportsgrene, spejder, musik, dans og drama, ungdomsklub.', en: 'Do you take part in any organised activity in your spare time? For example football or other sports, scouts, music, dance and drama, youth club.' },
    options: [
      { code: 1, label: { da: 'Ja, jeg deltager altid eller næsten altid', en: 'Yes, I always or almost always take part' } },
      { code: 2, label: { da: 'Ja, jeg deltager, når jeg har lyst', en: 'Yes, I take part when I feel like it' } },
      { code: 3, label: { da: 'Nej, men jeg vil gerne', en: 'No, but I would like to' } },
      { code: 4, label: { da: 'Nej, jeg ønsker ikke at gå til noget', en: 'No, I do not want to take part in anything' } },
    ],
    groupings: [
      { id: 'yes', label: { da: 'går til noget', en: 'takes part in an organised activity' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.17, 8.21' },
      { id: 'does_not_want', label: { da: 'ønsker ikke at gå til noget', en: 'does not want to take part in anything' }, codes: [4], basis: 'label_match', usedIn: 'Figur 8.17' },
    ],
  },
  {
    id: 'club_member', sourceLine: 8905, kind: 'single', required: true,
    text: { da: 'Er du medlem af en forening eller klub?', en: 'Are you a member of an association or club?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
      { code: 3, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'yes', label: { da: 'medlem af en klub eller forening', en: 'member of a club or association' }, codes: [1], basis: 'stated', usedIn: 'text 8.4 (58 and 39 pct.)' },
    ],
  },
  {
    id: 'reading_books', sourceLine: 8913, kind: 'single', required: true,
    text: { da: 'Hvor tit læser du bøger i fritiden? (ikke lektiebøger)', en: 'How often do you read books in your spare time? (not homework books)' },
    options: [
      { code: 1, label: { da: 'Dagligt', en: 'Daily' } },
      { code: 2, label: { da: 'Et par gange om ugen', en: 'A couple of times a week' } },
      { code: 3, label: { da: 'Ca. en gang om ugen', en: 'About once a week' } },
      { code: 4, label: { da: 'Sjældnere end en gang om ugen', en: 'Less than once a week' } },
      { code: 5, label: { da: 'Aldrig', en: 'Never' } },
    ],
    groupings: [],
  },
  {
    id: 'friends_at_home', sourceLine: 8925, kind: 'single', required: true,
    text: { da: 'Hvor ofte har du venner med hjemme hos dig?', en: 'How often do you have friends over at your home?' },
    options: [
      { code: 1, label: { da: 'Hver dag', en: 'Every day' } },
      { code: 2, label: { da: 'En gang om ugen', en: 'Once a week' } },
      { code: 3, label: { da: '1-3 gange om måneden', en: '1-3 times a month' } },
      { code: 4, label: { da: 'Aldrig', en: 'Never' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'daily_weekly', label: { da: 'dagligt eller ugentligt', en: 'daily or weekly' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.11, 8.12' },
      { id: 'never', label: { da: 'aldrig', en: 'never' }, codes: [4], basis: 'label_match', usedIn: 'text 8.3 (hver femte)' },
    ],
  },
  {
    id: 'out_with_friends', sourceLine: 8937, kind: 'single', required: true,
    text: { da: 'Hvor ofte er du ude med eller hjemme hos venner?', en: 'How often are you out with friends or at friends\' homes?' },
    options: [
      { code: 1, label: { da: 'Hver dag', en: 'Every day' } },
      { code: 2, label: { da: 'En gang om ugen', en: 'Once a week' } },
      { code: 3, label: { da: '1-3 gange om måneden', en: '1-3 times a month' } },
      { code: 4, label: { da: 'Aldrig', en: 'Never' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'daily_weekly', label: { da: 'dagligt eller ugentligt', en: 'daily or weekly' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.11, 8.13, 8.14' },
      { id: 'never', label: { da: 'aldrig', en: 'never' }, codes: [4], basis: 'label_match', usedIn: 'text 8.3 (7 pct.)' },
    ],
  },
  {
    id: 'missed_out_lack_of_money', sourceLine: 8949, kind: 'single', required: true,
    text: { da: 'Tænk på det seneste halve år. Er det sket, at du ikke har været med til noget sammen med dine kammerater, fordi du manglede penge? – fx til at købe slik og sodavand eller gå i biografen', en: 'Think about the last six months. Has it happened that you did not join in something with your friends because you lacked money? – e.g. to buy sweets and soft drinks or go to the cinema' },
    options: [
      { code: 1, label: { da: 'Ja, det er sket tit', en: 'Yes, it has happened often' } },
      { code: 2, label: { da: 'Ja, men kun sjældent', en: 'Yes, but only rarely' } },
      { code: 3, label: { da: 'Nej, det er ikke sket', en: 'No, it has not happened' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [
      { id: 'yes', label: { da: 'har været afskåret, fordi de manglede penge', en: 'missed out for lack of money' }, codes: [1, 2], basis: 'inferred', usedIn: 'Figur 8.38' },
    ],
  },
  {
    id: 'ever_drunk_alcohol', sourceLine: 8960, kind: 'single', required: true,
    text: { da: 'Har du nogensinde drukket mere end én alkoholsodavand (Breezer, Mokai), én øl, ét glas vin, et glas spiritus?', en: 'Have you ever drunk more than one alcopop (Breezer, Mokai), one beer, one glass of wine, one glass of spirits?' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
    ],
    groupings: [],
  },
  {
    id: 'felt_alcohol_effect_6m', sourceLine: 8967, kind: 'single', required: true,
    text: { da: 'Har du inden for de seneste 6 måneder drukket så meget alkohol, at du kunne mærke en virkning? Fx at det snurrede i hovedet, at du følte dig underligt tilpas, eller at du blev mindre genert.', en: 'In the past 6 months, have you drunk so much alcohol that you could feel an effect? E.g. your head was spinning, you felt strange, or you became less shy.' },
    options: [
      { code: 1, label: { da: 'Ja', en: 'Yes' } },
      { code: 2, label: { da: 'Nej', en: 'No' } },
      { code: 8, label: { da: 'Ved ikke', en: 'Don\'t know' }, missing: 'dont_know' },
    ],
    groupings: [],
  },
] as const satisfies readonly SurveyItem[];

/** Item ids of the youth questionnaire. */
export type YouthItemId = (typeof YOUTH_ITEMS)[number]['id'];

/** The three rounds (Bilag 1, Bilagstabel 1.7); the first round ran over 2018 and 2019. */
export const YOUTH_ROUNDS = [
  { round: 1, years: [2018, 2019], completeResponses: 565 },
  { round: 2, years: [2020], completeResponses: 560 },
  { round: 3, years: [2021], completeResponses: 496 },
] as const;

export const YOUTH_QUESTIONNAIRE: Questionnaire = {
  id: 'livsmestring',
  title: { da: 'Survey-skema til livsmestrings-survey', en: 'Life-mastery survey questionnaire' },
  years: [2018, 2021],
  items: YOUTH_ITEMS,
};

/** One dimension of Table 8.8: an item and the answers that count as negative on it. */
export interface NegativeDimension {
  item: YouthItemId;
  /** As listed in the Table 8.8 note. */
  label: Text;
  negativeCodes: readonly number[];
  basis: Basis;
}

/**
 * The eight dimensions of Table 8.8, in the order of its note. The report never lists the negative
 * codes; each set below is the complement of (or equal to) the grouping the chapter reports for the
 * same item (catalog-ch8.md §7). "Ved ikke" is in no set: see `negative-count.ts`.
 */
export const TAB_8_8_DIMENSIONS: readonly NegativeDimension[] = [
  { item: 'lonely', label: { da: 'ensomhed', en: 'loneliness' }, negativeCodes: [1, 2, 3], basis: 'inferred' },
  { item: 'life_satisfaction', label: { da: 'livstilfredshed', en: 'life satisfaction' }, negativeCodes: [3, 4], basis: 'inferred' },
  { item: 'dream_for_future', label: { da: 'om man har en drøm for fremtiden', en: 'has a dream for the future' }, negativeCodes: [2], basis: 'inferred' },
  { item: 'good_friend', label: { da: 'om man har en god ven', en: 'has a good friend' }, negativeCodes: [3], basis: 'inferred' },
  { item: 'proud', label: { da: 'om man føler, man har meget at være stolt af', en: 'feels they have a lot to be proud of' }, negativeCodes: [3, 4], basis: 'inferred' },
  { item: 'positive_difference', label: { da: 'om man føler, man kan gøre en positiv forskel for sig selv og andre', en: 'feels able to make a positive difference for themselves and others' }, negativeCodes: [3, 4], basis: 'inferred' },
  { item: 'part_of_community', label: { da: 'om man føler, man er en del af et fællesskab', en: 'feels part of a community' }, negativeCodes: [3, 4], basis: 'inferred' },
  { item: 'excluded_from_society', label: { da: 'om man føler sig holdt uden for samfundet', en: 'feels excluded from society' }, negativeCodes: [1, 2], basis: 'inferred' },
];

/** The item with this id; throws on an unknown id so a typo fails loudly. */
export function surveyItem(id: string, questionnaire: Questionnaire = YOUTH_QUESTIONNAIRE): SurveyItem {
  const found = questionnaire.items.find((i) => i.id === id);
  if (!found) throw new Error(`unknown survey item ${id} in ${questionnaire.id}`);
  return found;
}

/** The codes of a named grouping of an item; throws on an unknown item or grouping. */
export function groupingCodes(itemId: YouthItemId, groupingId: string): readonly number[] {
  const grouping = surveyItem(itemId).groupings.find((g) => g.id === groupingId);
  if (!grouping) throw new Error(`unknown grouping ${groupingId} of survey item ${itemId}`);
  return grouping.codes;
}

/** The codes of an item that mean "don't know" (or won't answer). */
export function missingCodes(item: SurveyItem): number[] {
  return item.options.filter((o) => o.missing !== undefined).map((o) => o.code);
}
