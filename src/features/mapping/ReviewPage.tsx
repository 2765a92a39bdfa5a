import { useEffect, useId, useState, type ReactNode } from 'react';
import { answerAt } from '../../domain/answers';
import { entriesOf } from '../../domain/entry-list';
import type { ListPart, MappingContent } from '../../domain/mapping';
import {
  entryFields,
  entryStart,
  listPartOf,
  mappingParts,
  mappingSteps,
  partOf,
  type MappingPart,
  type MappingStep,
  type Position,
} from '../../domain/mapping-flow';
import { missingAnswers } from '../../domain/submission';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import { Alongside } from '../../ui/Alongside';
import { Speakable } from '../../ui/Speakable';
import { partTitles } from '../../i18n/part-titles';
import { listQuestion } from './part-titles';
import { useAnswerText } from './use-answer-text';

interface Props {
  content: MappingContent;
  /** Absent when the answers are only shown (after submitting). */
  goTo?: (position: Position) => void;
  onSubmit?: () => void;
  /** Shown at the end of each part: the guide's remarks in the staff workspace and the printed profile. */
  afterPart?: (part: MappingPart) => ReactNode;
}

function questionTitle(step: MappingStep): MessageId {
  const part = listPartOf(step);
  return part ? listQuestion(part).title : (`mapping.${step}.label` as MessageId);
}

/** Everything the person answered, in their language, with a way back to each answer; then submit. */
export function ReviewPage({ content, goTo, onSubmit, afterPart }: Props) {
  const t = useT();
  const { answerText, entryTitle } = useAnswerText();
  const [confirming, setConfirming] = useState(false);
  const missing = missingAnswers(content, new Date().getFullYear());
  const editable = goTo !== undefined;
  // The printed profile shows the answers twice (two languages): each copy names its own parts.
  const ids = useId();

  useEffect(() => {
    if (editable) document.getElementById('review-title')?.focus();
  }, [editable]);

  const changeButton = (target: Position, describedBy: string) =>
    goTo && (
      <button type="button" className="button-small" aria-describedby={describedBy} onClick={() => goTo(target)}>
        {t('mapping.review.change')}
      </button>
    );

  const answerLine = (step: MappingStep) => {
    const value = answerAt(content, { step });
    let text = answerText(step, value);
    if (step === 'activities.drivingLicence' && content.activities.drivingLicenceClasses.length > 0) {
      text = `${text} (${content.activities.drivingLicenceClasses.join(', ')})`;
    }
    const id = `${ids}${step}`;
    return (
      <div key={step} className="review-answer">
        <dt id={id}>
          {t(questionTitle(step))}
          <Alongside id={questionTitle(step)} />
        </dt>
        <dd>
          <span className={text === null ? 'not-answered' : undefined} dir="auto">
            {text ?? t('mapping.review.notAnswered')}
          </span>
          {changeButton({ step }, id)}
        </dd>
      </div>
    );
  };

  const entryLines = (step: MappingStep, part: ListPart) => {
    const entries = entriesOf(content, part);
    const id = `${ids}${step}`;
    return (
      <div key={step} className="review-answer">
        <dt id={id}>
          {t(questionTitle(step))}
          <Alongside id={questionTitle(step)} />
        </dt>
        <dd>
          {entries.length === 0 && <span className="not-answered">{t('mapping.review.notAnswered')}</span>}
          {changeButton({ step }, id)}
          {entries.length > 0 && (
            <ol className="review-entries">
              {entries.map((entry) => {
                const entryId = `${ids}entry-${entry.id}`;
                return (
                  <li key={entry.id}>
                    <p className="entry-name" id={entryId} dir="auto">
                      {entryTitle(part, entry)}
                    </p>
                    <dl>
                      {entryFields[part].map((field) => {
                        const text = answerText(`${part}.${field}` as `${ListPart}.${typeof field}`, (entry as Record<string, unknown>)[field]);
                        const label = `mapping.${part}.${field}.label` as MessageId;
                        return (
                          <div key={field} className="review-field">
                            <dt>
                              {t(label)}
                              <Alongside id={label} />
                            </dt>
                            <dd className={text === null ? 'not-answered' : undefined} dir="auto">
                              {text ?? t('mapping.review.notAnswered')}
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                    {changeButton(entryStart(part, entry.id), entryId)}
                  </li>
                );
              })}
            </ol>
          )}
        </dd>
      </div>
    );
  };

  return (
    <div className="review">
      {editable && (
        <>
          <Speakable id="mapping.review.title" as="h2" className="question-title" textProps={{ id: 'review-title', tabIndex: '-1' }} />
          <Speakable id="mapping.review.intro" />
        </>
      )}
      {content.setAside.length > 0 && <p className="notice">{t('mapping.review.setAside')}</p>}

      {mappingParts.map((part) => (
        <section key={part} className="review-part" aria-labelledby={`${ids}part-${part}`}>
          <h3 id={`${ids}part-${part}`}>{t(partTitles[part])}</h3>
          <dl>
            {mappingSteps
              .filter((step) => partOf(step) === part)
              .map((step) => {
                const listPart = listPartOf(step);
                return listPart ? entryLines(step, listPart) : answerLine(step);
              })}
          </dl>
          {afterPart?.(part)}
        </section>
      ))}

      {editable && onSubmit && (
        <div className="submit-area">
          {missing.length > 0 ? (
            <div className="notice" role="status" data-testid="missing-answers">
              <p>{t('mapping.review.missing')}</p>
              <ul>
                {missing.map((step) => (
                  <li key={step}>
                    <button type="button" className="button-link" onClick={() => goTo({ step })}>
                      {t(questionTitle(step))}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : confirming ? (
            <div className="notice" role="group" aria-labelledby="submit-confirm">
              <p id="submit-confirm">{t('mapping.review.confirm')}</p>
              <div className="notice-actions">
                <button type="button" className="button-primary" onClick={onSubmit}>
                  {t('mapping.review.confirmYes')}
                </button>
                <button type="button" autoFocus onClick={() => setConfirming(false)}>
                  {t('mapping.review.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button-primary button-large" onClick={() => setConfirming(true)}>
              {t('mapping.review.submit')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
