/**
 * Text in another language and direction put into a sentence (the server's English reason in
 * an Arabic line, say) is isolated (U+2068 … U+2069), so its punctuation does not jump sides.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
