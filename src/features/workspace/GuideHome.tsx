import { useT } from '../../i18n/use-t';
import { usePersonPages } from './api/list-persons';
import { LoadFailure } from './LoadFailure';
import { PersonRows } from './PersonRows';
import { RegisterPersonForm } from './RegisterPersonForm';
import { useWorkspaceSession } from './use-workspace-session';
import './records.css';

/** The guide's municipality: register a person, and everyone registered there. */
export function GuideHome() {
  const t = useT();
  const { session } = useWorkspaceSession();
  const pages = usePersonPages();
  const municipality = session.staff.role === 'guide' ? session.staff.municipality : '';

  return (
    <div className="records">
      <h1 tabIndex={-1}>
        {t('guide.home.title', { municipality })}
      </h1>
      <RegisterPersonForm />
      <section aria-labelledby="guide-persons-title">
        <h2 id="guide-persons-title">{t('guide.persons.title')}</h2>
        {pages.isPending ? (
          <p role="status">{t('person.loading')}</p>
        ) : !pages.data ? (
          <LoadFailure error={pages.error} retry={() => void pages.refetch()} />
        ) : (
          <>
            {pages.data.pages[0]!.persons.length === 0 ? (
              <p className="not-answered">{t('guide.persons.none')}</p>
            ) : (
              <PersonRows persons={pages.data.pages.flatMap((page) => page.persons)} />
            )}
            {pages.hasNextPage && (
              <button type="button" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
                {pages.isFetchingNextPage ? t('person.loading') : t('guide.persons.more')}
              </button>
            )}
            {pages.isFetchNextPageError && <LoadFailure error={pages.error} retry={() => void pages.fetchNextPage()} />}
          </>
        )}
      </section>
    </div>
  );
}
