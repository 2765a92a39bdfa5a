import Dexie from 'dexie';

/**
 * The keys a participant's login code opens on this device, made with WebCrypto only.
 * PBKDF2 stretches the code (50 random bits) with this device's salt, so trying codes against
 * a copied database costs 200,000 hashes each; HKDF then makes two unrelated things of it:
 * the AES-GCM key that seals the person's drafts (non-extractable: script can use it but never
 * read it out) and the id their drafts and login are filed under (so the code itself is never
 * stored in the clear, and the id tells nothing about the key).
 */
export const codeStretchIterations = 200_000;

export interface LoginKeys {
  loginId: string;
  key: CryptoKey;
}

/**
 * A value only the person's key opens, bound to what it belongs to (a draft's id, a login).
 * Kept as base64 text: it survives any storage (IndexedDB, localStorage) unchanged.
 */
export interface Sealed {
  iv: string;
  data: string;
}

const encoder = new TextEncoder();

export function newDeviceSalt(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

export async function deriveLoginKeys(loginCode: string, deviceSalt: string): Promise<LoginKeys> {
  const code = await crypto.subtle.importKey('raw', encoder.encode(loginCode), 'PBKDF2', false, ['deriveBits']);
  const stretched = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(deviceSalt), iterations: codeStretchIterations },
    code,
    256,
  );
  const base = await crypto.subtle.importKey('raw', stretched, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) });
  const key = await crypto.subtle.deriveKey(hkdf('kompass draft key v1'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const id = await crypto.subtle.deriveBits(hkdf('kompass login id v1'), base, 128);
  return { loginId: toBase64Url(new Uint8Array(id)), key };
}

/**
 * Encrypts a value as JSON. Safe inside a Dexie transaction: `Dexie.waitFor` keeps the
 * transaction alive while WebCrypto works (IndexedDB would otherwise commit it meanwhile).
 */
export async function seal(key: CryptoKey, value: unknown, boundTo: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await Dexie.waitFor(
    crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) }, key, encoder.encode(JSON.stringify(value))),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Decrypts a sealed value; throws if the key is another's or the value was tampered with or moved. */
export async function unseal(key: CryptoKey, sealed: Sealed, boundTo: string): Promise<unknown> {
  const plain = await Dexie.waitFor(
    crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(boundTo) }, key, fromBase64(sealed.data)),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole mapping's bytes as arguments would overflow the stack.
  for (let start = 0; start < bytes.length; start += 8192) binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const toBase64Url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
