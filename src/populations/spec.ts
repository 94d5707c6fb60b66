/**
 * The four target groups of the report (methodology.md §3, report Bilag 1 l. 7112-7257) as data.
 *
 * A target group is a typed object that one compiler (compile.ts) turns into SQL over the
 * warehouse's `person_year`, `family_parents` and the contract table `elev`; nothing here runs
 * per person. docs/populations.md explains every rule with the report's lines and the choices made.
 */
import type { Text } from '../results/types.ts';

export type TargetGroupId = '0-6' | '6-17' | '10-17' | '15-29';

/**
 * The area groups of a target group: 'supported' (grown up in a supported area by the group's
 * rule), 'social_housing' (the same rule with any social housing department instead of a supported
 * one) and 'population' (the same age group in the whole population; grade rule included).
 */
export type PopulationAreaGroup = 'supported' | 'social_housing' | 'population';
export const POPULATION_AREA_GROUPS: readonly PopulationAreaGroup[] = ['supported', 'social_housing', 'population'];

/**
 * "Grown up in an area": at least 2 consecutive calendar years living in the area (person_year rows
 * in years y and y + 1, both with the area flag; different departments count). The person belongs
 * to the group from the first year y of such a pair on.
 */
export type ResidenceRule =
  /**
   * Both years of the pair at ages within `ages` (inclusive): the first year's age is in
   * [ages[0], ages[1] - 1]. Once such a pair has started, the person stays in the group for every
   * year in which the group's age window holds (0-6, 10-17, 15-29).
   */
  | { kind: 'pair_at_ages'; ages: readonly [number, number] }
  /**
   * The first year of the pair lies within the last `years` calendar years counted from year t,
   * t itself included: t - years + 1 <= y <= t (school children: 5). No age limit on the pair.
   */
  | { kind: 'pair_in_last_years'; years: number };

/** Young children who cannot yet have 2 years: lived in the area at least one year at `livedAtAges`. */
export interface YoungAgeRule {
  /** The child's age in year t. */
  age: number;
  /** Inclusive ages at which one year of residence in the area is enough. */
  livedAtAges: readonly [number, number];
}

/** School condition: at `ages` the child must be enrolled in one of `grades` that year (elev). */
export interface GradeRule {
  ages: readonly [number, number];
  grades: readonly [number, number];
}

/** Where parental restgruppe is measured, and the search for the fallbacks. */
export interface ParentalRule {
  /** The child's age at which the parents' status is measured (the group's lower age bound). */
  atAge: number;
  /**
   * How many years after the measurement year (or the arrival year) the "missing information"
   * fallbacks look at: the report's child ages 16-18 for age 15, i.e. 3 years.
   */
  laterYears: number;
  /**
   * A child not living in Denmark at `atAge` gets the parents' status in the first year after
   * arrival, searched up to this age (the group's upper age bound).
   */
  arrivalUntilAge: number;
  /** The first calendar year of the split the report says is possible (Bilag 1 l. 7243-7257). */
  splitFromYear: number;
}

export interface TargetGroupSpec {
  id: TargetGroupId;
  title: Text;
  /** Inclusive ages in calendar year t (age = year - birth year, as in person_year). */
  ages: readonly [number, number];
  residence: ResidenceRule;
  youngAges?: readonly YoungAgeRule[];
  grade?: GradeRule;
  parental: ParentalRule;
  /** The report's lines (seed/000_50c1653d2ce7b99d.txt) the rule is taken from. */
  source: string;
  /** Where the report is unclear: what was chosen. */
  choices: readonly string[];
}

export const TARGET_GROUPS: readonly TargetGroupSpec[] = [
  {
    id: '0-6',
    title: { da: 'Familier med 0-6-årige børn', en: 'Families with children aged 0-6' },
    ages: [0, 6],
    residence: { kind: 'pair_at_ages', ages: [0, 6] },
    youngAges: [
      { age: 0, livedAtAges: [0, 0] },
      { age: 1, livedAtAges: [0, 1] },
    ],
    parental: { atAge: 0, laterYears: 3, arrivalUntilAge: 6, splitFromYear: 2000 },
    source: 'l. 7147-7154 (group), 7194-7195 (parents at age 0), 7243-7245 (split 2000-2019)',
    choices: [
      'A 1-year-old needs one year in the area at age 0 or 1 ("mens de er ... 0-1 år" read as: at some time while 0-1).',
      'Once a pair has started at ages 0-6 the child stays in the group until age 6, also after moving out.',
    ],
  },
  {
    id: '6-17',
    title: { da: 'Familier med skolebørn (6-17 år)', en: 'Families with school children (aged 6-17)' },
    ages: [6, 17],
    residence: { kind: 'pair_in_last_years', years: 5 },
    grade: { ages: [14, 17], grades: [8, 10] },
    parental: { atAge: 6, laterYears: 3, arrivalUntilAge: 17, splitFromYear: 2003 },
    source: 'l. 7156-7162 (group), 7209-7212 (footnote 27), 7197-7198 (parents at age 6), 7247-7249 (split 2003-2019)',
    choices: [
      '"Inden for de sidste 5 år regnet fra kalenderåret": the first year of the pair is in t-4..t.',
      'Grades 8-10 "i det pågældende år": enrolled in grade 8-10 in a school year that runs in calendar year t (by default the one starting in t or the one starting in t-1; a setting).',
      'The grade condition also applies to the population and social housing comparison groups (it defines who is a school child).',
    ],
  },
  {
    id: '10-17',
    title: { da: 'Kriminalitetstruede unge (10-17 år)', en: 'Young people at risk of crime (aged 10-17)' },
    ages: [10, 17],
    residence: { kind: 'pair_at_ages', ages: [10, 17] },
    parental: { atAge: 10, laterYears: 3, arrivalUntilAge: 17, splitFromYear: 2000 },
    source: 'l. 7164-7169 (group), 7200-7201 (parents at age 10), 7251-7253 (split 2000-2019)',
    choices: ['Once a pair has started at ages 10-17 the child stays in the group until age 17.'],
  },
  {
    id: '15-29',
    title: { da: 'Unge (15-29 år)', en: 'Young people (aged 15-29)' },
    ages: [15, 29],
    residence: { kind: 'pair_at_ages', ages: [15, 18] },
    parental: { atAge: 15, laterYears: 3, arrivalUntilAge: 29, splitFromYear: 2005 },
    source: 'l. 7171-7184 (group), 7203-7204 (parents at age 15), 7213-7235 (fallbacks), 7255-7257 (split 2005-2019)',
    choices: ['The person stays in the group from the first year of the pair (at ages 15-18) until age 29.'],
  },
];

/** The rule names written to parental_restgruppe.rule_used, in order of preference. */
export const PARENTAL_RULES = [
  'home_parents',
  'legal_parents',
  'home_parents_later',
  'legal_parents_later',
  'home_parents_after_arrival',
  'legal_parents_after_arrival',
  'home_parents_after_arrival_later',
  'legal_parents_after_arrival_later',
  /** Value NULL: the measurement year is before SOCIO13 exists (1991). */
  'before_socio13',
  /** Value NULL: the measurement year is before the first year in person_year. */
  'before_data',
  /** Value NULL: the child was not in Denmark at the age nor arrived before arrivalUntilAge. */
  'not_in_denmark',
  /** Value NULL: no step of the chain had the parents' status. */
  'missing',
] as const;
export type ParentalRuleUsed = (typeof PARENTAL_RULES)[number];

/** Checks the specs a caller passes in (the defaults pass). Throws on the first problem. */
export function validateTargetGroups(groups: readonly TargetGroupSpec[]): void {
  const ids = new Set<string>();
  const atAges = new Map<number, string>();
  const int = (x: number, what: string, id: string): void => {
    if (!Number.isInteger(x) || x < 0 || x > 120) throw new Error(`target group ${id}: ${what} must be an integer age/count in 0-120, got ${x}`);
  };
  for (const g of groups) {
    if (!/^[0-9]+-[0-9]+$/.test(g.id)) throw new Error(`target group id '${g.id}' must look like '0-6'`);
    if (ids.has(g.id)) throw new Error(`target group ${g.id} is declared twice`);
    ids.add(g.id);
    const range = (r: readonly [number, number], what: string): void => {
      int(r[0], what, g.id);
      int(r[1], what, g.id);
      if (r[0] > r[1]) throw new Error(`target group ${g.id}: ${what} [${r[0]}, ${r[1]}] is empty`);
    };
    range(g.ages, 'ages');
    if (g.residence.kind === 'pair_at_ages') {
      range(g.residence.ages, 'residence ages');
      if (g.residence.ages[1] - g.residence.ages[0] < 1) throw new Error(`target group ${g.id}: residence ages must span 2 years`);
    } else {
      int(g.residence.years, 'residence years', g.id);
      if (g.residence.years < 1) throw new Error(`target group ${g.id}: residence years must be >= 1`);
    }
    for (const y of g.youngAges ?? []) {
      int(y.age, 'young age', g.id);
      range(y.livedAtAges, 'young livedAtAges');
    }
    if (g.grade) {
      range(g.grade.ages, 'grade ages');
      range(g.grade.grades, 'grades');
    }
    int(g.parental.atAge, 'parental atAge', g.id);
    int(g.parental.laterYears, 'parental laterYears', g.id);
    int(g.parental.arrivalUntilAge, 'parental arrivalUntilAge', g.id);
    if (g.parental.arrivalUntilAge < g.parental.atAge) throw new Error(`target group ${g.id}: arrivalUntilAge < atAge`);
    const other = atAges.get(g.parental.atAge);
    if (other !== undefined) {
      throw new Error(`target groups ${other} and ${g.id} both measure parental restgruppe at age ${g.parental.atAge}`);
    }
    atAges.set(g.parental.atAge, g.id);
  }
}
