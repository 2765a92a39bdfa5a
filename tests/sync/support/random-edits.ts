import { emptyEntries, genders, goals, mappingContentSchema, skillLevels, textLimits, workAreas, type MappingContent } from '../../../src/domain/mapping';
import type { Random } from './seeded-random';

const words = ['Snekker', 'خياطة', 'ሓኪም', 'Kokk', 'معلم', 'Bonde', 'Sjåfør', 'ئەندازیار', 'Fundi', '👩‍🍳 kokk', 'Üben', '"sitat"', "O'Neil", '<b>', ''];
const languageCodes = ['ar', 'ti', 'so', 'fa', 'uk', 'en', 'nb', 'sw', 'ps', 'ku'] as const;
const occupationCodes = ['7531', '5120', '2221', '8322', '6111'] as const;

const text = (random: Random, count = 1 + random.int(4)) => Array.from({ length: count }, () => random.pick(words)).join(' ').trim();
const toggled = <T>(items: readonly T[], item: T) => (items.includes(item) ? items.filter((other) => other !== item) : [...items, item]);

/** Every kind of change a person makes: answers, free text, list entries added, edited and removed. */
const edits: ((content: MappingContent, random: Random) => MappingContent)[] = [
  (content, random) => ({ ...content, wishes: { ...content.wishes, text: text(random) } }),
  (content, random) => ({ ...content, wishes: { ...content.wishes, goal: random.pick(goals) } }),
  (content, random) => ({ ...content, aboutYou: { ...content.aboutYou, birthYear: 1950 + random.int(56) } }),
  (content, random) => ({ ...content, aboutYou: { ...content.aboutYou, gender: random.pick(genders) } }),
  (content, random) => ({ ...content, interests: { ...content.interests, areas: toggled(content.interests.areas, random.pick(workAreas)) } }),
  (content, random) => ({ ...content, interests: { ...content.interests, other: text(random) } }),
  (content, random) => {
    if (content.languages.length >= 6) return { ...content, languages: content.languages.slice(1) };
    const entry = { ...emptyEntries.languages(`l${random.int(1e9)}`), language: random.pick(languageCodes), speak: random.pick(skillLevels) };
    return { ...content, languages: [...content.languages, entry] };
  },
  (content, random) => {
    if (content.languages.length === 0) return content;
    const index = random.int(content.languages.length);
    return { ...content, languages: content.languages.map((entry, at) => (at === index ? { ...entry, read: random.pick(skillLevels) } : entry)) };
  },
  (content, random) => {
    if (content.work.length >= 4) {
      const removed = random.int(content.work.length);
      return { ...content, work: content.work.filter((_, at) => at !== removed) };
    }
    const entry = { ...emptyEntries.work(`w${random.int(1e9)}`), occupation: text(random, 1), isco: random.pick(occupationCodes), years: random.int(30), tasks: text(random) };
    return { ...content, work: [...content.work, entry] };
  },
];

/** Typing: most changes are one more (or one fewer) character in the answer being written. */
function typing(content: MappingContent, random: Random): MappingContent {
  // Whole characters (code points), as a keyboard gives them: never half an emoji.
  const characters = Array.from(content.wishes.text);
  if (characters.length > 0 && random() < 0.2) characters.pop();
  else characters.push(Array.from(random.pick(words))[0] ?? ' ');
  return { ...content, wishes: { ...content.wishes, text: characters.slice(-textLimits.long / 2).join('') } };
}

/** One random change to a draft, always a valid mapping (as the screens only ever produce). */
export function randomEdit(content: MappingContent, random: Random): MappingContent {
  const edit = random() < 0.5 ? typing : random.pick(edits);
  return mappingContentSchema.parse(edit(content, random));
}
