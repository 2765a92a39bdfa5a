import { useState } from 'react';
import type { PersonRecord } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { AdvisorNoteForm } from './AdvisorNoteForm';
import { AdvisorNotes } from './AdvisorNotes';
import { usePerson } from './api/get-person';
import { AssistedSessions } from './AssistedSessions';
import { LoadFailure } from './LoadFailure';
import { LoginCodePanel } from './LoginCodePanel';
import { PersonFacts } from './PersonFacts';
import { PersonAccessReport } from './PersonAccessReport';
import { PersonMapping } from './PersonMapping';
import { PersonPrivacy } from './PersonPrivacy';
import { QualityAssurancePanel } from './QualityAssurancePanel';
import { workspaceHref } from './routes';
import { useWorkspaceSession } from './use-workspace-session';
import './records.css';

/** One person: facts, login code, the mapping with remarks, quality assurance and the advisor's note. */
export function PersonPage({ personId }: { personId: string }) {
  const t = useT();
  // The guide granted the person's erasure: who it was, for the sentence that says it is done.
  const [erased, setErased] = useState<string | null>(null);
  const { session } = useWorkspaceSession();
  // An advisor opens a person for career guidance; a guide's reasons vary, so none is claimed.
  const person = usePerson(personId, session.staff.role === 'advisor' ? 'career_guidance' : undefined);
  return (
    <div className="records">
      <p>
        <a href={workspaceHref.home}>{t('person.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>
        {person.data?.person.name ?? t('person.title')}
      </h1>
      {erased !== null ? (
        <p className="notice" role="status">
          {t('person.privacy.erased', { name: erased })}
        </p>
      ) : person.isPending ? (
        <p role="status">{t('person.loading')}</p>
      ) : person.data ? (
        <PersonRecordView record={person.data} onErased={setErased} />
      ) : (
        <LoadFailure error={person.error} retry={() => void person.refetch()} />
      )}
    </div>
  );
}

function PersonRecordView({ record, onErased }: { record: PersonRecord; onErased: (name: string) => void }) {
  const t = useT();
  const { session } = useWorkspaceSession();
  const asGuide = session.staff.role === 'guide';
  const asAdvisor = session.staff.role === 'advisor';
  const personId = record.person.id;
  return (
    <>
      <PersonFacts record={record} />
      <p>
        <a className="link-button" href={workspaceHref.print(personId)}>
          {t('person.print')}
        </a>
      </p>
      {asGuide && <LoginCodePanel personId={personId} activeLoginCode={record.activeLoginCode} />}
      <PersonMapping record={record} asGuide={asGuide} />
      {asGuide && <QualityAssurancePanel record={record} />}
      <AssistedSessions record={record} asGuide={asGuide} />
      <section aria-labelledby="note-title" className="records-panel">
        <h2 id="note-title">{t('person.note.title')}</h2>
        <AdvisorNotes notes={record.advisorNotes} />
        {asAdvisor && (
          <>
            <h3>{t('person.note.write')}</h3>
            <AdvisorNoteForm personId={personId} latest={record.advisorNotes.at(-1)} />
          </>
        )}
      </section>
      {asGuide && <PersonPrivacy record={record} onErased={() => onErased(record.person.name)} />}
      {asGuide && <PersonAccessReport personId={personId} />}
    </>
  );
}
