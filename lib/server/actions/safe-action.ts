/**
 * The action wrapper: every signed-in server action goes through it, so each
 * action is only its use case. It
 *   1. refuses cross-site requests (origin.ts);
 *   2. requires a session (signed-out users are sent to /signin);
 *   3. parses FormData (or a plain object) with the action's zod schema;
 *   4. runs the handler, turning an ActionError into a result.
 * The result is what useActionState gets back, with JavaScript or without:
 *   { ok: true, data } | { ok: false, error, fieldErrors, values }
 * `values` echoes what was submitted, so a form can show it again next to the
 * errors instead of resetting to the saved values.
 */
import type { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/server/services/session";
import { formDataToObject, type SubmittedValues } from "./form-data";
import { assertSameOrigin } from "./origin";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors: FieldErrors; values?: SubmittedValues };

/** Thrown by a handler for an expected failure the user can fix. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: { user: CurrentUser }) => Promise<T>,
): (previous: ActionResult<T> | null, input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  return async (_previous, input) => {
    await assertSameOrigin();
    const user = await requireUser();
    const { object, values } = input instanceof FormData ? formDataToObject(input) : { object: input, values: undefined };
    const parsed = schema.safeParse(object);
    if (!parsed.success) {
      return { ok: false, error: "Some fields need another look.", fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { user }) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values };
      throw error;
    }
  };
}
