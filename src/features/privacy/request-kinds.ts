import type { PrivacyRequestKind } from '../../domain/privacy-api';
import type { MessageId } from '../../i18n/message-id';

/** Each kind of request in the person's words: what it is, what it does (and may not do), and the law in small print. */
export const requestKindText: Record<PrivacyRequestKind, { label: MessageId; explain: MessageId; smallPrint: MessageId }> = {
  correction: {
    label: 'rights.request.correction',
    explain: 'rights.request.correction.explain',
    smallPrint: 'rights.request.correction.smallPrint',
  },
  erasure: {
    label: 'rights.request.erasure',
    explain: 'rights.request.erasure.explain',
    smallPrint: 'rights.request.erasure.smallPrint',
  },
  restriction: {
    label: 'rights.request.restriction',
    explain: 'rights.request.restriction.explain',
    smallPrint: 'rights.request.restriction.smallPrint',
  },
  objection: {
    label: 'rights.request.objection',
    explain: 'rights.request.objection.explain',
    smallPrint: 'rights.request.objection.smallPrint',
  },
};

export const staffRoleText = {
  guide: 'rights.role.guide',
  advisor: 'rights.role.advisor',
  administrator: 'rights.role.administrator',
} as const satisfies Record<string, MessageId>;
