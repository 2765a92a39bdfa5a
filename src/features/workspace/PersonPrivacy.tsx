import type { PrivacyRequest } from '../../domain/privacy-api';
import { personDataFile } from '../../domain/person-data-file';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { downloadTextFile } from '../../ui/download';
import { useFetchPersonData } from './api/get-person-data';
import { usePrivacyRequests } from './api/list-privacy-requests';
import { LoadFailure } from './LoadFailure';
import { PrivacyAnswerForm } from './PrivacyAnswerForm';
import { privacyKindText } from './privacy-kinds';
import { PrivacyRequestForm } from './PrivacyRequestForm';
import { workspaceHref } from './routes';
import { useApiErrorText } from './use-api-error-text';
import './person-privacy.css';

const statusText = { open: 'person.privacy.status.open', done: 'person.privacy.status.done', refused: 'person.privacy.status.refused' } as const;

interface Props {
  record: PersonRecord;
  /** The guide granted an erasure: the person and everything about them are gone. */
  onErased: () => void;
}

/** The person's GDPR requests for the guide to answer, one made on their behalf, and all their data to save or print. */
export function PersonPrivacy({ record, onErased }: Props) {
  const t = useT();
  const when = useWhen();
  const errorText = useApiErrorText();
  const personId = record.person.id;
  const requests = usePrivacyRequests(personId);
  const fetchData = useFetchPersonData(personId);

  return (
    <section aria-labelledby="privacy-title" className="records-panel" data-testid="person-privacy">
      <h2 id="privacy-title">{t('person.privacy.title')}</h2>
      <p>{t('person.privacy.intro')}</p>
      {requests.data?.restrictedSince && (
        <p className="notice">{t('person.privacy.restricted', { date: when.date(requests.data.restrictedSince) })}</p>
      )}
      <div className="notice-actions">
        <button
          type="button"
          disabled={fetchData.isPending}
          onClick={() => fetchData.mutate(undefined, { onSuccess: (data) => downloadTextFile(personDataFile(data, 'person')) })}
        >
          {t('person.privacy.download')}
        </button>
        <a className="link-button" href={workspaceHref.personData(personId)}>
          {t('person.privacy.printAll')}
        </a>
      </div>
      {fetchData.isError && (
        <p className="notice notice-alert" role="alert">
          {errorText(fetchData.error)}
        </p>
      )}
      {requests.isPending ? (
        <p role="status">{t('person.loading')}</p>
      ) : requests.isError ? (
        <LoadFailure error={requests.error} retry={() => void requests.refetch()} />
      ) : requests.data.requests.length === 0 ? (
        <p className="list-empty">{t('person.privacy.none')}</p>
      ) : (
        <ol className="privacy-requests">
          {requests.data.requests.map((request) => (
            <RequestItem key={request.id} request={request} record={record} onErased={onErased} />
          ))}
        </ol>
      )}
      <h3>{t('person.privacy.onBehalf.title')}</h3>
      <PrivacyRequestForm personId={personId} />
    </section>
  );
}

function RequestItem({ request, record, onErased }: { request: PrivacyRequest; record: PersonRecord; onErased: () => void }) {
  const t = useT();
  const when = useWhen();
  const at = { date: when.date(request.createdAt), time: when.time(request.createdAt) };
  return (
    <li className="privacy-request" data-status={request.status} data-testid="privacy-request">
      <p className="privacy-request-head">
        <strong>{t(privacyKindText[request.kind])}</strong>
        <span className="badge" data-status={request.status}>
          {t(statusText[request.status])}
        </span>
      </p>
      <p className="remark-by">
        {request.madeByStaff
          ? t('person.privacy.onBehalfBy', { name: request.madeByStaff.name, ...at })
          : t('person.privacy.fromPerson', at)}
      </p>
      {request.message ? (
        <blockquote dir="auto">{request.message}</blockquote>
      ) : (
        <p className="not-answered">{t('person.privacy.noMessage')}</p>
      )}
      {request.answer ? (
        <div className="privacy-answer">
          <p className="remark-by">
            {t('person.privacy.answeredBy', {
              name: request.answer.answeredBy.name,
              date: when.date(request.answer.answeredAt),
              time: when.time(request.answer.answeredAt),
            })}
          </p>
          {request.answer.explanation && <p dir="auto">{request.answer.explanation}</p>}
        </div>
      ) : (
        <PrivacyAnswerForm request={request} record={record} onErased={onErased} />
      )}
    </li>
  );
}
