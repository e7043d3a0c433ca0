import { z } from "zod";

/** A search parameter's value, when the URL repeats it: the first one. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** ?page=N from a URL; anything that is not a positive whole number means page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const parsed = pageSchema.safeParse(firstParam(value));
  return parsed.success ? parsed.data : 1;
}
