import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import type { KompassDatabase } from '../../offline/db';
import { openTestDatabase } from '../../offline/test-database';
import { MappingScreen } from './MappingScreen';
import { informationLetterVersion } from '../../domain/information-letter';

function renderScreen(db: KompassDatabase) {
  return render(
    <LocaleProvider initialLocale="nb">
      <MappingScreen db={db} beforeStart={(start) => <button onClick={start}>I have read the letter</button>} />
    </LocaleProvider>,
  );
}

async function startMapping() {
  await userEvent.click(await screen.findByRole('button', { name: 'I have read the letter' }));
}

async function storedDraft(db: KompassDatabase) {
  const [draft] = await db.drafts.toArray();
  return draft!;
}

describe('before the mapping', () => {
  it('asks for the information letter first, and stores its confirmation with the draft', async () => {
    const db = openTestDatabase();
    renderScreen(db);
    expect(screen.queryByLabelText('Fødselsår')).not.toBeInTheDocument();
    await startMapping();
    expect(await screen.findByLabelText('Fødselsår')).toBeInTheDocument();
    await waitFor(async () => expect((await storedDraft(db)).content.informationLetter).not.toBeNull());
    expect((await storedDraft(db)).content.informationLetter).toEqual({
      version: informationLetterVersion,
      language: 'nb',
      confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('does not ask again once confirmed', async () => {
    const db = openTestDatabase();
    const first = renderScreen(db);
    await startMapping();
    await screen.findByLabelText('Fødselsår');
    first.unmount();
    renderScreen(db);
    expect(await screen.findByLabelText('Fødselsår')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I have read the letter' })).not.toBeInTheDocument();
  });
});

describe('About you, autosaved', () => {
  it('saves each answer on the device as it is given', async () => {
    const db = openTestDatabase();
    const user = userEvent.setup();
    renderScreen(db);
    await startMapping();

    await user.selectOptions(await screen.findByLabelText('Statsborgerskap'), 'SY');
    await user.click(screen.getByLabelText('Kvinne'));
    await user.type(screen.getByLabelText('Fødselsår'), '1990');

    await waitFor(async () => expect((await storedDraft(db)).content.aboutYou.birthYear).toBe(1990));
    const draft = await storedDraft(db);
    expect(draft.content.aboutYou).toEqual({ citizenship: 'SY', gender: 'female', birthYear: 1990 });
    // Keystrokes that arrive while a write is under way are coalesced into the next one.
    expect(draft.revision).toBeGreaterThanOrEqual(2);
    expect(await db.outbox.get(draft.id)).toMatchObject({ revision: draft.revision });
    expect(await screen.findByText('Lagret på denne enheten')).toBeInTheDocument();
  });

  it('shows what was saved when the app opens again', async () => {
    const db = openTestDatabase();
    const user = userEvent.setup();
    const first = renderScreen(db);
    await startMapping();
    await user.click(await screen.findByLabelText('Mann'));
    await user.type(screen.getByLabelText('Fødselsår'), '١٩٨٥');
    await waitFor(async () => expect((await storedDraft(db)).content.aboutYou.birthYear).toBe(1985));
    first.unmount();

    renderScreen(db);
    expect(await screen.findByLabelText('Mann')).toBeChecked();
    expect(screen.getByLabelText('Fødselsår')).toHaveValue('1985');
    expect(await db.drafts.count()).toBe(1);
  });

  it('tells the person when a birth year cannot be right', async () => {
    const db = openTestDatabase();
    const user = userEvent.setup();
    renderScreen(db);
    await startMapping();
    const birthYear = await screen.findByLabelText('Fødselsår');
    await user.type(birthYear, '1850');
    expect(await screen.findByText('Fødselsåret kan ikke være før 1900.')).toBeInTheDocument();
    expect(birthYear).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the draft has reached the server', async () => {
    const db = openTestDatabase();
    renderScreen(db);
    await startMapping();
    await screen.findByLabelText('Fødselsår');
    const draft = await storedDraft(db);
    await db.drafts.update(draft.id, { revision: 1, sentRevision: 1, sentAt: '2026-11-23T13:05:00.000Z' });
    expect(await screen.findByText(/^Sendt kl\./)).toBeInTheDocument();
  });
});
