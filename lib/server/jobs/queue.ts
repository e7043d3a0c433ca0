/**
 * Background jobs, one interface for both databases.
 *
 * - On PostgreSQL (several app servers) jobs live in pg-boss's tables (its own
 *   schema, same database): any server's worker may run a job, retries and
 *   backoff are pg-boss's, and a job survives a restart.
 * - On SQLite (the embedded default, one process) the same interface runs
 *   in-process: a small in-memory worker with retries and backoff. Jobs in
 *   memory die with the process, so a job whose work must not be lost keeps
 *   its own durable record (the re-render flag does) and declares
 *   `runAtStart`, so the worker looks again whenever it starts.
 *
 * A job is defined once at module load (defineJob), enqueued by name with a
 * JSON payload, and run by the workers startWorkers(db) starts. Handlers must
 * be idempotent: a job may run twice (a retry after a crash mid-run, or two
 * servers racing), never zero times once enqueued on PostgreSQL.
 * drainJobs() waits until nothing is queued, waiting to retry or running, so
 * tests and the command line wait for the state, not for time.
 */
import type { PgBoss as PgBossType } from "pg-boss";
import type { Db } from "@/lib/server/db";
import { databaseUrl, providerOf } from "@/lib/server/database-url";

export type JobPayload = Record<string, unknown>;

export interface JobContext {
  db: Db;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export interface JobOptions {
  /** Retries after the first failed run (so retries + 1 runs at most). */
  retries?: number;
  /** Wait before retry n: delayMs × 2^(n-1), at most maxMs. */
  backoff?: { delayMs: number; maxMs?: number };
  /** At most one queued run at a time: enqueueing again while one waits is a no-op (for sweeps that read current state). */
  singleton?: boolean;
  /** Enqueued whenever the workers start, so durable work left by a crash is picked up. */
  runAtStart?: boolean;
  /** Also enqueued every this many minutes while workers run, as a backstop. */
  everyMinutes?: number;
}

interface JobDefinition {
  readonly name: string;
  readonly handler: (payload: JobPayload, context: JobContext) => Promise<void>;
  options: Required<Pick<JobOptions, "retries" | "singleton" | "runAtStart">> & Pick<JobOptions, "backoff" | "everyMinutes">;
}

export interface JobFailure {
  job: string;
  payload: JobPayload;
  attempts: number;
  error: string;
  at: string;
}

interface Backend {
  send(job: JobDefinition, payload: JobPayload): Promise<void>;
  drain(): Promise<void>;
  stop(): Promise<void>;
}

interface QueueState {
  definitions: Map<string, JobDefinition>;
  backend?: Backend;
  /** Enqueued before the workers started (or by a process that never starts them). */
  early: Array<{ name: string; payload: JobPayload }>;
  /** Enqueues still on their way to the backend (pg-boss's insert is a round trip). */
  sends: Set<Promise<void>>;
  lastFailure?: JobFailure;
  failures: number;
}

// One queue per process, on globalThis like the database client (db.ts): Next
// bundles instrumentation.ts (which starts the workers) apart from the routes
// and actions (which enqueue), and each bundle may hold its own copy of this
// module.
const state: QueueState = ((globalThis as unknown as { hallwayJobs?: QueueState }).hallwayJobs ??= {
  definitions: new Map(),
  early: [],
  sends: new Set(),
  failures: 0,
});
const { definitions, sends } = state;

function log(level: "info" | "error", msg: string, fields: Record<string, unknown>) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

/** One line of an error, for logs: Prisma's messages carry many lines of context before the cause, which comes last. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? message).slice(0, 500);
}

/** A job that failed its last retry: logged, and kept for the health report. */
function reportFailure(job: JobDefinition, payload: JobPayload, attempts: number, error: unknown) {
  state.failures += 1;
  state.lastFailure = { job: job.name, payload, attempts, error: errorText(error), at: new Date().toISOString() };
  log("error", "job failed", { job: job.name, attempts, error: state.lastFailure.error });
}

export function defineJob<P extends JobPayload>(name: string, handler: (payload: P, context: JobContext) => Promise<void>, options: JobOptions = {}): void {
  definitions.set(name, {
    name,
    handler: handler as JobDefinition["handler"],
    options: { retries: options.retries ?? 2, singleton: options.singleton ?? false, runAtStart: options.runAtStart ?? false, backoff: options.backoff, everyMinutes: options.everyMinutes },
  });
}

/**
 * Changes a defined job's retries or backoff before the workers start (tests
 * make retries immediate; an operator could make them slower).
 */
export function configureJob(name: string, options: Pick<JobOptions, "retries" | "backoff">): void {
  const job = definition(name);
  job.options = { ...job.options, ...options };
}

function definition(name: string): JobDefinition {
  const job = definitions.get(name);
  if (!job) throw new Error(`no job named "${name}" (defineJob it first)`);
  return job;
}

/**
 * Queues a run of `name`. Never throws: a job that cannot be queued is logged
 * (the work it stands for must have a durable record of its own, see above),
 * so enqueueing can never fail the change that asked for it.
 */
export async function enqueue(name: string, payload: JobPayload = {}): Promise<void> {
  const job = definition(name);
  const backend = state.backend;
  if (!backend) {
    if (!(job.options.singleton && state.early.some((e) => e.name === name))) state.early.push({ name, payload });
    return;
  }
  const sending = backend.send(job, payload).catch((error: unknown) => log("error", "job not queued", { job: name, error: errorText(error) }));
  // Callers may not wait (an after-commit hook cannot); drainJobs does.
  sends.add(sending);
  try {
    await sending;
  } finally {
    sends.delete(sending);
  }
}

export interface StartOptions {
  /** The database URL `db` was opened with (default DATABASE_URL); picks pg-boss or in-process. */
  url?: string;
}

/** Starts this process's workers for every defined job, against `db`. Idempotent until stopWorkers. */
export async function startWorkers(db: Db, options: StartOptions = {}): Promise<void> {
  if (state.backend) return;
  const url = options.url ?? databaseUrl();
  state.backend = providerOf(url) === "postgresql" ? await startPgBoss(db, url) : startInProcess(db);
  const queued = state.early;
  state.early = [];
  for (const job of definitions.values()) if (job.options.runAtStart && !queued.some((q) => q.name === job.name)) queued.push({ name: job.name, payload: {} });
  for (const q of queued) await enqueue(q.name, q.payload);
}

/** Stops the workers, letting a running job finish. */
export async function stopWorkers(): Promise<void> {
  const stopping = state.backend;
  state.backend = undefined;
  await stopping?.stop();
}

/** Resolves once no job is queued, waiting to retry or running (on PostgreSQL: on any server). */
export async function drainJobs(): Promise<void> {
  const backend = state.backend;
  if (!backend) throw new Error("drainJobs: no workers are running (call startWorkers first)");
  await Promise.all(sends);
  await backend.drain();
}

/** For the health report: the last job that failed all its retries in this process. */
export function jobFailures(): { count: number; last?: JobFailure } {
  return { count: state.failures, last: state.lastFailure };
}

function retryDelayMs(job: JobDefinition, retry: number): number {
  const backoff = job.options.backoff;
  if (!backoff) return 0;
  const delay = backoff.delayMs * 2 ** (retry - 1);
  return Math.min(delay, backoff.maxMs ?? Number.POSITIVE_INFINITY);
}

// ───────────────────────── in-process (SQLite) ─────────────────────────

interface Run {
  job: JobDefinition;
  payload: JobPayload;
  attempt: number;
}

function startInProcess(db: Db): Backend {
  const ready: Run[] = [];
  const waiting = new Set<NodeJS.Timeout>();
  const idle: Array<() => void> = [];
  const intervals: NodeJS.Timeout[] = [];
  let running: Promise<void> | undefined;
  let stopped = false;

  const isIdle = () => !running && ready.length === 0 && waiting.size === 0;
  const settle = () => {
    if (isIdle()) for (const resolve of idle.splice(0)) resolve();
  };

  const pump = () => {
    if (running || stopped) return settle();
    const run = ready.shift();
    if (!run) return settle();
    running = execute(run).finally(() => {
      running = undefined;
      pump();
    });
  };

  async function execute(run: Run) {
    try {
      await run.job.handler(run.payload, { db, attempt: run.attempt });
    } catch (error) {
      if (run.attempt > run.job.options.retries) return reportFailure(run.job, run.payload, run.attempt, error);
      log("info", "job will be retried", { job: run.job.name, attempt: run.attempt, error: errorText(error) });
      schedule({ ...run, attempt: run.attempt + 1 }, retryDelayMs(run.job, run.attempt));
    }
  }

  function schedule(run: Run, delayMs: number) {
    if (stopped) return;
    if (delayMs <= 0) {
      ready.push(run);
      return void queueMicrotask(pump);
    }
    // The timer keeps the process alive on purpose: a CLI command draining its
    // jobs waits out a retry's backoff rather than exiting with work undone.
    const timer = setTimeout(() => {
      waiting.delete(timer);
      ready.push(run);
      pump();
    }, delayMs);
    waiting.add(timer);
  }

  for (const job of definitions.values()) {
    if (job.options.everyMinutes) intervals.push(setInterval(() => void enqueue(job.name), job.options.everyMinutes * 60_000).unref());
  }

  return {
    async send(job, payload) {
      if (job.options.singleton && ready.some((r) => r.job === job)) return;
      schedule({ job, payload, attempt: 1 }, 0);
    },
    drain() {
      return new Promise<void>((resolve) => {
        idle.push(resolve);
        settle();
      });
    },
    async stop() {
      stopped = true;
      for (const timer of [...waiting, ...intervals]) clearTimeout(timer);
      waiting.clear();
      ready.length = 0;
      await running;
      settle();
    },
  };
}

// ───────────────────────────── pg-boss ─────────────────────────────

/** pg-boss's schema: "pgboss", or "<schema>_pgboss" beside a database in its own schema (the tests use one each). */
export function pgBossSchema(url: string): string {
  const schema = new URL(url).searchParams.get("schema");
  return schema ? `${schema}_pgboss` : "pgboss";
}

async function startPgBoss(db: Db, url: string): Promise<Backend> {
  const { PgBoss } = await import("pg-boss");
  const schema = pgBossSchema(url);
  const connection = new URL(url);
  // Prisma's ?schema= means nothing to pg; pg-boss qualifies its own tables.
  connection.searchParams.delete("schema");
  const boss: PgBossType = new PgBoss({ connectionString: connection.toString(), schema, application_name: "hallway-jobs", max: 4 });
  boss.on("error", (error: unknown) => log("error", "job queue error", { error: errorText(error) }));
  await boss.start();
  const workers = new Map<string, string>();

  for (const job of definitions.values()) {
    const backoff = job.options.backoff;
    const retry = {
      retryLimit: job.options.retries,
      // pg-boss counts in seconds; its backoff doubles from retryDelay.
      retryDelay: backoff ? Math.ceil(backoff.delayMs / 1000) : 0,
      retryBackoff: !!backoff && backoff.delayMs > 0,
    };
    await boss.createQueue(job.name, { policy: job.options.singleton ? "stately" : "standard", ...retry });
    // createQueue keeps an existing queue as it was: apply today's retry settings.
    await boss.updateQueue(job.name, { ...retry, retryDelayMax: backoff?.maxMs ? Math.ceil(backoff.maxMs / 1000) : null });
    const id = await boss.work<JobPayload>(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([run]) => {
      if (!run) return;
      try {
        await job.handler(run.data ?? {}, { db, attempt: run.retryCount + 1 });
      } catch (error) {
        if (run.retryCount >= job.options.retries) reportFailure(job, run.data ?? {}, run.retryCount + 1, error);
        else log("info", "job will be retried", { job: job.name, attempt: run.retryCount + 1, error: errorText(error) });
        throw error;
      }
    });
    workers.set(job.name, id);
    // One instance fires each schedule, whichever server holds it.
    if (job.options.everyMinutes) await boss.schedule(job.name, `*/${job.options.everyMinutes} * * * *`);
  }

  const wake = () => {
    for (const id of workers.values()) boss.notifyWorker(id);
  };
  const names = [...definitions.keys()];
  const unfinished = async () => {
    const { rows } = await boss
      .getDb()
      .executeSql(`SELECT count(*)::int AS n FROM "${schema}".job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')`, [names]);
    return Number((rows[0] as { n: number } | undefined)?.n ?? 0);
  };

  return {
    async send(job, payload) {
      await boss.send(job.name, payload);
      wake();
    },
    async drain() {
      // Waits for the jobs' state in the database, looking again every 100 ms.
      while ((await unfinished()) > 0) {
        wake();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await boss.stop({ graceful: true, close: true, timeout: 30_000 });
    },
  };
}
