// Filled mappings as people write them, for the growth bench to store by the million: each
// profile is a valid mapping of a few KB (languages, schooling, work with its tasks in the
// person's words, activities, wishes), and a half-filled copy of it stands for the earlier
// revisions. The database varies each further per person (see generated-workspace.ts).
import { appLocaleCodes } from '../../src/domain/app-locales';
import { informationLetterVersion } from '../../src/domain/information-letter';
import {
  activityKinds,
  drivingLicenceClasses,
  emptyMappingContent,
  genders,
  goals,
  iscedLevels,
  mappingContentSchema,
  skillLevels,
  workAreas,
  type MappingContent,
  type WorkEntry,
} from '../../src/domain/mapping';
import { seededRandom, type Random } from '../../tests/sync/support/seeded-random';

/** Stands in for the person's birth year; the database writes each person's own. */
export const birthYearMark = 1111;
/** Stands in for a phrase of the person's own at the end of their wishes. */
export const phraseMark = '§§';

export const sentences = [
  'Jeg jobbet som snekker i åtte år og bygde tak og vinduer.',
  'Jeg passet barn i nabolaget og hjalp til på skolen.',
  'I hjemlandet hadde familien en liten butikk som jeg drev.',
  'Jeg kjørte lastebil mellom byene og hadde ansvar for lasten.',
  'Jeg lagde mat til mange mennesker på en restaurant i sentrum.',
  'Jeg har erfaring med å reparere telefoner og datamaskiner.',
  'Jeg studerte sykepleie i tre år, men fikk ikke fullført.',
  'Jeg sydde klær og solgte dem på markedet hver uke.',
  'Jeg jobbet på en gård med dyr og grønnsaker.',
  'Jeg var lærer i matematikk for elever mellom tolv og femten år.',
  'Jeg vasket kontorer om kvelden og hadde nøkler til bygget.',
  'Jeg var frivillig i Røde Kors og hjalp nyankomne familier.',
  'Jeg vil gjerne lære norsk godt og få fast jobb.',
  'Jeg ønsker å ta fagbrev og jobbe med det jeg kan fra før.',
  'Jeg liker å jobbe med hendene og å lære nye ting.',
  'Jeg har sertifikat for bil og har kjørt i mange år.',
  'أعمل بجد وأحب التعلم والعمل مع الناس.',
  'ድሕሪ ትምህርቲ ኣብ ስራሕ ክኣቱ ይደሊ።',
  'Waxaan jeclahay inaan caawiyo dadka kale.',
  'Я працювала бухгалтером у невеликій фірмі.',
  'من در افغانستان معلم بودم و به کودکان درس میدادم.',
  'I worked as an electrician and want to continue in Norway.',
] as const;

const fields = ['Sykepleie', 'Elektro', 'Bygg og anlegg', 'Regnskap', 'Matematikk', 'Landbruk', 'Helsefag', 'Teknologi'];
const occupations: [string, WorkEntry['isco']][] = [
  ['Snekker', '7115'], ['Kokk', '5120'], ['Sykepleier', '2221'], ['Renholder', '9112'], ['Lastebilsjåfør', '8332'],
  ['Elektriker', '7411'], ['Barnehageassistent', '5311'], ['Lærer', '2341'], ['Bonde', '6111'], ['Sveiser', '7212'],
];
const countries = ['SY', 'AF', 'ER', 'UA', 'SO', 'IQ', 'CD', 'ET', 'SD', 'TR'] as const;
const languages = ['ar', 'ti', 'so', 'fa', 'prs', 'ps', 'uk', 'ru', 'ckb', 'ku', 'sw', 'fr', 'en', 'nb'] as const;

const some = <T>(random: Random, items: readonly T[], most: number) =>
  [...items].sort(() => random() - 0.5).slice(0, 1 + random.int(most));
const words = (random: Random, most: number) => Array.from({ length: 1 + random.int(most) }, () => random.pick(sentences)).join(' ');

function filledProfile(random: Random, n: number): MappingContent {
  const empty = emptyMappingContent(random.pick(appLocaleCodes));
  const country = random.pick(countries);
  const licence = random() < 0.5;
  return {
    ...empty,
    informationLetter: { version: informationLetterVersion, language: empty.language, confirmedAt: '2024-03-01T10:00:00.000Z' },
    aboutYou: { citizenship: country, gender: random.pick(genders), birthYear: birthYearMark },
    languages: some(random, languages, 5).map((language, at) => ({
      id: `l${n}-${at}`, language, motherTongue: at === 0, understand: random.pick(skillLevels), speak: random.pick(skillLevels), read: random.pick(skillLevels), write: random.pick(skillLevels),
    })),
    schooling: Array.from({ length: 1 + random.int(3) }, (_, at) => ({
      id: `s${n}-${at}`, level: random.pick(iscedLevels), field: random.pick(fields), country, years: 1 + random.int(12), completed: random() < 0.6, documentation: random() < 0.4,
    })),
    work: Array.from({ length: 1 + random.int(4) }, (_, at) => {
      const [occupation, isco] = random.pick(occupations);
      return { id: `w${n}-${at}`, occupation, isco, country, years: 1 + random.int(20), employment: random() < 0.7 ? ('employed' as const) : ('self_employed' as const), tasks: words(random, 12) };
    }),
    activities: {
      hasDrivingLicence: licence,
      drivingLicenceClasses: licence ? some(random, drivingLicenceClasses, 2) : [],
      computerSkills: random.pick(skillLevels),
      entries: Array.from({ length: random.int(3) }, (_, at) => ({ id: `a${n}-${at}`, kind: random.pick(activityKinds), description: words(random, 3), years: random.int(10) })),
    },
    interests: { areas: some(random, workAreas, 4), other: words(random, 2) },
    wishes: { goal: random.pick(goals), areas: some(random, workAreas, 3), text: `${words(random, 4)} ${phraseMark}` },
  };
}

/** The same person early on: who they are and their languages, the rest still to come. */
function halfFilled(full: MappingContent): MappingContent {
  const empty = emptyMappingContent(full.language);
  return { ...empty, informationLetter: full.informationLetter, aboutYou: full.aboutYou, languages: full.languages, wishes: { ...empty.wishes, text: phraseMark } };
}

export interface MappingProfile {
  /** The mapping as JSON text, with the marks above for the database to fill in. */
  filled: string;
  /** An earlier, half-filled revision of it. */
  earlier: string;
}

/** `count` different profiles, the same on every run; each checked against the mapping's schema. */
export function mappingProfiles(count: number): MappingProfile[] {
  const random = seededRandom(20_260_901);
  return Array.from({ length: count }, (_, n) => {
    const full = mappingContentSchema.parse(filledProfile(random, n));
    return { filled: JSON.stringify(full), earlier: JSON.stringify(mappingContentSchema.parse(halfFilled(full))) };
  });
}
