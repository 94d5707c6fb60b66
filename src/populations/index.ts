/** Target groups and parental restgruppe as declared populations (docs/populations.md). */
export {
  TARGET_GROUPS, PARENTAL_RULES, POPULATION_AREA_GROUPS, validateTargetGroups,
  type TargetGroupId, type TargetGroupSpec, type ResidenceRule, type YoungAgeRule, type GradeRule,
  type ParentalRule, type ParentalRuleUsed, type PopulationAreaGroup,
} from './spec.ts';
export {
  compilePopulations, DEFAULT_SCHOOL_YEAR, SOCIO13_FIRST_YEAR, POPULATION_RELATIONS,
  type CompileOptions, type PopulationStep, type SchoolYearChoice,
} from './compile.ts';
export { buildPopulations, RESIDENCE_FIRST_YEAR, type PopulationOptions, type PopulationBuildReport } from './build.ts';
