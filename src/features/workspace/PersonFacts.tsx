import { formatDufNumber } from '../../domain/duf-number';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { GuidanceDeadline } from './GuidanceDeadline';
import { mappingStatusText } from './mapping-status-text';
import { useCalendarDate } from '../../i18n/use-calendar-date';

/** Who the person is, where they live, how far the mapping has come and the guidance deadline. */
export function PersonFacts({ record }: { record: PersonRecord }) {
  const t = useT();
  const calendarDate = useCalendarDate();
  const { person } = record;
  return (
    <dl className="person-facts">
      <div>
        <dt>{t('person.facts.dufNumber')}</dt>
        <dd className="duf-number">{formatDufNumber(person.dufNumber)}</dd>
      </div>
      <div>
        <dt>{t('person.facts.municipality')}</dt>
        <dd>{person.municipality}</dd>
      </div>
      <div>
        <dt>{t('person.facts.settledOn')}</dt>
        <dd>{calendarDate(person.settledOn)}</dd>
      </div>
      <div>
        <dt>{t('person.facts.mappingStatus')}</dt>
        <dd className="mapping-status" data-status={person.mappingStatus}>
          {person.mappingStatus === 'quality_assured' && <span aria-hidden="true">✓ </span>}
          {t(mappingStatusText[person.mappingStatus])}
        </dd>
      </div>
      <div>
        <dt>{t('person.facts.guidance')}</dt>
        <dd>
          <GuidanceDeadline settledOn={person.settledOn} completedOn={person.guidanceCompletedOn} />
        </dd>
      </div>
    </dl>
  );
}
