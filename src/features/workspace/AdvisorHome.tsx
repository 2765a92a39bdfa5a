import { counties } from '../../domain/areas';
import { useT } from '../../i18n/use-t';
import { byGuidanceDeadline } from './advisor-order';
import { useAllPersons } from './api/list-persons';
import { LoadFailure } from './LoadFailure';
import { PersonRows } from './PersonRows';
import { useWorkspaceSession } from './use-workspace-session';
import './records.css';

/** The advisor's county: everyone newly settled, by their guidance deadline, overdue first. */
export function AdvisorHome() {
  const t = useT();
  const { session } = useWorkspaceSession();
  const persons = useAllPersons();
  const county = session.staff.role === 'advisor' ? counties[session.staff.county] : '';

  return (
    <div className="records">
      <h1 tabIndex={-1}>
        {t('advisor.home.title', { county })}
      </h1>
      {persons.isPending ? (
        <p role="status">{t('person.loading')}</p>
      ) : persons.data ? (
        persons.data.length === 0 ? (
          <p className="not-answered">{t('advisor.persons.none')}</p>
        ) : (
          <PersonRows persons={byGuidanceDeadline(persons.data)} withGuidance />
        )
      ) : (
        <LoadFailure error={persons.error} retry={() => void persons.refetch()} />
      )}
    </div>
  );
}
