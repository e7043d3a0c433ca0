/**
 * A Prisma error code, read by shape: the SQLite and PostgreSQL clients each
 * have their own error classes, so `instanceof` would only match one of them.
 */
export function isPrismaCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && codes.includes(error.code);
}
