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
    /** Change of the social-housing intercept per year after 2000 (the stock stops growing: almost no new building). */
    socialTrend: number;
    socialSes: number;
    /** Extra selection on low SES into social housing per year after 2000 (residualisation of the sector). */
    socialSesTrend: number;
    socialMenapt: number;
    socialSingleParent: number;
    socialFamilyEffect: number;
    supportedIntercept: number;
    /** Change of the supported-area intercept per year after 2000: the plan areas are a fixed set of
     *  departments, so their size stays about constant while selection on SES rises (supportedSesTrend). */
    supportedTrend: number;
    supportedSes: number;
    supportedMenapt: number;
    supportedSingleParent: number;
    /** Extra selection on low SES for families with children: municipalities refer vulnerable families
     *  to vacant large flats, which are mostly in the deprived estates (kommunal boliganvisning). */
    supportedFamilySes: number;
    /** Extra selection on low SES into supported areas per year after 2000. */
    supportedSesTrend: number;
    /** Extra selection of families with children whose head has a weak persistent attachment to work
     *  (the employment latent of labour.ts): the families referred to the estates are often out of work. */
    supportedFamilyEmp: number;
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

/**
 * Net arrivals (the model has no emigration, so these are arrivals that stay). MENAPT arrivals follow
 * Denmark's history: guest workers (Turkey, Pakistan) before 1980, refugees from Iran, Lebanon and
 * Palestine (1985-1990), Iraq and Somalia (1990s), family reunification until the 2002 tightening,
 * few in 2005-2013, Syrians in 2014-2016. The stock reaches about 195,000 MENAPT persons in 2000 and
 * 285,000 in 2019 (Fig 2.4's N). Non-MENAPT arrivals grow with EU enlargement (2004, 2007).
 */
function immigrantArrivals(year: number): { n: number; menaptShare: number } {
  if (year < 1980) return { n: 2500, menaptShare: 0.4 };
  if (year < 1985) return { n: 4000, menaptShare: 0.5 };
  if (year < 1996) return { n: 9000, menaptShare: 0.6 };
  if (year < 2002) return { n: 9000, menaptShare: 0.45 };
  if (year < 2005) return { n: 8000, menaptShare: 0.3 };
  if (year < 2014) return { n: 8500, menaptShare: 0.08 };
  if (year < 2017) return { n: 15000, menaptShare: 0.3 };
  return { n: 8500, menaptShare: 0.12 };
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
      menapt: [0.09, 0.22, 0.52, 0.78, 0.92, 1],
      single: [0.5, 0.78, 0.94, 0.99, 1, 1],
    },
    departments: { social: 7000, supported: 1100 },
    housing: {
      moveRateYoung: 0.2,
      moveRateOld: 0.06,
      socialIntercept: -3.17,
      socialTrend: -0.06,
      socialSes: -2.2,
      socialSesTrend: -0.035,
      socialMenapt: 1.7,
      socialSingleParent: 0.9,
      socialFamilyEffect: 0.9,
      supportedIntercept: -1.38,
      supportedTrend: -0.045,
      supportedSes: -0.1,
      supportedMenapt: 1.8,
      supportedSingleParent: 1.0,
      supportedFamilySes: -1.0,
      supportedSesTrend: -0.03,
      supportedFamilyEmp: -0.8,
    },
  };
}
