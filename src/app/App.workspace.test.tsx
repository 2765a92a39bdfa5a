import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../offline/test-database';
import { App } from './App';

// What jsdom lacks: Cache Storage (empty here: no audio packs, no fonts) and the page's fonts.
const emptyCache = { match: async () => undefined, put: async () => undefined, delete: async () => false };

beforeEach(() => {
  vi.stubGlobal('caches', { open: async () => emptyCache });
  Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('the way to the staff workspace', () => {
  it('opens the staff log-in from the footer, and leads back to the participant’s part', async () => {
    const user = userEvent.setup();
    render(<App db={openTestDatabase()} initialLocale={null} />);
    await user.click(await screen.findByRole('link', { name: 'For ansatte' }));
    // The workspace is its own chunk: the first load in a test run transforms all of it.
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn for ansatte' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'For ansatte' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Til deltakerdelen' }));
    expect(await screen.findByRole('link', { name: 'For ansatte' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Kompass' })).toBeInTheDocument();
  });
});
