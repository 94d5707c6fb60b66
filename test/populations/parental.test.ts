/**
 * Parental restgruppe at child age 0 / 6 / 10 / 15 with the fallbacks of Bilag 1 l. 7206-7235, and
 * the mother's restgruppe at birth, on hand-built histories. Each expectation is worked out by hand
 * in the comment beside it. The data start in 1995 (person 'z'), so 1995 is the first data year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, parental, rows, type Life } from './fixture.ts';

const FIRST = 1995;
const LAST = 2020;

/** An adult living in private housing 1995-2020 whose restgruppe is `base` except in the given years. */
function adult(pnr: string, born: number, base: 'y' | 'n' | '?', at: Record<number, 'y' | 'n' | '?'> = {}): Life {
  const years = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);
  return { pnr, born, from: FIRST, where: 'P'.repeat(years.length), rest: years.map((y) => at[y] ?? base).join('') };
}

/** A child living in private housing from `from` to `to`. */
function child(pnr: string, born: number, from: number, to: number, mor?: string, far?: string): Life {
  return { pnr, born, from, where: 'P'.repeat(to - from + 1), ...(mor ? { mor } : {}), ...(far ? { far } : {}) };
}

const home = (c: string, years: number[], parents: string[]): [string, number, string[]][] => years.map((y) => [c, y, parents]);

test('parental restgruppe: home parents, step-parent, missing father, placement, later years, arrival', async () => {
  const { conn } = await build({
    lives: [
      child('z', 1960, FIRST, LAST),
      // Step-family. At 0 (2000) the child lives with mother and father, both not in the restgruppe:
      // 'no' by home parents. At 6 (2006) with the mother (no) and her partner (yes): the step-parent
      // at home counts, so 'yes'; the legal father elsewhere (no) is not looked at.
      child('step', 2000, 2000, 2018, 'm_s', 'f_s'), adult('m_s', 1975, 'n'), adult('f_s', 1974, 'n'), adult('t_s', 1972, 'y'),
      // Missing father (no FAR_ID). At 6 (2006) lives with the single mother, 'n' then: 'no'. At 10
      // (2010) placed outside the home (no E-family parents): legal parents that year = the mother
      // alone, 'y' in 2010: 'yes' by legal parents.
      child('single', 2000, 2000, 2018, 'm_1'), adult('m_1', 1978, 'n', { 2000: 'y', 2010: 'y' }),
      // Placed outside the home at 10 (2010): legal mother 'n', legal father 'y' in 2010: 'yes'.
      // At 6 (2006) at home with both, both 'n': 'no'.
      child('placed', 2000, 2000, 2018, 'm_p', 'f_p'), adult('m_p', 1975, 'n'), adult('f_p', 1975, 'n', { 2010: 'y' }),
      // Legal father not in Denmark (no person_year rows): ignored. Placed at 10; mother 'n': 'no'.
      child('abroadfather', 2000, 2000, 2018, 'm_x', 'f_x'), adult('m_x', 1975, 'n'),
      // Home parent's status unknown at 15 (2015, e.g. not in AKM), known 'y' at 16 (2016): the first
      // later year with information gives 'yes' by home parents later.
      child('later', 2000, 2000, 2018, 'm_l'), adult('m_l', 1975, 'n', { 2015: '?', 2016: 'y' }),
      // At home with a step-parent only, status unknown 2015-2018; legal mother (not at home) unknown
      // in 2015 and 'n' from 2016. Home at 15: unknown; legal at 15 is not tried because the child lives
      // with home parents; home at 16-18: unknown; legal at 16 (2016): 'n'. So 'no' by legal later.
      child('laterlegal', 2000, 2000, 2018, 'm_ll'), adult('m_ll', 1975, 'n', { 2015: '?' }), adult('t_ll', 1975, '?'),
      // Order of the fallbacks: home parent unknown at 15 but 'n' at 16; legal mother (elsewhere) 'y'
      // at 15. Missing information at 15 sends us to the home parents at 16-18 (l. 7227-7230), not to
      // the legal parents at 15: 'no' by home parents later.
      child('order', 2000, 2000, 2018, 'm_o'), adult('m_o', 1975, 'n', { 2015: 'y' }), adult('t_o', 1975, 'n', { 2015: '?' }),
      // Arrives at 17 (2007), measured at 15 (2005, not in Denmark): the parents' status in the first
      // year after arrival, 2007: lives with the mother, 'y' in 2007: 'yes' by home parents after arrival.
      child('arr', 1990, 2007, 2019, 'm_a'), adult('m_a', 1965, 'n', { 2007: 'y' }),
      // Arrives at 8 (2006), measured at 6 (2004): first year after arrival 2006, not living with
      // parents: legal parents in 2006, both 'n': 'no' by legal parents after arrival.
      child('arr_legal', 1998, 2006, 2015, 'm_al', 'f_al'), adult('m_al', 1970, 'n'), adult('f_al', 1970, 'n'),
      // Born 1980, in the data 1995-2009 (ages 15-29). At 10 (1990): before SOCIO13: NULL.
      child('old', 1980, 1995, 2009),
      // Born 1986, in the data from 1995 (age 9). At 6 (1992): SOCIO13 exists but the data start in
      // 1995: NULL, before_data (not mistaken for an arrival).
      child('bd', 1986, 1995, 2003),
      // Home mother with unknown status at 10-13 and no other parent: NULL, missing.
      child('miss', 2000, 2000, 2018, 'm_m'), adult('m_m', 1975, '?'),
      // Mother aged 17 at the birth (2000): restgruppe is NULL below 18 in person_year; as a parent
      // she is not in the restgruppe (over-18 rule), so 'no' at 0 and 'no' at birth.
      child('teen', 2000, 2000, 2018, 'm_t'),
      { ...adult('m_t', 1983, 'n'), rest: adult('m_t', 1983, 'n').rest!.replace(/^(.{5})./, '$1?') },
    ],
    homes: [
      ...home('step', [2000], ['m_s', 'f_s']), ...home('step', [2006], ['m_s', 't_s']),
      ...home('single', [2006], ['m_1']),
      ...home('placed', [2006, 2011], ['m_p', 'f_p']),
      ...home('abroadfather', [2006], ['m_x']),
      ...home('later', [2015, 2016, 2017], ['m_l']),
      ...home('laterlegal', [2015, 2016, 2017, 2018], ['t_ll']),
      ...home('order', [2015, 2016], ['t_o']),
      ...home('arr', [2007, 2008], ['m_a']),
      ...home('miss', [2010, 2011, 2012, 2013], ['m_m']),
      ...home('teen', [2000], ['m_t']),
    ],
  });
  assert.deepEqual(await parental(conn, 'step', 0), ['no', 'home_parents']);
  assert.deepEqual(await parental(conn, 'step', 6), ['yes', 'home_parents']);
  assert.deepEqual(await parental(conn, 'single', 6), ['no', 'home_parents']);
  assert.deepEqual(await parental(conn, 'single', 10), ['yes', 'legal_parents']);
  assert.deepEqual(await parental(conn, 'placed', 6), ['no', 'home_parents']);
  assert.deepEqual(await parental(conn, 'placed', 10), ['yes', 'legal_parents']);
  assert.deepEqual(await parental(conn, 'abroadfather', 10), ['no', 'legal_parents']);
  assert.deepEqual(await parental(conn, 'later', 15), ['yes', 'home_parents_later']);
  assert.deepEqual(await parental(conn, 'laterlegal', 15), ['no', 'legal_parents_later']);
  assert.deepEqual(await parental(conn, 'order', 15), ['no', 'home_parents_later']);
  assert.deepEqual(await parental(conn, 'arr', 15), ['yes', 'home_parents_after_arrival']);
  assert.deepEqual(await parental(conn, 'arr_legal', 6), ['no', 'legal_parents_after_arrival']);
  // Arriving at 8 the child was never in the 0-6 group, so there is no row at age 0.
  assert.equal(await parental(conn, 'arr_legal', 0), undefined);
  assert.deepEqual(await parental(conn, 'old', 10), [null, 'before_socio13']);
  assert.deepEqual(await parental(conn, 'bd', 6), [null, 'before_data']);
  assert.deepEqual(await parental(conn, 'miss', 10), [null, 'missing']);
  assert.deepEqual(await parental(conn, 'teen', 0), ['no', 'home_parents']);

  // target_group_origin gives each group's person-years the status at the group's own age: 'single'
  // is 'no' (at 6) as a school child in 2006 and 'yes' (at 10) in the 10-17 group in 2010.
  const origin = await rows(conn, `SELECT target_group, parental_restgruppe AS v, rule_used AS r FROM target_group_origin
    WHERE pnr = 'single' AND area_group = 'population' AND ((year = 2006 AND target_group = '6-17') OR (year = 2010 AND target_group = '10-17'))
    ORDER BY target_group`);
  assert.deepEqual(origin, [
    { target_group: '10-17', v: 'yes', r: 'legal_parents' },
    { target_group: '6-17', v: 'no', r: 'home_parents' },
  ]);

  // One row per child and measurement age.
  const dup = await rows(conn, `SELECT count(*)::INTEGER AS n FROM (
    SELECT pnr, measured_at_age FROM parental_restgruppe GROUP BY ALL HAVING count(*) > 1)`);
  assert.equal(dup[0]!.n, 0);

  // Mother at birth: step (m_s 'n' in 2000) no; single (m_1 'y' in 2000) yes; teen (m_t aged 17) no;
  // miss (m_m unknown) NULL; old (born 1980, no mother id and before the data) NULL.
  const mothers = new Map((await rows(conn, 'SELECT pnr, value FROM mother_restgruppe_at_birth'))
    .map((r) => [String(r.pnr), r.value]));
  assert.deepEqual(['step', 'single', 'teen', 'miss', 'old'].map((p) => mothers.get(p)),
    ['no', 'yes', 'no', null, null]);
});
