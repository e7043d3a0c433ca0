/** Day of the week (0 = Sunday) of a calendar date "YYYY-MM-DD", independent of the local time zone. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}
