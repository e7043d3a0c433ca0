import { z } from "zod";

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** ?page=N from a URL; anything that is not a positive whole number means page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const parsed = pageSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
