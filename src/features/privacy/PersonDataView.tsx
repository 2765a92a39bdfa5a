import type { ReactNode } from 'react';
import { appLocales } from '../../domain/app-locales';
import { formatDufNumber } from '../../domain/duf-number';
import type { MappingContent } from '../../domain/mapping';
import type { MappingPart } from '../../domain/mapping-flow';
import type { PersonData } from '../../domain/privacy-api';
import type { MessageId } from '../../i18n/message-id';
import { useCalendarDate } from '../../i18n/use-calendar-date';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { Speakable } from '../../ui/Speakable';
import { RequestList } from './RequestList';
import { staffRoleText } from './request-kinds';
import './privacy.css';

/** The person's answers read-only, part by part, with something after each part (the app passes the review page). */
export type RenderAnswers = (content: MappingContent, afterPart: (part: MappingPart) => ReactNode) => ReactNode;

interface Props {
  data: PersonData;
  renderAnswers: RenderAnswers;
  /** The level of this view's headings, one below the heading it sits under. */
  heading: 'h2' | 'h3' | 'h4';
}

/**
 * Everything registered about the person (the export, art. 15), readable: the facts, the
 * answers with the staff's remarks, who sent and checked them, meetings, the career advisor's
 * note, login codes (dates only) and the person's requests. Worded for the person.
 */
export function PersonDataView({ data, renderAnswers, heading }: Props) {
  const t = useT();
  const when = useWhen();
  const calendarDate = useCalendarDate();
  const staff = (person: { name: string; role: keyof typeof staffRoleText }) => ({ name: person.name, role: t(staffRoleText[person.role]) });
  const { person } = data;

  const part = (title: MessageId, items: readonly ReactNode[]) => (
    <section className="person-data-part">
      <Speakable id={title} as={heading} />
      {items.length === 0 ? <p className="not-answered">{t('rights.data.none')}</p> : <ul>{items}</ul>}
    </section>
  );

  return (
    <div className="person-data" data-testid="person-data">
      <p className="field-hint">{t('rights.data.exportedAt', { date: when.date(data.exportedAt), time: when.time(data.exportedAt) })}</p>
      <section className="person-data-part">
        <Speakable id="rights.data.person.heading" as={heading} />
        <dl className="person-data-facts">
          <div>
            <dt>{t('rights.data.person.name')}</dt>
            <dd dir="auto">{person.name}</dd>
          </div>
          <div>
            <dt>{t('rights.data.person.dufNumber')}</dt>
            <dd dir="ltr">{formatDufNumber(person.dufNumber)}</dd>
          </div>
          <div>
            <dt>{t('rights.data.person.municipality')}</dt>
            <dd>{person.municipality}</dd>
          </div>
          <div>
            <dt>{t('rights.data.person.settledOn')}</dt>
            <dd>{calendarDate(person.settledOn)}</dd>
          </div>
          <div>
            <dt>{t('rights.data.person.registeredAt')}</dt>
            <dd>{when.date(person.registeredAt)}</dd>
          </div>
        </dl>
        {person.restrictedSince && <p className="notice">{t('rights.data.restricted', { date: when.date(person.restrictedSince) })}</p>}
      </section>

      <section className="person-data-part">
        <Speakable id="rights.data.answers.heading" as={heading} />
        {data.mapping === null ? (
          <p className="not-answered">{t('rights.data.answers.none')}</p>
        ) : (
          renderAnswers(data.mapping.content, (mappingPart) =>
            data.remarks
              .filter((remark) => remark.part === mappingPart)
              .map((remark, index) => (
                <div key={index} className="person-data-remark" role="note">
                  <p className="rights-label">
                    {t('rights.data.remark', { ...staff(remark.writtenBy), date: when.date(remark.writtenAt) })}
                  </p>
                  <p lang="nb" dir="auto">
                    {remark.text}
                  </p>
                </div>
              )),
          )
        )}
      </section>

      {part(
        'rights.data.revisions.heading',
        data.mappingRevisions.map((revision) => {
          const at = { date: when.date(revision.receivedAt), time: when.time(revision.receivedAt) };
          return (
            <li key={revision.revision}>
              {revision.sentBy === 'participant'
                ? t('rights.data.revision.byYou', at)
                : revision.staff
                  ? t('rights.data.revision.byStaff', { ...at, ...staff(revision.staff) })
                  : t('rights.data.revision.unknown', at)}
            </li>
          );
        }),
      )}

      {part(
        'rights.data.checks.heading',
        data.qualityAssurances.map((check, index) => (
          <li key={index}>{t('rights.data.check', { ...staff(check.by), date: when.date(check.at) })}</li>
        )),
      )}

      {part(
        'rights.data.sessions.heading',
        data.assistedSessions.map((session, index) => (
          <li key={index}>
            {t('rights.data.session', {
              date: when.date(session.startedAt),
              from: when.time(session.startedAt),
              to: when.time(session.finishedAt),
              name: session.guide.name,
              language: appLocales.find((locale) => locale.code === session.language)!.endonym,
            })}
            {session.interpreterPresent && ` ${t('rights.data.session.interpreter')}`}
          </li>
        )),
      )}

      {part(
        'rights.data.notes.heading',
        data.advisorNotes.map((note, index) => (
          <li key={index} className="person-data-note">
            <p className="rights-label">{t('rights.data.note.by', { ...staff(note.by), date: when.date(note.at) })}</p>
            <dl>
              <dt>{t('rights.data.note.wishes')}</dt>
              <dd lang="nb" dir="auto">
                {note.wishes}
              </dd>
              <dt>{t('rights.data.note.recommendation')}</dt>
              <dd>{t(note.recommendation === 'work' ? 'rights.data.note.work' : 'rights.data.note.education')}</dd>
              <dt>{t('rights.data.note.text')}</dt>
              <dd lang="nb" dir="auto">
                {note.text}
              </dd>
            </dl>
            {note.guidanceCompleted && <p>{t('rights.data.note.completed')}</p>}
          </li>
        )),
      )}

      {part(
        'rights.data.codes.heading',
        data.loginCodes.map((code, index) => (
          <li key={index}>
            {t('rights.data.code', { ...staff(code.issuedBy), date: when.date(code.issuedAt), until: when.date(code.expiresAt) })}
            {code.revokedAt && ` ${t('rights.data.code.revoked', { date: when.date(code.revokedAt) })}`}
          </li>
        )),
      )}

      <section className="person-data-part">
        <Speakable id="rights.data.requests.heading" as={heading} />
        <RequestList requests={data.privacyRequests} />
      </section>
    </div>
  );
}
