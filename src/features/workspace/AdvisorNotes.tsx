import type { AdvisorNote } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { AdvisorNoteView } from './AdvisorNoteView';

/** The note in force (the newest), and the ones before it. */
export function AdvisorNotes({ notes }: { notes: AdvisorNote[] }) {
  const t = useT();
  const latest = notes.at(-1);
  if (!latest) return <p className="not-answered">{t('person.note.none')}</p>;
  const earlier = notes.slice(0, -1).reverse();
  return (
    <>
      <AdvisorNoteView note={latest} inForce />
      {earlier.length > 0 && (
        <details className="earlier-notes">
          <summary>{t('person.note.earlier', { count: earlier.length })}</summary>
          {earlier.map((note) => (
            <AdvisorNoteView key={note.at} note={note} inForce={false} />
          ))}
        </details>
      )}
    </>
  );
}
