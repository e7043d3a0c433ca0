/**
 * The action wrapper: every signed-in server action goes through it, so each
 * action is only its use case. It
 *   1. refuses cross-site requests (origin.ts);
 *   2. requires a session (signed-out users are sent to /signin);
 *   3. parses FormData (or a plain object) with the action's zod schema;
 *   4. runs the handler, turning what it throws into a result (actionFailure).
 * The result is what useActionState gets back, with JavaScript or without:
 *   { ok: true, data } | { ok: false, error, fieldErrors, values }
 * `values` echoes what was submitted, so a form can show it again next to the
 * errors instead of resetting to the saved values.
 */
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isDomainError } from "@/lib/core/errors";
import { requireUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { formDataToObject, type SubmittedValues } from "./form-data";
import { assertSameOrigin } from "./origin";

export type FieldErrors = Record<string, string[]>;

export type ActionFailure = { ok: false; error: string; fieldErrors: FieldErrors; values?: SubmittedValues };

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export const INVALID_INPUT = "Some fields need another look.";
const UNEXPECTED = "Something went wrong on our side, and nothing was changed. Try again in a moment.";

/**
 * Thrown by a handler for an expected failure the user can fix. Kept for the
 * actions that still use it; services throw DomainError (lib/core/errors.ts).
 */
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

/**
 * What a form shows for a failed action, decided here only:
 *   - a DomainError: its message, next to its field (the whole form when it
 *     names none), with its code under `code` for actions that redirect;
 *   - an ActionError: its message and field errors as they are;
 *   - anything else is a bug: logged, and shown as a generic failure.
 * Next's own control flow (redirect(), notFound()) is rethrown untouched.
 */
export function actionFailure(error: unknown, values?: SubmittedValues): ActionFailure {
  unstable_rethrow(error);
  if (isDomainError(error)) {
    return { ok: false, error: error.message, fieldErrors: { [error.field ?? "form"]: [error.message], code: [error.code] }, values };
  }
  if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values };
  console.error("server action failed", error);
  return { ok: false, error: UNEXPECTED, fieldErrors: { code: ["unexpected"] }, values };
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
      return { ok: false, error: INVALID_INPUT, fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { user }) };
    } catch (error) {
      return actionFailure(error, values);
    }
  };
}
