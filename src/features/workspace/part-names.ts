import type { MappingPart } from '../../domain/mapping-flow';
import type { MessageId } from '../../i18n/message-id';

/** Each part's name as the person sees it in their mapping. */
export const partNames: Record<MappingPart, MessageId> = {
  aboutYou: 'mapping.aboutYou.title',
  languages: 'mapping.part.languages',
  schooling: 'mapping.part.schooling',
  work: 'mapping.part.work',
  activities: 'mapping.part.activities',
  interests: 'mapping.part.interests',
  wishes: 'mapping.part.wishes',
};
