import { minutesToWait } from '../../domain/login-throttle';
import type { ApiErrorCode } from '../../domain/mapping-api';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../offline/api-request';

const errorText: Record<ApiErrorCode | 'offline', MessageId> = {
  offline: 'person.error.offline',
  unauthorized: 'person.error.unauthorized',
  forbidden: 'person.error.forbidden',
  not_found: 'person.error.notFound',
  invalid_request: 'person.error.invalidRequest',
  already_registered: 'person.error.alreadyRegistered',
  not_submitted: 'person.error.notSubmitted',
  conflict: 'person.error.conflict',
  internal_error: 'person.error.internal',
  too_many_attempts: 'person.error.tooManyAttempts',
};

/** What went wrong with a call, in the staff member's language (never the server's English). */
export function useApiErrorText(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (!(error instanceof ApiRequestError)) return t('person.error.internal');
    return t(errorText[error.code], { minutes: minutesToWait(error.retryAfterSeconds ?? 60) });
  };
}
