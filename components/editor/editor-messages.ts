import { firstParam } from "@/lib/validations/params";

/**
 * What the studio pages say after a form post redirected back to them. The
 * URL carries only a code (?done=saved, ?error=forbidden), looked up here, so
 * nobody can make the site display text of their choosing through a link.
 */
export const DONE_MESSAGES: Record<string, string> = {
  created: "Draft created. It saves as you type.",
  saved: "Saved.",
  published: "Published.",
  unpublished: "Unpublished: it is a draft again, visible only to you.",
  refused: "Your text was saved, but it could not be published: a writeup needs a title and some text.",
  accepted: "Linked.",
  rejected: "Suggestion dismissed; it won’t be suggested again for these words.",
  moved: "Address changed. If it was published, the old address now redirects here.",
  trashed: "Moved to the trash.",
  restored: "Restored from the trash.",
};

export const ERROR_MESSAGES: Record<string, string> = {
  unauthenticated: "Sign in to do that.",
  "not-found": "That writeup does not exist.",
  forbidden: "Only the author can change this writeup.",
  invalid: "That could not be done; check the form and try again.",
  "slug-taken": "That address is taken by another writeup.",
  moved: "That suggestion no longer matches the saved text. Save, then try again.",
  "decision-moved": "Your text was saved, but that suggestion no longer matches it, so it was not applied.",
  "decision-invalid": "Your text was saved, but that suggestion could not be read. Reload the page and try again.",
  unexpected: "Something went wrong on our side, and nothing was changed. Try again in a moment.",
  stale: "This writeup was changed somewhere else; reload it and try again.",
};

export function messageFor(table: Record<string, string>, code: string | string[] | undefined): string | null {
  const key = firstParam(code);
  return key ? (table[key] ?? null) : null;
}
