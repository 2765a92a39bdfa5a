import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyMappingContent } from '../../domain/mapping';
import { mappingParts } from '../../domain/mapping-flow';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { logInOnThisDevice, sessionOfCurrentParticipant } from '../../offline/participant-logins';
import { openTestDatabase } from '../../offline/test-database';
import { bearer, issueCode, registerPerson, staffSession } from '../../../tests/api/support/workspace';
import { withRealServer } from '../../../tests/setup/real-server';
import type { RenderAnswers } from './PersonDataView';
import { RightsScreen } from './RightsScreen';

// Calls go to the real server in this process; on a busy machine a screen's first answer can take seconds.
const realServer = withRealServer();
afterEach(() => vi.restoreAllMocks());

const bergen = { role: 'guide', municipality: '4601' } as const;

/** A registered person who typed their code on this device while offline: the server has not checked it yet. */
async function personOnDevice() {
  const guide = await staffSession(realServer(), bergen);
  const person = await registerPerson(realServer(), guide.token, { name: 'Amina Hassan' });
  const code = await issueCode(realServer(), guide.token, person.id);
  const db = openTestDatabase();
  await logInOnThisDevice(db, code, 'nb', new Date());
  return { db, guide, person };
}

/** Stands in for the review page the app passes: each part's answers as JSON, then what follows the part. */
const answersAsJson: RenderAnswers = (content, afterPart) =>
  mappingParts.map((part) => (
    <section key={part} data-testid={`part-${part}`}>
      <pre>{JSON.stringify(content[part])}</pre>
      {afterPart(part)}
    </section>
  ));

function renderRights(db: ReturnType<typeof openTestDatabase>) {
  const user = userEvent.setup();
  const view = render(
    <LocaleProvider initialLocale="nb">
      <RightsScreen db={db} renderAnswers={answersAsJson} close={() => undefined} />
    </LocaleProvider>,
  );
  return { user, ...view };
}

/** jsdom's Blob has no text(): read it as the browser's file reader would. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("the participant's rights screen", () => {
  it('asks for a correction in their own words, sees it waiting, and later the guide’s answer', async () => {
    const { db, guide, person } = await personOnDevice();
    const first = renderRights(db);
    const { user } = first;

    await user.click(await screen.findByRole('radio', { name: 'Rette noe som er feil' }));
    expect(screen.getByTestId('kind-explained')).toHaveTextContent('Er noe feil? Skriv hva som er feil, og hva som er riktig.');
    await user.click(await screen.findByRole('button', { name: 'Send' }, { timeout: 10_000 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Skriv noen ord om hva du vil.');
    await user.type(screen.getByRole('textbox', { name: 'Skriv med dine egne ord' }), 'Jeg er født i 1990, ikke 1991.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Sendt. Veilederen svarer deg her.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const mine = await screen.findByTestId('my-request', {}, { timeout: 10_000 });
    expect(mine).toHaveTextContent('Rette noe som er feil');
    expect(mine).toHaveTextContent('Jeg er født i 1990, ikke 1991.');
    expect(mine).toHaveTextContent('Venter på svar.');
    // The code typed offline was checked on the way, and its session kept for the answers too.
    expect(await sessionOfCurrentParticipant(db)).not.toBeNull();
    first.unmount();

    const listed = await realServer().app.inject({ method: 'GET', url: `/api/persons/${person.id}/privacy-requests`, headers: bearer(guide.token) });
    const [request] = listed.json().requests;
    expect(listed.json().requests).toHaveLength(1);
    const answered = await realServer().app.inject({
      method: 'POST',
      url: `/api/persons/${person.id}/privacy-requests/${request.id}/answer`,
      headers: bearer(guide.token),
      payload: { outcome: 'done', explanation: 'Fødselsåret er rettet til 1990.' },
    });
    expect(answered.statusCode).toBe(201);

    // The person comes back to the screen later.
    renderRights(db);
    const later = await screen.findByTestId('my-request', {}, { timeout: 10_000 });
    expect(later).toHaveTextContent('Ja. Det er gjort.');
    expect(later).toHaveTextContent('Svar fra Test guide (veileder)');
    expect(later).toHaveTextContent('Fødselsåret er rettet til 1990.');
  }, 30_000);

  it('shows everything registered, with the guide’s remark beside the answers, and saves it as a JSON file', async () => {
    const { db, guide, person } = await personOnDevice();
    const content = { ...emptyMappingContent('nb'), wishes: { goal: 'work' as const, areas: [], text: 'Jeg vil bli sykepleier' } };
    const stored = await realServer().app.inject({
      method: 'PUT',
      url: `/api/mappings/${person.mappingId}`,
      headers: bearer(guide.token),
      payload: { revision: 1, baseRevision: null, content },
    });
    expect(stored.statusCode).toBe(200);
    await realServer().app.inject({
      method: 'POST',
      url: `/api/persons/${person.id}/remarks`,
      headers: bearer(guide.token),
      payload: { part: 'wishes', text: 'Har jobbet som hjelpepleier.' },
    });
    const { user } = renderRights(db);

    await user.click(await screen.findByRole('button', { name: 'Vis opplysningene mine' }, { timeout: 10_000 }));
    const data = screen.getByTestId('person-data');
    expect(within(data).getByText('Amina Hassan')).toBeInTheDocument();
    const wishes = within(data).getByTestId('part-wishes');
    expect(wishes).toHaveTextContent('Jeg vil bli sykepleier');
    expect(within(wishes).getByRole('note')).toHaveTextContent(/Merknad fra Test guide \(veileder\), .+: ?Har jobbet som hjelpepleier\./);
    expect(data).toHaveTextContent(/sendt av Test guide \(veileder\)\./);

    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:kompass'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Last ned (JSON)' }));
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^kompass-mine-opplysninger-\d{4}-\d\d-\d\d\.json$/);
    const saved = JSON.parse(await textOf(files[0]!));
    expect(saved.mapping.content.wishes.text).toBe('Jeg vil bli sykepleier');
    expect(saved.person.name).toBe('Amina Hassan');
    expect(saved.remarks[0].text).toBe('Har jobbet som hjelpepleier.');
  }, 30_000);

  it('offline, says in one sentence that it needs a connection, and still explains the rights and how to complain', async () => {
    const { db } = await personOnDevice();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const calls = vi.spyOn(globalThis, 'fetch');
    const { user } = renderRights(db);

    expect(await screen.findAllByText('Du må være på nett for å se dette.')).toHaveLength(3);
    const complaint = screen.getByTestId('rights-complaint');
    expect(complaint).toHaveTextContent('Da kan du klage til Datatilsynet.');
    expect(complaint).toHaveTextContent('Datatilsynet, Postboks 458 Sentrum, 0105 Oslo');
    expect(complaint).toHaveTextContent('22 39 69 00');
    expect(screen.getByText(/post@imdi\.no.+personvernombud@imdi\.no/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Slette opplysningene' }));
    expect(screen.getByTestId('kind-explained')).toHaveTextContent('Loven sier at IMDi skal lagre kompetansen din.');
    expect(screen.getByTestId('kind-explained')).toHaveTextContent('Integreringsloven § 6 og § 41.');
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Du må være på nett for å se dette.')).toHaveLength(4);
    expect(calls).not.toHaveBeenCalled();
  }, 30_000);
});
