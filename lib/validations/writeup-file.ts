/**
 * A writeup file's front matter: the zod schema shared by the importer (the
 * command line and, later, the editor's upload) and the exporter's tests.
 *
 *   ---
 *   title: DockerCon EU 2017, day by day       (required)
 *   slug: dockercon-eu-2017-day-by-day         (default: from the title)
 *   status: published                          (published | draft; default published)
 *   date: 2017-10-20                           (YYYY-MM-DD, or a date and time; UTC unless an offset is given)
 *   conference: dockercon-eu-2017              (a conference slug, or a list of them)
 *   summary: What I learned in Copenhagen.
 *   canonical_url: https://blog.example/dockercon   (where it was first published)
 *   ---
 *
 * Hugo's `draft: true` and Jekyll's `published: false` are read as status
 * draft, so a blog moved over doesn't publish its drafts. Every value arrives
 * as text (YAML's failsafe schema; see lib/core/writeups/read-front-matter.ts). Messages are written to
 * follow "front matter field 'x' is 'value', …".
 */
import { z } from "zod";
import { parseIsoDate, parseIsoDateTime, instantOf } from "../core/programme/zoned-time";

export const WRITEUP_FILE_FIELDS = ["title", "slug", "status", "date", "conference", "summary", "canonical_url", "draft", "published"] as const;
export type WriteupFileField = (typeof WRITEUP_FILE_FIELDS)[number];

export const WRITEUP_STATUSES = ["published", "draft"] as const;

import { SUMMARY_MAX, TITLE_MAX } from "./writeup";

export { SUMMARY_MAX, TITLE_MAX };

const text = (what = "text") => z.string({ error: (issue) => (issue.input === undefined ? "missing" : `not ${what}`) });

export const writeupSlugSchema = text("a slug")
  .trim()
  .max(80, "longer than 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not a slug (lower-case letters and digits, words joined by '-')");

/**
 * "2017-10-20" (midnight UTC), "2017-10-20T09:30:00+02:00", "2017-10-20 09:30",
 * or Jekyll's "2017-10-20 09:30:00 +0200"; a time without an offset is UTC.
 */
export function parseWriteupDate(value: string): Date | null {
  const v = value.trim();
  const day = parseIsoDate(v);
  if (day !== null) return new Date(day);
  const parsed = parseIsoDateTime(v.replace(/\s+(Z|[+-]\d{2}:?\d{2})$/, "$1"));
  return parsed ? new Date(instantOf({ ...parsed, offset: parsed.offset ?? 0 }, undefined)) : null;
}

const DATE_EXPECTED = "not a date (YYYY-MM-DD, or a date and time such as 2017-10-20T09:30:00+02:00)";

const booleanText = text("true or false").refine((v) => v === "true" || v === "false", "not true or false");

export const writeupFileSchema = z
  .object({
    title: text().trim().min(1, "empty").max(TITLE_MAX, `longer than ${TITLE_MAX} characters`),
    slug: writeupSlugSchema.optional(),
    status: z.enum(WRITEUP_STATUSES, { error: "not 'published' or 'draft'" }).optional(),
    date: text(DATE_EXPECTED.slice(4))
      .transform((v, ctx) => {
        const date = parseWriteupDate(v);
        if (!date) {
          ctx.addIssue({ code: "custom", message: DATE_EXPECTED });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
    conference: z
      .preprocess((v) => (typeof v === "string" ? [v] : v), z.array(writeupSlugSchema, { error: "not a conference slug or a list of them" }))
      .optional(),
    summary: text().trim().max(SUMMARY_MAX, `longer than ${SUMMARY_MAX} characters`).optional(),
    canonical_url: z.url({ protocol: /^https?$/, error: "not an http(s) URL" }).optional(),
    draft: booleanText.optional(),
    published: booleanText.optional(),
  })
  .superRefine((data, ctx) => {
    const implied = data.draft === "true" || data.published === "false" ? "draft" : data.draft === "false" || data.published === "true" ? "published" : undefined;
    const other = data.draft !== undefined ? "draft" : "published";
    if (data.draft !== undefined && data.published !== undefined && (data.draft === "true") !== (data.published === "false")) {
      ctx.addIssue({ code: "custom", path: ["published"], message: `not what 'draft: ${data.draft}' says` });
    } else if (data.status && implied && data.status !== implied) {
      ctx.addIssue({ code: "custom", path: ["status"], message: `not what '${other}: ${data[other]}' says` });
    }
  })
  .transform((data) => ({
    title: data.title,
    slug: data.slug,
    status: data.status ?? (data.draft === "true" || data.published === "false" ? "draft" : "published"),
    publishedAt: data.date,
    conferences: [...new Set(data.conference ?? [])],
    summary: data.summary || undefined,
    canonicalUrl: data.canonical_url,
  }));

export type WriteupFileData = z.output<typeof writeupFileSchema>;

export const authorEmailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "not an email address" }));
