/**
 * The programme upload form's fields beside the file: the format (or "auto"),
 * the conference slug to import into, a time zone for formats whose times
 * carry none, pasted text, and "check only".
 */
import { z } from "zod";
import { PROGRAMME_FORMATS } from "@/lib/core/programme/detect-format";
import { MAX_PROGRAMME_BYTES } from "@/lib/core/programme/parse-programme";

export { MAX_PROGRAMME_BYTES };

const isTimeZone = (v: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: v });
    return true;
  } catch {
    return false;
  }
};

export const programmeUploadSchema = z.object({
  format: z.enum(["auto", ...PROGRAMME_FORMATS]).default("auto"),
  conference: z
    .string()
    .trim()
    .max(120)
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lower-case letters, digits and dashes, such as “devconf-2026”")
    .optional()
    .transform((v) => v || undefined),
  timezone: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => !v || isTimeZone(v), "Use a time zone name such as Europe/Copenhagen"),
  text: z.string().max(MAX_PROGRAMME_BYTES).optional(),
  dryRun: z.string().optional(),
});
