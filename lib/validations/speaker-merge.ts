/**
 * The speaker merge form: the speaker to keep and the duplicate to merge into
 * it, each as a slug or a pasted speaker URL (…/speakers/<slug>).
 */
import { z } from "zod";

const SPEAKER_REF_MAX = 200;

/** A slug, from a slug or a pasted speaker URL. */
export const speakerSlugOf = (value: string) => value.replace(/^.*\/speakers\//, "").replace(/[/?#].*$/, "");

export const speakerMergeSchema = z.object({
  keep: z.string().trim().min(1, "Name the speaker to keep (their slug)").max(SPEAKER_REF_MAX).transform(speakerSlugOf),
  duplicate: z.string().trim().min(1, "Name the duplicate to merge away (their slug)").max(SPEAKER_REF_MAX).transform(speakerSlugOf),
});

export type SpeakerMergeInput = z.output<typeof speakerMergeSchema>;
