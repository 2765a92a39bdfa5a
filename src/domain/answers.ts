import { findEntry } from './entry-list';
import type { MappingContent } from './mapping';
import type { Position } from './mapping-flow';

/** One answer of one entry of a list part. */
export function entryAnswer(content: MappingContent, entry: NonNullable<Position['entry']>): unknown {
  return (findEntry(content, entry.part, entry.id) as Record<string, unknown> | undefined)?.[entry.field];
}

/** The stored answer at a position: what the screen shows and what "answered" is judged on. */
export function answerAt(content: MappingContent, position: Position): unknown {
  if (position.entry) return entryAnswer(content, position.entry);
  switch (position.step) {
    case 'aboutYou.citizenship':
      return content.aboutYou.citizenship;
    case 'aboutYou.gender':
      return content.aboutYou.gender;
    case 'aboutYou.birthYear':
      return content.aboutYou.birthYear;
    case 'languages.list':
      return content.languages;
    case 'schooling.list':
      return content.schooling;
    case 'work.list':
      return content.work;
    case 'activities.drivingLicence':
      return content.activities.hasDrivingLicence;
    case 'activities.computerSkills':
      return content.activities.computerSkills;
    case 'activities.list':
      return content.activities.entries;
    case 'interests.areas':
      return content.interests.areas;
    case 'interests.other':
      return content.interests.other;
    case 'wishes.goal':
      return content.wishes.goal;
    case 'wishes.areas':
      return content.wishes.areas;
    case 'wishes.text':
      return content.wishes.text;
    case 'review':
      return null;
  }
}

export function isAnswered(answer: unknown): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}
