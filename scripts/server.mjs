// Hallway's production server: Next's request handler behind a plain Node
// HTTP server, so that every request leaves one structured JSON log line and a
// SIGTERM drains in-flight requests before the process exits (rolling deploys,
// container stops). `npm start` runs it after migrations, seeding and the build.
// Caching is not done here: Next caches reader pages itself and the headers
// come from lib/server/http/cache-policy.ts (through next.config.ts); see lib/server/cache/invalidate.ts.
//
// Log line: {"time","level","msg":"request","method","path","status","ms","bytes","ua"}
// Errors:   {"time","level":"error","msg", "error", "stack"}
import { createServer } from "node:http";
import next from "next";

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

let draining = false;
const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  if (draining) res.setHeader("Connection", "close");
  res.on("finish", () => {
    const path = (req.url ?? "/").split("?")[0];
    // Static assets would drown the log; everything else gets a line.
    if (path.startsWith("/_next/static/")) return;
    log(res.statusCode >= 500 ? "error" : "info", "request", {
      method: req.method,
      path,
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 100_000n) / 10,
      bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
      ua: req.headers["user-agent"]?.slice(0, 120),
    });
  });
  Promise.resolve(handle(req, res)).catch((error) => {
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
