/**
 * A user's public profile, as the account page edits it: display name,
 * username (the handle in /authors/[username]), a short bio and up to
 * MAX_LINKS links. Link rows left entirely blank are dropped, so a form can
 * always offer a few empty rows without JavaScript.
 */
import { z } from "zod";
import { USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN, RESERVED_USERNAMES } from "@/lib/core/auth/username";

export const MAX_LINKS = 5;
export const BIO_MAX = 280;
export const NAME_MAX = 80;
const LINK_LABEL_MAX = 40;
const LINK_URL_MAX = 300;

/** The limits, for the form's maxLength attributes (passed to the client island as data, so it doesn't bundle zod). */
export const PROFILE_LIMITS = { name: NAME_MAX, username: USERNAME_MAX, bio: BIO_MAX, linkLabel: LINK_LABEL_MAX, linkUrl: LINK_URL_MAX, links: MAX_LINKS };
export type ProfileLimits = typeof PROFILE_LIMITS;

export const profileLinkSchema = z.object({
  label: z.string().trim().min(1, "Give the link a label").max(LINK_LABEL_MAX, `Keep the label under ${LINK_LABEL_MAX} characters`),
  url: z
    .string()
    .trim()
    .max(LINK_URL_MAX, "That URL is too long")
    .refine((v) => {
      try {
        return ["http:", "https:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, "Enter a full web address starting with https://"),
});

const blankRow = (row: unknown) =>
  typeof row === "object" && row !== null && Object.values(row).every((v) => typeof v !== "string" || v.trim() === "");

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter the name readers will see").max(NAME_MAX, `Keep your name under ${NAME_MAX} characters`),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(USERNAME_MIN, `At least ${USERNAME_MIN} characters`)
    .max(USERNAME_MAX, `At most ${USERNAME_MAX} characters`)
    .regex(USERNAME_PATTERN, "Use lower-case letters, digits and single dashes, starting and ending with a letter or digit")
    .refine((v) => !RESERVED_USERNAMES.has(v), "That username is reserved"),
  bio: z
    .string()
    .trim()
    .max(BIO_MAX, `Keep your bio under ${BIO_MAX} characters`)
    .optional()
    .transform((v) => v || null),
  links: z
    .preprocess((rows) => (Array.isArray(rows) ? rows.filter((row) => !blankRow(row)) : rows), z.array(profileLinkSchema).max(MAX_LINKS, `At most ${MAX_LINKS} links`))
    .optional()
    .transform((v) => v ?? []),
});

export type ProfileInput = z.output<typeof profileSchema>;
export type ProfileLink = z.output<typeof profileLinkSchema>;

/** The profile as the account page shows and edits it. */
export interface Profile {
  name: string;
  username: string;
  bio: string;
  links: ProfileLink[];
  email: string | null;
}

/** The stored links column (a JSON array), read defensively: bad rows are skipped. */
export function parseStoredLinks(json: string | null | undefined): ProfileLink[] {
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(json ?? "[]"));
    return parsed.flatMap((row) => {
      const link = profileLinkSchema.safeParse(row);
      return link.success ? [link.data] : [];
    });
  } catch {
    return [];
  }
}
