/**
 * Parameters of the synthetic register population: every behavioural knob of the microsimulation in
 * one place, as data. The calibration targets (calibration-targets.ts) say what these must reproduce;
 * change a value here and the calibration test tells you whether the default still sits within tolerance.
 */
export interface SyntheticParams {
  /** 1.0 = Denmark's size (about 5.9 million residents a year). */
  scale: number;
  seed: number;
  firstYear: number;
  lastYear: number;
  /** Danish-origin persons born per year before 1980 (scale 1); later births come from fertility. */
  founderCohortSize: (birthYear: number) => number;
  /** Adult immigrants arriving per year (scale 1), and the MENAPT share of them. */
  immigrantArrivals: (year: number) => { n: number; menaptShare: number };
  deathAgeMean: number;
  deathAgeSd: number;
  /** Intergenerational correlation of the latent socio-economic position. */
  sesInheritance: number;
  /** Share of women who form a couple. */
  partnerShare: { danish: number; menapt: number; other: number };
  /** Cumulative distribution of number of children, k = 0..5. */
  childrenCdf: { danish: number[]; menapt: number[]; single: number[] };
  /** Number of social housing departments and of those in a master plan (scale 1). */
  departments: { social: number; supported: number };
  housing: {
    moveRateYoung: number;
    moveRateOld: number;
    socialIntercept: number;
    socialSes: number;
    socialMenapt: number;
    socialSingleParent: number;
    socialFamilyEffect: number;
    supportedIntercept: number;
    supportedSes: number;
    supportedMenapt: number;
    supportedSingleParent: number;
    /** Extra selection on low SES into supported areas per year after 2000. */
    supportedSesTrend: number;
  };
}

/** Real-ish Danish birth cohorts; only pre-1980 cohorts are founders. */
function founderCohortSize(birthYear: number): number {
  return 0.68 * rawCohortSize(birthYear);
}
function rawCohortSize(birthYear: number): number {
  if (birthYear < 1920) return 52000 + 700 * (birthYear - 1900);
  if (birthYear < 1940) return 66000 + 300 * (birthYear - 1920);
  if (birthYear < 1946) return 76000;
  if (birthYear < 1951) return 86000;
  if (birthYear < 1966) return 78000;
  return 76000 - 1200 * (birthYear - 1966);
}

function immigrantArrivals(year: number): { n: number; menaptShare: number } {
  if (year < 1980) return { n: 2500, menaptShare: 0.35 };
  if (year < 1985) return { n: 3500, menaptShare: 0.35 };
  if (year < 1996) return { n: 7000, menaptShare: 0.55 };
  if (year < 2005) return { n: 8500, menaptShare: 0.4 };
  if (year < 2014) return { n: 13000, menaptShare: 0.15 };
  if (year < 2017) return { n: 20000, menaptShare: 0.4 };
  return { n: 15000, menaptShare: 0.15 };
}

export function defaultParams(scale: number, seed: number): SyntheticParams {
  return {
    scale,
    seed,
    firstYear: 1980,
    lastYear: 2021,
    founderCohortSize,
    immigrantArrivals,
    deathAgeMean: 81,
    deathAgeSd: 11,
    sesInheritance: 0.55,
    partnerShare: { danish: 0.86, menapt: 0.93, other: 0.8 },
    childrenCdf: {
      danish: [0.14, 0.31, 0.76, 0.94, 0.99, 1],
      menapt: [0.06, 0.14, 0.38, 0.64, 0.84, 1],
      single: [0.5, 0.78, 0.94, 0.99, 1, 1],
    },
    departments: { social: 7000, supported: 1100 },
    housing: {
      moveRateYoung: 0.2,
      moveRateOld: 0.06,
      socialIntercept: -2.65,
      socialSes: -1.5,
      socialMenapt: 1.7,
      socialSingleParent: 0.9,
      socialFamilyEffect: 0.9,
      supportedIntercept: -1.75,
      supportedSes: -0.5,
      supportedMenapt: 2.1,
      supportedSingleParent: 0.3,
      supportedSesTrend: -0.03,
    },
  };
}
