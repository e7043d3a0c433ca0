// Hallway's production server: Next's request handler behind a plain Node
// HTTP server, so that every request leaves one structured JSON log line and a
// SIGTERM drains in-flight requests before the process exits (rolling deploys,
// container stops). `npm start` runs it after migrations, seeding and the build.
//
// Log line: {"time","level","msg":"request","method","path","status","ms","bytes","ua"}
// Errors:   {"time","level":"error","msg", "error", "stack"}
import { createServer } from "node:http";
import next from "next";
import { createResponseCache } from "./response-cache.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const drainMs = Number(process.env.HALLWAY_DRAIN_MS ?? 10_000);

function log(level, msg, fields = {}) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

process.on("uncaughtException", (error) => {
  log("error", "uncaught exception", { error: error.message, stack: error.stack });
  process.exit(1);
});
process.on("unhandledRejection", (reason) => {
  log("error", "unhandled rejection", { error: reason instanceof Error ? reason.message : String(reason), stack: reason instanceof Error ? reason.stack : undefined });
});

const app = next({ dev: false, hostname: "localhost", port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

// The content version, from this very server (it knows the database), at most
// every 500 ms, one request at a time.
const VERSION_PATH = "/api/content-version";
let versionRead = { at: 0, value: null, pending: null };
function contentVersion() {
  if (Date.now() - versionRead.at < 500) return Promise.resolve(versionRead.value);
  const self = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  versionRead.pending ??= fetch(`http://${self}:${port}${VERSION_PATH}`, { headers: { "x-hallway-internal": "1" } })
    .then((r) => (r.ok ? r.json() : { version: null }))
    .then((body) => (typeof body.version === "number" ? body.version : null))
    .catch(() => null)
    .then((value) => {
      versionRead = { at: Date.now(), value, pending: null };
      return value;
    });
  return versionRead.pending;
}

// Cache headers, a one-second micro-cache and revalidation for anonymous readers (response-cache.mjs).
const cache = createResponseCache({ contentVersion });

let draining = false;
const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  if (draining) res.setHeader("Connection", "close");
  res.on("finish", () => {
    const path = (req.url ?? "/").split("?")[0];
    // Static assets would drown the log, and so would the cache's own version reads; everything else gets a line.
    if (path.startsWith("/_next/static/") || (path === VERSION_PATH && req.headers["x-hallway-internal"])) return;
    log(res.statusCode >= 500 ? "error" : "info", "request", {
      method: req.method,
      path,
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 100_000n) / 10,
      bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
      ua: req.headers["user-agent"]?.slice(0, 120),
    });
  });
  Promise.resolve(cache.serve(req, res, handle)).catch((error) => {
    log("error", "request failed", { path: req.url, error: error.message, stack: error.stack });
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
    res.end("Internal Server Error");
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => log("info", "listening", { url: `http://localhost:${port}`, pid: process.pid }));

function shutdown(signal) {
  if (draining) return;
  draining = true;
  log("info", "shutting down", { signal, drainMs });
  server.close(() => {
    log("info", "stopped");
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    log("error", "drain timed out; closing remaining connections");
    server.closeAllConnections();
    process.exit(0);
  }, drainMs).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
