/**
 * A local OpenID Connect provider for the browser tests (npm oidc-provider),
 * so sign-in is tested through a real authorization-code flow with nothing
 * leaving the machine. It knows one confidential client, Hallway's, and uses
 * oidc-provider's development login pages: any login and password sign in.
 * The login becomes the account: "alice" is alice@example.test, named
 * "Alice", preferred_username "alice"; a login containing "@" is used as the
 * email as it is.
 *
 * Run by Playwright's webServer (playwright.config.ts); never in production.
 */
import Provider from "oidc-provider";
import { OIDC_CLIENT, OIDC_PORT, baseURL, devBaseURL, oidcIssuer } from "./ports";

function claimsFor(login: string) {
  const email = login.includes("@") ? login.toLowerCase() : `${login.toLowerCase()}@example.test`;
  const handle = email.split("@")[0]!.replace(/[^a-z0-9]+/g, "-");
  const name = handle
    .split("-")
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
  return { sub: login, email, email_verified: true, name, preferred_username: handle };
}

const provider = new Provider(oidcIssuer, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: [`${baseURL}/api/auth/callback/oidc`, `${devBaseURL}/api/auth/callback/oidc`],
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
  // Otherwise the ID token carries only sub, and Auth.js gets no email.
  conformIdTokenClaims: false,
  cookies: { keys: ["hallway-e2e-cookie-key-not-for-production"] },
  features: { devInteractions: { enabled: true } },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => claimsFor(sub) }),
});

provider.on("server_error", (_ctx, error) => console.error("oidc-server:", error));
provider.listen(OIDC_PORT, () => console.log(`oidc-server: ${oidcIssuer} (client ${OIDC_CLIENT.id})`));
