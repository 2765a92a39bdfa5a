import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ReadAloudContext, silentReadAloud, type ReadAloud } from './read-aloud-context';
import { Speakable } from './Speakable';

function renderWith(readAloud: ReadAloud) {
  return render(
    <LocaleProvider initialLocale="nb">
      <ReadAloudContext.Provider value={readAloud}>
        <Speakable id="letter.storage" />
      </ReadAloudContext.Provider>
    </LocaleProvider>,
  );
}

describe('a readable text', () => {
  it('offers a speaker that reads exactly its text', async () => {
    const spoken: string[] = [];
    renderWith({ ...silentReadAloud, available: true, canSpeak: () => true, speak: (_key, id, text) => spoken.push(`${id}: ${text}`) });
    await userEvent.click(await screen.findByRole('button', { name: 'Les opp: Opplysningene lagres i inntil 15 år.' }));
    expect(spoken).toEqual(['letter.storage: Opplysningene lagres i inntil 15 år.']);
  });

  it('is highlighted while it is read, and its speaker then stops it', async () => {
    let stopped = false;
    renderWith({ ...silentReadAloud, available: true, canSpeak: () => true, speakingKey: 'letter.storage', stop: () => (stopped = true) });
    const text = await screen.findByText('Opplysningene lagres i inntil 15 år.');
    expect(text.closest('[data-speaking]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Stopp opplesingen' }));
    expect(stopped).toBe(true);
  });

  it('shows no speaker where the language cannot be read aloud', async () => {
    renderWith(silentReadAloud);
    expect(await screen.findByText('Opplysningene lagres i inntil 15 år.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
