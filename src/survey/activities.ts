/**
 * The plans' activities (Landsbyggefonden's driftsstøttesystem, contract table `lbf_aktivitet`) as
 * data: the activity types per target group that the activity charts show (Fig 3.4, 4.6, 5.8, 6.21),
 * with the count the report states where it states one.
 *
 * Choices (docs/survey.md):
 * - The report prints the charts as graphics; only four counts survive in the text: "næsten 200"
 *   activities on parents and learning and 69 pre-school activities (0-6), 122 school-promotion and 85
 *   pocket-money/leisure-job activities (6-17). Every other count below is an INFERENCE used only by the
 *   synthetic generator (`count`), chosen so that the stated ordering holds ("de to helt store" for
 *   15-29 are outposted municipal employment and UU guidance).
 * - Type ids are the AKTIVITET_TYPE codes of `lbf_aktivitet`; the same id may appear under several
 *   target groups (e.g. `fritidsliv`).
 */
import type { Text } from '../results/types.ts';
import type { TargetGroup } from './project-leader.ts';

export interface ActivityType {
  id: string;
  label: Text;
  /** Activities of this type at scale 1 (the whole 2015-18 round). */
  count: number;
  /** True when the report states the count. */
  stated: boolean;
}

export const ACTIVITY_TYPES: Readonly<Record<TargetGroup, readonly ActivityType[]>> = {
  '0-6': [
    { id: 'foraeldre_laering', label: { da: 'Forældre og læring', en: 'Parents and learning' }, count: 195, stated: true },
    { id: 'foerskole', label: { da: 'Førskoleaktiviteter', en: 'Pre-school activities' }, count: 69, stated: true },
    { id: 'bydelsmoedre', label: { da: 'Bydelsmødre og -fædre', en: 'Neighbourhood mothers and fathers' }, count: 38, stated: false },
    { id: 'vejledning', label: { da: 'Vejledningstilbud', en: 'Guidance' }, count: 34, stated: false },
    { id: 'fritid_sociale', label: { da: 'Fritid og sociale arrangementer', en: 'Leisure and social events' }, count: 45, stated: false },
    { id: 'sundhed', label: { da: 'Sundhedsfremmende aktiviteter', en: 'Health promotion' }, count: 28, stated: false },
    { id: 'samarbejde', label: { da: 'Samarbejde og koordinering', en: 'Cooperation and coordination' }, count: 24, stated: false },
  ],
  '6-17': [
    { id: 'skolefremme', label: { da: 'Aktiviteter til fremme af skole', en: 'School promotion' }, count: 122, stated: true },
    { id: 'lommepenge_fritidsjob', label: { da: 'Lommepenge- og fritidsjob', en: 'Pocket-money and part-time jobs' }, count: 85, stated: true },
    { id: 'faglige_kompetencer', label: { da: 'Faglige kompetencer og viden', en: 'Academic skills and knowledge' }, count: 58, stated: false },
    { id: 'personlige_sociale', label: { da: 'Personlige og sociale kompetencer', en: 'Personal and social skills' }, count: 52, stated: false },
    { id: 'kreative_laering', label: { da: 'Kreative læringsforløb', en: 'Creative learning' }, count: 30, stated: false },
    { id: 'fritidsliv', label: { da: 'Fritidslivsaktiviteter', en: 'Leisure activities' }, count: 47, stated: false },
    { id: 'rollemodel_mentor', label: { da: 'Rollemodels- og mentorprojekter', en: 'Role-model and mentor projects' }, count: 26, stated: false },
  ],
  '10-17': [
    { id: 'fritidsliv', label: { da: 'Fritidslivsaktiviteter', en: 'Leisure activities' }, count: 64, stated: false },
    { id: 'skole_foraeldre_laering', label: { da: 'Skole-, forældre- og læringsaktiviteter', en: 'School, parent and learning activities' }, count: 52, stated: false },
    { id: 'kreative_laering', label: { da: 'Kreative læringsforløb', en: 'Creative learning' }, count: 27, stated: false },
    { id: 'rollemodel', label: { da: 'Rollemodelsprojekter', en: 'Role-model projects' }, count: 18, stated: false },
    { id: 'ssp', label: { da: 'SSP-samarbejde', en: 'SSP cooperation (school, social services, police)' }, count: 14, stated: false },
    { id: 'brandkadetter', label: { da: 'Brandkadetter', en: 'Fire cadets' }, count: 9, stated: false },
  ],
  '15-29': [
    { id: 'fremskudt_beskaeftigelse', label: { da: 'Fremskudt kommunal beskæftigelsesindsats', en: 'Outposted municipal employment effort' }, count: 58, stated: false },
    { id: 'uu_vejledning', label: { da: 'UU-vejledning', en: 'Youth guidance (UU)' }, count: 54, stated: false },
    { id: 'fritidsjob', label: { da: 'Fritidsjob', en: 'Part-time jobs' }, count: 33, stated: false },
    { id: 'mentor', label: { da: 'Mentorordninger', en: 'Mentoring' }, count: 29, stated: false },
    { id: 'lektiecafe', label: { da: 'Lektiecaféer', en: 'Homework cafés' }, count: 24, stated: false },
    { id: 'anden_vejledning', label: { da: 'Anden vejledning', en: 'Other guidance' }, count: 18, stated: false },
  ],
};

/** The activity charts: which target group each shows. */
export const ACTIVITY_FIGURES: readonly { exhibit: string; targetGroup: TargetGroup; title: Text }[] = [
  { exhibit: 'fig-3.4', targetGroup: '0-6', title: { da: 'Aktiviteter og indsatser målrettet 0-6-årige børn og deres forældre.', en: 'Activities and efforts targeting 0-6-year-olds and their parents.' } },
  { exhibit: 'fig-4.6', targetGroup: '6-17', title: { da: 'Aktiviteter og indsatser målrettet skolebørn og deres forældre.', en: 'Activities and efforts targeting school children and their parents.' } },
  { exhibit: 'fig-5.8', targetGroup: '10-17', title: { da: 'Aktiviteter og indsatser målrettet kriminalitetsforebyggelse', en: 'Activities and efforts targeting crime prevention' } },
  { exhibit: 'fig-6.21', targetGroup: '15-29', title: { da: 'Fordeling af aktiviteter målrettet 15-29-årige unge.', en: 'Distribution of activities targeted at 15-29-year-olds.' } },
];

/** The label of an activity type id (the id itself when unknown, so unexpected codes still show). */
export function activityLabel(group: TargetGroup, id: string): Text {
  return ACTIVITY_TYPES[group].find((t) => t.id === id)?.label ?? { da: id, en: id };
}
