import { z } from 'zod';

/**
 * Text as people write it: whole characters only. A lone UTF-16 surrogate (half of an emoji,
 * say, from a broken client) or a NUL cannot be stored as JSON text by PostgreSQL, so they are
 * refused at the door with a reason instead of failing deep in the database.
 */
const loneSurrogate = /\p{Cs}/u;

export function isWholeText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}

export const wholeText = () => z.string().refine(isWholeText, { error: 'Expected text of whole characters (a broken character or NUL was found)' });
