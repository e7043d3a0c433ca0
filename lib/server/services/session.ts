/**
 * Kept only so lib/server/actions/writeups.ts (being redesigned under issue 14)
 * compiles unchanged: session reading now lives in lib/server/auth/current-user.ts.
 * Delete this file once writeups.ts imports from there.
 */
export { currentUser, type CurrentUser } from "@/lib/server/auth/current-user";
