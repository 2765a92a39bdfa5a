import { formatDufNumber } from '../../domain/duf-number';
import type { PersonSummary } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { GuidanceDeadline } from './GuidanceDeadline';
import { mappingStatusText } from './mapping-status-text';
import { workspaceHref } from './routes';
import { useCalendarDate } from '../../i18n/use-calendar-date';
import './records.css';

interface Props {
  persons: PersonSummary[];
  /** The advisor's list also says where each person stands against the guidance deadline. */
  withGuidance?: boolean;
}

/** Who, their DUF number, when they were settled and how far their mapping has come; each opens their page. */
export function PersonRows({ persons, withGuidance = false }: Props) {
  const t = useT();
  const calendarDate = useCalendarDate();
  return (
    <ul className="person-rows">
      {persons.map((person) => (
        <li key={person.id} className="person-row">
          <a href={workspaceHref.person(person.id)} className="person-name">
            {person.name}
          </a>
          <span className="duf-number">{formatDufNumber(person.dufNumber)}</span>
          <span>{t('person.settledOn', { date: calendarDate(person.settledOn) })}</span>
          {withGuidance && <GuidanceDeadline settledOn={person.settledOn} completedOn={person.guidanceCompletedOn} />}
          <span className="mapping-status" data-status={person.mappingStatus}>
            {t('person.mappingStatus', { status: t(mappingStatusText[person.mappingStatus]) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
