// Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9, Persian, Dari, Pashto,
// Sorani) digits, as typed on the keyboards many participants use.
const arabicIndicZero = 0x0660;
const extendedArabicIndicZero = 0x06f0;

export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= extendedArabicIndicZero ? extendedArabicIndicZero : arabicIndicZero;
    return String(code - zero);
  });
}

/** A whole number as typed, in any of those digit systems; anything but digits is ignored. */
export function parseWholeNumber(text: string, maxDigits: number): number | null {
  const digits = toLatinDigits(text).replace(/\D/g, '').slice(0, maxDigits);
  return digits === '' ? null : Number(digits);
}
