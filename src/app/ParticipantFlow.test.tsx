import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { confirmLetter } from '../domain/information-letter';
import { emptyMappingContent } from '../domain/mapping';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { saveDraftContent } from '../offline/draft-repository';
import { logInOnThisDevice } from '../offline/participant-logins';
import { openTestDatabase } from '../offline/test-database';
import { ParticipantFlow } from './ParticipantFlow';

describe('a shared device after a person has submitted', () => {
  it('passes the device on: the next person gets the code screen and nothing of the answers, which still wait to be sent', async () => {
    const db = openTestDatabase();
    const draft = await logInOnThisDevice(db, 'K7QM2XRD9PH4', 'nb', new Date());
    const submitted = { ...emptyMappingContent('nb'), informationLetter: confirmLetter('nb', new Date()), submittedAt: new Date().toISOString() };
    await saveDraftContent(db, draft.id, { ...submitted, wishes: { ...submitted.wishes, text: 'Jeg vil bli sykepleier' } }, new Date());
    render(
      <LocaleProvider initialLocale="nb">
        <ParticipantFlow db={db} inMemory={false} />
      </LocaleProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Ferdig – gi enheten videre' }));

    expect(await screen.findByRole('heading', { name: 'Skriv inn koden din' })).toBeInTheDocument();
    expect(screen.queryByText(/sykepleier/)).not.toBeInTheDocument();
    expect(await db.settings.get('currentMappingId')).toBeUndefined();
    expect(await db.outbox.get(draft.id)).toMatchObject({ revision: 1 });
  });
});
