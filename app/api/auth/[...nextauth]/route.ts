// Auth.js's endpoints (OAuth callbacks, magic links, CSRF token, sign-out);
// everything is configured, and sign-in POSTs rate-limited, in auth.ts.
import { handlers } from "@/auth";

export const { GET, POST } = handlers;
