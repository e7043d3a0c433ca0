/**
 * Dates as readers expect them. Conference days are local calendar dates
 * ("2017-10-17") and are formatted as such, never shifted through the
 * server's time zone; times are shown in the conference's own time zone.
 */

const LOCALE = "en-GB";

// Making an Intl.DateTimeFormat costs ~50 µs; a programme formats hundreds of
// times per page. One formatter per distinct option set, kept for good (the
// set of option sets is small: a few styles times the zones in use).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, options);
    formatters.set(key, f);
  }
  return f;
}

function utcDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "17 October 2017" */
export function formatDate(date: Date): string {
  return formatter({ day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "Tuesday 17 October 2017" for a local calendar day. */
export function formatDay(day: string, style: "long" | "short" = "long"): string {
  return formatter({
    weekday: style,
    day: "numeric",
    month: style === "long" ? "long" : "short",
    ...(style === "long" ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(utcDate(day));
}

/** "22–24 May 2017", "30 Sept – 2 October 2017", "27 December 2014 – 1 January 2015". */
export function formatDayRange(startsOn?: string | null, endsOn?: string | null): string {
  if (!startsOn) return "";
  if (!endsOn || endsOn === startsOn) return formatDate(utcDate(startsOn));
  const [sy, sm] = startsOn.split("-");
  const [ey, em] = endsOn.split("-");
  const s = utcDate(startsOn);
  const e = utcDate(endsOn);
  const day = (d: Date) => d.getUTCDate();
  const month = (d: Date) => formatter({ month: "long", timeZone: "UTC" }).format(d);
  if (sy === ey && sm === em) return `${day(s)}–${day(e)} ${month(e)} ${ey}`;
  if (sy === ey) return `${day(s)} ${month(s)} – ${day(e)} ${month(e)} ${ey}`;
  return `${formatDate(s)} – ${formatDate(e)}`;
}

/** "09:30" in the given IANA zone (UTC when unknown). */
export function formatTime(date: Date, timeZone?: string | null): string {
  return formatter({ hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: timeZone ?? "UTC" }).format(date);
}
