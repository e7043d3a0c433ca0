/**
 * FormData as the object a zod schema expects. Kept free of server imports so
 * it is unit-tested alone.
 */
export type SubmittedValues = Record<string, string>;

/**
 * FormData to a plain object: "links.0.url" becomes { links: [{ url }] }.
 * React's own hidden fields ($ACTION_…) are skipped; files are ignored.
 */
export function formDataToObject(form: FormData): { object: Record<string, unknown>; values: SubmittedValues } {
  const object: Record<string, unknown> = {};
  const values: SubmittedValues = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
    const parts = key.split(".");
    let node: Record<string, unknown> | unknown[] = object;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const index = /^\d{1,3}$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[index] = value;
        return;
      }
      container[index] ??= /^\d{1,3}$/.test(parts[i + 1]!) ? [] : {};
      node = container[index] as Record<string, unknown> | unknown[];
    });
  }
  // Sparse arrays (a row left out) would read as holes; drop them.
  const compact = (v: unknown): unknown =>
    Array.isArray(v) ? v.filter((x) => x !== undefined).map(compact) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)])) : v;
  return { object: compact(object) as Record<string, unknown>, values };
}

