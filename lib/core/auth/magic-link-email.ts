/**
 * The sign-in email: subject, plain text and a small HTML body. The link is
 * the only call to action; the text says what to do if you didn't ask for it.
 */
export interface MagicLinkEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function magicLinkEmail({ url, host, expiresInHours }: { url: string; host: string; expiresInHours: number }): MagicLinkEmail {
  const subject = `Sign in to Hallway (${host})`;
  const hours = expiresInHours === 1 ? "1 hour" : `${expiresInHours} hours`;
  const text = [
    `Sign in to Hallway at ${host} with this link:`,
    "",
    url,
    "",
    `The link works once and expires in ${hours}.`,
    "If you didn't ask to sign in, ignore this email: nothing happens without the link.",
    "",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1d1c1a">
<p>Sign in to Hallway at ${escapeHtml(host)}:</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:0.6em 1.2em;background:#9a3412;color:#fff;border-radius:8px;text-decoration:none;font-weight:600">Sign in to Hallway</a></p>
<p style="color:#5c5850">The link works once and expires in ${hours}. If you didn't ask to sign in, ignore this email.</p>
</body></html>`;
  return { subject, text, html };
}
