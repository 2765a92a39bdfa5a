import type { MappingPart } from '../domain/mapping-flow';
import type { MessageId } from './message-id';

/** Each part's name, as the person's progress line, the review page and the staff's views show it. */
export const partTitles: Record<MappingPart, MessageId> = {
  aboutYou: 'mapping.aboutYou.title',
  languages: 'mapping.part.languages',
  schooling: 'mapping.part.schooling',
  work: 'mapping.part.work',
  activities: 'mapping.part.activities',
  interests: 'mapping.part.interests',
  wishes: 'mapping.part.wishes',
};
