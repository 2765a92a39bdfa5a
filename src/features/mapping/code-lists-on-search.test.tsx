import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceAt, expectQuestion, renderMapping } from './test-support';

afterEach(() => vi.restoreAllMocks());

describe('a question with a long list', () => {
  it('shows before the list is sorted, and sorts it once the person searches', async () => {
    const RealCollator = Intl.Collator;
    const collators = vi.spyOn(Intl, 'Collator').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
      return new RealCollator(...args);
    } as typeof Intl.Collator);
    const { db } = await deviceAt({ step: 'aboutYou.citizenship' });
    const user = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Statsborgerskap');
    expect(collators).not.toHaveBeenCalled();

    await user.type(screen.getByRole('searchbox', { name: 'Søk' }), 'syr');
    expect(await screen.findByRole('radio', { name: 'Syria' })).toBeInTheDocument();
    expect(collators).toHaveBeenCalledTimes(1);
  });
});
