import { formatDufNumber } from '../../domain/duf-number';
import type { PersonSummary } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { workspaceHref } from './routes';

/**
 * The DUF number is registered: the guide opens that person (to quality-assure, or add remarks)
 * instead of mapping them a second time. Someone in another municipality is only said to exist.
 */
export function AlreadyRegisteredNotice({ person }: { person: PersonSummary | null }) {
  const t = useT();
  if (person === null) {
    return (
      <p className="notice notice-alert" role="alert">
        {t('guide.register.elsewhere')}
      </p>
    );
  }
  return (
    <div className="notice notice-alert" role="alert">
      <p>{t('guide.register.alreadyRegistered')}</p>
      <p>
        {person.name}, {formatDufNumber(person.dufNumber)}
      </p>
      <p className="already-registered-hint">{t('guide.register.alreadyRegisteredHint')}</p>
      <a className="link-button" href={workspaceHref.person(person.id)}>
        {t('guide.register.openPerson', { name: person.name })}
      </a>
    </div>
  );
}
