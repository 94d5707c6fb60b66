/**
 * Compiles an IndicatorSpec to one SQL query over the warehouse. The query returns one row per
 * split combination and year with the cell's persons (`n`) and the sufficient statistics of the
 * measure (`count` for shares; `sum` and `sum_sq` for means; the Gini itself), so intervals and
 * disclosure control can be computed from aggregates only. Sums are taken in DECIMAL: exact, so the
 * result does not depend on the order in which parallel threads add up (byte-identical outputs).
 */
import type { IndicatorSpec } from './spec.ts';

/** Where each split comes from, for all residents and for target-group members. */
const SPLIT_COLUMN: Record<'residents' | 'target_group', Record<string, string>> = {
  residents: { area_group: 'a.area_group', origin: 'p.origin', sex: 'p.sex' },
  target_group: { area_group: 'm.area_group', origin: 'p.origin', sex: 'p.sex', parental_restgruppe: 'm.parental_restgruppe' },
};

/** Concepts that live on the target-group relation rather than on person_year. */
const TARGET_GROUP_CONCEPT: Record<string, string> = {
  parental_restgruppe: "(m.parental_restgruppe = 'yes')",
};

export function compileIndicator(spec: IndicatorSpec): string {
  const tg = spec.population.targetGroup;
  const source = tg ? 'target_group' : 'residents';
  for (const s of spec.by) {
    if (!SPLIT_COLUMN[source][s]) throw new Error(`${spec.id}: split '${s}' is not available for ${source === 'residents' ? 'all residents' : 'target groups'}`);
  }
  const concept = TARGET_GROUP_CONCEPT[spec.measure.of];
  if (concept && !tg) throw new Error(`${spec.id}: '${spec.measure.of}' needs a target group`);
  const x = concept ?? `p.${spec.measure.of}`;
  const splits = spec.by.map((s) => `${SPLIT_COLUMN[source][s]} AS ${s}`);
  const keys = [...spec.by, 'year'];
  const [y0, y1] = spec.population.years;
  const where = [`p.year BETWEEN ${y0} AND ${y1}`, `${x} IS NOT NULL`];
  if (spec.population.ages) where.push(`p.age BETWEEN ${spec.population.ages[0]} AND ${spec.population.ages[1]}`);
  if (tg) where.push(`m.target_group = '${tg}'`);
  if (spec.by.includes('parental_restgruppe')) where.push('m.parental_restgruppe IS NOT NULL');
  // The nested area groups (supported ⊆ social_housing ⊆ population), expanded from person_year's
  // own flags: the same membership as the warehouse's area_group_member, without a join on person ids.
  const from = tg
    ? 'target_group_origin m JOIN person_year p ON p.pnr = m.pnr AND p.year = m.year'
    : spec.by.includes('area_group')
      ? `person_year p JOIN (VALUES ('supported'), ('social_housing'), ('population')) AS a(area_group)
        ON a.area_group = 'population' OR (a.area_group = 'social_housing' AND p.social_housing)
           OR (a.area_group = 'supported' AND p.supported)`
      : 'person_year p';
  const population = `
    population AS (
      SELECT ${[...splits, 'p.year', `${x} AS x`].join(', ')}
      FROM ${from}
      WHERE ${where.join(' AND ')}
    )`;
  const group = keys.join(', ');
  switch (spec.measure.kind) {
    case 'share':
      return `WITH ${population}
    SELECT ${group}, count(*) AS n, sum(x::INTEGER) AS count
    FROM population GROUP BY ${group} ORDER BY ${group}`;
    case 'mean':
      return `WITH ${population}
    SELECT ${group}, count(*) AS n, sum(x::DECIMAL(38, 6))::DOUBLE AS sum, sum((x * x)::DECIMAL(38, 4))::DOUBLE AS sum_sq
    FROM population GROUP BY ${group} ORDER BY ${group}`;
    case 'gini':
      // G = 2·Σ i·x_(i) / (n·Σx) − (n + 1)/n over the values sorted ascending (ranks 1..n)
      return `WITH ${population},
    ranked AS (
      SELECT ${group}, x, row_number() OVER (PARTITION BY ${group} ORDER BY x) AS i FROM population
    )
    SELECT ${group}, count(*) AS n,
           2 * sum((i * x)::DECIMAL(38, 6))::DOUBLE / (count(*) * sum(x::DECIMAL(38, 6))::DOUBLE) - (count(*) + 1) / count(*) AS gini
    FROM ranked GROUP BY ${group} ORDER BY ${group}`;
  }
}
