import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceAt, expectQuestion, renderMapping } from './test-support';

afterEach(() => vi.restoreAllMocks());

describe('when the browser keeps nothing on the device (a private window)', () => {
  it('does not claim the answers are saved on the device', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.birthYear' });
    renderMapping(db, 'nb', { inMemory: true });
    await expectQuestion('Fødselsår');
    await userEvent.type(screen.getByRole('textbox', { name: 'Fødselsår' }), '1990');
    expect(await screen.findByText('Bare lagret i denne siden, ikke på enheten')).toBeInTheDocument();
    expect(screen.queryByText('Lagret på denne enheten')).not.toBeInTheDocument();
  });
});

describe('when the device will not store an answer (storage full)', () => {
  it('says so at once and offers the answers on screen as a file', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.birthYear' });
    const user = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Fødselsår');
    db.drafts.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:kompass-test';
    });

    await user.type(screen.getByRole('textbox', { name: 'Fødselsår' }), '1990');
    expect(await screen.findByText(/^Kunne ikke lagre på denne enheten/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre en kopi som fil' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const file = JSON.parse(await readText(saved[0]!));
    // What is on screen, not what storage last managed to keep.
    expect(file.draft.content.aboutYou.birthYear).toBe(1990);
  });
});

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
