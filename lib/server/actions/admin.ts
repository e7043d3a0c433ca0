"use server";
/**
 * The admin area's actions: moderate a writeup, import a programme, merge two
 * speakers, change someone's role, edit a talk's aliases. Same shape as the studio's: the origin and
 * the session are checked first, the input is parsed (lib/validations/), and
 * the services check the role again (lib/server/services/admin.ts,
 * writeup-lifecycle.ts). Failures become form messages in one place
 * (actionFailure in safe-action.ts).
 */
import { redirect } from "next/navigation";
import { DomainError, isDomainError } from "@/lib/core/errors";
import { ProgrammeError } from "@/lib/core/programme/programme-error";
import { requireUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { importUploadedProgramme, requireActorRole, setUserRole } from "@/lib/server/services/admin";
import type { ImportSummary } from "@/lib/server/services/import-programme";
import { mergeSpeakers, type MergeSummary } from "@/lib/server/services/merge-speakers";
import { restoreWriteup, trashWriteup, unpublishWriteup } from "@/lib/server/services/writeup-lifecycle";
import { addTalkAlias, flipTalkAlias, removeTalkAlias } from "@/lib/server/services/talk-aliases";
import { adminBackPath, aliasAddSchema, aliasChangeSchema, moderationSchema, roleChangeSchema } from "@/lib/validations/admin";
import { MAX_PROGRAMME_BYTES, programmeUploadSchema } from "@/lib/validations/programme-upload";
import { speakerMergeSchema } from "@/lib/validations/speaker-merge";
import { ActionError, actionFailure, authedAction, fieldErrorsOf, INVALID_INPUT, type ActionResult, type FieldErrors } from "./safe-action";
import { formDataToObject } from "./form-data";
import { assertSameOrigin } from "./origin";

const actorOf = (user: CurrentUser) => ({ id: user.id, role: user.role });

const withParam = (path: string, key: string, value: string) => `${path}${path.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;

/** The code a redirect carries back to the page, which looks its words up (admin-messages.ts). */
const errorCode = (fieldErrors: FieldErrors) => fieldErrors.code?.[0] ?? "invalid";

// ───────────── moderation ─────────────

const moderate = authedAction(moderationSchema, async (input, { user }) => {
  const actor = requireActorRole(actorOf(user), "organizer");
  const step = { unpublish: unpublishWriteup, trash: trashWriteup, restore: restoreWriteup }[input.op];
  const w = await step(getDb(), actor, input.id);
  return { back: input.back, op: input.op, id: input.id, title: w.title };
});

export async function moderateWriteupAction(form: FormData): Promise<void> {
  const result = await moderate(null, form);
  const back = adminBackPath.parse(form.get("back") ?? "/admin/writeups");
  if (!result.ok) redirect(withParam(back, "error", errorCode(result.fieldErrors)));
  const done = withParam(result.data.back.replace(/([?&])(done|error|id)=[^&]*/g, "$1").replace(/[?&]+$/, ""), "done", result.data.op);
  // After a takedown, the page offers Undo for this one writeup.
  redirect(result.data.op === "trash" ? withParam(done, "id", result.data.id) : done);
}

// ───────────── roles ─────────────

const changeRole = authedAction(roleChangeSchema, async (input, { user }) => {
  await setUserRole(getDb(), actorOf(user), input.userId, input.role);
  return input.back;
});

export async function setRoleAction(form: FormData): Promise<void> {
  const result = await changeRole(null, form);
  const back = adminBackPath.parse(form.get("back") ?? "/admin/people");
  if (!result.ok) redirect(withParam(back, "error", errorCode(result.fieldErrors)));
  redirect(withParam(result.data, "done", "role"));
}

// ───────────── speakers ─────────────

export const mergeSpeakersAction = authedAction(speakerMergeSchema, async (input, { user }): Promise<MergeSummary> => {
  requireActorRole(actorOf(user), "organizer");
  try {
    return await mergeSpeakers(getDb(), input.keep, input.duplicate);
  } catch (error) {
    // merge-speakers.ts words its rules as a clause; the form shows a sentence.
    if (isDomainError(error)) throw new DomainError(error.code, error.message.charAt(0).toUpperCase() + error.message.slice(1) + ".", { cause: error, field: error.field });
    throw error;
  }
});

// ───────────── programme import ─────────────

export type ImportResult = ActionResult<{ summary: ImportSummary; filename: string }>;

/**
 * Upload (or paste) a programme in any supported format. "Check only" runs
 * the whole import and rolls it back, to show what would change. Not an
 * authedAction: the file is read from the FormData itself, which the schema
 * never sees (formDataToObject skips files).
 */
export async function importProgrammeAction(_previous: ImportResult | null, form: FormData): Promise<ImportResult> {
  await assertSameOrigin();
  const user = await requireUser("/admin/import");
  const { object, values } = formDataToObject(form);
  const fail = (error: string, fieldErrors: FieldErrors = {}): ImportResult => ({ ok: false, error, fieldErrors, values });
  try {
    requireActorRole(actorOf(user), "organizer");
    const parsed = programmeUploadSchema.safeParse(object);
    if (!parsed.success) return fail(INVALID_INPUT, fieldErrorsOf(parsed.error));
    const file = form.get("file");
    let text = parsed.data.text?.trim() ? parsed.data.text : "";
    let filename = "pasted programme";
    if (file instanceof File && file.size > 0) {
      if (file.size >= MAX_PROGRAMME_BYTES) return fail(`The file is ${(file.size / 1e6).toFixed(1)} MB; files must be smaller than ${MAX_PROGRAMME_BYTES / 1e6} MB.`, { file: ["Too large"] });
      filename = file.name || "upload";
      text = await file.text();
    }
    if (!text.trim()) return fail("Choose a programme file, or paste one.", { file: ["Choose a file or paste the programme below"] });
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
    if (error instanceof ProgrammeError) return fail(`Nothing was imported. ${error.message}`, { file: [error.message] });
    return actionFailure(error, values);
  }
}

// ───────────── talk aliases ─────────────

const talkAdminPath = (talkId: string) => `/admin/talks/${encodeURIComponent(talkId)}`;

/** The code a failed alias change carries back: the specific rule it broke, or the error's code. */
function aliasErrorCode(error: unknown): string {
  if (isDomainError(error) && typeof error.details === "string") return error.details;
  return isDomainError(error) ? error.code : "unexpected";
}

const addAlias = authedAction(aliasAddSchema, async (input, { user }) => {
  try {
    await addTalkAlias(getDb(), actorOf(user), input.talkId, input.phrase, input.negative);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new ActionError(error.message, { code: [aliasErrorCode(error)] });
  }
  return input.talkId;
});

/** The talk admin page's "Add an alias" form. */
export async function addTalkAliasAction(form: FormData): Promise<void> {
  const talkId = String(form.get("talkId") ?? "").slice(0, 64);
  const result = await addAlias(null, form);
  if (!result.ok) {
    const code = result.fieldErrors.phrase && !result.fieldErrors.code ? "alias-phrase" : errorCode(result.fieldErrors);
    const wanted = String(form.get("phrase") ?? "").slice(0, 120);
    redirect(`${talkAdminPath(talkId)}?${new URLSearchParams({ error: code, phrase: wanted })}#aliases`);
  }
  redirect(`${talkAdminPath(result.data)}?done=alias-added#aliases`);
}

const changeAlias = authedAction(aliasChangeSchema, async (input, { user }) => {
  const db = getDb();
  try {
    if (input.op === "delete") await removeTalkAlias(db, actorOf(user), input.talkId, input.aliasId);
    else await flipTalkAlias(db, actorOf(user), input.talkId, input.aliasId);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new ActionError(error.message, { code: [aliasErrorCode(error)] });
  }
  return input;
});

/** Delete or flip (positive ↔ negative) one alias from the talk's admin page. */
export async function changeTalkAliasAction(form: FormData): Promise<void> {
  const talkId = String(form.get("talkId") ?? "").slice(0, 64);
  const result = await changeAlias(null, form);
  if (!result.ok) redirect(`${talkAdminPath(talkId)}?error=${errorCode(result.fieldErrors)}#aliases`);
  redirect(`${talkAdminPath(result.data.talkId)}?done=${result.data.op === "delete" ? "alias-deleted" : "alias-flipped"}#aliases`);
}
