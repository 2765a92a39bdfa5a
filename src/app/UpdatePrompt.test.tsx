import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { beforeReload } from '../offline/before-reload';
import { UpdatePrompt } from './UpdatePrompt';

function renderPrompt(apply: () => void) {
  return render(
    <LocaleProvider initialLocale="nb">
      <UpdatePrompt apply={apply} />
    </LocaleProvider>,
  );
}

describe('update prompt', () => {
  it('does nothing until the person chooses the new version', async () => {
    let applied = 0;
    renderPrompt(() => (applied += 1));
    expect(await screen.findByText('En ny versjon av Kompass er klar.')).toBeInTheDocument();
    expect(applied).toBe(0);
  });

  it('finishes every pending save before switching', async () => {
    const events: string[] = [];
    const unregister = beforeReload(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      events.push('saved');
    });
    renderPrompt(() => events.push('applied'));
    await userEvent.click(await screen.findByRole('button', { name: 'Bruk den nye versjonen' }));
    await screen.findByText('En ny versjon av Kompass er klar.');
    await new Promise((resolve) => setTimeout(resolve, 30));
    unregister();
    expect(events).toEqual(['saved', 'applied']);
  });

  it('can be put off until later', async () => {
    renderPrompt(() => undefined);
    await userEvent.click(await screen.findByRole('button', { name: 'Senere' }));
    expect(screen.queryByText('En ny versjon av Kompass er klar.')).not.toBeInTheDocument();
  });
});
