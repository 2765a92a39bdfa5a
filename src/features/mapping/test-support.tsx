import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { AppLocale } from '../../domain/app-locales';
import { confirmLetter } from '../../domain/information-letter';
import { emptyMappingContent, type MappingContent } from '../../domain/mapping';
import type { Position } from '../../domain/mapping-flow';
import { NorwegianAlongside } from '../../i18n/alongside';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import type { KompassDatabase } from '../../offline/db';
import { readDraft, saveDraftContent } from '../../offline/draft-repository';
import { logInOnThisDevice } from '../../offline/participant-logins';
import { unseal } from '../../offline/login-keys';
import { saveMappingPosition } from '../../offline/mapping-position';
import { openTestDatabase } from '../../offline/test-database';
import { MappingScreen } from './MappingScreen';

export const letterButton = 'I have read the letter';

/** `assisted`: wrapped as the shell does for an assisted session, with the Norwegian alongside. */
export function renderMapping(db: KompassDatabase, locale: AppLocale = 'nb', options: { inMemory?: boolean; assisted?: boolean } = {}) {
  const screen = <MappingScreen db={db} inMemory={options.inMemory} beforeStart={(start) => <button onClick={start}>{letterButton}</button>} enterCode={() => undefined} />;
  return render(
    <LocaleProvider initialLocale={locale}>
      {options.assisted ? (
        <NorwegianAlongside>
          <div className="assisted">{screen}</div>
        </NorwegianAlongside>
      ) : (
        screen
      )}
    </LocaleProvider>,
  );
}

/** A device whose draft already holds `change`d answers and stands at `position`. */
export async function deviceAt(position: Position, change: (content: MappingContent) => MappingContent = (c) => c, locale: AppLocale = 'nb') {
  const db = openTestDatabase();
  // The person has logged in with their code (checked by the server or not yet: either way it can be sent).
  const draft = await logInOnThisDevice(db, 'K7QM2XRD9PH4', locale, new Date());
  const content = change({ ...emptyMappingContent(locale), informationLetter: confirmLetter(locale, new Date()) });
  await saveDraftContent(db, draft.id, content, new Date());
  await saveMappingPosition(db, draft.id, position);
  return { db, draftId: draft.id };
}

/** What the device stores, exactly as written (not restored): opened with the person's key. */
export async function rawStoredContent(db: KompassDatabase): Promise<unknown> {
  const [draft] = await db.drafts.toArray();
  if (draft?.sealed === undefined || draft.owner?.kind !== 'participant') return draft?.content;
  return unseal((await db.unlocked.get(draft.owner.loginId))!.key, draft.sealed, draft.id);
}

export async function storedContent(db: KompassDatabase): Promise<MappingContent> {
  const [draft] = await db.drafts.toArray();
  return (await readDraft(db, draft!.id))!.content;
}

/** Waits until what is stored on the device passes `check`. */
export async function expectStored(db: KompassDatabase, check: (content: MappingContent) => void) {
  await waitFor(async () => check(await storedContent(db)));
}

/** The question on screen: its title has focus, as a screen reader user would find it. */
export async function expectQuestion(title: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 2, name: title });
  await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

export const next = () => userEvent.click(screen.getByTestId('next'));
