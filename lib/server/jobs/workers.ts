/**
 * The background jobs this app runs, and their workers. Import the workers
 * from here (not from queue.ts), so every job is defined before they start.
 */
import type { Db } from "@/lib/server/db";
import "@/lib/server/jobs/rerender";
import { jobFailures } from "@/lib/server/jobs/queue";
import { countStaleWriteups } from "@/lib/server/repositories/render-jobs";

export { drainJobs, startWorkers, stopWorkers } from "@/lib/server/jobs/queue";

export interface JobHealth {
  /** Writeups waiting to be re-rendered: 0 when the job keeps up; growing when it fails. */
  staleWriteups: number;
  /** Jobs that failed all their retries in this process, and the last one's error. */
  failedJobs: number;
  lastFailure?: { job: string; error: string; at: string };
}

export async function jobHealth(db: Db): Promise<JobHealth> {
  const { count, last } = jobFailures();
  return {
    staleWriteups: await countStaleWriteups(db),
    failedJobs: count,
    ...(last ? { lastFailure: { job: last.job, error: last.error, at: last.at } } : {}),
  };
}
