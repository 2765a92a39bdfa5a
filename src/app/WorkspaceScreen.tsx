import { ReviewPage } from '../features/mapping/ReviewPage';
import { PersonDataView } from '../features/privacy/PersonDataView';
import { workspaceHref, type WorkspaceRoute } from '../features/workspace/routes';
import { Workspace } from '../features/workspace/Workspace';
import { useLocaleChoice } from '../i18n/LocaleProvider';
import { startAssistedSession } from '../offline/assisted-session';
import type { KompassDatabase } from '../offline/db';

/**
 * The staff workspace, in its own chunk with the review page it shows mappings with, so
 * neither weighs on the participant's first screen. An assisted session it starts runs in the
 * participant's mapping screens (see AssistedScreen).
 */
export function WorkspaceScreen({ db, route }: { db: KompassDatabase; route: WorkspaceRoute }) {
  const { locale, chooseLocale } = useLocaleChoice();
  return (
    <Workspace
      db={db}
      route={route}
      renderAnswers={(content, afterPart) => <ReviewPage content={content} afterPart={afterPart} />}
      renderPersonData={(data) => (
        <PersonDataView data={data} heading="h2" renderAnswers={(content, afterPart) => <ReviewPage content={content} afterPart={afterPart} />} />
      )}
      startAssisted={async ({ person, mapping }) => {
        const language = mapping?.content.language ?? locale;
        const who = { personId: person.id, mappingId: person.mappingId, personName: person.name };
        await startAssistedSession(db, who, mapping, { participant: language, guide: locale }, new Date());
        // The questions start in the language the person answered in before, if any.
        if (language !== locale) await chooseLocale(language);
        window.location.hash = workspaceHref.assisted(person.id);
      }}
    />
  );
}
