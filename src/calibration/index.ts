/**
 * Every calibration target, in two tiers. The asserted ones (chapter 2, the target-group shares of
 * Fig 3.3/4.2, NEET by parental restgruppe in Tab 6.2 and the youth survey's headline shares of
 * chapter 8, targets-survey.ts) must sit within tolerance on the default
 * synthetic data: the calibration test fails when one drifts. The catalogue's chapter 3-6 numbers are
 * computed and reported in calibration.csv too, but not yet asserted: the generator's school, crime
 * and childhood domains are not yet tuned to them (see the issue notes).
 */
import { CALIBRATION_TARGETS, type CalibrationTarget } from './targets.ts';
import { TARGET_GROUP_TARGETS } from './targets-target-groups.ts';
import { CATALOGUE_TARGETS } from './targets-catalogue.ts';
import { CH6_EDUCATION_TARGETS } from './targets-ch6-education.ts';
import { TABLE_TARGETS } from './targets-tables.ts';
import { SURVEY_TARGETS } from './targets-survey.ts';

/**
 * Target-group targets the default does not yet meet, reported but not asserted until the generator
 * reproduces them: the gap in NEET at 18-20 between young people with and without a parent in the
 * restgruppe is about half the published one, and too few non-MENAPT school children in supported
 * areas have a parent in the restgruppe (issue notes give the achieved numbers).
 */
const PENDING = new Set([
  'ch4.parent_restgruppe.school.supported.nonmenapt.2019',
  'ch6.neet.18-20.parental_restgruppe.supported.2005',
  'ch6.neet.18-20.parental_restgruppe.population.2005',
  'ch6.neet.18-20.parental_restgruppe.population.2019',
]);

/** Survey targets the synthetic survey does not yet meet (reported, not asserted). */
const SURVEY_PENDING = new Set<string>([]);

export const ASSERTED_TARGETS: readonly CalibrationTarget[] = [
  ...CALIBRATION_TARGETS, ...TARGET_GROUP_TARGETS.filter((t) => !PENDING.has(t.id)),
  ...SURVEY_TARGETS.filter((t) => !SURVEY_PENDING.has(t.id)),
];
export const REPORTED_TARGETS: readonly CalibrationTarget[] = [
  ...TARGET_GROUP_TARGETS.filter((t) => PENDING.has(t.id)), ...CATALOGUE_TARGETS, ...CH6_EDUCATION_TARGETS, ...TABLE_TARGETS,
  ...SURVEY_TARGETS.filter((t) => SURVEY_PENDING.has(t.id)),
];
export const ALL_TARGETS: readonly CalibrationTarget[] = [...ASSERTED_TARGETS, ...REPORTED_TARGETS];

const asserted = new Set(ASSERTED_TARGETS.map((t) => t.id));
export const isAsserted = (id: string): boolean => asserted.has(id);
