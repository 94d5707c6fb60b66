/** The specs as data, their validation, and the compiler's SQL (pure: no database). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGET_GROUPS, validateTargetGroups, type TargetGroupSpec } from '../../src/populations/spec.ts';
import { compilePopulations } from '../../src/populations/compile.ts';

test('TARGET_GROUPS declare the report\'s four groups (methodology.md §3 table)', () => {
  assert.deepEqual(TARGET_GROUPS.map((g) => [g.id, g.ages, g.parental.atAge, g.parental.splitFromYear]), [
    ['0-6', [0, 6], 0, 2000],
    ['6-17', [6, 17], 6, 2003],
    ['10-17', [10, 17], 10, 2000],
    ['15-29', [15, 29], 15, 2005],
  ]);
  assert.deepEqual(TARGET_GROUPS.map((g) => g.residence), [
    { kind: 'pair_at_ages', ages: [0, 6] },
    { kind: 'pair_in_last_years', years: 5 },
    { kind: 'pair_at_ages', ages: [10, 17] },
    { kind: 'pair_at_ages', ages: [15, 18] },
  ]);
  assert.deepEqual(TARGET_GROUPS.find((g) => g.id === '6-17')?.grade, { ages: [14, 17], grades: [8, 10] });
  validateTargetGroups(TARGET_GROUPS);
});

test('validateTargetGroups rejects duplicate ids, empty windows and two groups measured at one age', () => {
  const g0 = TARGET_GROUPS[0]!;
  const bad = (patch: Partial<TargetGroupSpec>, extra: TargetGroupSpec[] = []): void =>
    validateTargetGroups([{ ...g0, ...patch }, ...extra]);
  assert.throws(() => validateTargetGroups([g0, g0]), /declared twice/);
  assert.throws(() => bad({ ages: [6, 0] }), /is empty/);
  assert.throws(() => bad({ residence: { kind: 'pair_at_ages', ages: [3, 3] } }), /span 2 years/);
  assert.throws(() => bad({ id: '0-6' }, [{ ...TARGET_GROUPS[1]!, parental: { ...TARGET_GROUPS[1]!.parental, atAge: 0 } }]), /both measure/);
  assert.throws(() => bad({ id: "0-6'; DROP TABLE x; --" as TargetGroupSpec['id'] }), /must look like/);
});

test('the compiler is deterministic and reads only the declared relations', () => {
  const opts = { groups: TARGET_GROUPS, schoolYear: 'either' as const, socio13FirstYear: 1991, hasElev: true };
  const a = compilePopulations(opts).map((s) => s.sql).join('\n').replace(/--[^\n]*/g, '');
  const b = compilePopulations(opts).map((s) => s.sql).join('\n').replace(/--[^\n]*/g, '');
  assert.equal(a, b);
  const read = new Set([...a.matchAll(/\b(?:FROM|JOIN)\s+([a-z_0-9]+)\b(?!\s*\()/gi)].map((m) => m[1]!));
  const created = new Set(compilePopulations(opts).map((s) => s.name));
  const ctes = new Set([...a.matchAll(/\b([a-z_0-9]+)(?:\([^)]*\))? AS \(/gi)].map((m) => m[1]!));
  const external = [...read].filter((r) => !created.has(r) && !ctes.has(r)).sort();
  assert.deepEqual(external, ['elev', 'family_parents', 'person_year']);
  // Without elev the grade relation is created empty and elev is not read.
  const noElev = compilePopulations({ ...opts, hasElev: false }).map((s) => s.sql).join('\n');
  assert.doesNotMatch(noElev, /FROM elev/);
  assert.deepEqual(compilePopulations(opts).filter((s) => !s.temporary).map((s) => s.name),
    ['target_group_member', 'parental_restgruppe', 'mother_restgruppe_at_birth', 'target_group_origin']);
});
