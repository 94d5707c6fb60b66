/** Every indicator exhibit, in report order. */
import type { IndicatorSpec } from '../spec.ts';
import { CH2_SPECS } from './ch2.ts';
import { TARGET_GROUP_SPECS } from './target-groups.ts';

export const ALL_INDICATORS: readonly IndicatorSpec[] = [...CH2_SPECS, ...TARGET_GROUP_SPECS];
