/**
 * Concepts of Bilag 3 (participants in the activities against the other residents of the areas)
 * and of Bilagsfigur 7.2 (a parent at home with a charge or verdict). Spread into RELATIONS and
 * CONCEPTS in concepts.ts; compile.ts is the only reader. docs/participants.md explains the
 * choices with the report's lines.
 *
 * Bilag 3 rests on one relation, `participant_comparison`: one row per person measured, with the
 * year of measurement as its year, so the indicator engine joins it to person_year like any other
 * relation and pools the years (population.pooled). Participants are measured in their first start
 * year, the other residents in COMPARISON_YEAR; the two sets are disjoint, so (pnr, year) is unique.
 */
import { type ConceptDef, type RelationDef, CRIME_LAWS, PRISON_SANCTIONS, PSYCHIATRIC_PREFIXES, list, prefixMatch } from './concept-defs.ts';

/**
 * The grant round whose participants Bilag 3 describes: the 2015-18 collection, where every plan
 * reported its participants (Bilag 1 l. 7664-7670). Its 3.494 persons (Bilagstabel 1.6, l. 7692)
 * are exactly the sum of Bilag 3's four groups (197 + 2.296 + 445 + 556).
 */
export const PARTICIPANT_ROUND = '2015-18';
/**
 * The year the other residents are measured in. The report does not say (catalog-ch9-bilag.md §7);
 * its comparison Ns (14.496 0-6-year-olds, 118.817 in all) are one year's residents of the areas,
 * not a pool of years. 2018 is the middle of the collection (start years 2014-2020, l. 7676-7688)
 * and the year §9.4.1 compares participants' exams with the supported areas (l. 6968-6971).
 */
export const COMPARISON_YEAR = 2018;
/** "Inden for de sidste 10 år" (Bilagsboks 3.1, l. 8458-8459, 8464-8466): the year and the 9 before. */
export const CRIME_WINDOW_YEARS = 10;


/** The four groups of Bilag 3 (l. 8428-8432) and the child age at which each measures parental restgruppe. */
export const PARTICIPANT_GROUPS = ['0-6', '6-17', '15-29', 'parents'] as const;

export const PARTICIPANT_RELATIONS = {
  participant_comparison: {
    keyedBy: 'pnr_year', needs: ['deltager', 'elev'], source: 'Bilag 3 l. 8428-8432; Bilag 1 l. 7664-7697',
    description: `Bilag 3: participants of the ${PARTICIPANT_ROUND} plans (once each, in their first start year) and the other residents of those plans' departments in ${COMPARISON_YEAR}, with their group (0-6, 6-17 pupils, 15-29 not pupils, 30-50), living at home and parental restgruppe at the group's age.`,
    sql: `WITH round_plans AS (
        SELECT PLAN_ID FROM lbf_helhedsplan WHERE PULJE = '${PARTICIPANT_ROUND}'
      ),
      participants AS (
        -- each person once, measured in the first start year (Bilagstabel 1.6 note 1, l. 7693-7697)
        SELECT d.PNR AS pnr, CAST(min(d.START_AAR) AS INTEGER) AS year
        FROM deltager AS d SEMI JOIN round_plans AS r ON r.PLAN_ID = d.PLAN_ID
        GROUP BY d.PNR
      ),
      area_departments AS (
        SELECT DISTINCT pa.AFD_ID FROM lbf_plan_afdeling AS pa SEMI JOIN round_plans AS r ON r.PLAN_ID = pa.PLAN_ID
      ),
      others AS (
        -- the residents of the same plans' departments that year who are not participants
        SELECT p.pnr, p.year FROM person_year AS p
        SEMI JOIN area_departments AS a ON a.AFD_ID = p.afd_id
        ANTI JOIN participants AS d ON d.pnr = p.pnr
        WHERE p.year = ${COMPARISON_YEAR}
      ),
      measured AS (
        SELECT pnr, year, 'participant' AS participant FROM participants
        UNION ALL
        SELECT pnr, year, 'other' AS participant FROM others
      ),
      pupils AS (
        -- in primary school (grades 0-10) in the school year that starts in the year: status at its end, like age
        SELECT DISTINCT PNR AS pnr, CAST(SKOLEAAR AS INTEGER) AS year FROM elev WHERE KLASSETRIN BETWEEN 0 AND 10
      ),
      grouped AS (
        SELECT m.pnr, m.year, m.participant, p.plads,
          CASE
            WHEN p.age BETWEEN 6 AND 17 AND s.pnr IS NOT NULL THEN '6-17'
            WHEN p.age BETWEEN 0 AND 6 THEN '0-6'
            WHEN p.age BETWEEN 15 AND 29 THEN '15-29'
            WHEN p.age BETWEEN 30 AND 50 THEN 'parents'
          END AS grp
        FROM measured AS m
        JOIN person_year AS p ON p.pnr = m.pnr AND p.year = m.year
        LEFT JOIN pupils AS s ON s.pnr = m.pnr AND s.year = m.year
      )
      SELECT g.pnr, g.year, g.participant, g.grp, coalesce(g.plads = 3, false) AS at_home, pr.parental_restgruppe AS parental
      FROM grouped AS g
      -- parental restgruppe at the group's own age: 0, 6 and 15 (Bilagsfigur 3.5 title, l. 8514-8517)
      LEFT JOIN parental_restgruppe AS pr ON pr.pnr = g.pnr
        AND pr.measured_at_age = CASE g.grp WHEN '0-6' THEN 0 WHEN '6-17' THEN 6 WHEN '15-29' THEN 15 END
      WHERE g.grp IS NOT NULL`,
  },
  preventive_history: {
    keyedBy: 'pnr', needs: ['bufo'], source: 'Bilagsfigur 3.3 l. 8491-8493; Bilag 1 l. 7095',
    description: 'Per person: the first calendar year with a person-directed preventive measure (BUFO FORANST_TYPE 2).',
    sql: `SELECT PNR AS pnr, CAST(min(year(START_DTO)) AS INTEGER) AS first_year FROM bufo WHERE FORANST_TYPE = 2 GROUP BY PNR`,
  },
  psychiatric_history: {
    keyedBy: 'pnr', needs: ['lpr'], source: 'Bilagsfigur 3.4 l. 8504-8505; Bilagstabel 1.2 l. 7402-7471',
    description: 'Per person: the first calendar year with a hospital contact with a listed psychiatric diagnosis (Bilagstabel 1.2).',
    sql: `SELECT PNR AS pnr, CAST(min(year(D_INDDTO)) AS INTEGER) AS first_year FROM lpr
      WHERE ${prefixMatch('DIAG', PSYCHIATRIC_PREFIXES)} GROUP BY PNR`,
  },
  day_care_year: {
    keyedBy: 'pnr_year', needs: ['dagtilbud'], source: 'Bilagsfigur 3.7 l. 8539-8540',
    description: 'Person-years enrolled in day care (BOERN: dagpleje, vuggestue, børnehave/integreret).',
    sql: `SELECT DISTINCT PNR AS pnr, CAST(AAR AS INTEGER) AS year FROM dagtilbud`,
  },
  school_stage_year: {
    keyedBy: 'pnr_year', needs: ['elev'], source: 'Bilagsfigur 3.8 l. 8547-8555; methodology.md (stages)',
    description: 'The school stage in the school year that starts in the year: indskoling (grades 0-3), mellemtrin (4-6), udskoling and 10th grade (7-10).',
    sql: `SELECT PNR AS pnr, CAST(SKOLEAAR AS INTEGER) AS year,
        CASE WHEN KLASSETRIN <= 3 THEN 'indskoling' WHEN KLASSETRIN <= 6 THEN 'mellemtrin' ELSE 'udskoling' END AS stage
      FROM elev WHERE KLASSETRIN BETWEEN 0 AND 10`,
  },
  absence_year: {
    keyedBy: 'pnr_year', needs: ['fravaer'], source: 'Bilagsfigur 3.8 l. 8547-8549',
    description: 'Total absence (per cent of school days) in the school year that starts in the year.',
    sql: `SELECT PNR AS pnr, CAST(SKOLEAAR AS INTEGER) AS year, FRAVAER_PCT AS pct FROM fravaer`,
  },
  suspicion_window: {
    keyedBy: 'pnr_year', needs: ['krms'], source: 'Bilagsfigur 3.9 l. 8558-8559; Bilagsboks 3.1 l. 8458-8459',
    description: `Person-years with at least one counted suspicion (KRMS) in the year or the ${CRIME_WINDOW_YEARS - 1} before it.`,
    // one row per person and event year first, so that the 10-fold expansion is over years, not events
    sql: `WITH event_years AS (SELECT DISTINCT PNR AS pnr, CAST(year(MIST_DTO) AS INTEGER) AS y FROM krms WHERE LOV IN (${list(CRIME_LAWS)}))
      SELECT DISTINCT pnr, CAST(y + k.range AS INTEGER) AS year FROM event_years CROSS JOIN range(0, ${CRIME_WINDOW_YEARS}) AS k`,
  },
  charge_window: {
    keyedBy: 'pnr_year', needs: ['krsi'], source: 'Bilagsfigur 3.11 l. 8575-8576; Bilagsboks 3.1 l. 8464-8466',
    description: `Person-years with at least one counted charge (KRSI) in the year or the ${CRIME_WINDOW_YEARS - 1} before it.`,
    sql: `WITH event_years AS (SELECT DISTINCT PNR AS pnr, CAST(year(SIGT_DTO) AS INTEGER) AS y FROM krsi WHERE LOV IN (${list(CRIME_LAWS)}))
      SELECT DISTINCT pnr, CAST(y + k.range AS INTEGER) AS year FROM event_years CROSS JOIN range(0, ${CRIME_WINDOW_YEARS}) AS k`,
  },
  parent_charge_year: {
    keyedBy: 'pnr_year', needs: ['krsi', 'kraf'], source: 'Bilagsfigur 7.2 l. 9200-9207',
    description: 'Children living at home, per year: whether a parent at home (family_parents) has a counted charge or a prison verdict in that calendar year.',
    sql: `WITH parent_events AS (
        SELECT PNR AS pnr, CAST(year(SIGT_DTO) AS INTEGER) AS year FROM krsi WHERE LOV IN (${list(CRIME_LAWS)})
        UNION
        SELECT PNR AS pnr, CAST(year(AFG_DTO) AS INTEGER) AS year FROM kraf
        WHERE LOV IN (${list(CRIME_LAWS)}) AND SANKTION IN (${list(PRISON_SANCTIONS)})
      )
      SELECT fp.pnr, fp.year, bool_or(e.pnr IS NOT NULL) AS charged
      FROM family_parents AS fp
      LEFT JOIN parent_events AS e ON e.pnr = fp.parent_pnr AND e.year = fp.year
      GROUP BY fp.pnr, fp.year`,
  },
} as const satisfies Record<string, RelationDef>;

const inGroups = (groups: readonly (typeof PARTICIPANT_GROUPS)[number][]): string => `({r}.grp IN (${groups.map((g) => `'${g}'`).join(', ')}))`;
const B3 = 'Bilag 3 l. 8428-8432';

export const PARTICIPANT_CONCEPTS = {
  // Bilag 3: who is compared (splits and restrictions)
  b3_participant: {
    type: 'category', relation: 'participant_comparison', expr: '{r}.participant', categories: ['participant', 'other'], source: 'Bilag 3 l. 8469-8476',
    description: { da: 'Deltager i aktiviteter / øvrige beboere i boligområderne', en: 'Participant in activities / other residents of the areas' },
  },
  b3_group: {
    type: 'category', relation: 'participant_comparison', expr: '{r}.grp', categories: PARTICIPANT_GROUPS, source: B3,
    description: { da: 'Gruppe: 0-6-årige, 6-17-årige skolebørn, 15-29-årige færdige med skolen, 30-50-årige (forældre)', en: 'Group: 0-6, pupils 6-17, 15-29 finished school, 30-50 (parents)' },
  },
  b3_member: { type: 'boolean', relation: 'participant_comparison', expr: 'true', missing: 'false', source: B3, description: { da: 'Deltager eller øvrig beboer (Bilag 3)', en: 'Participant or other resident (Bilag 3)' } },
  b3_children: { type: 'boolean', relation: 'participant_comparison', expr: inGroups(['0-6', '6-17', '15-29']), missing: 'false', source: B3, description: { da: '0-29-årige grupper', en: 'The 0-29 groups' } },
  b3_from_6: { type: 'boolean', relation: 'participant_comparison', expr: inGroups(['6-17', '15-29', 'parents']), missing: 'false', source: B3, description: { da: 'Grupperne 6-17, 15-29 og forældre', en: 'The groups 6-17, 15-29 and parents' } },
  b3_0_6: { type: 'boolean', relation: 'participant_comparison', expr: inGroups(['0-6']), missing: 'false', source: B3, description: { da: '0-6-årige', en: 'Aged 0-6' } },
  b3_6_17: { type: 'boolean', relation: 'participant_comparison', expr: inGroups(['6-17']), missing: 'false', source: B3, description: { da: '6-17-årige skolebørn', en: 'Pupils aged 6-17' } },
  b3_15_29: { type: 'boolean', relation: 'participant_comparison', expr: inGroups(['15-29']), missing: 'false', source: B3, description: { da: '15-29-årige, færdige med skolen', en: 'Aged 15-29, finished school' } },
  b3_at_home: { type: 'boolean', relation: 'participant_comparison', expr: '{r}.at_home', missing: 'false', source: 'l. 8514-8517, 8528-8530', description: { da: 'Hjemmeboende', en: 'Living at home' } },
  // Bilag 3: what is compared
  b3_sex: { type: 'category', expr: 'p.sex', categories: ['male', 'female'], source: 'Bilagsfigur 3.1 l. 8469', description: { da: 'Køn', en: 'Sex' } },
  b3_origin: { type: 'category', expr: 'p.origin', categories: ['menapt', 'non_menapt'], source: 'Bilagsfigur 3.2 l. 8481; l. 7290-7299', description: { da: 'MENAPT-status', en: 'MENAPT status' } },
  b3_parental_restgruppe: {
    type: 'boolean', relation: 'participant_comparison', expr: "({r}.parental = 'yes')", source: 'Bilagsfigur 3.5 l. 8514-8517; Bilag 1 l. 7190-7235',
    description: { da: 'Mindst én forælder i restgruppen, da barnet var 0, 6 eller 15 år', en: 'At least one parent in the restgruppe when the child was 0, 6 or 15' },
  },
  ever_preventive_measure: {
    type: 'boolean', relation: 'preventive_history', expr: '({r}.first_year <= p.year)', missing: 'false', source: 'Bilagsfigur 3.3 l. 8491-8493',
    description: { da: 'Har haft mindst én personrettet forebyggende foranstaltning', en: 'Has had at least one person-directed preventive measure' },
  },
  ever_psychiatric_diagnosis: {
    type: 'boolean', relation: 'psychiatric_history', expr: '({r}.first_year <= p.year)', missing: 'false', source: 'Bilagsfigur 3.4 l. 8504-8505; Bilagstabel 1.2',
    description: { da: 'Har haft mindst én psykisk diagnose', en: 'Has had at least one psychiatric diagnosis' },
  },
  in_day_care: { type: 'boolean', relation: 'day_care_year', expr: 'true', missing: 'false', source: 'Bilagsfigur 3.7 l. 8539-8540', description: { da: 'Indskrevet i dagtilbud', en: 'Enrolled in day care' } },
  school_stage: {
    type: 'category', relation: 'school_stage_year', expr: '{r}.stage', categories: ['indskoling', 'mellemtrin', 'udskoling'], source: 'Bilagsfigur 3.8 l. 8552-8555',
    description: { da: 'Skoletrin: indskoling, mellemtrin, udskoling og 10. klasse', en: 'School stage: grades 0-3, 4-6, 7-10' },
  },
  absence_over_10: {
    type: 'boolean', relation: 'absence_year', expr: '({r}.pct > 10)', source: 'Bilagsfigur 3.8 l. 8547-8549',
    description: { da: 'Fravær over 10 pct. i skoleåret', en: 'Absence above 10 per cent in the school year' },
  },
  suspicion_last_10_years: {
    type: 'boolean', relation: 'suspicion_window', expr: 'true', missing: 'false', source: 'Bilagsfigur 3.9 l. 8558; l. 8458-8459',
    description: { da: 'Mindst én mistanke inden for de sidste 10 år', en: 'At least one suspicion within the last 10 years' },
  },
  charge_last_10_years: {
    type: 'boolean', relation: 'charge_window', expr: 'true', missing: 'false', source: 'Bilagsfigur 3.11 l. 8575; l. 8464-8466',
    description: { da: 'Mindst én sigtelse inden for de sidste 10 år', en: 'At least one charge within the last 10 years' },
  },
  // Bilagsfigur 7.2: a parent at home charged or sentenced that year
  parent_charge: {
    type: 'category', relation: 'parent_charge_year', expr: "(CASE WHEN {r}.charged THEN 'yes' ELSE 'no' END)", missing: "'no'", categories: ['yes', 'no'],
    source: 'Bilagsfigur 7.2 l. 9200-9207',
    description: { da: 'Mindst én bopælsforælder med sigtelse eller dom i året', en: 'At least one parent at home charged or sentenced in the year' },
  },
} as const satisfies Record<string, ConceptDef>;
