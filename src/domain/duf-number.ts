import { z } from 'zod';
import { toLatinDigits } from './digits';

// The DUF number: UDI's 12-digit case number for a person, starting with the year it was issued.
const dufNumberLength = 12;
const earliestYear = 1980;
const latestYear = 2099;

/** Spaces, dots and dashes people put between the groups, including those keyboards substitute for "-". */
const separators = /[\s.\-\u2010-\u2015\u2212]/g;

export function normalizeDufNumber(typed: string): string {
  return toLatinDigits(typed).replace(separators, '');
}

export type DufNumberProblem = 'empty' | 'not_digits' | 'wrong_length' | 'implausible_year';

export function checkDufNumber(
  typed: string,
): { ok: true; dufNumber: string } | { ok: false; problem: DufNumberProblem } {
  const dufNumber = normalizeDufNumber(typed);
  if (dufNumber === '') return { ok: false, problem: 'empty' };
  if (!/^\d+$/.test(dufNumber)) return { ok: false, problem: 'not_digits' };
  if (dufNumber.length !== dufNumberLength) return { ok: false, problem: 'wrong_length' };
  const year = Number(dufNumber.slice(0, 4));
  if (year < earliestYear || year > latestYear) return { ok: false, problem: 'implausible_year' };
  return { ok: true, dufNumber };
}

/** Groups of four (`2024 1234 5678`), as printed on UDI's letters. */
export function formatDufNumber(dufNumber: string): string {
  return (dufNumber.match(/.{1,4}/g) ?? []).join(' ');
}

const problemMessages: Record<DufNumberProblem, string> = {
  empty: 'Enter the DUF number.',
  not_digits: 'A DUF number has only digits.',
  wrong_length: `A DUF number has exactly ${dufNumberLength} digits.`,
  implausible_year: `A DUF number starts with the year it was issued (${earliestYear}–${latestYear}).`,
};

/** A typed DUF number → 12 digits; the failing problem is in the issue's params for the API. */
export const dufNumberSchema = z.string().transform((typed, ctx) => {
  const result = checkDufNumber(typed);
  if (result.ok) return result.dufNumber;
  ctx.addIssue({ code: 'custom', message: problemMessages[result.problem], params: { problem: result.problem } });
  return z.NEVER;
});
