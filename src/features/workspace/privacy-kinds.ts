import type { PrivacyRequestKind } from '../../domain/privacy-api';
import type { MessageId } from '../../i18n/message-id';

/** Each kind of request in the staff's words, with its GDPR article. */
export const privacyKindText: Record<PrivacyRequestKind, MessageId> = {
  correction: 'person.privacy.kind.correction',
  erasure: 'person.privacy.kind.erasure',
  restriction: 'person.privacy.kind.restriction',
  objection: 'person.privacy.kind.objection',
};
