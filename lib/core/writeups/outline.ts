/**
 * "Start from the programme": the sessions an attendee ticked, as a markdown
 * outline to fill in — a heading per day, then one per session in time order,
 * each linking its talk page (so every session is an explicit mention from
 * the first save), with an empty paragraph prompt under it.
 */
import { formatDay, formatTime } from "../format/dates";

export interface OutlineTalk {
  title: string;
  href: string;
  day: string | null;
  startsAt: Date | null;
  speakers: string[];
}

export function programmeOutline(talks: OutlineTalk[], timeZone: string | null): string {
  const byDay = new Map<string, OutlineTalk[]>();
  for (const t of talks) byDay.set(t.day ?? "", [...(byDay.get(t.day ?? "") ?? []), t]);
  const days = [...byDay.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)));
  const parts: string[] = [];
  for (const day of days) {
    if (days.length > 1 || day) parts.push(`## ${day ? formatDay(day) : "Other sessions"}`);
    const list = [...byDay.get(day)!].sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
    for (const t of list) {
      const time = t.startsAt ? `${formatTime(t.startsAt, timeZone)} · ` : "";
      const who = t.speakers.length ? ` — ${t.speakers.join(", ")}` : "";
      parts.push(`### ${time}[${escapeLinkText(t.title)}](${t.href})${who}`);
      parts.push("_What did you take away from it?_");
    }
  }
  return `${parts.join("\n\n")}\n`;
}

function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]*_`])/g, "\\$1");
}
