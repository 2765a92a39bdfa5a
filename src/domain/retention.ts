/** How long Kompass keeps a person's data and the log of who saw it, unless set otherwise. */
export const defaultRetentionYears = 15;

/**
 * The moment before which data is deleted: `years` calendar years before `now` (in UTC, so a
 * 29 February cutoff falls on 1 March in a year without one).
 */
export function retentionCutoff(now: Date, years: number): Date {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`The retention period must be a whole number of years (≥ 1), not ${years}`);
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
