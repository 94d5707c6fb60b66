/**
 * Every calibration target, in two tiers. The asserted ones (chapter 2, the target-group shares of
 * Fig 3.3/4.2 and NEET by parental restgruppe in Tab 6.2) must sit within tolerance on the default
 * synthetic data: the calibration test fails when one drifts. The catalogue's chapter 3-6 numbers are
 * computed and reported in calibration.csv too, but not yet asserted: the generator's school, crime
 * and childhood domains are not yet tuned to them (see the issue notes).
 */
import { CALIBRATION_TARGETS, type CalibrationTarget } from './targets.ts';
import { TARGET_GROUP_TARGETS } from './targets-target-groups.ts';
import { CATALOGUE_TARGETS } from './targets-catalogue.ts';

export const ASSERTED_TARGETS: readonly CalibrationTarget[] = [...CALIBRATION_TARGETS, ...TARGET_GROUP_TARGETS];
export const REPORTED_TARGETS: readonly CalibrationTarget[] = CATALOGUE_TARGETS;
export const ALL_TARGETS: readonly CalibrationTarget[] = [...ASSERTED_TARGETS, ...REPORTED_TARGETS];

const asserted = new Set(ASSERTED_TARGETS.map((t) => t.id));
export const isAsserted = (id: string): boolean => asserted.has(id);
