/**
 * What organizers and admins change: people's roles, and programmes uploaded
 * through the browser. Every function checks the actor's role itself, so a
 * caller that forgets can't open a hole.
 */
import { DomainError } from "@/lib/core/errors";
import { hasRole, isRole, ROLES, type Role } from "@/lib/core/auth/roles";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import type { ProgrammeFormat } from "@/lib/core/programme/detect-format";
import type { Db } from "@/lib/server/db";
import { transaction } from "@/lib/server/repositories/transaction";
import { countAdmins, findRoleHolder, updateRole } from "@/lib/server/repositories/users";
import { importProgramme, type ImportSummary } from "./import-programme";
import type { Actor } from "./writeup-lifecycle";

export function requireActorRole(actor: Actor | null, role: Role): Actor {
  // No actor is refused like a lesser role: a signed-out caller learns nothing more.
  if (!actor || !hasRole(actor.role, role)) throw new DomainError("forbidden", `Only ${role === "admin" ? "an admin" : "an organizer or admin"} can do that.`);
  return actor;
}

/** Gives a user a role. Only admins may; the last admin can't be demoted, so the site is never left without one. */
export async function setUserRole(db: Db, actor: Actor | null, userId: string, role: string) {
  requireActorRole(actor, "admin");
  if (!isRole(role)) throw new DomainError("invalid", `“${role}” is not a role; use one of ${ROLES.join(", ")}.`, { field: "role" });
  return transaction(db, async (tx) => {
    const user = await findRoleHolder(tx, userId);
    if (!user) throw new DomainError("not-found", "There is no such user.");
    if (user.role === "admin" && role !== "admin" && (await countAdmins(tx)) <= 1) {
      throw new DomainError("conflict", "This is the only admin; make someone else an admin first.", { details: { reason: "last-admin" } });
    }
    return updateRole(tx, userId, role);
  });
}

export interface UploadedProgramme {
  filename: string;
  text: string;
  format?: ProgrammeFormat;
  conferenceSlug?: string;
  /** A time zone for formats whose times carry none. */
  timezone?: string;
  dryRun: boolean;
}

/** Parses and imports a programme file; bad input throws a ProgrammeError that says where. One transaction (importProgramme's). */
export async function importUploadedProgramme(db: Db, actor: Actor | null, upload: UploadedProgramme): Promise<ImportSummary> {
  requireActorRole(actor, "organizer");
  const programme = parseProgramme(upload.text, {
    filename: upload.filename,
    format: upload.format,
    conferenceSlug: upload.conferenceSlug,
    conference: upload.timezone ? { timezone: upload.timezone } : undefined,
  });
  return importProgramme(db, programme, { conferenceSlug: upload.conferenceSlug, dryRun: upload.dryRun });
}
