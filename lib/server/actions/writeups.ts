"use server";
/**
 * The studio's writeup actions: start a draft, save (and publish or unpublish)
 * from the editor, preview, decide a suggested mention, change the address,
 * move to the trash and back. Each is a thin shell: the wrapper checks the
 * origin and the session and parses the form, the lifecycle services decide
 * who may do what (lib/server/services/writeup-lifecycle.ts), and this file
 * maps their errors to words.
 *
 * Every form here works without JavaScript. The editor's island calls the save
 * and decide actions directly with `enhanced=1` and gets a result back; a plain
 * form post (no `enhanced`) is answered with a redirect to the page to show
 * next (post/redirect/get), because a draft's address follows its title and the
 * page that was posted to may no longer exist.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { renderMarkdown } from "@/lib/core/markdown/render-markdown";
import { programmeOutline } from "@/lib/core/writeups/outline";
import { getDb } from "@/lib/server/db";
import {
  changeSlug,
  createDraft,
  loadForEditing,
  publishWriteup,
  restoreWriteup,
  saveWriteup,
  trashWriteup,
  unpublishWriteup,
  WriteupError,
  type Actor,
} from "@/lib/server/services/writeup-lifecycle";
import { decideMention, MentionDecisionError, openSuggestions } from "@/lib/server/services/writeup-mentions";
import { currentUser, type CurrentUser } from "@/lib/server/services/session";
import { describeSuggestions, getPickerProgramme, getTalksForOutline, type SuggestionView } from "@/lib/server/repositories/studio";
import { talkPath } from "@/lib/paths";
import { ActionError, authedAction } from "./safe-action";
import { assertSameOrigin } from "./origin";

const BODY_MAX = 200_000;
const editPath = (slug: string) => `/writeups/${slug}/edit`;
const actorOf = (user: CurrentUser): Actor => ({ id: user.id, role: user.role });

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

const canonicalUrl = z
  .string()
  .trim()
  .max(500, "That address is too long")
  .optional()
  .transform((v) => v || null)
  .refine((v) => {
    if (v === null) return true;
    try {
      return ["http:", "https:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, "Enter the full address where it was first published, starting with https://");

const slugList = z.array(z.string().trim().min(1).max(120)).max(20, "Pick at most 20 conferences").default([]);

const saveSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  /** Set by "Save mine anyway" after a conflict: the newer version the author chose to overwrite. */
  baseVersion: z.coerce.number().int().positive().optional(),
  intent: z.enum(["save", "publish", "unpublish"]).default("save"),
  enhanced: z.string().optional(),
  title: z.string().trim().min(1, "Give your writeup a title").max(200, "Keep the title under 200 characters"),
  body: z.string().max(BODY_MAX, `A writeup can be at most ${BODY_MAX.toLocaleString("en")} characters`).default(""),
  summary: optionalText(300, "Keep the summary under 300 characters"),
  canonicalUrl,
  conferences: slugList,
  /** A suggestion decided without JavaScript: its button submits the editor's form (JSON of decisionSchema). */
  decide: z.string().max(2000).optional(),
});

export interface SavedWriteup {
  status: "saved";
  intent: "save" | "publish" | "unpublish";
  version: number;
  slug: string;
  title: string;
  state: "draft" | "published";
  publishedAt: string | null;
  bodyHtml: string;
  suggestions: SuggestionView[];
  savedAt: string;
  /** The text was saved but publishing or unpublishing was refused, and why. */
  refused?: string;
}

export interface StaleWriteup {
  status: "stale";
  message: string;
  latest: { version: number; title: string; body: string; updatedAt: string };
  /** What the author sent, and the version they edited, to show again untouched. */
  mine: { version: number; title: string; body: string; summary: string; canonicalUrl: string; conferences: string[] };
}

/**
 * A conflict is an expected answer, not a failure of the request: it comes
 * back as data (with the newer text) so the editor can show both versions.
 */
export type SaveOutcome = SavedWriteup | StaleWriteup;

/** WriteupError → words next to the right field (the code rides along for redirects). */
function toActionError(error: unknown): never {
  if (error instanceof WriteupError) {
    const field = error.code === "slug-taken" ? "slug" : /conference/i.test(error.message) ? "conferences" : "form";
    throw new ActionError(error.message, { [field]: [error.message], code: [error.code] });
  }
  if (error instanceof MentionDecisionError) throw new ActionError("That suggestion no longer matches the saved text. Save, then try again.", { code: ["moved"] });
  throw error;
}

export const saveWriteupAction = authedAction(saveSchema, async (input, { user }): Promise<SaveOutcome> => {
  const db = getDb();
  const actor = actorOf(user);
  let saved;
  try {
    saved = await saveWriteup(db, actor, input.id, input.baseVersion ?? input.version, {
      title: input.title,
      body: input.body,
      conferenceSlugs: input.conferences,
      summary: input.summary,
      canonicalUrl: input.canonicalUrl,
    });
  } catch (error) {
    if (error instanceof WriteupError && error.code === "stale" && error.latest) {
      return {
        status: "stale",
        message: error.message,
        latest: { ...error.latest, updatedAt: error.latest.updatedAt.toISOString() },
        mine: { version: input.version, title: input.title, body: input.body, summary: input.summary ?? "", canonicalUrl: input.canonicalUrl ?? "", conferences: input.conferences },
      };
    }
    toActionError(error);
  }
  // The text is saved now; a refused publish must not hide that (the editor
  // needs the new version, or its next save would conflict with itself).
  let refused: string | undefined;
  try {
    if (input.intent === "publish") await publishWriteup(db, actor, input.id);
    if (input.intent === "unpublish") await unpublishWriteup(db, actor, input.id);
  } catch (error) {
    if (!(error instanceof WriteupError)) throw error;
    refused = error.message;
  }
  const w = await db.writeup.findUniqueOrThrow({ where: { id: input.id }, select: { slug: true, status: true, publishedAt: true, bodyHtml: true, version: true, title: true } });
  if (!input.enhanced) {
    let done = refused ? "refused" : input.intent === "save" ? "saved" : `${input.intent}ed`;
    const decision = input.decide ? parseDecision(input.decide) : null;
    if (input.decide && !decision) redirect(`${editPath(w.slug)}?done=saved&error=decision-invalid`);
    if (decision) {
      // The typed text is saved above; the decision re-anchors on it.
      try {
        await decideMention(db, input.id, decision);
      } catch (error) {
        if (!(error instanceof MentionDecisionError)) throw error;
        redirect(`${editPath(w.slug)}?done=saved&error=decision-moved`);
      }
      done = decision.decision === "accept" ? "accepted" : "rejected";
    }
    redirect(`${editPath(w.slug)}?done=${done}`);
  }
  return {
    status: "saved",
    intent: input.intent,
    version: w.version,
    slug: w.slug,
    title: w.title,
    state: w.status === "published" ? "published" : "draft",
    publishedAt: w.publishedAt?.toISOString() ?? null,
    bodyHtml: w.bodyHtml,
    suggestions: await describeSuggestions(db, saved.suggestions),
    savedAt: new Date().toISOString(),
    ...(refused ? { refused } : {}),
  };
});

/**
 * The live preview: the unsaved markdown through the one renderer that saves
 * and publishes (sanitized there). Talk links detected in the text appear once
 * it is saved, since they depend on the author's stored decisions.
 */
export async function previewMarkdownAction(body: string): Promise<string> {
  await assertSameOrigin();
  if (!(await currentUser())) return "";
  if (typeof body !== "string") return "";
  return renderMarkdown(body.slice(0, BODY_MAX));
}

const decisionFields = z.object({
  kind: z.enum(["talk", "speaker"]),
  id: z.string().min(1).max(64),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  text: z.string().min(1).max(500),
  decision: z.enum(["accept", "reject"]),
});

const decideSchema = decisionFields.extend({
  writeupId: z.string().min(1).max(64),
  enhanced: z.string().optional(),
});

function parseDecision(json: string): z.infer<typeof decisionFields> | null {
  try {
    const parsed = decisionFields.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const decideMentionAction = authedAction(decideSchema, async (input, { user }) => {
  const db = getDb();
  let writeup;
  try {
    // decideMention trusts its caller: ownership is checked here first.
    writeup = await loadForEditing(db, actorOf(user), input.writeupId);
    await decideMention(db, input.writeupId, { kind: input.kind, id: input.id, start: input.start, end: input.end, text: input.text, decision: input.decision });
  } catch (error) {
    toActionError(error);
  }
  if (!input.enhanced) redirect(`${editPath(writeup.slug)}?done=${input.decision === "accept" ? "accepted" : "rejected"}`);
  const after = await db.writeup.findUniqueOrThrow({ where: { id: input.writeupId }, select: { bodyHtml: true } });
  return { bodyHtml: after.bodyHtml, suggestions: await describeSuggestions(db, await openSuggestions(db, input.writeupId)) };
});

// ───────────── plain form posts that end in a redirect ─────────────

/**
 * Redirects carry an error code, never a message: the page shows its own words
 * for it (components/editor/editor-messages.ts), so a crafted link can't put
 * arbitrary text on the site.
 */
function errorCode(fieldErrors: Record<string, string[]>): string {
  return fieldErrors.code?.[0] ?? "invalid";
}

const startSchema = z.object({
  conference: z.string().trim().max(120).optional(),
  conferences: slugList,
  talks: z.array(z.string().min(1).max(64)).max(200).default([]),
});

const startDraft = authedAction(startSchema, async (input, { user }) => {
  const db = getDb();
  let title = "Untitled writeup";
  let body = "";
  const conferenceSlugs = [...new Set([...(input.conference ? [input.conference] : []), ...input.conferences])];
  if (input.conference) {
    const programme = await getPickerProgramme(db, input.conference);
    if (!programme) throw new ActionError("That conference is not on this site.");
    title = `${programme.conference.name} notes`;
    const talks = await getTalksForOutline(db, input.conference, input.talks);
    if (talks.length) {
      body = programmeOutline(
        talks.map((t) => ({ title: t.title, href: talkPath(t.conference.slug, t.slug), day: t.day, startsAt: t.startsAt, speakers: t.speakers.map((s) => s.speaker.name) })),
        programme.conference.timezone,
      );
    }
  }
  try {
    const draft = await createDraft(db, actorOf(user), { title, body, conferenceSlugs });
    return draft.slug;
  } catch (error) {
    toActionError(error);
  }
});

/** /write's forms: create the draft and open it in the editor. */
export async function startDraftAction(form: FormData): Promise<void> {
  const result = await startDraft(null, form);
  if (!result.ok) redirect(`/write?error=${errorCode(result.fieldErrors)}`);
  redirect(`${editPath(result.data)}?done=created`);
}

const idSchema = z.object({ id: z.string().min(1).max(64), from: z.enum(["dashboard", "editor"]).default("dashboard") });

/** Runs one lifecycle step on a writeup the form names, then goes back to where the form was. */
function lifecycleAction(step: (actor: Actor, id: string) => Promise<{ slug: string; title: string }>, done: string) {
  const run = authedAction(idSchema, async (input, { user }) => {
    try {
      const w = await step(actorOf(user), input.id);
      return { ...w, id: input.id, from: input.from };
    } catch (error) {
      toActionError(error);
    }
  });
  return async (form: FormData): Promise<void> => {
    const result = await run(null, form);
    if (!result.ok) redirect(`/dashboard?error=${errorCode(result.fieldErrors)}`);
    const { slug, id, from } = result.data;
    redirect(from === "editor" ? `${editPath(slug)}?done=${done}` : `/dashboard?done=${done}&id=${encodeURIComponent(id)}`);
  };
}

const trash = lifecycleAction((actor, id) => trashWriteup(getDb(), actor, id), "trashed");
const restore = lifecycleAction((actor, id) => restoreWriteup(getDb(), actor, id), "restored");
const publish = lifecycleAction((actor, id) => publishWriteup(getDb(), actor, id), "published");
const unpublish = lifecycleAction((actor, id) => unpublishWriteup(getDb(), actor, id), "unpublished");

export async function trashWriteupAction(form: FormData): Promise<void> {
  // Trashing from the editor goes to the dashboard, where Undo is offered.
  form.set("from", "dashboard");
  return trash(form);
}
export async function restoreWriteupAction(form: FormData): Promise<void> {
  return restore(form);
}
export async function publishWriteupAction(form: FormData): Promise<void> {
  return publish(form);
}
export async function unpublishWriteupAction(form: FormData): Promise<void> {
  return unpublish(form);
}

const slugSchema = z.object({ id: z.string().min(1).max(64), slug: z.string().trim().min(1, "Enter an address").max(80) });

const changeWriteupSlug = authedAction(slugSchema, async (input, { user }) => {
  try {
    return (await changeSlug(getDb(), actorOf(user), input.id, input.slug)).slug;
  } catch (error) {
    toActionError(error);
  }
});

/** The editor's "Address" form; a published writeup's old address redirects. */
export async function changeSlugAction(form: FormData): Promise<void> {
  const result = await changeWriteupSlug(null, form);
  if (!result.ok) {
    // Back to the editor at the writeup's address now (a draft's may have
    // followed its title since the page was rendered); the page checks access.
    const id = String(form.get("id") ?? "");
    const current = id ? (await getDb().writeup.findUnique({ where: { id }, select: { slug: true } }))?.slug : undefined;
    if (!current) redirect(`/dashboard?error=not-found`);
    const params = new URLSearchParams({ slugError: errorCode(result.fieldErrors), wanted: String(form.get("slug") ?? "").slice(0, 80) });
    redirect(`${editPath(current)}?${params}`);
  }
  redirect(`${editPath(result.data)}?done=moved`);
}
