import { z } from "zod";

const storedLinks = z.array(z.object({ label: z.string(), url: z.string().regex(/^https?:\/\//i) }));

/** Links stored as JSON text on talks, speakers and users; anything malformed reads as none. */
export function parseLinks(json: string): { label: string; url: string }[] {
  try {
    const parsed = storedLinks.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
