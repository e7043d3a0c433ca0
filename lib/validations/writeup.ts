/**
 * A writeup's fields, one set of rules for every way in: the editor's actions,
 * the file import (writeup-file.ts builds its front matter schema on these
 * limits), the command line and any API.
 */
import { z } from "zod";

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 1000;
export const BODY_MAX = 200_000;
export const CANONICAL_URL_MAX = 500;
export const CONFERENCES_MAX = 20;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

export const isWebAddress = (v: string): boolean => {
  try {
    return ["http:", "https:"].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

export const writeupTitle = z.string().trim().min(1, "Give your writeup a title").max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters`);
export const writeupBody = z.string().max(BODY_MAX, `A writeup can be at most ${BODY_MAX.toLocaleString("en")} characters`).default("");
export const writeupSummary = optionalText(SUMMARY_MAX, `Keep the summary under ${SUMMARY_MAX.toLocaleString("en")} characters`);
export const writeupCanonicalUrl = optionalText(CANONICAL_URL_MAX, "That address is too long").refine(
  (v) => v === null || isWebAddress(v),
  "Enter the full address where it was first published, starting with https://",
);
export const conferenceSlugList = z.array(z.string().trim().min(1).max(120)).max(CONFERENCES_MAX, `Pick at most ${CONFERENCES_MAX} conferences`).default([]);

/** What the editor sends on save: the text and its metadata. */
export const writeupFields = z.object({
  title: writeupTitle,
  body: writeupBody,
  summary: writeupSummary,
  canonicalUrl: writeupCanonicalUrl,
  conferences: conferenceSlugList,
});

/** A decision on one suggested or detected mention. */
export const mentionDecision = z.object({
  kind: z.enum(["talk", "speaker"]),
  id: z.string().min(1).max(64),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  text: z.string().min(1).max(500),
  decision: z.enum(["accept", "reject"]),
  /** Accepting another candidate than `id` (a talk the same words could mean). */
  choice: z.string().min(1).max(64).optional(),
});
