import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import type { KompassDatabase } from '../../offline/db';
import { openTestDatabase } from '../../offline/test-database';
import { MappingScreen } from './MappingScreen';

function renderScreen(db: KompassDatabase) {
  return render(
    <LocaleProvider initialLocale="nb">
      <MappingScreen db={db} />
    </LocaleProvider>,
  );
}

async function storedDraft(db: KompassDatabase) {
  const [draft] = await db.drafts.toArray();
  return draft!;
}

describe('About you, autosaved', () => {
  it('saves each answer on the device as it is given', async () => {
    const db = openTestDatabase();
    const user = userEvent.setup();
    renderScreen(db);

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
    const birthYear = await screen.findByLabelText('Fødselsår');
    await user.type(birthYear, '1850');
    expect(await screen.findByText('Fødselsåret kan ikke være før 1900.')).toBeInTheDocument();
    expect(birthYear).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the draft has reached the server', async () => {
    const db = openTestDatabase();
    renderScreen(db);
    await screen.findByLabelText('Fødselsår');
    const draft = await storedDraft(db);
    await db.drafts.update(draft.id, { revision: 1, sentRevision: 1, sentAt: '2026-11-23T13:05:00.000Z' });
    expect(await screen.findByText(/^Sendt kl\./)).toBeInTheDocument();
  });
});
