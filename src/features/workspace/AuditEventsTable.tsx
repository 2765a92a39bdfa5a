import type { AuditEventView } from '../../domain/audit-api';
import { formatDufNumber } from '../../domain/duf-number';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { useAuditWords } from './audit-words';

/** The events found, newest first: when, who (as they were then), what, and about whom. */
export function AuditEventsTable({ events }: { events: AuditEventView[] }) {
  const t = useT();
  const when = useWhen();
  const words = useAuditWords();
  return (
    <div className="audit-table-wrap">
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.column.time')}</th>
            <th scope="col">{t('audit.column.who')}</th>
            <th scope="col">{t('audit.column.role')}</th>
            <th scope="col">{t('audit.column.area')}</th>
            <th scope="col">{t('audit.column.action')}</th>
            <th scope="col">{t('audit.column.outcome')}</th>
            <th scope="col">{t('audit.column.purpose')}</th>
            <th scope="col">{t('audit.column.person')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="audit-time">
                {when.date(event.at)} {when.time(event.at)}
              </td>
              <td>{event.staffName ?? t('audit.nobody')}</td>
              <td>{words.role(event.role)}</td>
              <td>{words.area(event.role, event.area)}</td>
              <td>{words.action(event.action)}</td>
              <td>{words.outcome(event.outcome)}</td>
              <td>{words.purpose(event.purpose)}</td>
              <td>{event.dufNumber !== null ? formatDufNumber(event.dufNumber) : event.personId !== null ? t('audit.person.erased') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
