/**
 * A local SMTP sink for the browser tests (npm smtp-server + mailparser): it
 * accepts every message on E2E_SMTP_PORT without TLS or auth, keeps it in
 * memory, and serves what it got on http://localhost:E2E_SMTP_PORT+1:
 *   GET /health                   → "ok"
 *   GET /messages?to=<address>    → [{ to, from, subject, text, receivedAt }], newest first
 * Run by Playwright's webServer (playwright.config.ts); never in production.
 */
import { createServer } from "node:http";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { SMTP_HTTP_PORT, SMTP_PORT } from "./ports";

export interface SunkMessage {
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}

const messages: SunkMessage[] = [];
const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        messages.unshift({
          to: [...new Set([...envelope, ...addresses(mail.to)])],
          from: mail.from?.text ?? "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
smtp.listen(SMTP_PORT, "127.0.0.1", () => console.log(`smtp-sink: smtp://127.0.0.1:${SMTP_PORT}`));

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/health") {
    res.end("ok");
    return;
  }
  if (url.pathname === "/messages") {
    const to = url.searchParams.get("to")?.toLowerCase();
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
    return;
  }
  res.statusCode = 404;
  res.end("not found");
}).listen(SMTP_HTTP_PORT, "localhost", () => console.log(`smtp-sink: messages on http://localhost:${SMTP_HTTP_PORT}/messages`));
