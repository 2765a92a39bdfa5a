/**
 * The rig's stand-in for a person's unlocked session (src/offline/participant-logins): an
 * AES-GCM key in the `unlocked` store (a random one, not derived from the code — deriving is
 * slow on purpose, and the login id is only a name), and values sealed in the app's format
 * (src/offline/login-keys: JSON, 12-byte nonce, the record's id as associated data, base64).
 * Installed in every page of the context, so a reopened tab has it too.
 */
export function installSealing(): void {
  const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  const encoder = new TextEncoder();
  Object.assign(window, {
    kompassRig: {
      newKey: () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      async seal(key: CryptoKey, value: unknown, boundTo: string) {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) }, key, encoder.encode(JSON.stringify(value)));
        return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
      },
      async unseal(key: CryptoKey, sealed: { iv: string; data: string }, boundTo: string) {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(boundTo) }, key, fromBase64(sealed.data));
        return JSON.parse(new TextDecoder().decode(plain));
      },
    },
  });
}

export interface Rig {
  newKey(): Promise<CryptoKey>;
  seal(key: CryptoKey, value: unknown, boundTo: string): Promise<{ iv: string; data: string }>;
  unseal(key: CryptoKey, sealed: { iv: string; data: string }, boundTo: string): Promise<unknown>;
}
