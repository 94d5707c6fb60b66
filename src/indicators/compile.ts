/**
 * Compiles an IndicatorSpec to one SQL query over the warehouse. The query returns one row per
 * split combination and year with the cell's persons (`n`) and the sufficient statistics of the
 * measure (`count` for shares; `sum` and `sum_sq` for means and rates; one `c_<category>` count
 * per category for distributions; income rank bins for the Gini), so intervals and disclosure control can be
 * computed from aggregates only. Sums are taken in DECIMAL: exact, so the result does not depend
 * on the order in which parallel threads add up (byte-identical outputs).
 *
 * Concepts (concepts.ts) are the only place SQL about registers lives: a concept with a relation
 * adds that relation as a CTE `rel_<id>` and a LEFT JOIN on the person (and year); a relation marked
 * `materialize` is instead a temporary table of that name, which run.ts creates once per connection.
 */
import { CONCEPTS, RELATIONS, RELATION_DEPENDS, relationOf, type Concept, type ConceptDef, type RelationDef, type RelationId } from './concepts.ts';
import type { CategoryConcept, IndicatorSpec, Split } from './spec.ts';

/** Where each split comes from, for all residents and for target-group members. */
const SPLIT_COLUMN: Record<'residents' | 'target_group', Record<string, string>> = {
  residents: { area_group: 'a.area_group', origin: 'p.origin', sex: 'p.sex', parental_restgruppe: '{parental}', mother_restgruppe: 'mr.value' },
  target_group: { area_group: 'm.area_group', origin: 'p.origin', sex: 'p.sex', parental_restgruppe: '{parental}', mother_restgruppe: 'mr.value' },
};

const sqlName = (s: string): string => {
  if (!/^[a-z][a-z0-9_]*$/.test(s)) throw new Error(`not a plain SQL name: '${s}'`);
  return s;
};
const sqlStr = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A split that is a category concept rather than a standard split (spec.ts Split). */
export function isConceptSplit(s: Split): s is CategoryConcept {
  return !Object.hasOwn(SPLIT_COLUMN.residents, s) && Object.hasOwn(CONCEPTS, s) && CONCEPTS[s as Concept].type === 'category';
}

/** The concepts a spec reads: the measure's, the population's restrictions and the concept splits. */
function usedConcepts(spec: IndicatorSpec): Concept[] {
  return [spec.measure.of, ...(spec.population.among ?? []), ...spec.by.filter(isConceptSplit)];
}

/** Relations in dependency order (a relation's dependencies first). */
export function usedRelations(spec: IndicatorSpec): RelationId[] {
  const out: RelationId[] = [];
  const add = (r: RelationId): void => {
    if (out.includes(r)) return;
    for (const d of RELATION_DEPENDS[r] ?? []) add(d);
    out.push(r);
  };
  for (const c of usedConcepts(spec)) {
    const rel = relationOf(c);
    if (rel) add(rel);
  }
  return out;
}

const materialized = (r: RelationId): boolean => (RELATIONS[r] as RelationDef).materialize === true;

/** The spec's relations that are temporary tables (RelationDef.materialize), dependencies first: run.ts creates them. */
export function materializedRelations(spec: IndicatorSpec): RelationId[] {
  return usedRelations(spec).filter(materialized);
}

/**
 * Creates rel_<id> once per connection, with the relations it reads that are not tables themselves
 * (RelationDef.materialize, or in `existing`) as CTEs.
 */
export function materializeSql(r: RelationId, existing: ReadonlySet<string> = new Set()): string {
  const deps: RelationId[] = [];
  const add = (d: RelationId): void => {
    if (deps.includes(d) || materialized(d) || existing.has(d)) return;
    for (const x of RELATION_DEPENDS[d] ?? []) add(x);
    deps.push(d);
  };
  for (const d of RELATION_DEPENDS[r] ?? []) add(d);
  const withs = deps.length > 0 ? `WITH ${deps.map((d) => `rel_${d} AS (${RELATIONS[d].sql})`).join(',\n')}\n` : '';
  return `CREATE TEMP TABLE IF NOT EXISTS rel_${r} AS
-- ${RELATIONS[r].description} (${RELATIONS[r].source})
${withs}SELECT * FROM (${RELATIONS[r].sql})`;
}

/** Contract tables the indicator reads (its concepts' relations and its own `needs`). */
export function requiredTables(spec: IndicatorSpec): string[] {
  const t = new Set<string>(spec.needs ?? []);
  for (const r of usedRelations(spec)) for (const n of RELATIONS[r].needs) t.add(n);
  return [...t].sort();
}

/** The SQL expression of a concept for the population query. */
function conceptExpr(spec: IndicatorSpec, c: Concept, parental: string): string {
  const def: ConceptDef = CONCEPTS[c];
  if (def.parental && parental === '') throw new Error(`${spec.id}: '${c}' needs a target group or population.parentalAtAge`);
  let e = def.expr.replaceAll('{parental}', parental);
  if (def.relation) e = e.replaceAll('{r}', `rel_${def.relation}`);
  // No row in the relation (no events, not a pupil) is `missing`; a row with a NULL value stays NULL.
  return def.missing !== undefined && def.relation ? `(CASE WHEN rel_${def.relation}.pnr IS NULL THEN ${def.missing} ELSE ${e} END)` : e;
}

/** Income rank bins per cell for the Gini's person bootstrap (stats/gini-bootstrap.ts). */
export const GINI_BINS = 250;

export interface CompileOptions {
  /**
   * Relations already in the connection as tables named rel_<id> (a multi-measure table computes
   * each of its relations once, run-table.ts): no CTE for these.
   */
  materialized?: ReadonlySet<string>;
}

export function compileIndicator(spec: IndicatorSpec, opts: CompileOptions = {}): string {
  const pop = spec.population;
  const tg = pop.targetGroup;
  const source = tg ? 'target_group' : 'residents';
  for (const s of spec.by) {
    if (!isConceptSplit(s) && !SPLIT_COLUMN[source][s]) throw new Error(`${spec.id}: split '${s}' is not available for ${source === 'residents' ? 'all residents' : 'target groups'}`);
  }
  const def: ConceptDef = CONCEPTS[spec.measure.of];
  const wanted = { share: 'boolean', mean: 'number', gini: 'number', rate_per_1000: 'number', distribution: 'category' }[spec.measure.kind];
  if (def.type !== wanted) throw new Error(`${spec.id}: ${spec.measure.kind} needs a ${wanted} concept, '${spec.measure.of}' is ${def.type}`);
  for (const c of pop.among ?? []) {
    if (CONCEPTS[c].type !== 'boolean') throw new Error(`${spec.id}: population.among '${c}' is not a boolean concept`);
  }

  // Parental restgruppe: the target group's own measurement, or the one at population.parentalAtAge.
  const parental = pop.parentalAtAge !== undefined ? 'pr.parental_restgruppe' : tg ? 'm.parental_restgruppe' : '';
  if (spec.by.includes('parental_restgruppe') && parental === '') {
    throw new Error(`${spec.id}: split 'parental_restgruppe' needs a target group or population.parentalAtAge`);
  }
  const x = conceptExpr(spec, spec.measure.of, parental);
  const splitExpr = (s: Split): string => isConceptSplit(s) ? conceptExpr(spec, s, parental) : SPLIT_COLUMN[source][s].replaceAll('{parental}', parental);
  const splits = spec.by.map((s) => `${splitExpr(s)} AS ${sqlName(s)}`);
  const keys = [...spec.by, 'year'];
  const [y0, y1] = pop.years;
  const offset = pop.yearOffset ?? 0;
  if (!Number.isInteger(offset)) throw new Error(`${spec.id}: population.yearOffset must be an integer`);
  const yearColumn = offset === 0 ? 'p.year' : `CAST(p.year + ${offset} AS INTEGER) AS year`;
  const where = [`p.year BETWEEN ${y0} AND ${y1}`, `${x} IS NOT NULL`];
  if (pop.onlyYears) where.push(`p.year IN (${pop.onlyYears.map((y) => String(Math.trunc(y))).join(', ')})`);
  if (pop.ages) where.push(`p.age BETWEEN ${pop.ages[0]} AND ${pop.ages[1]}`);
  if (tg) where.push(`m.target_group = ${sqlStr(tg)}`);
  if (pop.areaGroups) where.push(`${tg ? 'm' : 'a'}.area_group IN (${pop.areaGroups.map(sqlStr).join(', ')})`);
  for (const c of pop.among ?? []) where.push(`coalesce(${conceptExpr(spec, c, parental)}, false)`);
  if (spec.by.includes('parental_restgruppe')) where.push(`${parental} IS NOT NULL`);
  for (const s of spec.by) if (isConceptSplit(s)) where.push(`${splitExpr(s)} IS NOT NULL`);
  if (spec.by.includes('mother_restgruppe')) where.push('mr.value IS NOT NULL');
  // The nested area groups (supported ⊆ social_housing ⊆ population), expanded from person_year's
  // own flags: the same membership as the warehouse's area_group_member, without a join on person ids.
  const joinArea = !tg && (spec.by.includes('area_group') || pop.areaGroups !== undefined);
  const joins = [
    tg
      ? 'target_group_origin m JOIN person_year p ON p.pnr = m.pnr AND p.year = m.year'
      : joinArea
        ? `person_year p JOIN (VALUES ('supported'), ('social_housing'), ('population')) AS a(area_group)
        ON a.area_group = 'population' OR (a.area_group = 'social_housing' AND p.social_housing)
           OR (a.area_group = 'supported' AND p.supported)`
        : 'person_year p',
  ];
  const relations = usedRelations(spec);
  const joined = new Set<RelationId>();
  for (const c of usedConcepts(spec)) {
    const r = relationOf(c);
    if (!r || joined.has(r)) continue;
    joined.add(r);
    const onYear = RELATIONS[r].keyedBy === 'pnr_year' ? ` AND rel_${r}.year = p.year` : '';
    joins.push(`LEFT JOIN rel_${r} ON rel_${r}.pnr = p.pnr${onYear}`);
  }
  if (spec.by.includes('mother_restgruppe')) {
    // the legal mother's status in the birth year (populations: mother_restgruppe_at_birth)
    joins.push('LEFT JOIN mother_restgruppe_at_birth mr ON mr.pnr = p.pnr');
  }
  if (pop.parentalAtAge !== undefined) {
    joins.push(`LEFT JOIN parental_restgruppe pr ON pr.pnr = p.pnr AND pr.measured_at_age = ${pop.parentalAtAge}`);
  }
  // relations that are tables already (RelationDef.materialize, or a table's own, run-table.ts): no CTE
  const ctes = relations.filter((r) => !materialized(r) && !opts.materialized?.has(r)).map((r) => `
    rel_${r} AS (
      -- ${RELATIONS[r].description} (${RELATIONS[r].source})
      ${RELATIONS[r].sql}
    )`);
  ctes.push(`
    population AS (
      SELECT ${[...splits, pop.pooled ? 'CAST(NULL AS INTEGER) AS year' : yearColumn, `${x} AS x`].join(', ')}
      FROM ${joins.join('\n      ')}
      WHERE ${where.join(' AND ')}
    )`);
  const withs = `WITH ${ctes.join(',')}`;
  const group = keys.join(', ');
  // concept splits in the order of their categories (the report's order), not alphabetically
  const order = [...spec.by.map((s) => isConceptSplit(s)
    ? `list_position([${(CONCEPTS[s].categories ?? []).map(sqlStr).join(', ')}], ${sqlName(s)})`
    : s), 'year'].join(', ');
  switch (spec.measure.kind) {
    case 'share':
      return `${withs}
    SELECT ${group}, count(*) AS n, sum(x::INTEGER) AS count
    FROM population GROUP BY ${group} ORDER BY ${order}`;
    case 'mean':
    case 'rate_per_1000':
      return `${withs}
    SELECT ${group}, count(*) AS n, sum(x::DECIMAL(38, 6))::DOUBLE AS sum, sum((x * x)::DECIMAL(38, 4))::DOUBLE AS sum_sq
    FROM population GROUP BY ${group} ORDER BY ${order}`;
    case 'distribution': {
      const cats = (def.categories ?? []).map((k) => `count(*) FILTER (WHERE x = ${sqlStr(k)}) AS c_${sqlName(k)}`);
      return `${withs}
    SELECT ${group}, count(*) AS n, ${cats.join(', ')}
    FROM population GROUP BY ${group} ORDER BY ${order}`;
    }
    case 'gini':
      // One row per cell and income rank bin (GINI_BINS per cell): persons, Σx, Σx² and Σ i·x with i the
      // rank (1..n, ascending). The exact Gini is 2·Σ i·x_(i) / (n·Σx) − (n + 1)/n over all bins;
      // the bins feed the person bootstrap (stats/gini-bootstrap.ts).
      return `${withs},
    ranked AS (
      SELECT ${group}, x, row_number() OVER (PARTITION BY ${group} ORDER BY x) AS i, count(*) OVER (PARTITION BY ${group}) AS cell_n
      FROM population
    )
    SELECT ${group}, (i - 1) * ${GINI_BINS} // cell_n AS bin, count(*) AS n,
           sum(x::DECIMAL(38, 6))::DOUBLE AS sum, sum((x * x)::DECIMAL(38, 2))::DOUBLE AS sum_sq,
           sum((i * x)::DECIMAL(38, 6))::DOUBLE AS sum_ix
    FROM ranked GROUP BY ${group}, bin ORDER BY ${order}, bin`;
  }
}
