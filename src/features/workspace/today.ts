const two = (value: number) => String(value).padStart(2, '0');

/** Today as the calendar date on this device (YYYY-MM-DD): deadlines are counted in local days. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
