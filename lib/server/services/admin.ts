/**
 * What organizers and admins change: people's roles, and programmes uploaded
 * through the browser. Every function checks the actor's role itself, so a
 * caller that forgets can't open a hole (the actions check too).
 */
import { hasRole, isRole, ROLES, type Role } from "@/lib/core/auth/roles";
import { parseSchedule } from "@/lib/core/schedule/parse-schedule";
import type { ScheduleFormat } from "@/lib/core/schedule/detect-format";
import type { Db } from "@/lib/server/db";
import { importProgramme, type ImportSummary } from "./import-programme";
import type { Actor } from "./writeup-lifecycle";

export class AdminError extends Error {
  constructor(
    readonly code: "forbidden" | "not-found" | "invalid" | "last-admin",
    message: string,
  ) {
    super(message);
    this.name = "AdminError";
  }
}

export function requireActorRole(actor: Actor | null, role: Role): Actor {
  if (!actor || !hasRole(actor.role, role)) throw new AdminError("forbidden", `Only ${role === "admin" ? "an admin" : "an organizer or admin"} can do that.`);
  return actor;
}

/** Gives a user a role. Only admins may; the last admin can't be demoted, so the site is never left without one. */
export async function setUserRole(db: Db, actor: Actor | null, userId: string, role: string) {
  requireActorRole(actor, "admin");
  if (!isRole(role)) throw new AdminError("invalid", `“${role}” is not a role; use one of ${ROLES.join(", ")}.`);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, username: true } });
    if (!user) throw new AdminError("not-found", "There is no such user.");
    if (user.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new AdminError("last-admin", "This is the only admin; make someone else an admin first.");
    }
    return tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true, name: true, username: true } });
  });
}

export interface UploadedProgramme {
  filename: string;
  text: string;
  format?: ScheduleFormat;
  conferenceSlug?: string;
  /** A time zone for formats whose times carry none. */
  timezone?: string;
  dryRun: boolean;
}

/** Parses and imports a programme file; bad input throws a ScheduleError that says where. One transaction (importProgramme's). */
export async function importUploadedProgramme(db: Db, actor: Actor | null, upload: UploadedProgramme): Promise<ImportSummary> {
  requireActorRole(actor, "organizer");
  const programme = parseSchedule(upload.text, {
    filename: upload.filename,
    format: upload.format,
    conferenceSlug: upload.conferenceSlug,
    conference: upload.timezone ? { timezone: upload.timezone } : undefined,
  });
  return importProgramme(db, programme, { conferenceSlug: upload.conferenceSlug, dryRun: upload.dryRun });
}
