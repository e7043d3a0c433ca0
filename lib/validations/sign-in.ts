/**
 * What the sign-in forms accept: an email for a magic link, and the
 * development sign-in's name and email. The page's inputs use the same limits.
 */
import { z } from "zod";

/** RFC 5321's limit on a forward path. */
export const EMAIL_MAX = 254;
export const DEV_NAME_MAX = 80;

export const signInEmailSchema = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(EMAIL_MAX));

export const devSignInSchema = z.object({
  name: z.string().trim().min(1).max(DEV_NAME_MAX),
  email: signInEmailSchema,
});
