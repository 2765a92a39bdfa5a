import type { MappingStatus } from '../../domain/workspace-api';
import type { MessageId } from '../../i18n/message-id';

/** Where a person's mapping stands, in words. */
export const mappingStatusText: Record<MappingStatus, MessageId> = {
  not_started: 'person.status.notStarted',
  draft: 'person.status.draft',
  submitted: 'person.status.submitted',
  quality_assured: 'person.status.qualityAssured',
};
