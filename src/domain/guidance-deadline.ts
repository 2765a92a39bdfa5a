import { z } from 'zod';

// The county should give career guidance within three months after a person is settled in a
// municipality. Dates are calendar dates (YYYY-MM-DD) with no time zone, so all arithmetic is on
// UTC midnights and daylight saving time can never shift a day.

const millisecondsPerDay = 24 * 60 * 60 * 1000;
const guidanceMonths = 3;
const dueSoonDays = 14;

interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Years from 1000: Date.UTC reads years 0–99 as 1900–1999. */
function parseIsoDate(text: string): CalendarDate | null {
  const match = /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function readIsoDate(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${text}"`);
  return date;
}

function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar date as YYYY-MM-DD: 2026-02-30 and 2025-02-29 are refused. */
export const isoDateSchema = z.string().refine((text) => parseIsoDate(text) !== null, {
  message: 'Expected a calendar date as YYYY-MM-DD, e.g. 2026-03-31.',
});

/** settledOn + 3 calendar months; a day the target month lacks becomes its last day (11-30 → 02-28). */
export function guidanceDeadline(settledOn: string): string {
  const { year, month, day } = readIsoDate(settledOn);
  const monthIndex = year * 12 + (month - 1) + guidanceMonths;
  const target = { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
  return formatIsoDate({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** Whole days from today to the deadline: 0 on the day, negative when overdue. */
export function daysLeft(deadline: string, today: string): number {
  const utcMidnight = ({ year, month, day }: CalendarDate) => Date.UTC(year, month - 1, day);
  return Math.round((utcMidnight(readIsoDate(deadline)) - utcMidnight(readIsoDate(today))) / millisecondsPerDay);
}

export type GuidanceState = 'completed' | 'overdue' | 'due_soon' | 'on_time';

/** Completed wins over any deadline; otherwise due soon from 14 days left until the day itself. */
export function guidanceStatus({
  settledOn,
  today,
  completedOn,
}: {
  settledOn: string;
  today: string;
  completedOn: string | null;
}): { deadline: string; daysLeft: number; state: GuidanceState } {
  const deadline = guidanceDeadline(settledOn);
  const left = daysLeft(deadline, today);
  const state: GuidanceState =
    completedOn !== null ? 'completed' : left < 0 ? 'overdue' : left <= dueSoonDays ? 'due_soon' : 'on_time';
  return { deadline, daysLeft: left, state };
}
