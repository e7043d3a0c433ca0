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
import { isDomainError, type DomainError } from "@/lib/core/errors";
import { renderMarkdown } from "@/lib/core/markdown/render-markdown";
import { programmeOutline } from "@/lib/core/writeups/outline";
import { getDb } from "@/lib/server/db";
import { currentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import {
  changeSlug,
  createDraft,
  decideMention,
  openSuggestions,
  publishWriteup,
  restoreWriteup,
  saveWriteup,
  trashWriteup,
  unpublishWriteup,
  type Actor,
  type LatestText,
} from "@/lib/server/services/writeup-lifecycle";
import { getPickerProgramme, getTalksForOutline } from "@/lib/server/repositories/programme-picker";
import { describeSuggestions } from "@/lib/server/repositories/suggestion-labels";
import { currentSlug } from "@/lib/server/repositories/writeup-addresses";
import type { SuggestionView } from "@/lib/core/writeups/suggestion-view";
import { groupSuggestions } from "@/lib/core/mentions/group-suggestions";
import { BODY_MAX, conferenceSlugList, mentionDecision, writeupFields } from "@/lib/validations/writeup";
import { talkPath } from "@/lib/paths";
import { ActionError, authedAction } from "./safe-action";
import { assertSameOrigin } from "./origin";

const editPath = (slug: string) => `/writeups/${slug}/edit`;
const actorOf = (user: CurrentUser): Actor => ({ id: user.id, role: user.role });

const saveSchema = writeupFields.extend({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  /** Set by "Save mine anyway" after a conflict: the newer version the author chose to overwrite. */
  baseVersion: z.coerce.number().int().positive().optional(),
  intent: z.enum(["save", "publish", "unpublish"]).default("save"),
  enhanced: z.string().optional(),
  /** A suggestion decided without JavaScript: its button submits the editor's form (JSON of mentionDecision). */
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

/** The editor's words for a refusal, by the code its redirects carry ("slug-taken", "moved", "stale"). */
function editorCode(error: DomainError): string {
  if (error.code !== "conflict") return error.code;
  return error.field === "slug" ? "slug-taken" : error.field === "mention" ? "moved" : "stale";
}

/** DomainError → words next to the right field (the code rides along for redirects). */
function toActionError(error: unknown): never {
  if (isDomainError(error)) {
    const code = editorCode(error);
    const field = code === "slug-taken" ? "slug" : error.field === "conferences" ? "conferences" : "form";
    const message = code === "moved" ? "That suggestion no longer matches the saved text. Save, then try again." : error.message;
    throw new ActionError(message, { [field]: [message], code: [code] });
  }
  throw error;
}

const isStale = (error: unknown): error is DomainError<LatestText> => isDomainError(error) && editorCode(error) === "stale" && error.details !== undefined;

export const saveWriteupAction = authedAction(saveSchema, async (input, { user }): Promise<SaveOutcome> => {
  const db = getDb();
  const actor = actorOf(user);
  let saved;
  try {
    const draft = { title: input.title, body: input.body, conferenceSlugs: input.conferences, summary: input.summary, canonicalUrl: input.canonicalUrl };
    saved = await saveWriteup(db, actor, input.id, input.baseVersion ?? input.version, draft, input.intent);
  } catch (error) {
    if (isStale(error)) {
      const latest = error.details!;
      return {
        status: "stale",
        message: error.message,
        latest: { ...latest, updatedAt: latest.updatedAt.toISOString() },
        mine: { version: input.version, title: input.title, body: input.body, summary: input.summary ?? "", canonicalUrl: input.canonicalUrl ?? "", conferences: input.conferences },
      };
    }
    toActionError(error);
  }
  const w = saved.writeup;
  if (!input.enhanced) {
    let done = saved.refused ? "refused" : input.intent === "save" ? "saved" : `${input.intent}ed`;
    const decision = input.decide ? parseDecision(input.decide) : null;
    if (input.decide && !decision) redirect(`${editPath(w.slug)}?done=saved&error=decision-invalid`);
    if (decision) {
      // The typed text is saved above; the decision re-anchors on it.
      try {
        await decideMention(db, actor, input.id, decision);
      } catch (error) {
        if (!isDomainError(error) || error.field !== "mention") throw error;
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
    state: w.status,
    publishedAt: w.publishedAt?.toISOString() ?? null,
    bodyHtml: w.bodyHtml,
    suggestions: await describeSuggestions(db, groupSuggestions(saved.suggestions)),
    savedAt: new Date().toISOString(),
    ...(saved.refused ? { refused: saved.refused } : {}),
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

const decideSchema = mentionDecision.extend({
  writeupId: z.string().min(1).max(64),
  enhanced: z.string().optional(),
});

function parseDecision(json: string): z.infer<typeof mentionDecision> | null {
  try {
    const parsed = mentionDecision.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const decideMentionAction = authedAction(decideSchema, async (input, { user }) => {
  const db = getDb();
  let after;
  try {
    // Ownership is checked inside decideMention, like every writeup change.
    after = await decideMention(db, actorOf(user), input.writeupId, { kind: input.kind, id: input.id, start: input.start, end: input.end, text: input.text, decision: input.decision, choice: input.choice });
  } catch (error) {
    toActionError(error);
  }
  if (!input.enhanced) redirect(`${editPath((await currentSlug(db, input.writeupId)) ?? "")}?done=${input.decision === "accept" ? "accepted" : "rejected"}`);
  return { bodyHtml: after.bodyHtml, occurrences: after.occurrences, suggestions: await describeSuggestions(db, groupSuggestions(await openSuggestions(db, input.writeupId))) };
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
  conferences: conferenceSlugList,
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
    const current = id ? await currentSlug(getDb(), id) : null;
    if (!current) redirect(`/dashboard?error=not-found`);
    const params = new URLSearchParams({ slugError: errorCode(result.fieldErrors), wanted: String(form.get("slug") ?? "").slice(0, 80) });
    redirect(`${editPath(current)}?${params}`);
  }
  redirect(`${editPath(result.data)}?done=moved`);
}
