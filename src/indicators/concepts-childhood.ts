/**
 * Concepts of the multi-measure tables of chapters 3-5: the risk factors of a childhood (Tab 3.1
 * over ages 0-6, Tab 4.1 over ages 6-18), the birth, day-care and school-start facts of Tab 3.2,
 * the school facts of Tab 4.2 and 5.1 (absence and wellbeing by school stage, national tests,
 * efterskole) and crime at ages 10-17 (Tab 5.1 rows). Spread into RELATIONS / CONCEPTS by
 * concepts.ts; imports only concept-defs.ts.
 *
 * Histories are keyed by person: a child's window (ages a0-a1) fixes its calendar years, so one
 * row per person serves every measurement year. School histories hold everything up to the
 * extract's last year; the tables that read them are measured in that year (2019).
 */
import { type ConceptDef, type RelationDef, CRIME_LAWS, PRISON_SANCTIONS, PSYCHIATRIC_PREFIXES, SUBSTANCE_PREFIXES, list, prefixMatch } from './concept-defs.ts';

/** BUFO FORANST_TYPE: 1 placement, 2 person-directed preventive measure, 3 family-directed (from 2015). */
const ALL_MEASURES = [1, 2, 3] as const;
const PERSON_MEASURES = [1, 2] as const;

/** A childhood window: the ages it covers and the thresholds of its table's rows. */
interface Window {
  id: '0_6' | '6_18';
  ages: readonly [number, number];
  /** "Mindst 2 brud" (Tab 3.1) / "Mindst et brud" (Tab 4.1). */
  minBreaks: number;
  /** "Mere end tre flytninger" (Tab 3.1) / "Mere end to flytninger" (Tab 4.1). */
  movesAbove: number;
  /** Person- and family-directed measures (Tab 3.1) / person-directed measures (Tab 4.1). */
  measureTypes: readonly number[];
  source: string;
}

const W0_6: Window = { id: '0_6', ages: [0, 6], minBreaks: 2, movesAbove: 3, measureTypes: ALL_MEASURES, source: 'Tab 3.1 l. 1328-1381' };
const W6_18: Window = { id: '6_18', ages: [6, 18], minBreaks: 1, movesAbove: 2, measureTypes: PERSON_MEASURES, source: 'Tab 4.1 l. 2072-2139' };

/**
 * The child's person-years in the window and the parents of each: the adults at home
 * (family_parents) and the legal mother and father (MOR_ID, FAR_ID) whether at home or not.
 */
function childParents(w: Window): RelationDef {
  return {
    keyedBy: 'pnr_year', needs: [], source: `${w.source}; Bilag 1 l. 7206`,
    description: `Children at ages ${w.ages[0]}-${w.ages[1]} with each parent that year (adults at home and legal parents); one row per child, year and parent.`,
    sql: `SELECT DISTINCT pnr, year, parent_pnr FROM (
        SELECT f.pnr, f.year, f.parent_pnr FROM family_parents AS f
          JOIN person_year AS c ON c.pnr = f.pnr AND c.year = f.year
          WHERE c.age BETWEEN ${w.ages[0]} AND ${w.ages[1]}
        UNION ALL SELECT pnr, year, mor_id FROM person_year WHERE age BETWEEN ${w.ages[0]} AND ${w.ages[1]} AND mor_id IS NOT NULL
        UNION ALL SELECT pnr, year, far_id FROM person_year WHERE age BETWEEN ${w.ages[0]} AND ${w.ages[1]} AND far_id IS NOT NULL
      )`,
  };
}

/** Children with a parent who had an event of `events` (pnr, year) in a year of the window. */
function parentEvent(w: Window, what: string, needs: readonly string[], events: string, source: string): RelationDef {
  return {
    keyedBy: 'pnr', needs, source: `${w.source}; ${source}`,
    description: `Children with a parent who had ${what} in a year at the child's ages ${w.ages[0]}-${w.ages[1]}.`,
    sql: `SELECT DISTINCT cp.pnr FROM rel_child_parents_${w.id} AS cp
      JOIN (${events}) AS e ON e.pnr = cp.parent_pnr AND e.year = cp.year`,
  };
}

const CRIME_EVENTS = `SELECT PNR AS pnr, year(SIGT_DTO) AS year FROM krsi WHERE LOV IN (${list(CRIME_LAWS)})
        UNION ALL SELECT PNR, year(AFG_DTO) FROM kraf WHERE LOV IN (${list(CRIME_LAWS)}) AND SANKTION IN (${list(PRISON_SANCTIONS)})`;
const ABUSE_EVENTS = `SELECT PNR AS pnr, year(START_DTO) AS year FROM misbrug
        UNION ALL SELECT PNR, year(D_INDDTO) FROM lpr WHERE ${prefixMatch('DIAG', SUBSTANCE_PREFIXES)}`;
const PSYCH_EVENTS = `SELECT PNR AS pnr, year(D_INDDTO) AS year FROM lpr WHERE ${prefixMatch('DIAG', PSYCHIATRIC_PREFIXES)}`;

function windowRelations(w: Window) {
  const [a0, a1] = w.ages;
  return {
    child_parents: childParents(w),
    family_breaks: {
      keyedBy: 'pnr', needs: [], source: `${w.source}; l. 1328-1332`,
      description: `Breaks in the family at ages ${a0}-${a1}: years in which an adult who lived with the child the year before no longer does, while the child still lives with at least one of its adults.`,
      sql: `WITH home AS (
          SELECT f.pnr, f.year, f.parent_pnr FROM family_parents AS f
          JOIN person_year AS c ON c.pnr = f.pnr AND c.year = f.year
          WHERE c.age BETWEEN ${a0} AND ${a1}
        ), left_home AS (
          -- an adult at home in year t who is not at home in t + 1, the child being at home in t + 1
          SELECT DISTINCT a.pnr, a.year + 1 AS year FROM home AS a
          WHERE EXISTS (SELECT 1 FROM home AS n WHERE n.pnr = a.pnr AND n.year = a.year + 1)
            AND NOT EXISTS (SELECT 1 FROM home AS b WHERE b.pnr = a.pnr AND b.year = a.year + 1 AND b.parent_pnr = a.parent_pnr)
        )
        SELECT pnr, count(*) AS breaks FROM left_home GROUP BY pnr`,
    },
    moves: {
      keyedBy: 'pnr', needs: [], source: `${w.source}; l. 1328-1332`,
      description: `Moves at ages ${a0}-${a1}: consecutive years in which the municipality (KOM) or the social-housing department (AFD_ID) changes.`,
      sql: `SELECT pnr, count(*) FILTER (WHERE prev_year = year - 1 AND (kom IS DISTINCT FROM prev_kom OR afd_id IS DISTINCT FROM prev_afd)) AS moves
        FROM (
          SELECT pnr, year, kom, afd_id,
            lag(year) OVER w AS prev_year, lag(kom) OVER w AS prev_kom, lag(afd_id) OVER w AS prev_afd
          FROM person_year WHERE age BETWEEN ${a0} AND ${a1}
          WINDOW w AS (PARTITION BY pnr ORDER BY year)
        ) GROUP BY pnr`,
    },
    parent_crime: parentEvent(w, 'a charge (KRSI) or a prison sentence (KRAF), counted laws', ['krsi', 'kraf'], CRIME_EVENTS, 'Bilag 1 l. 7383-7400'),
    parent_abuse: parentEvent(w, 'treatment for substance abuse (SIB/NAB) or an abuse diagnosis (LPR, Bilagstabel 1.3)', ['misbrug', 'lpr'], ABUSE_EVENTS, 'Bilag 1 l. 7483-7555'),
    parent_psych: parentEvent(w, 'a hospital contact with a psychiatric diagnosis (LPR, Bilagstabel 1.2)', ['lpr'], PSYCH_EVENTS, 'Bilag 1 l. 7402-7481'),
    child_measures: {
      keyedBy: 'pnr', needs: ['bufo'], source: `${w.source}; Bilag 1 l. 7095`,
      description: `Children with a BUFO measure of type ${list(w.measureTypes)} running in a year at ages ${a0}-${a1}.`,
      sql: `SELECT DISTINCT b.PNR AS pnr FROM bufo AS b
        JOIN (SELECT pnr, min(year - age) AS birth_year FROM person_year GROUP BY pnr) AS c ON c.pnr = b.PNR
        WHERE b.FORANST_TYPE IN (${list(w.measureTypes)})
          AND year(b.START_DTO) <= c.birth_year + ${a1}
          AND (b.SLUT_DTO IS NULL OR year(b.SLUT_DTO) >= c.birth_year + ${a0})`,
    },
    risk_any: {
      keyedBy: 'pnr', needs: ['krsi', 'kraf', 'misbrug', 'lpr', 'bufo'], source: w.source,
      description: `Children with at least one of the window's risk factors (breaks ≥ ${w.minBreaks}, parent's crime, abuse, psychiatric treatment, moves > ${w.movesAbove}, measures).`,
      sql: `SELECT pnr FROM rel_family_breaks_${w.id} WHERE breaks >= ${w.minBreaks}
        UNION SELECT pnr FROM rel_moves_${w.id} WHERE moves > ${w.movesAbove}
        UNION SELECT pnr FROM rel_parent_crime_${w.id}
        UNION SELECT pnr FROM rel_parent_abuse_${w.id}
        UNION SELECT pnr FROM rel_parent_psych_${w.id}
        UNION SELECT pnr FROM rel_child_measures_${w.id}`,
    },
  } satisfies Record<string, RelationDef>;
}

const R0_6 = windowRelations(W0_6);
const R6_18 = windowRelations(W6_18);

/** The stages of primary school by grade (KLASSETRIN): indskoling 0-3, mellemtrin 4-6 (l. 6875), udskoling 7-9. */
const STAGES = { indskoling: [0, 3], mellemtrin: [4, 6], udskoling: [7, 9] } as const;
const stage = (s: keyof typeof STAGES, column: string) => `avg(${column}) FILTER (WHERE e.KLASSETRIN BETWEEN ${STAGES[s][0]} AND ${STAGES[s][1]})`;

export const CHILDHOOD_RELATIONS = {
  child_parents_0_6: R0_6.child_parents, family_breaks_0_6: R0_6.family_breaks, moves_0_6: R0_6.moves,
  parent_crime_0_6: R0_6.parent_crime, parent_abuse_0_6: R0_6.parent_abuse, parent_psych_0_6: R0_6.parent_psych,
  child_measures_0_6: R0_6.child_measures, risk_any_0_6: R0_6.risk_any,
  child_parents_6_18: R6_18.child_parents, family_breaks_6_18: R6_18.family_breaks, moves_6_18: R6_18.moves,
  parent_crime_6_18: R6_18.parent_crime, parent_abuse_6_18: R6_18.parent_abuse, parent_psych_6_18: R6_18.parent_psych,
  child_measures_6_18: R6_18.child_measures, risk_any_6_18: R6_18.risk_any,
  birth_weight: {
    keyedBy: 'pnr', needs: ['mfr'], source: 'Tab 3.2 l. 1405-1431',
    description: 'Birth weight in grams (MFR VAEGT).',
    sql: 'SELECT PNR AS pnr, VAEGT AS weight FROM mfr',
  },
  daycare_at_2: {
    keyedBy: 'pnr', needs: ['dagtilbud'], source: 'Tab 3.2 l. 1393-1397, 1405-1431',
    description: 'Per child resident in the year it turned 2: whether it was enrolled in any day care (BOERN) that year.',
    sql: `SELECT p.pnr, d.PNR IS NOT NULL AS enrolled FROM person_year AS p
      LEFT JOIN dagtilbud AS d ON d.PNR = p.pnr AND d.AAR = p.year
      WHERE p.age = 2`,
  },
  school_start: {
    keyedBy: 'pnr', needs: ['elev'], source: 'Tab 3.2 l. 1393-1397',
    description: 'Per pupil with a børnehaveklasse year in the pupil register: whether it began in the school year starting in the calendar year the child turned 7 or later (postponed).',
    sql: `SELECT e.PNR AS pnr, min(e.SKOLEAAR) - any_value(c.birth_year) >= 7 AS postponed
      FROM elev AS e
      JOIN (SELECT pnr, min(year - age) AS birth_year FROM person_year GROUP BY pnr) AS c ON c.pnr = e.PNR
      WHERE e.KLASSETRIN = 0
      GROUP BY e.PNR
      -- a first børnehaveklasse in the register's first school year may have begun earlier
      HAVING min(e.SKOLEAAR) > (SELECT min(SKOLEAAR) FROM elev)`,
  },
  school_stages: {
    keyedBy: 'pnr', needs: ['elev', 'fravaer', 'trivsel'], source: 'Tab 4.2 l. 2163-2294; Tab 5.1 l. 2946-2967; Bilag 1 l. 7557-7573',
    description: 'Per pupil: mean absence per cent over the school years in indskoling (grades 0-3), mellemtrin (4-6) and udskoling (7-9), mean general wellbeing (1-5) over mellemtrin and udskoling, and the wellbeing of the latest measured school year.',
    sql: `SELECT e.PNR AS pnr,
        ${stage('indskoling', 'f.FRAVAER_PCT')} AS abs_indskoling,
        ${stage('mellemtrin', 'f.FRAVAER_PCT')} AS abs_mellemtrin,
        ${stage('udskoling', 'f.FRAVAER_PCT')} AS abs_udskoling,
        ${stage('mellemtrin', 't.TRIVSEL')} AS triv_mellemtrin,
        ${stage('udskoling', 't.TRIVSEL')} AS triv_udskoling,
        arg_max(t.TRIVSEL, e.SKOLEAAR) FILTER (WHERE t.TRIVSEL IS NOT NULL) AS triv_latest
      FROM elev AS e
      LEFT JOIN fravaer AS f ON f.PNR = e.PNR AND f.SKOLEAAR = e.SKOLEAAR
      LEFT JOIN trivsel AS t ON t.PNR = e.PNR AND t.SKOLEAAR = e.SKOLEAAR
      GROUP BY e.PNR`,
  },
  national_tests: {
    keyedBy: 'pnr', needs: ['nationale_test'], source: 'Tab 4.2 l. 2167-2256',
    description: 'Per pupil: national-test score (1-100) in Danish reading in grades 2, 4 and 8 and in mathematics in grade 6 (the mean if a test was taken twice).',
    sql: `SELECT PNR AS pnr,
        avg(SCORE) FILTER (WHERE FAG = 'dansk_laesning' AND KLASSETRIN = 2) AS da_2,
        avg(SCORE) FILTER (WHERE FAG = 'dansk_laesning' AND KLASSETRIN = 4) AS da_4,
        avg(SCORE) FILTER (WHERE FAG = 'matematik' AND KLASSETRIN = 6) AS ma_6,
        avg(SCORE) FILTER (WHERE FAG = 'dansk_laesning' AND KLASSETRIN = 8) AS da_8
      FROM nationale_test GROUP BY PNR`,
  },
  efterskole: {
    keyedBy: 'pnr', needs: ['elev'], source: 'Tab 4.2 l. 2150-2156, 2256',
    description: 'Pupils with at least one school year at an efterskole (SKOLETYPE 3).',
    sql: 'SELECT DISTINCT PNR AS pnr FROM elev WHERE SKOLETYPE = 3',
  },
  crime_10_17: {
    keyedBy: 'pnr', needs: ['krms', 'krsi'], source: 'Tab 5.1 l. 2941-2942',
    description: 'Persons with a suspicion (KRMS) or a charge (KRSI), counted laws, in a year at ages 10-17.',
    sql: `SELECT DISTINCT e.pnr FROM (
        SELECT PNR AS pnr, year(MIST_DTO) AS year FROM krms WHERE LOV IN (${list(CRIME_LAWS)})
        UNION ALL SELECT PNR, year(SIGT_DTO) FROM krsi WHERE LOV IN (${list(CRIME_LAWS)})
      ) AS e JOIN person_year AS p ON p.pnr = e.pnr AND p.year = e.year
      WHERE p.age BETWEEN 10 AND 17`,
  },
} as const satisfies Record<string, RelationDef>;

/** Relations a relation's SQL reads by name (rel_<id>). */
export const CHILDHOOD_RELATION_DEPENDS: Record<string, readonly string[]> = Object.fromEntries(
  (['0_6', '6_18'] as const).flatMap((w) => [
    ...['parent_crime', 'parent_abuse', 'parent_psych'].map((r) => [`${r}_${w}`, [`child_parents_${w}`]] as const),
    [`risk_any_${w}`, ['family_breaks', 'moves', 'parent_crime', 'parent_abuse', 'parent_psych', 'child_measures'].map((r) => `${r}_${w}`)] as const,
  ]),
);

const flag = (relation: string, da: string, en: string, source: string): ConceptDef & { type: 'boolean' } =>
  ({ type: 'boolean', relation, expr: 'true', missing: 'false', source, description: { da, en } });

export const CHILDHOOD_CONCEPTS = {
  // Tab 3.1: ages 0-6
  risk_breaks_0_6: { type: 'boolean', relation: 'family_breaks_0_6', expr: `({r}.breaks >= ${W0_6.minBreaks})`, missing: 'false', source: 'l. 1365', description: { da: 'Mindst 2 brud i familien', en: 'At least 2 family break-ups' } },
  risk_parent_crime_0_6: flag('parent_crime_0_6', 'Mindst en forælder med en sigtelse eller dom', 'At least one parent charged or sentenced', 'l. 1367'),
  risk_parent_abuse_0_6: flag('parent_abuse_0_6', 'Mindst en forælder med misbrug', 'At least one parent with substance abuse', 'l. 1369'),
  risk_parent_psych_0_6: flag('parent_psych_0_6', 'Mindst en forælder i behandling for psykisk sygdom', 'At least one parent treated for mental illness', 'l. 1371'),
  risk_moves_0_6: { type: 'boolean', relation: 'moves_0_6', expr: `({r}.moves > ${W0_6.movesAbove})`, missing: 'false', source: 'l. 1373', description: { da: 'Mere end tre flytninger', en: 'More than three moves' } },
  risk_measures_0_6: flag('child_measures_0_6', 'Person- og familierettede foranstaltninger', 'Person- and family-directed measures', 'l. 1375, 1381'),
  risk_none_0_6: { type: 'boolean', relation: 'risk_any_0_6', expr: 'false', missing: 'true', source: 'l. 1377', description: { da: 'Ingen af de ovenstående risikofaktorer', en: 'None of the risk factors above' } },
  // Tab 4.1: ages 6-18
  risk_breaks_6_18: { type: 'boolean', relation: 'family_breaks_6_18', expr: `({r}.breaks >= ${W6_18.minBreaks})`, missing: 'false', source: 'l. 2121', description: { da: 'Mindst et brud i familien', en: 'At least one family break-up' } },
  risk_parent_crime_6_18: flag('parent_crime_6_18', 'Mindst en forælder med en sigtelse eller dom', 'At least one parent charged or sentenced', 'l. 2123'),
  risk_parent_abuse_6_18: flag('parent_abuse_6_18', 'Mindst en forælder med misbrug', 'At least one parent with substance abuse', 'l. 2125'),
  risk_parent_psych_6_18: flag('parent_psych_6_18', 'Mindst en forælder i behandling for psykisk sygdom', 'At least one parent treated for mental illness', 'l. 2127'),
  risk_moves_6_18: { type: 'boolean', relation: 'moves_6_18', expr: `({r}.moves > ${W6_18.movesAbove})`, missing: 'false', source: 'l. 2129', description: { da: 'Mere end to flytninger', en: 'More than two moves' } },
  risk_measures_6_18: flag('child_measures_6_18', 'Personforanstaltninger', 'Person-directed measures', 'l. 2131'),
  risk_none_6_18: { type: 'boolean', relation: 'risk_any_6_18', expr: 'false', missing: 'true', source: 'l. 2133', description: { da: 'Ingen af de ovenstående risikofaktorer', en: 'None of the risk factors above' } },
  // Tab 3.2
  birth_weight: { type: 'number', relation: 'birth_weight', expr: '{r}.weight', source: 'l. 1410', description: { da: 'Gns. fødselsvægt', en: 'Mean birth weight' } },
  daycare_at_2: { type: 'boolean', relation: 'daycare_at_2', expr: '{r}.enrolled', source: 'l. 1412', description: { da: 'Andel indskrevet i daginstitution som 2-årig', en: 'Enrolled in day care at age 2' } },
  school_postponed: { type: 'boolean', relation: 'school_start', expr: '{r}.postponed', source: 'l. 1414', description: { da: 'Andel skoleudsatte', en: 'School start postponed' } },
  // Tab 4.2 and 5.1: school stages, tests, efterskole
  absence_indskoling: { type: 'number', relation: 'school_stages', expr: '{r}.abs_indskoling', source: 'l. 2167; Bilag 1 l. 7557-7564', description: { da: 'Gns. fravær i indskoling, pct.', en: 'Mean absence in grades 0-3, %' } },
  absence_mellemtrin: { type: 'number', relation: 'school_stages', expr: '{r}.abs_mellemtrin', source: 'l. 2167; Bilag 1 l. 7557-7564', description: { da: 'Gns. fravær i mellemtrin, pct.', en: 'Mean absence in grades 4-6, %' } },
  absence_udskoling: { type: 'number', relation: 'school_stages', expr: '{r}.abs_udskoling', source: 'l. 2167; Bilag 1 l. 7557-7564', description: { da: 'Gennemsnitlig fravær i udskoling, pct.', en: 'Mean absence in grades 7-9, %' } },
  wellbeing_mellemtrin: { type: 'number', relation: 'school_stages', expr: '{r}.triv_mellemtrin', source: 'l. 2951; Bilag 1 l. 7565-7573', description: { da: 'Trivsel i mellemtrin (1-5)', en: 'Wellbeing in grades 4-6 (1-5)' } },
  wellbeing_udskoling: { type: 'number', relation: 'school_stages', expr: '{r}.triv_udskoling', source: 'l. 2951; Bilag 1 l. 7565-7573', description: { da: 'Trivsel i udskoling (1-5)', en: 'Wellbeing in grades 7-9 (1-5)' } },
  wellbeing_high_latest: {
    type: 'boolean', relation: 'school_stages', expr: '({r}.triv_latest > 4.5)', source: 'l. 2159, 2256',
    description: { da: 'Høj trivsel (over 4,5) i det senest tilgængelige år', en: 'High wellbeing (above 4.5) in the latest available year' },
  },
  nt_danish_2: { type: 'number', relation: 'national_tests', expr: '{r}.da_2', source: 'l. 2167', description: { da: 'Gns. NT-resultat dansk læsning i 2. kl.', en: 'Mean national test, Danish reading, grade 2' } },
  nt_danish_4: { type: 'number', relation: 'national_tests', expr: '{r}.da_4', source: 'l. 2167', description: { da: 'Gns. NT-resultat dansk læsning i 4. kl.', en: 'Mean national test, Danish reading, grade 4' } },
  nt_maths_6: { type: 'number', relation: 'national_tests', expr: '{r}.ma_6', source: 'l. 2167', description: { da: 'Gns. NT-resultat matematik i 6. kl.', en: 'Mean national test, mathematics, grade 6' } },
  nt_danish_8: { type: 'number', relation: 'national_tests', expr: '{r}.da_8', source: 'l. 2167', description: { da: 'NT i dansk, 8. kl.', en: 'National test, Danish, grade 8' } },
  efterskole: flag('efterskole', 'Efterskole', 'Attended an efterskole', 'l. 2256'),
  // Tab 5.1 rows
  crime_10_17: flag('crime_10_17', 'Mistanke/sigtelse i alderen 10-17 år', 'Suspicion or charge at ages 10-17', 'l. 2941-2942'),
  no_crime_10_17: { type: 'boolean', relation: 'crime_10_17', expr: 'false', missing: 'true', source: 'l. 2941-2942', description: { da: 'Hverken mistanke eller sigtelse i alderen 10-17 år', en: 'Neither suspicion nor charge at ages 10-17' } },
} as const satisfies Record<string, ConceptDef>;
