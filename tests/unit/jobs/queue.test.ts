/**
 * The in-process job queue (SQLite's backend): retries, backoff, draining,
 * and a failing job reported without blocking the others. Handlers here need
 * no database, so the workers get a stand-in.
 */
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "@/lib/server/db";
import { defineJob, drainJobs, enqueue, jobFailures, startWorkers, stopWorkers } from "@/lib/server/jobs/queue";

const noDb = {} as Db;
const start = () => startWorkers(noDb, { url: "file:./data/unused.db" });
let n = 0;
const unique = (name: string) => `${name}-${++n}`;

afterEach(async () => {
  await stopWorkers();
});

test("a failing job is retried until it succeeds, then counts as done", async () => {
  const name = unique("flaky");
  const attempts: number[] = [];
  defineJob(name, async (_p, { attempt }) => {
    attempts.push(attempt);
    if (attempt < 3) throw new Error(`fail ${attempt}`);
  }, { retries: 2 });
  const failuresBefore = jobFailures().count;
  await start();
  await enqueue(name, {});
  await drainJobs();
  assert.deepEqual(attempts, [1, 2, 3]);
  assert.equal(jobFailures().count, failuresBefore, "a job that finally succeeded is no failure");
});

test("retries wait their backoff: the other jobs run first, and a shorter backoff comes back sooner", async () => {
  const order: string[] = [];
  const job = (label: string, delayMs: number) => {
    const name = unique(label);
    defineJob(name, async (_p, { attempt }) => {
      order.push(`${label}${attempt}`);
      if (attempt === 1) throw new Error("first run fails");
    }, { retries: 1, backoff: { delayMs } });
    return name;
  };
  const slow = job("slow", 300);
  const fast = job("fast", 5);
  const plain = unique("plain");
  defineJob(plain, async () => void order.push("plain1"));
  await start();
  await enqueue(slow);
  await enqueue(fast);
  await enqueue(plain);
  await drainJobs();
  assert.deepEqual(order, ["slow1", "fast1", "plain1", "fast2", "slow2"]);
});

test("drainJobs waits for a job that is still waiting out its backoff", async () => {
  const name = unique("late");
  let done = false;
  defineJob(name, async (_p, { attempt }) => {
    if (attempt === 1) throw new Error("not yet");
    done = true;
  }, { retries: 1, backoff: { delayMs: 50 } });
  await start();
  await enqueue(name);
  await drainJobs();
  assert.equal(done, true);
});

test("a job that fails every retry is reported, and the jobs after it still run", async () => {
  const broken = unique("broken");
  const after = unique("after");
  let attempts = 0;
  let ran = false;
  defineJob(broken, async () => {
    attempts += 1;
    throw new Error("always broken");
  }, { retries: 2 });
  defineJob(after, async () => void (ran = true));
  const before = jobFailures().count;
  await start();
  await enqueue(broken, { writeup: "w1" });
  await enqueue(after);
  await drainJobs();
  assert.equal(attempts, 3, "one run and two retries");
  assert.equal(ran, true);
  assert.equal(jobFailures().count, before + 1);
  assert.deepEqual({ ...jobFailures().last, at: undefined }, { job: broken, payload: { writeup: "w1" }, attempts: 3, error: "always broken", at: undefined });
});

test("a singleton job waiting to run is queued once, however often it is asked for", async () => {
  const name = unique("sweep");
  let runs = 0;
  defineJob(name, async () => void (runs += 1), { singleton: true });
  await start();
  await Promise.all([enqueue(name), enqueue(name), enqueue(name)]);
  await drainJobs();
  assert.equal(runs, 1);
});

test("jobs asked for before the workers start run when they start, and runAtStart jobs run at every start", async () => {
  const early = unique("early");
  const atStart = unique("at-start");
  const seen: string[] = [];
  defineJob(early, async (p) => void seen.push(`early:${String(p.id)}`));
  defineJob(atStart, async () => void seen.push("at-start"), { runAtStart: true, singleton: true });
  await enqueue(early, { id: 7 });
  assert.deepEqual(seen, [], "nothing runs without workers");
  await start();
  await drainJobs();
  assert.deepEqual(seen.sort(), ["at-start", "early:7"]);
  await stopWorkers();
  await start();
  await drainJobs();
  assert.equal(seen.filter((s) => s === "at-start").length, 2);
});

test("drainJobs without workers says so instead of waiting forever", async () => {
  await assert.rejects(drainJobs(), /no workers are running/);
});
