/**
 * Arranges a conference's talks for reading: by day (then time, then track)
 * when days are known, otherwise by kind. Talks with no day in a programme that
 * has days go last, under "Date to be announced". Pure and order-stable.
 */
import type { TalkKind } from "./types";

export interface GroupableTalk {
  title: string;
  kind: string;
  day: string | null;
  startsAt: Date | null;
  track: string | null;
}

export interface ProgrammeGroup<T> {
  /** A day (YYYY-MM-DD), a kind, or null for "date to be announced". */
  key: string | null;
  by: "day" | "kind";
  tracks: { track: string | null; talks: T[] }[];
}

const KIND_ORDER: TalkKind[] = ["keynote", "talk", "panel", "lightning", "workshop", "other"];

export const KIND_LABELS: Record<string, [singular: string, plural: string]> = {
  keynote: ["Keynote", "Keynotes"],
  talk: ["Talk", "Talks"],
  panel: ["Panel", "Panels"],
  lightning: ["Lightning talk", "Lightning talks"],
  workshop: ["Workshop", "Workshops"],
  other: ["Session", "Other sessions"],
};

function byTime<T extends GroupableTalk>(a: T, b: T): number {
  const ta = a.startsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const tb = b.startsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta - tb;
  const ka = KIND_ORDER.indexOf(a.kind as TalkKind);
  const kb = KIND_ORDER.indexOf(b.kind as TalkKind);
  return ka - kb || a.title.localeCompare(b.title);
}

function splitTracks<T extends GroupableTalk>(talks: T[]): ProgrammeGroup<T>["tracks"] {
  // Keynotes and trackless talks first, then tracks alphabetically.
  const tracks = new Map<string | null, T[]>();
  for (const t of [...talks].sort(byTime)) {
    const key = t.kind === "keynote" ? null : t.track;
    tracks.set(key, [...(tracks.get(key) ?? []), t]);
  }
  return [...tracks.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([track, list]) => ({ track, talks: list }));
}

export function groupProgramme<T extends GroupableTalk>(talks: T[]): ProgrammeGroup<T>[] {
  if (talks.some((t) => t.day)) {
    const days = new Map<string | null, T[]>();
    for (const t of talks) days.set(t.day, [...(days.get(t.day) ?? []), t]);
    return [...days.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([key, list]) => ({ key, by: "day", tracks: splitTracks(list) }));
  }
  const kinds = new Map<string, T[]>();
  for (const t of talks) kinds.set(t.kind, [...(kinds.get(t.kind) ?? []), t]);
  return [...kinds.entries()]
    .sort(([a], [b]) => KIND_ORDER.indexOf(a as TalkKind) - KIND_ORDER.indexOf(b as TalkKind))
    .map(([key, list]) => ({ key, by: "kind", tracks: [{ track: null, talks: [...list].sort(byTime) }] }));
}
