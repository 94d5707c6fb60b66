/**
 * Bilagsfigur 8.14-8.20: the parents of 15-29-year-olds of MENAPT origin, measured when the young
 * person was 15 (concepts-parents.ts), supported areas and the population, per year. The report
 * prints no numbers for them, only directions (l. 4072-4091, catalog-ch6-7.md §4). Titles and notes
 * are the report's (l. 9541-9606); the English is ours.
 */
import type { Text } from '../../results/types.ts';
import type { BooleanConcept, IndicatorSpec } from '../spec.ts';

const K_STD = 'N pr. gruppe og år fremgår af tabellen.';
const K_STD_EN = 'N per group and year is shown in the table.';
const FALLBACK = (what: string): string =>
  `For de unge, hvor forældrene ikke er i registeret, når den unge er 15 år, har vi brugt forælders ${what}, når den unge er 16-18 år.`;
const FALLBACK_EN = (what: string): string =>
  `For young people whose parents are not in the register when the young person is 15, we used the parents' ${what} when the young person is 16-18.`;

const COMMON_CHOICES: Text[] = [
  {
    da: 'Støttede områder er målgruppen af 15-29-årige (2 sammenhængende år i et område med helhedsplan i alderen 15-18) med oprindelse i et MENAPT-land; befolkningen er alle 15-29-årige med oprindelse i et MENAPT-land. FLAG: rapportens N for befolkningen (963-3.199) er kun lidt større end for de støttede områder (784-2.263) og kan ikke være alle MENAPT-unge; vores N er derfor større.',
    en: 'Supported areas: the 15-29 target group (2 consecutive years in a master-plan area at ages 15-18) of MENAPT origin; the population: all 15-29-year-olds of MENAPT origin. FLAG: the report\'s population N (963-3,199) is barely above the supported N (784-2,263) and cannot be all MENAPT youth; our N is therefore larger.',
  },
  {
    da: 'Forældrene findes som ved forældres restgruppestatus (Bilag 1): bopælsforældre (E-familie) i året, den unge er 15 år; de juridiske forældre (MOR_ID, FAR_ID), hvis den unge ikke bor med forældre det år; for unge, der kom til Danmark efter 15 år, det første år i Danmark. Mangler oplysningen, bruges bopælsforældre og derefter juridiske forældre i det første af årene 16-18 med oplysningen. Tilbagefaldet sker for hvert kendetegn for sig.',
    en: 'Parents are found as for parental restgruppe (Bilag 1): home parents (E-family) in the year the young person is 15; the legal parents (MOR_ID, FAR_ID) if the young person does not live with parents that year; for those who came to Denmark after 15, their first year in Denmark. If the information is missing, the home parents and then the legal parents in the first of the years at 16-18 with the information are used, for each characteristic separately.',
  },
  {
    da: 'Unge, for hvem ingen forælder findes i Danmark (hverken bopæls- eller juridisk forælder ved 15 eller 16-18 år, fx unge, der kom alene som voksne), er udeladt af alle syv figurer: figurerne handler om forældrene, og rapportens N for 8.20 er kun lidt mindre end for 8.14-8.19, hvilket de ellers ville gøre den.',
    en: 'Young people with no parent found in Denmark (neither home nor legal parent at 15 or at 16-18, e.g. those who came alone as adults) are left out of all seven figures: the figures are about the parents, and the report\'s N for 8.20 is only slightly below that of 8.14-8.19, which they would otherwise make it.',
  },
  {
    da: 'Årene 2005-2019 for alle syv figurer: først fra 2005 var alle 15-29-årige 15 år i 1991 eller senere, hvor SOCIO13 findes (Bilag 1 l. 7255-7257).',
    en: 'Years 2005-2019 for all seven figures: only from 2005 were all 15-29-year-olds 15 in 1991 or later, when SOCIO13 exists (Bilag 1 l. 7255-7257).',
  },
];

const EDU_CHOICES: Text[] = [
  {
    da: 'Højest uddannede forælder: det højeste niveau blandt forældre med kendt uddannelse (grundskole < gymnasial < erhvervsfaglig < kort < mellemlang < lang videregående). Imputeret uddannelse (HF_KILDE 3) og manglende oplysning er uoplyst og ses bort fra, hvis den anden forælders er kendt. Er uddannelsen uoplyst for alle fundne forældre, tæller den unge med i nævneren: rapportens N er den samme i Bilagsfigur 8.14-8.19. Gymnasial uddannelse som højeste indgår i ingen af de fire figurer, så de fire andele summer til 100 minus gymnasial og uoplyst.',
    en: 'Highest-educated parent: the highest level among parents with known education (primary < general upper secondary < vocational < short < medium < long higher). Imputed education (HF_KILDE 3) and missing information are unknown and ignored if the other parent\'s is known. If it is unknown for every parent found, the young person stays in the denominator: the report\'s N is the same in Bilagsfigur 8.14-8.19. General upper secondary as highest is in none of the four figures, so the four shares sum to 100 minus general upper secondary and unknown.',
  },
  {
    da: 'Erhvervskompetencegivende uddannelse er her erhvervsfaglig uddannelse (H1 30, 35), da figurerne stiller den ved siden af kort, mellemlang og lang videregående uddannelse (catalog-ch6-7 §1.2). Kort videregående: H1 40; mellemlang eller lang: H1 50-80.',
    en: 'Vocationally qualifying education is read as vocational education (H1 30, 35), since the figures set it beside short, medium and long higher education (catalog-ch6-7 §1.2). Short higher: H1 40; medium or long: H1 50-80.',
  },
];

const spec = (id: string, title: string, titleEn: string, of: BooleanConcept, note: Text, choices: Text[]): IndicatorSpec => ({
  id, chapter: 'B8', kind: 'figure', unit: 'share',
  title: { da: title, en: titleEn },
  note: { da: `${note.da}${note.da ? ' ' : ''}${K_STD}`, en: `${note.en}${note.en ? ' ' : ''}${K_STD_EN}` },
  population: { targetGroup: '15-29', years: [2005, 2019], among: ['menapt_origin'], areaGroups: ['supported', 'population'] },
  measure: { kind: 'share', of },
  by: ['area_group'],
  choices: [...COMMON_CHOICES, ...choices],
});

const EDU_NOTE: Text = { da: FALLBACK('uddannelsesstatus'), en: FALLBACK_EN('educational status') };
const edu = (id: string, level: string, levelEn: string, of: BooleanConcept, procent = ' Procent.'): IndicatorSpec => spec(
  id,
  `Andel af 15-29-årige med oprindelse i et MENAPT-land, hvor højest uddannede forælder har ${level} som højest fuldførte uddannelse, når den unge er 15 år. Særskilt for de støttede områder og befolkningen.${procent}`,
  `Share of 15-29-year-olds of MENAPT origin whose highest-educated parent had ${levelEn} as highest completed education when the young person was 15. Supported areas and the population. Per cent.`,
  of, EDU_NOTE, EDU_CHOICES,
);

export const BILAG8_MENAPT_SPECS: IndicatorSpec[] = [
  edu('bfig-8.14', 'grundskole', 'primary and lower secondary school', 'parent_edu_grundskole_at_15'),
  edu('bfig-8.15', 'en erhvervskompetencegivende uddannelse', 'a vocationally qualifying (vocational) education', 'parent_edu_vocational_at_15'),
  edu('bfig-8.16', 'en kort, videregående uddannelse', 'a short-cycle higher education', 'parent_edu_short_higher_at_15'),
  // the report's title ends without "Procent." (l. 9573-9576)
  edu('bfig-8.17', 'en mellemlang eller lang videregående uddannelse', 'a medium- or long-cycle higher education', 'parent_edu_medium_long_higher_at_15', ''),
  spec(
    'bfig-8.18',
    'Andel af 15-29-årige med oprindelse i et MENAPT-land, hvor mindst én forælder er i beskæftigelse, når den unge er 15 år. Særskilt for de støttede områder og befolkningen. Procent.',
    'Share of 15-29-year-olds of MENAPT origin with at least one parent employed when the young person was 15. Supported areas and the population. Per cent.',
    'parent_employed_at_15', { da: FALLBACK('beskæftigelsesstatus'), en: FALLBACK_EN('employment status') },
    [{
      da: 'I beskæftigelse: SOCIO13 110-139 i året. Er beskæftigelsen ukendt for alle fundne forældre (ingen AKM-række) også i årene 16-18, tæller den unge som uden forælder i beskæftigelse (samme N som Bilagsfigur 8.14).',
      en: 'Employed: SOCIO13 110-139 in the year. If employment is unknown for every parent found (no AKM row) also at 16-18, the young person counts as without an employed parent (the same N as Bilagsfigur 8.14).',
    }],
  ),
  spec(
    'bfig-8.19',
    'Andel af 15-29-årige med oprindelse i et MENAPT-land, hvor mindst én forælder har været dømt eller sigtet i den unges levetid, når den unge er 15 år. Særskilt for de støttede områder og befolkningen. Procent.',
    'Share of 15-29-year-olds of MENAPT origin with at least one parent convicted or charged during the young person\'s life up to age 15. Supported areas and the population. Per cent.',
    'parent_offence_by_15', { da: '', en: '' },
    [{
      da: 'Sigtelser og domme til betinget eller ubetinget fængsel efter straffeloven, lov om euforiserende stoffer og våbenloven (Bilag 1) for forældrene fundet ved 15 år, dateret fra den unges fødselsdag til og med udgangen af året, den unge er 15 år (alder som alle andre steder: alder ved årets udgang). Registrene bruges tilbage til 1980 (Bilag 1 l. 7398-7399), så tidligere hændelser mangler.',
      en: 'Charges and conditional or unconditional prison sentences under the criminal code, narcotics act and weapons act (Bilag 1) of the parents found at 15, dated from the young person\'s birth date to the end of the year they are 15 (age as everywhere: age at the end of the year). The registers go back to 1980 (Bilag 1 l. 7398-7399), so earlier events are missing.',
    }],
  ),
  spec(
    'bfig-8.20',
    'Andel af 15-29-årige med oprindelse i et MENAPT-land, hvor forældrene har været bosat i Danmark i mindst 10 år, når den unge er 15 år. Særskilt for de støttede områder og befolkningen. Procent.',
    'Share of 15-29-year-olds of MENAPT origin whose parents had lived in Denmark for at least 10 years when the young person was 15. Supported areas and the population. Per cent.',
    'parents_resident_10y_at_15', { da: '', en: '' },
    [{
      da: '"Forældrene": alle fundne forældre (titlen siger ikke "mindst én", som 8.18 og 8.19 gør). Indvandrere: året minus seneste indvandringsår (INDV_AAR) er mindst 10; personer af dansk oprindelse og efterkommere har boet her hele livet. Er en forælders indvandringsår ukendt og ingen anden under 10 år, er den unge udeladt (rapportens N er lidt mindre end i 8.14-8.19).',
      en: '"The parents": every parent found (the title does not say "at least one", as 8.18 and 8.19 do). Immigrants: the year minus the latest immigration year (INDV_AAR) is at least 10; persons of Danish origin and descendants have lived here all their life. If a parent\'s immigration year is unknown and no other is below 10 years, the young person is left out (the report\'s N is slightly smaller than in 8.14-8.19).',
    }],
  ),
];
