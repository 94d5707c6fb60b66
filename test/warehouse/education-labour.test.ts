import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bef, buildFixture, personYears, type Row } from './fixture.ts';

const udda = (pnr: string, year: number, hfaudd: number | null, kilde: number | null = 1): Row =>
  ({ PNR: pnr, AAR: year, HFAUDD: hfaudd, HF_KILDE: kilde });
const akm = (pnr: string, year: number, socio13: number): Row => ({ PNR: pnr, AAR: year, SOCIO13: socio13 });
const spell = (pnr: string, from: string, to: string | null): Row =>
  ({ PNR: pnr, UDD: 3010, ELEV3_VFRA: from, ELEV3_VTIL: to, UDFALD: to === null ? 3 : 1 });

test('ongoing education is measured on 1 October, both spell ends inclusive', async () => {
  const conn = await buildFixture({
    bef: ['g1', 'g2', 'g3'].flatMap((pnr) => [2009, 2010, 2011].map((year) =>
      bef({ PNR: pnr, AAR: year, FOED_DAG: '1990-01-01' }))),
    kotre: [
      spell('g1', '2009-08-15', '2010-09-30'), // ends the day before 1 October 2010
      spell('g2', '2010-08-01', '2010-10-01'), // ends on 1 October 2010
      spell('g3', '2010-10-02', null), // starts the day after; ongoing to the end of the extract
    ],
  });
  const flags = async (year: number): Promise<(boolean | undefined)[]> => {
    const y = await personYears(conn, year);
    return ['g1', 'g2', 'g3'].map((p) => y.get(p)?.in_education as boolean | undefined);
  };
  assert.deepEqual(await flags(2009), [true, false, false]);
  assert.deepEqual(await flags(2010), [false, true, false]);
  assert.deepEqual(await flags(2011), [false, false, true]);
});

test('education levels from the H1 group; imputed, empty, unmapped and missing are ukendt', async () => {
  const cases: [string, number | null, number | null, string][] = [
    ['l10', 1010, 1, 'grundskole'], ['l15', 1510, 1, 'grundskole'], ['l20', 2010, 1, 'gymnasial'],
    ['l35', 3510, 2, 'erhvervsfaglig'], ['l40', 4010, 1, 'kvu'], ['l60', 6010, 1, 'mvu'],
    ['l80', 8010, 1, 'lvu'], ['l90', 9010, 1, 'ukendt'], ['imp', 6510, 3, 'ukendt'],
    ['nul', null, 1, 'ukendt'], ['h25', 2510, 1, 'ukendt'],
  ];
  const conn = await buildFixture({
    bef: [...cases.map(([p]) => bef({ PNR: p, AAR: 2010, FOED_DAG: '1970-01-01' })),
      bef({ PNR: 'none', AAR: 2010, FOED_DAG: '1970-01-01' })],
    udda: cases.map(([p, code, kilde]) => udda(p, 2010, code, kilde)),
  });
  const y = await personYears(conn, 2010);
  for (const [p, , , level] of cases) assert.equal(y.get(p)?.edu_level, level, p);
  assert.equal(y.get('none')?.edu_level, 'ukendt');
  assert.equal(y.get('none')?.edu_registered, false);
  assert.equal(y.get('imp')?.edu_registered, false);
  assert.equal(y.get('l35')?.edu_registered, true);
  assert.deepEqual(['l10', 'l20', 'l90', 'none'].map((p) => y.get(p)?.basic_edu_only), [true, false, true, true]);
});

test('restgruppe and NEET at their boundaries', async () => {
  const p = (pnr: string, born: string, year = 2010, extra: Row = {}): Row =>
    bef({ PNR: pnr, AAR: year, FOED_DAG: born, ...extra });
  const conn = await buildFixture({
    bef: [
      p('imm', '1975-01-01', 2010, { IE_TYPE: 2, OPR_LAND: 'SYR', INDV_AAR: 2000 }),
      p('sur', '1975-01-01', 2010, { IE_TYPE: 2, OPR_LAND: 'SYR', INDV_AAR: 2000 }),
      p('a18', '1992-12-31'), p('a17', '1993-01-01'),
      p('emp', '1980-01-01'), p('w139', '1980-01-01'), p('stu', '1980-01-01'), p('kot', '1990-01-01'),
      p('noakm', '1970-01-01'), p('noakm_edu', '1970-01-01'), p('noakm_kot', '1990-01-01'),
      p('y1990', '1950-01-01', 1990), p('k1990', '1970-01-01', 1990), p('y1991', '1950-01-01', 1991),
    ],
    udda: [
      udda('imm', 2010, 6510, 3), // imputed long higher education counts as unknown
      udda('sur', 2010, 6510, 2), // the immigrant survey's answer counts
      udda('emp', 2010, 1010), udda('w139', 2010, 1010), udda('stu', 2010, 1010), udda('kot', 2010, 1010),
      udda('noakm', 2010, 1010), udda('noakm_edu', 2010, 3010), udda('noakm_kot', 2010, 1010),
      udda('y1990', 1990, 1010), udda('k1990', 1990, 1010), udda('y1991', 1991, 1010),
    ],
    akm: [
      akm('imm', 2010, 330), akm('sur', 2010, 330), akm('a18', 2010, 330), akm('a17', 2010, 330),
      akm('emp', 2010, 110), akm('w139', 2010, 139), akm('stu', 2010, 310), akm('kot', 2010, 210),
      akm('y1991', 1991, 210),
    ],
    kotre: [spell('kot', '2010-08-01', null), spell('noakm_kot', '2010-08-01', null), spell('k1990', '1989-08-01', null)],
  });
  const y2010 = await personYears(conn, 2010);
  const y1990 = await personYears(conn, 1990);
  const y1991 = await personYears(conn, 1991);
  const get = (y: typeof y2010, pnr: string) => {
    const r = y.get(pnr);
    return { restgruppe: r?.restgruppe, neet: r?.neet, employed: r?.employed, in_education: r?.in_education };
  };
  const expect = (restgruppe: boolean | null, neet: boolean | null, employed: boolean | null, in_education: boolean) =>
    ({ restgruppe, neet, employed, in_education });
  // An immigrant with imputed education on benefits is in the restgruppe; with surveyed education not.
  assert.deepEqual(get(y2010, 'imm'), expect(true, true, false, false));
  assert.equal(y2010.get('imm')?.origin, 'menapt');
  assert.deepEqual(get(y2010, 'sur'), expect(false, true, false, false));
  // Age 18 at the end of the year counts (no UDDA row = unknown education); 17 does not.
  assert.deepEqual(get(y2010, 'a18'), expect(true, true, false, false));
  assert.deepEqual(get(y2010, 'a17'), expect(null, true, false, false));
  // SOCIO13 110 and 139 are employed; 310 is in education; a KOTRE spell is in education.
  assert.deepEqual(get(y2010, 'emp'), expect(false, false, true, false));
  assert.deepEqual(get(y2010, 'w139'), expect(false, false, true, false));
  assert.deepEqual(get(y2010, 'stu'), expect(false, false, false, true));
  assert.deepEqual(get(y2010, 'kot'), expect(false, false, false, true));
  // No AKM row: employment unknown, so are restgruppe and NEET, unless education decides them.
  assert.deepEqual(get(y2010, 'noakm'), expect(null, null, null, false));
  assert.deepEqual(get(y2010, 'noakm_edu'), expect(false, null, null, false));
  assert.deepEqual(get(y2010, 'noakm_kot'), expect(false, false, null, true));
  // Before 1991 (no SOCIO13) both are unknown, even for someone in education; 1991 is known.
  assert.deepEqual(get(y1990, 'y1990'), expect(null, null, null, false));
  assert.deepEqual(get(y1990, 'k1990'), expect(null, null, null, true));
  assert.deepEqual(get(y1991, 'y1991'), expect(true, true, false, false));
});
