/**
 * When Hallway may offer its development sign-in (pick any name and email, no
 * password). The rule is deliberately narrow, and every part must hold:
 *   (a) no real sign-in method (GitHub, OpenID Connect, email) is configured;
 *   (b) the site's own URL is on a loopback host (localhost, 127.0.0.0/8, ::1),
 *       so the site cannot be a public deployment;
 *   (c) HALLWAY_ENV is not "production".
 * Callers may also pass the host the request was addressed to: a request that
 * reached us under a public name (a proxy in front of a "localhost" site) is
 * refused too, as a second line of defence.
 *
 * Pure: the caller reads the environment and the request and passes them in.
 */

export interface DevSignInInput {
  /** Whether GitHub, OIDC or email sign-in is configured. */
  providersConfigured: boolean;
  /** The site's origin: AUTH_URL, else HALLWAY_URL, else http://localhost:PORT. */
  siteUrl: string;
  /** HALLWAY_ENV, as set (undefined when unset). */
  hallwayEnv: string | undefined;
  /** Host headers of the current request (host, x-forwarded-host), when there is one. */
  requestHosts?: (string | null | undefined)[];
}

/** "localhost", "foo.localhost", 127.0.0.0/8 and ::1, with or without a port or brackets. */
export function isLoopbackHost(host: string): boolean {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[")) h = h.slice(1, h.indexOf("]") === -1 ? undefined : h.indexOf("]"));
  else if (h.split(":").length === 2) h = h.split(":")[0]!; // host:port (an IPv6 address has more colons)
  if (h.endsWith(".")) h = h.slice(0, -1);
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!v4 && v4.slice(1).every((part) => Number(part) <= 255);
}

export function devSignInAllowed(input: DevSignInInput): boolean {
  if (input.providersConfigured) return false;
  if ((input.hallwayEnv ?? "").trim().toLowerCase() === "production") return false;
  let url: URL;
  try {
    url = new URL(input.siteUrl);
  } catch {
    return false;
  }
  if (!isLoopbackHost(url.host)) return false;
  for (const host of input.requestHosts ?? []) {
    // Several proxies join x-forwarded-host values with commas.
    for (const part of (host ?? "").split(",")) {
      if (part.trim() && !isLoopbackHost(part)) return false;
    }
  }
  return true;
}
