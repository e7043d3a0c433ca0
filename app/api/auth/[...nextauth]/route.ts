// Auth.js's endpoints (OAuth callbacks, magic links, CSRF token, sign-out);
// everything is configured, and sign-in POSTs rate-limited, in lib/server/auth/auth.ts.
import { handlers } from "@/lib/server/auth/auth";

export const { GET, POST } = handlers;
