/**
 * Wall-clock times and IANA time zones, without a date library.
 *
 * Schedules give times as a local date plus "HH:MM" in the conference's zone
 * (frab, Sessionize, Hallway), or as instants (iCalendar UTC, frab <date>).
 * The Programme wants ISO 8601 with an offset and a local `day`, so these
 * helpers convert both ways with Intl (one cached formatter per zone).
 * When no zone is known, local times are written as UTC ("Z") so that the
 * wall-clock reading stays right; callers leave conference.timezone unset then.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DURATION_RE = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

/** Days since 1970-01-01 → ms; validates the calendar date ("2023-02-30" is null). */
export function parseIsoDate(text: string): number | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

/** "09:30" or "09:30:00" → minutes after midnight; null unless 00:00–23:59. */
export function parseClock(text: string): number | null {
  const m = CLOCK_RE.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 60 + min;
}

/** frab durations: "00:25", "1:30", "01:30:00" → minutes; null when not hh:mm[:ss]. */
export function parseDuration(text: string): number | null {
  const m = DURATION_RE.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  return min > 59 || s > 59 ? null : h * 60 + min;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (Brussels in winter: 60). */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** A local wall-clock time (date + minutes, minutes may pass 24:00) in `zone` → instant in ms. */
export function localToInstant(dateMs: number, minutes: number, zone: string | undefined): number {
  const wall = dateMs + minutes * 60000;
  if (!zone) return wall;
  const first = zoneOffsetMinutes(wall, zone);
  const guess = wall - first * 60000;
  const second = zoneOffsetMinutes(guess, zone);
  return second === first ? guess : wall - second * 60000;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** An instant written with the offset it has in `zone` ("Z" when no zone). */
export function formatInstant(ms: number, zone: string | undefined): string {
  const offset = zone ? zoneOffsetMinutes(ms, zone) : 0;
  return formatWithOffset(ms, zone ? offset : null);
}

/** An instant written with a fixed offset in minutes, or "Z" for null. */
export function formatWithOffset(ms: number, offsetMinutes: number | null): string {
  const local = new Date(ms + (offsetMinutes ?? 0) * 60000);
  const text =
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  if (offsetMinutes === null) return `${text}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${text}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in `zone` (UTC when none). */
export function localDay(ms: number, zone: string | undefined): string {
  return formatWithOffset(ms, zone ? zoneOffsetMinutes(ms, zone) : 0).slice(0, 10);
}

export function dayFromMs(dateMs: number): string {
  return formatWithOffset(dateMs, 0).slice(0, 10);
}

const ISO_DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface ParsedDateTime {
  /** Days since epoch in ms for the local date, plus local minutes. */
  dateMs: number;
  minutes: number;
  seconds: number;
  /** Offset in minutes when the text had one; undefined for a floating time. */
  offset?: number;
}

/** "2014-12-27T11:00:00+01:00", "2020-04-24T09:00:00", "…Z" → parts; null when impossible. */
export function parseIsoDateTime(text: string): ParsedDateTime | null {
  const m = ISO_DATETIME_RE.exec(text.trim());
  if (!m) return null;
  const dateMs = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const h = Number(m[4]);
  const min = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (dateMs === null || h > 23 || min > 59 || s > 59) return null;
  let offset: number | undefined;
  const tz = m[7];
  if (tz === "Z") offset = 0;
  else if (tz) {
    const digits = tz.replace(":", "");
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 18 || om > 59) return null;
    offset = (digits.startsWith("-") ? -1 : 1) * (oh * 60 + om);
  }
  return { dateMs, minutes: h * 60 + min, seconds: s, offset };
}

/** The instant of a parsed date-time; floating times are read in `zone`. */
export function instantOf(parsed: ParsedDateTime, zone: string | undefined): number {
  if (parsed.offset !== undefined) {
    return parsed.dateMs + (parsed.minutes - parsed.offset) * 60000 + parsed.seconds * 1000;
  }
  return localToInstant(parsed.dateMs, parsed.minutes, zone) + parsed.seconds * 1000;
}

let cityZones: Map<string, string> | undefined;

/**
 * A guess at the zone from a city name, for files that name the city but not
 * the zone (FOSDEM 2020: "Brussels"). Only exact IANA exemplar cities match
 * ("Brussels" → Europe/Brussels); "Hamburg" or "Coventry" give undefined.
 */
export function zoneForCity(city: string | undefined): string | undefined {
  if (!city) return undefined;
  if (!cityZones) {
    cityZones = new Map();
    const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    for (const zone of zones) {
      const exemplar = zone.split("/").pop();
      if (exemplar && zone.includes("/")) cityZones.set(exemplar.replace(/_/g, " ").toLowerCase(), zone);
    }
  }
  return cityZones.get(city.trim().toLowerCase());
}
