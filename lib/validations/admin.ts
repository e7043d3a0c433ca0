/**
 * What the admin area's forms accept: a moderation step on a writeup, a role
 * change, and the /admin page to come back to afterwards.
 */
import { z } from "zod";
import { firstParam, parsePage } from "./params";

/** Ids are cuids; 64 leaves room without letting a form post a novel. */
const ID_MAX = 64;
/** The longest role name is "organizer"; the service says which ones exist. */
const ROLE_NAME_MAX = 20;

/** Where to go back to: an /admin path only, never somewhere a crafted form names. */
export const adminBackPath = z
  .string()
  .max(500)
  .regex(/^\/admin(\/[a-z]*)?(\?[^#\s]*)?$/)
  .catch("/admin/writeups");

export const MODERATION_STEPS = ["unpublish", "trash", "restore"] as const;

export const moderationSchema = z.object({
  id: z.string().min(1).max(ID_MAX),
  op: z.enum(MODERATION_STEPS),
  back: adminBackPath.default("/admin/writeups"),
});

export const roleChangeSchema = z.object({
  userId: z.string().min(1).max(ID_MAX),
  role: z.string().max(ROLE_NAME_MAX),
  back: adminBackPath.default("/admin/people"),
});

/** The admin lists' search box. */
export const ADMIN_QUERY_MAX = 100;

/** ?q=…&page=N on an admin list; anything unreadable means no search, page 1. */
export function adminListQuery(params: Record<string, string | string[] | undefined>): { q: string; page: number } {
  return { q: (firstParam(params.q) ?? "").slice(0, ADMIN_QUERY_MAX), page: parsePage(params.page) };
}

/** The list's own address with its search and page, for forms to come back to. */
export function adminListPath(base: string, { q, page }: { q: string; page: number }): string {
  const search = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return `${base}${search ? `?${search}` : ""}`;
}

/** A talk alias as an organizer adds it on the talk's admin page. */
export const aliasAddSchema = z.object({
  talkId: z.string().min(1).max(ID_MAX),
  phrase: z.string().trim().min(1, "Enter the words writers use for this talk.").max(120, "An alias is at most 120 characters."),
  /** A checkbox: present means "these words do NOT mean this talk". */
  negative: z.string().optional().transform((v) => v === "on" || v === "1" || v === "true"),
});

/** Delete or flip one alias of a talk. */
export const aliasChangeSchema = z.object({
  talkId: z.string().min(1).max(ID_MAX),
  aliasId: z.string().min(1).max(ID_MAX),
  op: z.enum(["delete", "flip"]),
});
