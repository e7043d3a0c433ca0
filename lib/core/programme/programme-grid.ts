/**
 * Lays one day of a timed programme out as a grid: a column per room (or per
 * track when rooms are unknown), a row per 5 minutes in the conference's time
 * zone, and each session placed at its start spanning its length. Returns null
 * when the day is not grid-shaped (no times, or a single column), in which case
 * the page shows a time-ordered list instead.
 */

export interface GridTalk {
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
  track: string | null;
}

export interface GridCell<T> {
  talk: T;
  column: number;
  row: number;
  span: number;
}

export interface ProgrammeGrid<T> {
  columns: string[];
  /** Minutes after midnight of the first row. */
  firstMinute: number;
  rows: number;
  cells: GridCell<T>[];
  /** Row numbers (1-based, after the header row) that start a full hour, with their label. */
  hours: { row: number; label: string }[];
}

const STEP = 5;

// One formatter per zone: making one costs more than using it hundreds of times.
const clocks = new Map<string, Intl.DateTimeFormat>();

export function minutesInZone(date: Date, timeZone: string | null | undefined): number {
  const zone = timeZone ?? "UTC";
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    clocks.set(zone, clock);
  }
  const parts = clock.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get("hour") * 60 + get("minute");
}

export function programmeGrid<T extends GridTalk>(talks: T[], timeZone: string | null | undefined, maxColumns = 40): ProgrammeGrid<T> | null {
  const timed = talks.filter((t) => t.startsAt);
  if (timed.length < 2 || timed.length < talks.length * 0.8) return null;
  const key = (t: T) => t.room ?? t.track ?? null;
  const columns = [...new Set(timed.map(key).filter((k): k is string => !!k))].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  if (columns.length < 2 || columns.length > maxColumns) return null;

  const spans = timed.map((t) => {
    const start = minutesInZone(t.startsAt!, timeZone);
    let end = t.endsAt ? minutesInZone(t.endsAt, timeZone) : start + 30;
    if (end <= start) end = Math.min(24 * 60, start + 30); // past midnight or missing: keep it visible
    return { t, start, end };
  });
  const firstMinute = Math.floor(Math.min(...spans.map((s) => s.start)) / 60) * 60;
  const lastMinute = Math.ceil(Math.max(...spans.map((s) => s.end)) / STEP) * STEP;
  const cells = spans.flatMap(({ t, start, end }) => {
    const column = columns.indexOf(key(t) ?? "");
    if (column < 0) return [];
    return [{ talk: t, column: column + 2, row: (start - firstMinute) / STEP + 2, span: Math.max(1, Math.round((end - start) / STEP)) }];
  });
  const rows = (lastMinute - firstMinute) / STEP;
  const hours: ProgrammeGrid<T>["hours"] = [];
  for (let m = firstMinute; m < lastMinute; m += 60) {
    hours.push({ row: (m - firstMinute) / STEP + 2, label: `${String(Math.floor(m / 60)).padStart(2, "0")}:00` });
  }
  return { columns, firstMinute, rows, cells, hours };
}
