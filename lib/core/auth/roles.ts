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

/**
 * The role a person gets when their account is created at first sign-in:
 *   - with HALLWAY_ADMIN_EMAIL set, admin for that email and nobody else (a
 *     stranger who signs up first on a public site gets no rights);
 *   - otherwise admin for the first person to sign up while the site has no
 *     admin (the demo content's author was never signed up, so doesn't count);
 *   - author for everyone else.
 */
export function initialRole({ email, adminEmail, siteHasAdmin }: { email: string | null; adminEmail: string | null; siteHasAdmin: boolean }): Role {
  if (adminEmail) return email === adminEmail ? "admin" : "author";
  return siteHasAdmin ? "author" : "admin";
}
