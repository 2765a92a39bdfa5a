import { useState, type FormEvent } from 'react';
import { textLimits } from '../../domain/mapping';
import { recommendations, type AdvisorNote } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWriteAdvisorNote } from './api/write-advisor-note';
import { useApiErrorText } from './use-api-error-text';

type Recommendation = (typeof recommendations)[number];

interface Props {
  personId: string;
  /** The note in force: a new note starts from it. */
  latest: AdvisorNote | undefined;
}

/** The career advisor writes down the person's wishes and recommends work or education. */
export function AdvisorNoteForm({ personId, latest }: Props) {
  const t = useT();
  const errorText = useApiErrorText();
  const write = useWriteAdvisorNote(personId);
  const [wishes, setWishes] = useState(latest?.wishes ?? '');
  const [recommendation, setRecommendation] = useState<Recommendation | null>(latest?.recommendation ?? null);
  const [text, setText] = useState(latest?.text ?? '');
  const [guidanceCompleted, setGuidanceCompleted] = useState(latest?.guidanceCompleted ?? false);
  const [tried, setTried] = useState(false);
  const problems = {
    wishes: wishes.trim() === '' ? t('person.note.wishesEmpty') : null,
    recommendation: recommendation === null ? t('person.note.recommendationEmpty') : null,
    text: text.trim() === '' ? t('person.note.textEmpty') : null,
  };
  const shown = (field: keyof typeof problems) => (tried ? problems[field] : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (recommendation === null || problems.wishes || problems.text) return;
    write.mutate({ wishes: wishes.trim(), recommendation, text: text.trim(), guidanceCompleted });
  };

  const error = (field: keyof typeof problems) =>
    shown(field) && (
      <p className="field-error" id={`note-${field}-error`}>
        {shown(field)}
      </p>
    );
  const describedBy = (field: keyof typeof problems) => (shown(field) ? `note-${field}-error` : undefined);

  return (
    <form className="advisor-note-form" noValidate onSubmit={submit}>
      <div className="field">
        <label className="field-label" htmlFor="note-wishes">
          {t('person.note.wishes')}
        </label>
        <textarea id="note-wishes" rows={3} maxLength={textLimits.long} value={wishes} aria-invalid={!!shown('wishes')} aria-describedby={describedBy('wishes')} onChange={(event) => setWishes(event.target.value)} />
        {error('wishes')}
      </div>
      <fieldset className="field" aria-describedby={describedBy('recommendation')}>
        <legend className="field-label">{t('person.note.recommendation')}</legend>
        <div className="choices">
          {recommendations.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="recommendation" value={choice} checked={recommendation === choice} onChange={() => setRecommendation(choice)} />
              <span>{t(choice === 'work' ? 'person.note.work' : 'person.note.education')}</span>
            </label>
          ))}
        </div>
        {error('recommendation')}
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="note-text">
          {t('person.note.text')}
        </label>
        <textarea id="note-text" rows={5} maxLength={textLimits.long} value={text} aria-invalid={!!shown('text')} aria-describedby={describedBy('text')} onChange={(event) => setText(event.target.value)} />
        {error('text')}
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={guidanceCompleted} onChange={(event) => setGuidanceCompleted(event.target.checked)} />
          <span>{t('person.note.guidanceCompletedCheck')}</span>
        </label>
      </div>
      {write.isError && (
        <p className="notice notice-alert" role="alert">
          {errorText(write.error)}
        </p>
      )}
      {write.isSuccess && <p role="status">{t('person.note.saved')}</p>}
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {t('person.note.save')}
      </button>
    </form>
  );
}
