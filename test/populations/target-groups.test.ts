/**
 * Target groups on hand-built person histories. Every expected year set is worked out by hand in
 * the comment above it from the rules of methodology.md §3 / Bilag 1 l. 7135-7184.
 * Codes (fixture.ts): S/T supported (areas A1/A2), H social housing, P private, . not in Denmark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, memberYears, rows, span } from './fixture.ts';

test('0-6: moves in and out, a one-year stay, consecutive stays in two different areas, a gap abroad', async () => {
  const { conn } = await build({
    lives: [
      // Born 2010, years 2010-2016 = ages 0-6. Supported at ages 2 and 3 (2012, 2013): the pair starts
      // in 2012 and the child stays in the group to age 6 (2016), after moving out in 2014.
      { pnr: 'inout', born: 2010, from: 2010, where: 'PPSSPPP' },
      // One year only (2012): no pair, and age 2 is past the 0/1-year exception. Never a member.
      { pnr: 'once', born: 2010, from: 2010, where: 'PPSPPPP' },
      // 2013 in A1 and 2014 in A2, both supported: a pair from 2013 (age 3). Members 2013-2016.
      { pnr: 'twoareas', born: 2010, from: 2010, where: 'PPPSTPP' },
      // Supported 2012 and 2014 with 2013 abroad: not 2 consecutive years. Never a member.
      { pnr: 'gap', born: 2010, from: 2010, where: 'PPS.SPP' },
      // Social housing (not supported) at ages 2-3: not supported; social_housing from 2012.
      { pnr: 'social', born: 2010, from: 2010, where: 'PPHHPPP' },
      // Supported at ages 6 and 7 (2016, 2017): the pair's second year is outside 0-6. Not a member.
      { pnr: 'tooold', born: 2010, from: 2010, where: 'PPPPPPSS' },
      // Supported at ages 5 and 6 (2015, 2016): a pair from 2015. Members 2015-2016.
      { pnr: 'late', born: 2010, from: 2010, where: 'PPPPPSS' },
    ],
  });
  assert.deepEqual(await memberYears(conn, 'inout', '0-6', 'supported'), span(2012, 2016));
  assert.deepEqual(await memberYears(conn, 'once', '0-6', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'twoareas', '0-6', 'supported'), span(2013, 2016));
  assert.deepEqual(await memberYears(conn, 'gap', '0-6', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'social', '0-6', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'social', '0-6', 'social_housing'), span(2012, 2016));
  // Supported departments are social housing too: the same rule gives the same years.
  assert.deepEqual(await memberYears(conn, 'inout', '0-6', 'social_housing'), span(2012, 2016));
  assert.deepEqual(await memberYears(conn, 'tooold', '0-6', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'late', '0-6', 'supported'), [2015, 2016]);
  // The population group is everyone aged 0-6 with a person_year row: 'gap' misses 2013 (abroad).
  assert.deepEqual(await memberYears(conn, 'gap', '0-6', 'population'), [2010, 2011, 2012, 2014, 2015, 2016]);
  assert.deepEqual(await memberYears(conn, 'tooold', '0-6', 'population'), span(2010, 2016));
});

test('0-6: ages 0 and 1 need only have lived in the area at age 0, resp. 0-1', async () => {
  const { conn } = await build({
    lives: [
      // Born 2015, supported at age 0 only. Age 0 (2015): lived there at 0, in. Age 1 (2016): lived
      // there at 0-1, in. Age 2 (2017): no pair, out.
      { pnr: 'at0', born: 2015, from: 2015, where: 'SPP' },
      // Supported at age 1 only (2016). Age 0: not there, out. Age 1: there, in. Age 2: out.
      { pnr: 'at1', born: 2015, from: 2015, where: 'PSP' },
      // Born 2018, data end 2020: supported only in 2020 at age 2, no 2021 to make a pair. Out.
      { pnr: 'last', born: 2018, from: 2018, where: 'PPS' },
      // Born 2018, supported at ages 1 and 2 (2019, 2020): age 1 by the exception and also as the first
      // year of the pair; age 2 by the pair. Age 0 (2018): out.
      { pnr: 'pair12', born: 2018, from: 2018, where: 'PSS' },
    ],
  });
  assert.deepEqual(await memberYears(conn, 'at0', '0-6', 'supported'), [2015, 2016]);
  assert.deepEqual(await memberYears(conn, 'at1', '0-6', 'supported'), [2016]);
  assert.deepEqual(await memberYears(conn, 'last', '0-6', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'pair12', '0-6', 'supported'), [2019, 2020]);
});

test('6-17: 2 consecutive years within the last 5; ages 14-17 must be in grades 8-10', async () => {
  const world = {
    lives: [
      // Born 2000, supported 2006-2007 (ages 6-7), private after. The pair starts in 2006, which lies in
      // the last 5 years (t-4..t) for t = 2006..2010. Members 2006-2010, not 2011.
      { pnr: 'roll', born: 2000, from: 2006, where: 'SSPPPPPP' },
      // Born 1995, supported 2008-2009 (ages 13-14). Pair from 2008, window years 2008-2012.
      // Grades: 6 in school year 2008/09, 7 in 2009/10 and again 7 in 2010/11, then no school.
      // 2008 (13): no grade rule, in. 2009 (14): school years 2008, 2009 give grades 6, 7: out.
      // 2010 (15): 2009, 2010 give 7, 7: out (the 15-year-old not in 8th-10th grade).
      // 2011 (16): 2010 gives 7, 2011 none: out. 2012 (17): none: out.
      { pnr: 'grade7', born: 1995, from: 2008, where: 'SSPPP' },
      // As grade7 but in grade 8 in 2010/11 and 9 in 2011/12.
      // 2009 (14): school years 2008, 2009 = 6, 7: out. 2010 (15): 2009, 2010 = 7, 8: in.
      // 2011 (16): 2010, 2011 = 8, 9: in. 2012 (17): 2011, 2012 = 9, none: in.
      { pnr: 'grade8', born: 1995, from: 2008, where: 'SSPPP' },
    ],
    grades: [
      ['grade7', 2008, 6], ['grade7', 2009, 7], ['grade7', 2010, 7],
      ['grade8', 2008, 6], ['grade8', 2009, 7], ['grade8', 2010, 8], ['grade8', 2011, 9],
    ] as [string, number, number][],
  };
  const { conn } = await build(world);
  assert.deepEqual(await memberYears(conn, 'roll', '6-17', 'supported'), span(2006, 2010));
  assert.deepEqual(await memberYears(conn, 'grade7', '6-17', 'supported'), [2008]);
  assert.deepEqual(await memberYears(conn, 'grade8', '6-17', 'supported'), [2008, 2010, 2011, 2012]);
  // The grade rule defines the school children of the population too.
  assert.deepEqual(await memberYears(conn, 'grade7', '6-17', 'population'), [2008]);
  assert.deepEqual(await memberYears(conn, 'grade8', '6-17', 'population'), [2008, 2010, 2011, 2012]);

  // The school-year setting. 'starting' (SKOLEAAR = t): 2010 has 8, 2011 has 9, 2012 none:
  // members 2008, 2010, 2011. 'ending' (SKOLEAAR = t-1): 2010 has 7, 2011 has 8, 2012 has 9:
  // members 2008, 2011, 2012.
  const starting = await build(world, { schoolYear: 'starting' });
  assert.deepEqual(await memberYears(starting.conn, 'grade8', '6-17', 'supported'), [2008, 2010, 2011]);
  const ending = await build(world, { schoolYear: 'ending' });
  assert.deepEqual(await memberYears(ending.conn, 'grade8', '6-17', 'supported'), [2008, 2011, 2012]);

  // Without elev nobody aged 14-17 meets the grade rule, and the build says so.
  const noElev = await build({ ...world, noElev: true });
  assert.equal(noElev.report.warnings.filter((w) => /elev is missing/.test(w)).length, 1);
  assert.equal(starting.report.warnings.filter((w) => /elev is missing/.test(w)).length, 0);
  assert.deepEqual(await memberYears(noElev.conn, 'grade8', '6-17', 'supported'), [2008]);
});

test('10-17 and 15-29: the pair must lie in the age window; arrival at 17', async () => {
  const { conn } = await build({
    lives: [
      // Born 1990, supported 1999-2000 (ages 9-10): the pair starts at 9, outside 10-17. Out.
      { pnr: 'at9', born: 1990, from: 1999, where: 'SSPPPPPPP' },
      // Supported 2000-2001 (ages 10-11): a pair from 2000; members 2000-2007 (ages 10-17).
      { pnr: 'at10', born: 1990, from: 1999, where: 'PSSPPPPPP' },
      // Born 1990, arrives in Denmark at 17 (2007), supported 2007-2008 (ages 17-18), then private to
      // 2019 (age 29). Pair at 17-18 is inside 15-18: members 2007-2019 (to age 29). For 10-17 the
      // pair starts at 17 and ends at 18, outside: out.
      { pnr: 'arrive17', born: 1990, from: 2007, where: 'SSPPPPPPPPPPP' },
      // Arrives at 18 (2008), supported 2008-2009 (ages 18-19): the pair starts at 18, outside
      // 15-18 (its second year is 19). Out.
      { pnr: 'arrive18', born: 1990, from: 2008, where: 'SSPPPPPPPPPP' },
    ],
  });
  assert.deepEqual(await memberYears(conn, 'at9', '10-17', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'at10', '10-17', 'supported'), span(2000, 2007));
  assert.deepEqual(await memberYears(conn, 'arrive17', '15-29', 'supported'), span(2007, 2019));
  assert.deepEqual(await memberYears(conn, 'arrive17', '10-17', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'arrive18', '15-29', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'arrive18', '15-29', 'population'), span(2008, 2019));
});

test('area groups are nested and every group/area pair has the declared labels', async () => {
  const { conn } = await build({
    lives: [
      { pnr: 'a', born: 2000, from: 2000, where: 'SSSSSSSSSSSSSSSSSSSS' },
      { pnr: 'b', born: 2000, from: 2000, where: 'HHHHHHHHHHHHHHHHHHHH' },
      { pnr: 'c', born: 2000, from: 2000, where: 'PPPPPPPPPPPPPPPPPPPP' },
    ],
    grades: span(2014, 2016).flatMap((y) => ['a', 'b', 'c'].map((p) => [p, y, y - 2006] as [string, number, number])),
  });
  // supported ⊆ social_housing ⊆ population for every group.
  const leaks = await rows(conn, `
    SELECT count(*)::INTEGER AS n FROM target_group_member s
    WHERE s.area_group = 'supported' AND NOT EXISTS (SELECT 1 FROM target_group_member h
      WHERE h.pnr = s.pnr AND h.year = s.year AND h.target_group = s.target_group AND h.area_group = 'social_housing')`);
  assert.equal(leaks[0]!.n, 0);
  const labels = await rows(conn, `SELECT DISTINCT target_group, area_group FROM target_group_member ORDER BY ALL`);
  assert.deepEqual(labels.map((r) => `${r.target_group}/${r.area_group}`), [
    '0-6/population', '0-6/social_housing', '0-6/supported',
    '10-17/population', '10-17/social_housing', '10-17/supported',
    '15-29/population', '15-29/social_housing', '15-29/supported',
    '6-17/population', '6-17/social_housing', '6-17/supported',
  ]);
  // Person a, always supported, born 2000, data 2000-2019: 0-6 from age 0 (2000-2006); 6-17 at
  // 6-13 (2006-2013) and at 14-17 where a school year running in t has grade 8-10 (school years
  // 2014, 2015, 2016 = grades 8, 9, 10): 2014 (8), 2015 (8, 9), 2016 (9, 10), 2017 (10), so 2006-2017;
  // 10-17 from 2010 (pair 2010-2011) to 2017; 15-29 from 2015 (pair 2015-2016) to 2019.
  assert.deepEqual(await memberYears(conn, 'a', '0-6', 'supported'), span(2000, 2006));
  assert.deepEqual(await memberYears(conn, 'a', '6-17', 'supported'), span(2006, 2017));
  assert.deepEqual(await memberYears(conn, 'a', '10-17', 'supported'), span(2010, 2017));
  assert.deepEqual(await memberYears(conn, 'a', '15-29', 'supported'), span(2015, 2019));
  assert.deepEqual(await memberYears(conn, 'b', '10-17', 'supported'), []);
  assert.deepEqual(await memberYears(conn, 'b', '10-17', 'social_housing'), span(2010, 2017));
  assert.deepEqual(await memberYears(conn, 'c', '15-29', 'social_housing'), []);
  assert.deepEqual(await memberYears(conn, 'c', '15-29', 'population'), span(2015, 2019));
});
