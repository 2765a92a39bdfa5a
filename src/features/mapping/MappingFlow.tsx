import { Suspense, useState, type ReactNode } from 'react';
import { answerAt, isAnswered } from '../../domain/answers';
import type { MappingContent } from '../../domain/mapping';
import { listPartOf, nextPosition, partOf, previousPosition, progressOf, requiredSteps, type MappingPart, type Position } from '../../domain/mapping-flow';
import { missingAnswers } from '../../domain/submission';
import { useT } from '../../i18n/use-t';
import { ListStep } from './ListStep';
import { partTitles } from '../../i18n/part-titles';
import { QuestionScreen } from './questions';
import { ReviewPage } from './ReviewPage';

interface Props {
  content: MappingContent;
  onChange: (content: MappingContent) => void;
  onSubmit: () => void;
  position: Position;
  onMove: (position: Position) => void;
  /** Shown under each question of a part: the guide's remark field in an assisted session. */
  besideQuestion?: (part: MappingPart) => ReactNode;
}

/** The mapping, one question per screen, with progress, back, next and "skip for now". */
export function MappingFlow({ content, onChange, onSubmit, position, onMove, besideQuestion }: Props) {
  const t = useT();
  const [requiredError, setRequiredError] = useState(false);
  // Set when the person came from the review page to change one answer.
  const [fromReview, setFromReview] = useState(false);

  const goTo = (next: Position, options: { fromReview?: boolean } = {}) => {
    setRequiredError(false);
    if (options.fromReview !== undefined) setFromReview(options.fromReview);
    if (next.step === 'review') setFromReview(false);
    onMove(next);
    window.scrollTo(0, 0);
  };

  const change = (next: MappingContent) => {
    setRequiredError(false);
    onChange(next);
  };

  const part = partOf(position.step);
  const progress = progressOf(position);
  const listPart = position.entry ? undefined : listPartOf(position.step);
  const answered = isAnswered(answerAt(content, position));
  const required = !position.entry && requiredSteps.includes(position.step);
  const currentYear = new Date().getFullYear();

  const goOn = () => {
    if (required && missingAnswers(content, currentYear).includes(position.step)) {
      setRequiredError(true);
      return;
    }
    goTo(fromReview && !position.entry ? { step: 'review' } : nextPosition(position));
  };

  return (
    <section className="part" aria-labelledby="mapping-progress">
      <div className="progress" id="mapping-progress">
        {part && (
          <p className="progress-part">{t('mapping.partProgress', { part: String(progress.partNumber), title: t(partTitles[part]) })}</p>
        )}
        <p className="progress-step">{t('mapping.progress', { step: String(progress.stepNumber), count: String(progress.stepCount) })}</p>
        <progress max={progress.stepCount} value={progress.stepNumber} aria-hidden="true" />
      </div>

      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        {position.step === 'review' ? (
          <ReviewPage content={content} goTo={(target) => goTo(target, { fromReview: true })} onSubmit={onSubmit} />
        ) : listPart ? (
          <ListStep
            key={position.step}
            content={content}
            part={listPart}
            onChange={change}
            goTo={(target) => goTo(target)}
            newEntryId={() => crypto.randomUUID()}
            requiredError={requiredError}
          />
        ) : (
          <QuestionScreen
            key={JSON.stringify(position)}
            content={content}
            position={position}
            onChange={change}
            requiredError={requiredError}
            currentYear={currentYear}
          />
        )}
      </Suspense>

      {position.step !== 'review' && (
        <nav className="step-navigation" aria-label={t('mapping.progress', { step: String(progress.stepNumber), count: String(progress.stepCount) })}>
          <button type="button" onClick={() => goTo(previousPosition(position))} disabled={position.step === 'aboutYou.citizenship' && !position.entry}>
            {t('mapping.nav.back')}
          </button>
          <button type="button" className="button-primary" onClick={goOn} data-testid="next">
            {answered || required ? t('mapping.nav.next') : t('mapping.nav.skip')}
          </button>
          {fromReview && !position.entry && (
            <button type="button" onClick={() => goTo({ step: 'review' })}>
              {t('mapping.nav.backToReview')}
            </button>
          )}
        </nav>
      )}
      {part && besideQuestion?.(part)}
    </section>
  );
}
