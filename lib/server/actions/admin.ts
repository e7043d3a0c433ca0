"use server";
/**
 * The admin area's actions: moderate a writeup, import a programme, merge two
 * speakers, change someone's role. Same shape as the studio's: the origin and
 * the session are checked first, the input is parsed, and the services check
 * the role again (lib/server/services/admin.ts, writeup-lifecycle.ts).
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { hasRole, type Role } from "@/lib/core/auth/roles";
import { isDomainError } from "@/lib/core/errors";
import { ScheduleError } from "@/lib/core/schedule/schedule-error";
import { getDb } from "@/lib/server/db";
import { MAX_SCHEDULE_BYTES, programmeUploadSchema, speakerMergeSchema } from "@/lib/validations/programme";
import { AdminError, importUploadedProgramme, setUserRole } from "@/lib/server/services/admin";
import type { ImportSummary } from "@/lib/server/services/import-programme";
import { mergeSpeakers, type MergeSummary } from "@/lib/server/services/merge-speakers";
import { requireUser, type CurrentUser } from "@/lib/server/services/session";
import { restoreWriteup, trashWriteup, unpublishWriteup, WriteupError } from "@/lib/server/services/writeup-lifecycle";
import { ActionError, authedAction, fieldErrorsOf, type ActionResult, type FieldErrors } from "./safe-action";
import { formDataToObject } from "./form-data";
import { assertSameOrigin } from "./origin";

const actorOf = (user: CurrentUser) => ({ id: user.id, role: user.role });

function requireRoleIn(user: CurrentUser, role: Role) {
  if (!hasRole(user.role, role)) throw new ActionError(`Only ${role === "admin" ? "an admin" : "an organizer or admin"} can do that.`, { code: ["forbidden"] });
}

/** Where to go back to: an /admin path only, never somewhere a crafted form names. */
const backPath = z
  .string()
  .max(500)
  .regex(/^\/admin(\/[a-z]*)?(\?[^#\s]*)?$/)
  .catch("/admin/writeups");

// ───────────── moderation ─────────────

const moderateSchema = z.object({
  id: z.string().min(1).max(64),
  op: z.enum(["unpublish", "trash", "restore"]),
  back: backPath.default("/admin/writeups"),
});

const moderate = authedAction(moderateSchema, async (input, { user }) => {
  requireRoleIn(user, "organizer");
  const actor = actorOf(user);
  const db = getDb();
  try {
    const step = { unpublish: unpublishWriteup, trash: trashWriteup, restore: restoreWriteup }[input.op];
    const w = await step(db, actor, input.id);
    return { back: input.back, op: input.op, id: input.id, title: w.title };
  } catch (error) {
    if (error instanceof WriteupError) throw new ActionError(error.message, { code: [error.code] });
    throw error;
  }
});

const withParam = (path: string, key: string, value: string) => `${path}${path.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;

export async function moderateWriteupAction(form: FormData): Promise<void> {
  const result = await moderate(null, form);
  const back = backPath.parse(form.get("back") ?? "/admin/writeups");
  if (!result.ok) redirect(withParam(back, "error", result.fieldErrors.code?.[0] ?? "invalid"));
  const done = withParam(result.data.back.replace(/([?&])(done|error|id)=[^&]*/g, "$1").replace(/[?&]+$/, ""), "done", result.data.op);
  // After a takedown, the page offers Undo for this one writeup.
  redirect(result.data.op === "trash" ? withParam(done, "id", result.data.id) : done);
}

// ───────────── roles ─────────────

const roleSchema = z.object({ userId: z.string().min(1).max(64), role: z.string().max(20), back: backPath.default("/admin/people") });

const changeRole = authedAction(roleSchema, async (input, { user }) => {
  requireRoleIn(user, "admin");
  try {
    await setUserRole(getDb(), actorOf(user), input.userId, input.role);
  } catch (error) {
    if (error instanceof AdminError) throw new ActionError(error.message, { code: [error.code] });
    throw error;
  }
  return input.back;
});

export async function setRoleAction(form: FormData): Promise<void> {
  const result = await changeRole(null, form);
  const back = backPath.parse(form.get("back") ?? "/admin/people");
  if (!result.ok) redirect(withParam(back, "error", result.fieldErrors.code?.[0] ?? "invalid"));
  redirect(withParam(result.data, "done", "role"));
}

// ───────────── speakers ─────────────

/** Accepts a slug or a pasted speaker URL (…/speakers/<slug>). */
const slugOf = (value: string) => value.replace(/^.*\/speakers\//, "").replace(/[/?#].*$/, "");

export const mergeSpeakersAction = authedAction(speakerMergeSchema, async (input, { user }): Promise<MergeSummary> => {
  requireRoleIn(user, "organizer");
  try {
    return await mergeSpeakers(getDb(), slugOf(input.keep), slugOf(input.duplicate));
  } catch (error) {
    if (isDomainError(error)) throw new ActionError(error.message.charAt(0).toUpperCase() + error.message.slice(1) + ".", { form: [error.message] });
    throw error;
  }
});

// ───────────── programme import ─────────────

export type ImportResult = ActionResult<{ summary: ImportSummary; filename: string }>;

/**
 * Upload (or paste) a programme in any supported format. "Check only" runs
 * the whole import and rolls it back, to show what would change.
 */
export async function importProgrammeAction(_previous: ImportResult | null, form: FormData): Promise<ImportResult> {
  await assertSameOrigin();
  const user = await requireUser("/admin/import");
  // The file itself is not in `object` (formDataToObject skips files).
  const { object, values } = formDataToObject(form);
  const fail = (error: string, fieldErrors: FieldErrors = {}): ImportResult => ({ ok: false, error, fieldErrors, values });
  if (!hasRole(user.role, "organizer")) return fail("Only an organizer or admin can import programmes.");

  const parsed = programmeUploadSchema.safeParse(object);
  if (!parsed.success) return fail("Some fields need another look.", fieldErrorsOf(parsed.error));
  const file = form.get("file");
  let text = parsed.data.text?.trim() ? parsed.data.text : "";
  let filename = "pasted programme";
  if (file instanceof File && file.size > 0) {
    if (file.size >= MAX_SCHEDULE_BYTES) return fail(`The file is ${(file.size / 1e6).toFixed(1)} MB; files must be smaller than ${MAX_SCHEDULE_BYTES / 1e6} MB.`, { file: ["Too large"] });
    filename = file.name || "upload";
    text = await file.text();
  }
  if (!text.trim()) return fail("Choose a programme file, or paste one.", { file: ["Choose a file or paste the programme below"] });

  try {
    const summary = await importUploadedProgramme(getDb(), actorOf(user), {
      filename,
      text,
      format: parsed.data.format === "auto" ? undefined : parsed.data.format,
      conferenceSlug: parsed.data.conference,
      timezone: parsed.data.timezone,
      dryRun: !!parsed.data.dryRun,
    });
    return { ok: true, data: { summary, filename } };
  } catch (error) {
    if (isDomainError(error) && error.code === "invalid") {
      const field = error instanceof ScheduleError || !error.field ? "file" : error.field;
      return fail(`Nothing was imported. ${error.message}`, { [field]: [error.message] });
    }
    if (error instanceof AdminError) return fail(error.message);
    throw error;
  }
}
