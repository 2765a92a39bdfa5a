import type { PrivacyRequest } from '../../domain/privacy-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { requestKindText, staffRoleText } from './request-kinds';

const statusText = { open: 'rights.requests.open', done: 'rights.requests.done', refused: 'rights.requests.refused' } as const;

/** The person's requests, oldest first: what they asked, when, and what the guide answered. */
export function RequestList({ requests }: { requests: readonly PrivacyRequest[] }) {
  const t = useT();
  const when = useWhen();
  if (requests.length === 0) return <p>{t('rights.requests.none')}</p>;
  return (
    <ol className="rights-requests">
      {requests.map((request) => (
        <li key={request.id} className="rights-request" data-status={request.status} data-testid="my-request">
          <p className="rights-request-kind">{t(requestKindText[request.kind].label)}</p>
          <p>
            {request.madeByStaff
              ? t('rights.requests.byStaff', { date: when.date(request.createdAt), name: request.madeByStaff.name })
              : t('rights.requests.sentAt', { date: when.date(request.createdAt) })}
          </p>
          {request.message ? (
            <blockquote dir="auto">{request.message}</blockquote>
          ) : (
            <p className="not-answered">{t('rights.requests.emptyMessage')}</p>
          )}
          <p className="rights-request-status" data-status={request.status}>
            {t(statusText[request.status])}
          </p>
          {request.answer?.explanation && (
            <div className="rights-answer">
              <p>
                {t('rights.requests.answer', {
                  name: request.answer.answeredBy.name,
                  role: t(staffRoleText[request.answer.answeredBy.role]),
                  date: when.date(request.answer.answeredAt),
                })}
              </p>
              <p lang="nb" dir="auto">
                {request.answer.explanation}
              </p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
