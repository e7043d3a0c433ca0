/**
 * Where to send someone after signing in: only a path on this site. Anything
 * else (another origin, "//evil.example", "javascript:", a backslash trick)
 * falls back to `fallback`, so the sign-in flow can't be used as an open redirect.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  const v = value.trim();
  if (!v.startsWith("/") || v.startsWith("//") || v.includes("\\") || /[\u0000-\u001f]/.test(v)) return fallback;
  try {
    const url = new URL(v, "http://hallway.invalid");
    if (url.origin !== "http://hallway.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
