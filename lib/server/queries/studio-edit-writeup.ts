/**
 * The editor page for one writeup, for its author only. What the page does
 * next depends on what is found:
 *   - "moved": an old address of the author's published writeup (redirect);
 *   - "missing": no such writeup, or someone else's (a 404 either way, so
 *     another author's drafts are simply not there);
 *   - "trashed": in the trash, to restore first;
 *   - "editable": the writeup, the conferences it may be filed under, and
 *     the open mention suggestions with their labels.
 */
import type { CurrentUser } from "@/lib/server/auth/current-user";
import type { Db } from "@/lib/server/db";
import { listConferenceOptions } from "@/lib/server/repositories/programme-picker";
import { describeSuggestions } from "@/lib/server/repositories/suggestion-labels";
import { findSlugRedirect, findWriteupBySlug } from "@/lib/server/repositories/writeup-addresses";
import { isDomainError } from "@/lib/core/errors";
import { groupSuggestions } from "@/lib/core/mentions/group-suggestions";
import { openEditor } from "@/lib/server/services/writeup-lifecycle";

type Editing = Awaited<ReturnType<typeof openEditor>>;

export async function getEditWriteup(db: Db, user: Pick<CurrentUser, "id" | "role">, slug: string) {
  const found = await findWriteupBySlug(db, slug);
  if (!found) {
    const moved = await findSlugRedirect(db, slug);
    return moved && moved.authorId === user.id ? { kind: "moved" as const, slug: moved.slug } : { kind: "missing" as const };
  }
  let editing: Editing;
  try {
    // One read of the writeup's state for both the text and the open suggestions.
    editing = await openEditor(db, { id: user.id, role: user.role }, found.id);
  } catch (error) {
    if (isDomainError(error)) return { kind: "missing" as const };
    throw error;
  }
  const { writeup } = editing;
  if (writeup.deletedAt) return { kind: "trashed" as const, writeup, deletedAt: writeup.deletedAt };
  const conferences = writeup.conferences.map((c) => c.conference.slug);
  const [options, suggestions] = await Promise.all([listConferenceOptions(db, conferences), describeSuggestions(db, groupSuggestions(editing.suggestions))]);
  return { kind: "editable" as const, writeup, conferences, options, suggestions };
}

export type EditWriteup = Extract<Awaited<ReturnType<typeof getEditWriteup>>, { kind: "editable" }>;
export type TrashedWriteup = Extract<Awaited<ReturnType<typeof getEditWriteup>>, { kind: "trashed" }>;
