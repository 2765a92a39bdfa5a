import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDufNumber } from '../../domain/duf-number';
import { newDufNumber, registerPerson } from '../../../tests/api/support/workspace';
import { GuideHome } from './GuideHome';
import { loggedIn, renderAs, withRealServer } from './records-test-support';

const server = withRealServer();
const bergen = { role: 'guide', municipality: '4601' } as const;

afterEach(() => {
  window.location.hash = '';
});

async function fillIn(user: ReturnType<typeof renderAs>['user'], fields: { dufNumber: string; name: string; settledOn: string }) {
  await user.type(await screen.findByLabelText('DUF-nummer'), fields.dufNumber);
  await user.type(screen.getByLabelText('Navn'), fields.name);
  await user.type(screen.getByLabelText('Bosettingsdato'), fields.settledOn);
}

describe("the guide's municipality", () => {
  it('registers a person and opens their page; the same DUF number again shows that person instead of a second registration', async () => {
    const guide = await loggedIn(server(), bergen);
    const dufNumber = newDufNumber();
    const first = renderAs(guide, <GuideHome />);
    await fillIn(first.user, { dufNumber: formatDufNumber(dufNumber), name: 'Amina Yusuf', settledOn: '2026-10-01' });
    await first.user.click(screen.getByRole('button', { name: 'Registrer' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#staff\/person\/[0-9a-f-]{36}$/));
    const personPage = window.location.hash;
    first.unmount();

    const again = renderAs(guide, <GuideHome />);
    await fillIn(again.user, { dufNumber, name: 'Amina Y.', settledOn: '2026-10-02' });
    await again.user.click(screen.getByRole('button', { name: 'Registrer' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Denne personen er allerede registrert, og har en kartlegging');
    expect(notice).toHaveTextContent(`Amina Yusuf, ${formatDufNumber(dufNumber)}`);
    expect(within(notice).getByRole('link', { name: 'Åpne Amina Yusuf' })).toHaveAttribute('href', personPage);
    // One row in the municipality's list: registered once.
    expect(await screen.findAllByRole('link', { name: 'Amina Yusuf' })).toHaveLength(1);
  });

  it('says what is wrong with a DUF number before anything is sent', async () => {
    const guide = await loggedIn(server(), bergen);
    const { user } = renderAs(guide, <GuideHome />);
    const field = await screen.findByLabelText('DUF-nummer');
    await user.type(field, '2024 12a');
    expect(screen.getByText('Et DUF-nummer har bare sifre.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '1024 1234 5678');
    expect(screen.getByText('Et DUF-nummer begynner med året det ble laget (1980–2099).')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/begynner med året/);
    await user.clear(field);
    await user.type(field, '2024 1234');
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(screen.getByText('Et DUF-nummer har nøyaktig 12 sifre.')).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it('says only that a person registered in another municipality is registered there', async () => {
    const oslo = await loggedIn(server(), { role: 'guide', municipality: '0301' });
    const dufNumber = newDufNumber();
    await registerPerson(server(), oslo.token, { dufNumber, name: 'Someone Elsewhere' });
    const guide = await loggedIn(server(), bergen);
    const { user } = renderAs(guide, <GuideHome />);
    await fillIn(user, { dufNumber, name: 'Someone', settledOn: '2026-10-01' });
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Denne personen er registrert av en annen kommune.');
    expect(screen.queryByText(/Someone Elsewhere/)).not.toBeInTheDocument();
  });

  it('lists the persons with DUF number, settlement date and mapping status, and shows more on request', async () => {
    const guide = await loggedIn(server(), { role: 'guide', municipality: '4602' });
    const dufNumbers = Array.from({ length: 51 }, () => newDufNumber());
    for (const [index, dufNumber] of dufNumbers.entries()) {
      await registerPerson(server(), guide.token, { dufNumber, name: `Person ${dufNumber} ${index}` });
    }
    const { user } = renderAs(guide, <GuideHome />);
    const rows = async () => (await screen.findByRole('heading', { name: 'Registrerte personer' })).parentElement!.querySelectorAll('li');
    await screen.findByRole('button', { name: 'Vis flere' });
    expect(await rows()).toHaveLength(50);
    while (screen.queryByRole('button', { name: 'Vis flere' })) {
      const shown = (await rows()).length;
      await user.click(screen.getByRole('button', { name: 'Vis flere' }));
      await waitFor(async () => expect((await rows()).length).toBeGreaterThan(shown));
    }
    for (const [index, dufNumber] of dufNumbers.entries()) {
      const row = screen.getByRole('link', { name: `Person ${dufNumber} ${index}` }).closest('li')!;
      expect(row).toHaveTextContent(formatDufNumber(dufNumber));
      expect(row).toHaveTextContent('Bosatt 1. oktober 2026');
      expect(row).toHaveTextContent('Kartlegging: ikke startet');
    }
  });
});
