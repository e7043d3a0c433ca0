/** What admin pages say after a form post redirected back: codes in the URL, words here. */
export const ADMIN_DONE: Record<string, string> = {
  unpublish: "Unpublished: it is a draft again, visible only to its author.",
  trash: "Moved to the trash. Its author can restore it for 30 days, and so can you from the Trash tab.",
  restore: "Restored from the trash.",
  role: "Role changed.",
  "alias-added": "Alias added. Writeups saved from now on use it.",
  "alias-deleted": "Alias deleted.",
  "alias-flipped": "Alias flipped. Authors’ decisions no longer change it.",
};

export const ADMIN_ERRORS: Record<string, string> = {
  forbidden: "Your role doesn’t allow that.",
  "not-found": "That no longer exists; it may have been deleted.",
  invalid: "That could not be done; check the form and try again.",
  // The one conflict an admin form can meet: demoting the last admin ("last-admin" is the older code).
  conflict: "That is the only admin; make someone else an admin first.",
  "last-admin": "That is the only admin; make someone else an admin first.",
  unexpected: "Something went wrong on our side, and nothing was changed. Try again in a moment.",
  unauthenticated: "Sign in to do that.",
  "alias-phrase": "Enter the words writers use for this talk, at most 120 characters.",
  "alias-short": "An alias needs at least 3 letters or digits.",
  "alias-title": "That is the talk’s own title: Hallway finds it without an alias.",
  "alias-exists": "That phrase is already an alias of this talk; flip or delete it in the list.",
};
