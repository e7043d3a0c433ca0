// Types for cache-policy.mjs (plain JavaScript: next.config.js reads it).
export const SESSION_COOKIE_BASE: "authjs.session-token";
export const SESSION_COOKIE_NAMES: readonly ["authjs.session-token", "__Secure-authjs.session-token"];
export function sessionCookieName(secure: boolean): string;
export const PRIVATE_AREAS: readonly ["api", "signin", "account", "write", "dashboard", "admin"];
export function isPrivatePath(path: string): boolean;
export const READER_CACHE_CONTROL: string;
export const FEED_CACHE_CONTROL: string;
export const SLOW_CACHE_CONTROL: string;
export const PRIVATE_CACHE_CONTROL: string;
export const PAGE_REVALIDATE_S: number;

export interface HeaderRule {
  source: string;
  has?: { type: "cookie" | "header"; key: string }[];
  missing?: { type: "cookie" | "header"; key: string }[];
  headers: { key: string; value: string }[];
}
export function cacheHeaderRules(): HeaderRule[];
