/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the parts Hallway
 * writes, as a strict-enough zod schema. Debian's python3-feedparser (6.0.x)
 * reads RSS and Atom but not JSON Feed, so the tests check JSON feeds with this.
 */
import { z } from "zod";

const absoluteUrl = z.string().refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), "an absolute http(s) URL");
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "an RFC 3339 date");
const author = z.object({ name: z.string().min(1), url: absoluteUrl.optional(), avatar: absoluteUrl.optional() });

export const jsonFeedSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: absoluteUrl,
  feed_url: absoluteUrl,
  description: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(author).optional(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: absoluteUrl,
      title: z.string().min(1),
      content_html: z.string().min(1),
      summary: z.string().optional(),
      date_published: rfc3339,
      date_modified: rfc3339,
      authors: z.array(author).min(1),
      tags: z.array(z.string()).optional(),
    }),
  ),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;
