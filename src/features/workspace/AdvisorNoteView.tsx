import type { AdvisorNote } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';

interface Props {
  note: AdvisorNote;
  inForce: boolean;
  /** In a column in the person's language: the labels are translated, the advisor's words are in Norwegian. */
  inNorwegianNote?: boolean;
}

/** One career advisor's note: the person's wishes, the recommendation and whether guidance is done. */
export function AdvisorNoteView({ note, inForce, inNorwegianNote = false }: Props) {
  const t = useT();
  const when = useWhen();
  const label = t(inNorwegianNote ? 'profile.note.labelInNorwegian' : 'person.note.label');
  return (
    <div className="advisor-note" role="note" aria-label={label} data-in-force={inForce || undefined}>
      <p className="remark-label">
        {label}
        {inForce && <span className="badge">{t('person.remark.inForce')}</span>}
      </p>
      <dl>
        <dt>{t('person.note.wishes')}</dt>
        <dd lang="nb" dir="auto">
          {note.wishes}
        </dd>
        <dt>{t('person.note.recommendation')}</dt>
        <dd>{t(note.recommendation === 'work' ? 'person.note.work' : 'person.note.education')}</dd>
        <dt>{t('person.note.text')}</dt>
        <dd lang="nb" dir="auto">
          {note.text}
        </dd>
        <dt>{t('person.note.guidanceCompleted')}</dt>
        <dd>{t(note.guidanceCompleted ? 'person.yes' : 'person.no')}</dd>
      </dl>
      <p className="remark-by">{t('person.remark.by', { name: note.by.name, date: when.date(note.at), time: when.time(note.at) })}</p>
    </div>
  );
}
