/**
 * Roles, from least to most trusted. Anyone (signed in or not) can read; an
 * "author" can write; an "organizer" also manages conferences, imports, speaker
 * merges and moderation; an "admin" can do everything, including roles.
 * "reader" is a signed-in user who may not write (e.g. after moderation).
 */
export const ROLES = ["reader", "author", "organizer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` carries at least the rights of `required`; an unknown role has none. */
export function hasRole(role: string | null | undefined, required: Role): boolean {
  if (!isRole(role)) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
