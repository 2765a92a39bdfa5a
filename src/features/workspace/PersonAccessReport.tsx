import { useState } from 'react';
import type { AccessKind } from '../../domain/audit-api';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useAccessReport } from './api/get-access-report';
import { useAuditWords } from './audit-words';
import { LoadFailure } from './LoadFailure';
import './audit.css';

const kindText = {
  registered: 'person.access.kind.registered',
  listed: 'person.access.kind.listed',
  looked_at: 'person.access.kind.looked_at',
  changed: 'person.access.kind.changed',
  wrote_remark: 'person.access.kind.wrote_remark',
  quality_assured: 'person.access.kind.quality_assured',
  assisted_session: 'person.access.kind.assisted_session',
  advisor_note: 'person.access.kind.advisor_note',
  login_code: 'person.access.kind.login_code',
  privacy_request: 'person.access.kind.privacy_request',
  read_access_log: 'person.access.kind.read_access_log',
  refused: 'person.access.kind.refused',
  other: 'person.access.kind.other',
} as const satisfies Record<AccessKind, MessageId>;

/**
 * "Who has seen the data", folded away on the guide's person page: fetched only when opened,
 * since each look at it is logged too.
 */
export function PersonAccessReport({ personId }: { personId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="records-panel access-report" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 id="access-report-title">{t('person.access.title')}</h2>
      </summary>
      {open && <AccessReportTable personId={personId} />}
    </details>
  );
}

function AccessReportTable({ personId }: { personId: string }) {
  const t = useT();
  const when = useWhen();
  const words = useAuditWords();
  const report = useAccessReport(personId);
  if (report.isPending) return <p role="status">{t('person.loading')}</p>;
  if (report.isError) return <LoadFailure error={report.error} retry={() => void report.refetch()} />;
  const entries = report.data.pages.flatMap((page) => page.entries);
  return (
    <>
      <p>{t('person.access.intro')}</p>
      {entries.length === 0 ? (
        <p className="not-answered">{t('person.access.none')}</p>
      ) : (
        <div className="audit-table-wrap">
          <table className="audit-table" aria-labelledby="access-report-title">
            <thead>
              <tr>
                <th scope="col">{t('person.access.column.when')}</th>
                <th scope="col">{t('audit.column.who')}</th>
                <th scope="col">{t('audit.column.role')}</th>
                <th scope="col">{t('audit.column.area')}</th>
                <th scope="col">{t('person.access.column.what')}</th>
                <th scope="col">{t('audit.column.purpose')}</th>
                <th scope="col">{t('person.access.column.times')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.day}-${entry.staffName}-${entry.role}-${entry.area}-${entry.kind}-${entry.purpose}`} data-kind={entry.kind}>
                  <td className="audit-time">
                    {when.date(entry.lastAt)} {when.time(entry.lastAt)}
                  </td>
                  <td>{entry.staffName}</td>
                  <td>{words.role(entry.role)}</td>
                  <td>{words.area(entry.role, entry.area)}</td>
                  <td>{t(kindText[entry.kind])}</td>
                  <td>{words.purpose(entry.purpose)}</td>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.hasNextPage && (
        <button type="button" disabled={report.isFetchingNextPage} onClick={() => void report.fetchNextPage()}>
          {t('person.access.more')}
        </button>
      )}
    </>
  );
}
