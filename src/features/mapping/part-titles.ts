import type { ListPart } from '../../domain/mapping';
import type { MessageId } from '../../i18n/message-id';

/** A list part's question and its help, as its screen and the review page ask it. */
export function listQuestion(part: ListPart): { title: MessageId; hint: MessageId } {
  return { title: `mapping.${part}.title`, hint: `mapping.${part}.hint` };
}
