// The session's shape, declared once. The session callback in auth.ts fills it
// from the user row on every request (database sessions), so a role or
// username change shows up on the next page load.
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      /** "reader" | "author" | "organizer" | "admin" (lib/core/auth/roles.ts) */
      role: string;
      username: string | null;
    } & DefaultSession["user"];
  }

  interface User {
    role?: string;
    /** A provider's handle (GitHub login, OIDC preferred_username) at sign-up; the stored username afterwards. */
    username?: string | null;
  }
}

declare module "@auth/core/adapters" {
  interface AdapterUser {
    role: string;
    username: string | null;
  }
}
