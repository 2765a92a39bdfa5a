import type { ListPart } from '../../domain/mapping';
import type { MappingPart } from '../../domain/mapping-flow';
import type { MessageId } from '../../i18n/message-id';

/** Each part's name, as the progress line and the review page show it. */
export const partTitles: Record<MappingPart, MessageId> = {
  aboutYou: 'mapping.aboutYou.title',
  languages: 'mapping.part.languages',
  schooling: 'mapping.part.schooling',
  work: 'mapping.part.work',
  activities: 'mapping.part.activities',
  interests: 'mapping.part.interests',
  wishes: 'mapping.part.wishes',
};

/** A list part's question and its help, as its screen and the review page ask it. */
export function listQuestion(part: ListPart): { title: MessageId; hint: MessageId } {
  return { title: `mapping.${part}.title`, hint: `mapping.${part}.hint` };
}
