import { describe, expect, it } from 'vitest';
import { deriveLoginKeys, newDeviceSalt, seal, unseal } from './login-keys';

describe("a participant's keys on this device", () => {
  it('come from the code and the device: the same code here gives the same id, elsewhere another', async () => {
    const salt = newDeviceSalt();
    const [first, again, otherDevice, otherCode] = await Promise.all([
      deriveLoginKeys('K7QM2XRD9PH4', salt),
      deriveLoginKeys('K7QM2XRD9PH4', salt),
      deriveLoginKeys('K7QM2XRD9PH4', newDeviceSalt()),
      deriveLoginKeys('K7QM2XRD9PH5', salt),
    ]);
    expect(first.loginId).toBe(again.loginId);
    expect(first.loginId).not.toBe(otherDevice.loginId);
    expect(first.loginId).not.toBe(otherCode.loginId);
    expect(first.loginId).not.toContain('K7QM');
  });

  it('seal what only the same code opens, bound to what it belongs to', async () => {
    const salt = newDeviceSalt();
    const mine = await deriveLoginKeys('K7QM2XRD9PH4', salt);
    const again = await deriveLoginKeys('K7QM2XRD9PH4', salt);
    const someoneElse = await deriveLoginKeys('AAAAAAAAAAAA', salt);
    const sealed = await seal(mine.key, { text: 'Snekker i Asmara' }, 'draft-1');
    expect(JSON.stringify(sealed)).not.toContain('Asmara');
    expect(await unseal(again.key, sealed, 'draft-1')).toEqual({ text: 'Snekker i Asmara' });
    await expect(unseal(someoneElse.key, sealed, 'draft-1')).rejects.toThrow();
    // Moved to another draft's record, it does not open either.
    await expect(unseal(mine.key, sealed, 'draft-2')).rejects.toThrow();
    // Each sealing has its own nonce: the same answers never look the same twice.
    expect((await seal(mine.key, { text: 'x' }, 'draft-1')).iv).not.toBe((await seal(mine.key, { text: 'x' }, 'draft-1')).iv);
  });

  it('keep the key inside WebCrypto: it can be used, never read out', async () => {
    const { key } = await deriveLoginKeys('K7QM2XRD9PH4', newDeviceSalt());
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
