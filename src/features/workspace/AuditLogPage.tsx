import { useState } from 'react';
import type { AuditEventView, AuditSearchBody } from '../../domain/audit-api';
import { useT } from '../../i18n/use-t';
import { useSearchAuditLog } from './api/search-audit-log';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditSearchForm } from './AuditSearchForm';
import { LoadFailure } from './LoadFailure';
import { workspaceHref } from './routes';
import './audit.css';
import './workspace.css';

interface Found {
  search: AuditSearchBody;
  events: AuditEventView[];
  nextBefore: string | null;
}

/** The administrator's audit log: search it, read the events, page back in time. */
export function AuditLogPage() {
  const t = useT();
  const searching = useSearchAuditLog();
  const [found, setFound] = useState<Found | null>(null);
  // The last request, to try again: a new search, or the next page after what was found.
  const [asked, setAsked] = useState<{ body: AuditSearchBody; after: Found | null } | null>(null);

  const ask = (body: AuditSearchBody, after: Found | null) => {
    setAsked({ body, after });
    searching.mutate(body, {
      onSuccess: (reply) => setFound({ search: after?.search ?? body, events: [...(after?.events ?? []), ...reply.events], nextBefore: reply.nextBefore }),
    });
  };

  return (
    <section className="workspace-screen" aria-labelledby="audit-title">
      <p>
        <a href={workspaceHref.home}>{t('audit.back')}</a>
      </p>
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditSearchForm onSearch={(body) => ask(body, null)} />
      {found && (
        <section aria-labelledby="audit-results-title">
          <h2 id="audit-results-title">{t('audit.results.title')}</h2>
          {found.events.length === 0 ? <p role="status">{t('audit.results.none')}</p> : <AuditEventsTable events={found.events} />}
          {found.nextBefore !== null && (
            <button type="button" disabled={searching.isPending} onClick={() => ask({ ...found.search, before: found.nextBefore! }, found)}>
              {t('audit.results.more')}
            </button>
          )}
        </section>
      )}
      {searching.isPending && <p role="status">{t('app.loading')}</p>}
      {searching.isError && <LoadFailure error={searching.error} retry={() => asked && ask(asked.body, asked.after)} />}
    </section>
  );
}
