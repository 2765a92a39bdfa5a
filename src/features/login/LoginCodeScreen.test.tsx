import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { openTestDatabase } from '../../offline/test-database';
import { LoginCodeScreen } from './LoginCodeScreen';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the code screen when the server takes no log-ins for a while', () => {
  it('says how long to wait, in the person’s language, and keeps them on the screen with what they typed', async () => {
    const answered = new Response(JSON.stringify({ error: { code: 'too_many_attempts', message: 'Too many failed attempts' } }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '840' },
    });
    vi.stubGlobal('fetch', vi.fn(async () => answered));
    const db = openTestDatabase();
    const onLoggedIn = vi.fn();
    render(
      <LocaleProvider initialLocale="nb">
        <LoginCodeScreen db={db} onLoggedIn={onLoggedIn} />
      </LocaleProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Koden'), '1234-5678-9AJS');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøk. Vent 14 minutter og prøv igjen.');
    expect(screen.getByLabelText('Koden')).toHaveValue('1234-5678-9AJS');
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(await db.codeLogins.count()).toBe(0);
  });
});
