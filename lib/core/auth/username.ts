/**
 * Usernames: the handle in /authors/[username]. Lower-case ASCII letters,
 * digits and single dashes, 2–30 characters, starting and ending with a letter
 * or digit. At sign-up we derive one from the display name, else from the
 * part of the email before "@", else "author"; the caller makes it unique
 * (uniqueSlug from lib/core/text/slugify appends -2, -3, …).
 */
import { slugify } from "@/lib/core/text/slugify";

export const USERNAME_MIN = 2;
export const USERNAME_MAX = 30;
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,29}$/;

/** Handles that would read as part of the site rather than as a person. */
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  "admin", "administrator", "api", "account", "auth", "authors", "hallway", "me", "new", "null", "root", "settings",
  "signin", "signout", "staff", "support", "system", "undefined",
]);

export function isValidUsername(value: string): boolean {
  return USERNAME_PATTERN.test(value) && !RESERVED_USERNAMES.has(value);
}

/** The username to try first for a new user, before making it unique. */
export function usernameBase(user: { name?: string | null; email?: string | null; login?: string | null }): string {
  const candidates = [user.login, user.name, user.email?.split("@")[0]?.replace(/[._+]+/g, " ")];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const slug = slugify(candidate, USERNAME_MAX);
    if (slug === "untitled" || slug.length < USERNAME_MIN) continue;
    if (RESERVED_USERNAMES.has(slug)) return `${slug}-1`.slice(0, USERNAME_MAX);
    return slug;
  }
  return "author";
}
