/**
 * What the sign-in page says for each ?error= code: Auth.js's own codes (see
 * @auth/core/errors) and Hallway's (rate limits, invalid input, dev sign-in).
 */
export function signInErrorMessage(code: string, params: { retry?: string; email?: string }): string {
  switch (code) {
    case "RateLimited": {
      const minutes = Number(params.retry);
      const when = Number.isFinite(minutes) && minutes > 0 ? `in ${minutes} minute${minutes === 1 ? "" : "s"}` : "in a few minutes";
      return `Too many sign-in attempts. For your account’s safety, please wait and try again ${when}.`;
    }
    case "EmailInvalid":
      return params.email ? `“${params.email}” doesn’t look like an email address. Check it and try again.` : "Enter your email address to get a sign-in link.";
    case "EmailSignin":
    case "EmailSignInError":
      return "We couldn’t send the sign-in email. Check the address, or try again in a moment.";
    case "Verification":
      return "That sign-in link has expired or was already used. Ask for a new one below.";
    case "OAuthAccountNotLinked":
      return "That email address already belongs to an account that signs in another way. Sign in the way you did before.";
    case "AccessDenied":
      return "Sign-in was cancelled or refused.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "OAuthCallbackError":
    case "CallbackRouteError":
    case "InvalidCheck":
      return "The sign-in provider didn’t complete the sign-in. Please try again.";
    case "DevSignInInvalid":
      return "Enter a display name and a valid email address for the development sign-in.";
    case "DevSignInUnavailable":
      return "The development sign-in is not available on this site.";
    case "UnknownProvider":
      return "That sign-in method is not configured on this site.";
    case "Configuration":
      return "Sign-in is misconfigured on this site. If you run it, check the server log and the README’s “Sign-in” section.";
    default:
      return "Something went wrong while signing in. Please try again.";
  }
}
