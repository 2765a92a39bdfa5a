import { z } from 'zod';
import { toLatinDigits } from './digits';

/** Crockford base32: no I, L, O, U, so a code read aloud over an interpreter has no look-alikes. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const loginCodeDataSymbols = 10;
export const loginCodeLength = 12;
export const loginCodeEntropyBits = 50;

// The two check symbols make the 12 symbols a codeword of a Reed–Solomon-style code over GF(32):
// Σ cᵢ = 0 and Σ cᵢ·αⁱ = 0. Any two columns (1, αⁱ) are independent (αⁱ distinct for i < 31),
// so the code has distance 3 and every error in one or two symbols, swaps included, is caught.
const fieldPolynomial = 0b100101; // x⁵ + x² + 1, primitive, so α = x generates all 31 non-zero elements
const exp: number[] = [];
const log: number[] = [];
for (let i = 0, value = 1; i < 31; i++) {
  exp[i] = value;
  log[value] = i;
  value <<= 1;
  if (value & 0b100000) value ^= fieldPolynomial;
}

function multiply(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : exp[(log[a]! + log[b]!) % 31]!;
}

function divide(a: number, b: number): number {
  return a === 0 ? 0 : exp[(log[a]! - log[b]! + 31) % 31]!;
}

/** The two sums that are both zero for a valid code (addition in GF(32) is XOR). */
function syndromes(symbols: readonly number[]): [number, number] {
  let plain = 0;
  let weighted = 0;
  symbols.forEach((symbol, position) => {
    plain ^= symbol;
    weighted ^= multiply(symbol, exp[position]!);
  });
  return [plain, weighted];
}

/** Solves c₁₀ + c₁₁ = S₀ and α¹⁰c₁₀ + α¹¹c₁₁ = S₁ so both sums over all 12 symbols vanish. */
function checkSymbols(data: readonly number[]): [number, number] {
  const [plain, weighted] = syndromes(data);
  const first = divide(weighted ^ multiply(exp[11]!, plain), exp[10]! ^ exp[11]!);
  return [first, plain ^ first];
}

/** A new code from caller-supplied random bytes (crypto.getRandomValues); 5 bits of each of the first 10. */
export function makeLoginCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < loginCodeDataSymbols) {
    const got = randomBytes.length;
    throw new RangeError(`makeLoginCode needs at least ${loginCodeDataSymbols} random bytes, got ${got}`);
  }
  const data = Array.from(randomBytes.subarray(0, loginCodeDataSymbols), (byte) => byte & 0b11111);
  return [...data, ...checkSymbols(data)].map((symbol) => alphabet[symbol]).join('');
}

/** Full-width Latin letters and digits, as some phone keyboards (e.g. in CJK mode) produce them. */
const fullWidth = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** Spaces, dots, underscores and dashes, including those keyboards substitute for "-". */
const separators = /[\s._\-\u2010-\u2015\u2212\uff0d]/g;
const crockfordAliases: Record<string, string> = { O: '0', I: '1', L: '1' };

/** What a person typed → canonical symbols; anything unknown is left for checkLoginCode to refuse. */
export function normalizeLoginCode(typed: string): string {
  return toLatinDigits(typed.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(separators, '')
    .replace(/[a-z]/g, (c) => c.toUpperCase()) // ASCII only: 'ß'.toUpperCase() is 'SS'
    .replace(/[OIL]/g, (c) => crockfordAliases[c]!);
}

export type LoginCodeProblem = 'empty' | 'too_short' | 'too_long' | 'not_a_code_symbol' | 'typo';

/** Alphabet before length: a stray symbol explains a wrong length better than the length does. */
export function checkLoginCode(
  typed: string,
): { ok: true; code: string } | { ok: false; problem: LoginCodeProblem } {
  const code = normalizeLoginCode(typed);
  if (code === '') return { ok: false, problem: 'empty' };
  const symbols = Array.from(code, (c) => alphabet.indexOf(c));
  if (symbols.includes(-1)) return { ok: false, problem: 'not_a_code_symbol' };
  if (code.length < loginCodeLength) return { ok: false, problem: 'too_short' };
  if (code.length > loginCodeLength) return { ok: false, problem: 'too_long' };
  const [plain, weighted] = syndromes(symbols);
  if (plain !== 0 || weighted !== 0) return { ok: false, problem: 'typo' };
  return { ok: true, code };
}

/** Groups of four, as read aloud; also works on a partly typed code. */
export function formatLoginCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

const problemMessages: Record<LoginCodeProblem, string> = {
  empty: 'Enter the login code.',
  too_short: `The login code is too short: it has ${loginCodeLength} letters and digits.`,
  too_long: `The login code is too long: it has ${loginCodeLength} letters and digits.`,
  not_a_code_symbol:
    'The login code has a character that login codes never contain: only digits and the letters A–Z except U.',
  typo: 'The login code has a typo: check each letter and digit.',
};

/** A typed code → the canonical code; the failing problem is in the issue's params for the API. */
// A code with its dashes and spaces is some 20 characters; a longer text is not worth reading.
export const loginCodeSchema = z.string().max(64).transform((typed, ctx) => {
  const result = checkLoginCode(typed);
  if (result.ok) return result.code;
  ctx.addIssue({ code: 'custom', message: problemMessages[result.problem], params: { problem: result.problem } });
  return z.NEVER;
});
