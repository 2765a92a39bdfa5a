import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffMemberSchema, type StaffArea, type StaffSession } from '../domain/workspace-api';
import { filledMapping } from '../domain/hostile-input';
import { ReviewPage } from '../features/mapping/ReviewPage';
import { PersonDataView } from '../features/privacy/PersonDataView';
import { AnswersViewContext, type RenderAnswers } from '../features/workspace/answers-view';
import { PersonDataPage } from '../features/workspace/PersonDataPage';
import { PersonPage } from '../features/workspace/PersonPage';
import { PersonDataViewContext } from '../features/workspace/person-data-view';
import { PrintableProfile } from '../features/workspace/PrintableProfile';
import { renderAs, storeMapping, withRealServer } from '../features/workspace/records-test-support';
import { acceptInvitation, inviteStaff } from '../../server/services/staff';
import { bearer, issueCode, newEmail, password, registerPerson } from '../../tests/api/support/workspace';

/**
 * Markup and script links stored through the API, in every text a guide's screens show (the
 * person's name, staff names, answers, set-aside values, remarks, advisor notes, privacy
 * requests), stay text on the person's page and the printed profile: none becomes an element.
 */
const server = withRealServer();

const hostile = {
  person: `<img src=x onerror=alert('person')>`,
  guide: `<script>alert('guide')</script>`,
  advisor: `<iframe src="javascript:alert('advisor')"></iframe>`,
  occupation: `"><img src=x onerror=alert('occupation')>`,
  tasks: `<script src=//evil.example/tasks.js></script>`,
  field: `<a href="javascript:alert('field')">fag</a>`,
  activity: `<svg onload=alert('activity')>`,
  other: `<object data="javascript:alert('other')">`,
  wish: `javascript:alert('wish')`,
  setAside: `"<img src=x onerror=alert('set aside')>"`,
  remark: `<a href="javascript:alert('remark')">klikk her</a>`,
  advisorWishes: `<embed src="javascript:alert('wishes')">`,
  advisorText: `<img src=x onerror=alert('advisor note')>`,
  privacy: `<script>alert('privacy')</script>`,
};

/** A member of staff whose name is hostile, logged in through the API as the workspace keeps them. */
async function staffNamed(name: string, area: StaffArea): Promise<StaffSession> {
  const { db } = server().database;
  const email = newEmail('xss');
  const invited = await inviteStaff(db, { name, email, ...area }, new Date());
  if (invited.kind !== 'invited') throw new Error('invitation failed');
  await acceptInvitation(db, { inviteToken: invited.inviteToken, password }, new Date());
  const login = await server().app.inject({ method: 'POST', url: '/api/login/staff', payload: { email, password } });
  const { token } = login.json() as { token: string };
  const me = await server().app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });
  return { token, expiresAt: new Date(Date.now() + 3600_000).toISOString(), staff: staffMemberSchema.parse(me.json().staff) };
}

async function post(token: string, url: string, payload: object): Promise<void> {
  const response = await server().app.inject({ method: 'POST', url, headers: bearer(token), payload });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
}

/** A person with hostile text in everything the guide's screens show about them. */
async function hostilePerson() {
  const guide = await staffNamed(hostile.guide, { role: 'guide', municipality: '4601' });
  const advisor = await staffNamed(hostile.advisor, { role: 'advisor', county: '46' });
  const person = await registerPerson(server(), guide.token, { name: hostile.person });
  await issueCode(server(), guide.token, person.id);
  const content = filledMapping();
  await storeMapping(server(), guide.token, person.mappingId, () => ({
    ...content,
    schooling: content.schooling.map((entry) => ({ ...entry, field: hostile.field })),
    work: content.work.map((entry) => ({ ...entry, occupation: hostile.occupation, tasks: hostile.tasks })),
    activities: { ...content.activities, entries: content.activities.entries.map((entry) => ({ ...entry, description: hostile.activity })) },
    interests: { ...content.interests, other: hostile.other },
    wishes: { ...content.wishes, text: hostile.wish },
    setAside: [{ path: 'wishes.text', value: hostile.setAside, reason: 'conflict' }],
    submittedAt: '2026-11-23T10:00:00.000Z',
  }));
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, minutes)).toISOString();
  await post(guide.token, `/api/persons/${person.id}/remarks`, { part: 'work', text: hostile.remark });
  await post(guide.token, `/api/persons/${person.id}/assisted-sessions`, { id: crypto.randomUUID(), startedAt: at(0), finishedAt: at(30), interpreterPresent: true, language: 'ar' });
  await post(guide.token, `/api/persons/${person.id}/quality-assurance`, {});
  await post(advisor.token, `/api/persons/${person.id}/advisor-notes`, { wishes: hostile.advisorWishes, recommendation: 'work', text: hostile.advisorText, guidanceCompleted: false });
  await post(guide.token, `/api/persons/${person.id}/privacy-requests`, { kind: 'correction', message: hostile.privacy });
  return { guide, person };
}

/** The guide's screens with the participant's own review page and data view, as the app wires them (WorkspaceScreen). */
const reviewPage: RenderAnswers = (content, afterPart) => <ReviewPage content={content} afterPart={afterPart} />;
const withReviewPage = (screenToShow: ReactNode) => (
  <AnswersViewContext value={reviewPage}>
    <PersonDataViewContext value={(data) => <PersonDataView data={data} heading="h2" renderAnswers={reviewPage} />}>{screenToShow}</PersonDataViewContext>
  </AnswersViewContext>
);

/** Nothing stored became an element, a handler or a script link. */
function expectNoMarkupFrom(container: HTMLElement) {
  expect(container.querySelectorAll('script, iframe, object, embed, img[src="x"], a[href^="javascript:" i]')).toHaveLength(0);
  const handlers = Array.from(container.querySelectorAll('*')).flatMap((element) =>
    element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.tagName} ${name}`),
  );
  expect(handlers).toEqual([]);
}

// What jsdom lacks for the review page's read-aloud: Cache Storage (empty: no audio packs).
const emptyCache = { match: async () => undefined, put: async () => undefined, delete: async () => false };
beforeEach(() => vi.stubGlobal('caches', { open: async () => emptyCache }));
afterEach(() => vi.unstubAllGlobals());

describe('hostile text stored through the API, on the guide’s screens', () => {
  it("stays text on the person's page", async () => {
    const { guide, person } = await hostilePerson();
    const { container } = renderAs(guide, withReviewPage(<PersonPage personId={person.id} />));
    // The page loads its parts one by one (the privacy requests and access report after the record).
    await waitFor(
      () => {
        for (const text of [hostile.person, hostile.occupation, hostile.remark, hostile.advisorText, hostile.privacy]) {
          expect(container.textContent).toContain(text);
        }
      },
      { timeout: 10_000 },
    );
    for (const text of Object.values(hostile)) expect(container.textContent).toContain(text);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile.person);
    expectNoMarkupFrom(container);
  }, 30_000);

  it('stays text on the printed profile, in both columns', async () => {
    const { guide, person } = await hostilePerson();
    const { container } = renderAs(guide, withReviewPage(<PrintableProfile personId={person.id} />));
    const arabic = await screen.findByRole('region', { name: 'العربية' }, { timeout: 10_000 });
    await waitFor(() => expect(arabic.textContent).toContain(hostile.remark), { timeout: 10_000 });
    for (const text of [hostile.person, hostile.occupation, hostile.tasks, hostile.field, hostile.activity, hostile.other, hostile.wish, hostile.remark]) {
      expect(container.textContent).toContain(text);
    }
    expectNoMarkupFrom(container);
  }, 30_000);

  it('stays text in everything registered about the person, printed for them', async () => {
    const { guide, person } = await hostilePerson();
    const { container } = renderAs(guide, withReviewPage(<PersonDataPage personId={person.id} />));
    await waitFor(() => expect(container.textContent).toContain(hostile.privacy), { timeout: 10_000 });
    for (const text of [hostile.person, hostile.guide, hostile.occupation, hostile.remark, hostile.advisorText, hostile.privacy]) {
      expect(container.textContent).toContain(text);
    }
    expectNoMarkupFrom(container);
  }, 30_000);
});
