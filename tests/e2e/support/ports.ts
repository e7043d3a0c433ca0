/**
 * The ports of the browser tests' servers, in one place, each overridable so
 * two people (or two CI jobs) can run the suite on one machine at once.
 *   E2E_PORT       the app, with GitHub-free sign-in: the local OIDC provider and email
 *   E2E_PORT + 1   a second app with no sign-in method configured (development sign-in)
 *   E2E_OIDC_PORT  the local OpenID Connect provider
 *   E2E_SMTP_PORT  the SMTP sink; its HTTP read-out listens on E2E_SMTP_PORT + 1
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
export const DEV_APP_PORT = Number(process.env.E2E_DEV_PORT ?? APP_PORT + 1);
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4010);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const SMTP_HTTP_PORT = SMTP_PORT + 1;

export const baseURL = `http://localhost:${APP_PORT}`;
export const devBaseURL = `http://localhost:${DEV_APP_PORT}`;
// v5 of next-auth needs "localhost", not 127.0.0.1, in every URL (see ../shared/ENVIRONMENT.md).
export const oidcIssuer = `http://localhost:${OIDC_PORT}`;
export const mailboxURL = `http://localhost:${SMTP_HTTP_PORT}`;

export const OIDC_CLIENT = { id: "hallway-e2e", secret: "hallway-e2e-secret-not-for-production" } as const;

/**
 * Playwright empties its output folder when a run starts. One folder per app
 * port, so a run on another port (someone else's, on the same checkout) can't
 * delete this run's saved session or traces halfway through.
 */
export const OUTPUT_DIR = `test-results/e2e-${APP_PORT}`;
/** Where the setup project saves the signed-in session for the `auth` project. */
export const STORAGE_STATE = `${OUTPUT_DIR}/.auth/user.json`;
/** The account the setup project signs in as (the OIDC provider makes it up). */
export const SETUP_LOGIN = "e2e-author";
