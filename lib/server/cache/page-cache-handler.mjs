// @ts-check
/**
 * Next's cache handler for Hallway (next.config.js `cacheHandler`): where Next
 * keeps the reader pages it renders (its full-route cache, ISR), and how it
 * learns that one is out of date, on every app server alike.
 *
 * Storage is this process's memory: a bounded LRU (HALLWAY_PAGE_CACHE_MB, 64 MB
 * by default). Each instance renders a page once and then serves the copy.
 *
 * Freshness is by tag, not by time. A page carries the tags of what it shows
 * (lib/server/cache/page-tags.ts: `writeup:<id>`, `talk:<id>`, `catalog`, …).
 * A change marks its tags in the database, in the same transaction as the
 * change; every instance reads the recent marks every half second and records,
 * for each tag, when it learnt of it (lib/server/cache/page-cache.ts). A copy
 * is served only while none of its tags was marked after its render began; a
 * stale copy is dropped and the request waits for a fresh render (Next renders
 * one per page, however many requests wait). So a publish shows on every
 * instance within about a second, and a busy page costs one render per change
 * to what it shows, not one per second.
 *
 * Time still bounds a copy, for a change that marks no tag: past
 * `revalidate` (PAGE_REVALIDATE_S, app/(site)/layout.tsx) Next renders it
 * again in the background, as it always does.
 *
 * Only 200 responses are kept: a 404 or a redirect is cheap to render, and
 * would otherwise outlive the publish that gives its address a page.
 *
 * This file is plain JavaScript because Next loads it by path, outside the
 * bundle; its state lives on globalThis so that the app code (bundled
 * separately) and this handler share it.
 */
import { LRUCache } from "lru-cache";

/** How far before a copy was stored its render may have begun, when the miss that began it was not seen. */
const RENDER_ALLOWANCE_MS = 5_000;
const TAGS_HEADER = "x-next-cache-tags";

/**
 * The state shared with lib/server/cache/page-cache.ts: when each tag was last
 * seen to change (this process's clock), and the cached copies.
 * @returns {{ marked: Map<string, number>, entries: LRUCache<string, Entry>, misses: Map<string, number> }}
 */
export function pageCacheState() {
  const key = Symbol.for("hallway.page-cache");
  const g = /** @type {Record<symbol, any>} */ (globalThis);
  if (!g[key]) {
    const megabytes = Number(process.env.HALLWAY_PAGE_CACHE_MB ?? 64);
    g[key] = {
      marked: new Map(),
      entries: new LRUCache({ maxSize: Math.max(1, megabytes) * 1024 * 1024, sizeCalculation: (/** @type {Entry} */ e) => Math.max(1, e.size) }),
      misses: new Map(),
    };
  }
  return g[key];
}

/**
 * @typedef {{ value: any, storedAt: number, renderedFrom: number, tags: string[], cacheControl: any, size: number }} Entry
 */

/**
 * A page's tags travel in its x-next-cache-tags header; an unstable_cache
 * entry's (a feed's document) in the context of its set().
 * @param {any} value
 * @param {string[] | undefined} extra
 */
function tagsOf(value, extra) {
  const header = value?.headers?.[TAGS_HEADER];
  const own = typeof header === "string" && header ? header.split(",") : Array.isArray(value?.tags) ? value.tags : [];
  return extra?.length ? [...new Set([...own, ...extra])] : own;
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 64;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData?.length) size += value.rscData.length;
  if (value.body?.length) size += value.body.length;
  if (value.segmentData instanceof Map) for (const [k, v] of value.segmentData) size += k.length + (v?.length ?? 0);
  if (value.data) size += JSON.stringify(value.data).length;
  return size;
}

/** Whether a copy rendered from `renderedFrom` is out of date: one of its tags (or "all") was marked after that. */
export function isOutOfDate(/** @type {string[]} */ tags, /** @type {number} */ renderedFrom, marked = pageCacheState().marked) {
  const all = marked.get("all");
  if (all !== undefined && all >= renderedFrom) return true;
  for (const tag of tags) {
    const at = marked.get(tag);
    if (at !== undefined && at >= renderedFrom) return true;
  }
  return false;
}

/**
 * Notes when the render for `key` began: at the first miss since the last
 * store (requests that arrive during a render wait for that one render).
 * Misses whose render never stored anything (an error, a 404) must not pile up.
 */
function noteMiss(/** @type {Map<string, number>} */ misses, /** @type {string} */ key, /** @type {number} */ now) {
  if (misses.has(key)) return;
  if (misses.size > 10_000) misses.clear();
  misses.set(key, now);
}

export default class HallwayPageCacheHandler {
  /** @param {any} _options */
  constructor(_options) {
    this.state = pageCacheState();
  }

  /**
   * @param {string} key
   * @param {any} [ctx]
   */
  async get(key, ctx) {
    const { entries, misses } = this.state;
    const entry = entries.get(key);
    const now = Date.now();
    const tags = entry ? [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])] : [];
    if (!entry || isOutOfDate(tags, entry.renderedFrom)) {
      if (entry) entries.delete(key);
      // The render this miss begins reads the database from now on.
      noteMiss(misses, key, now);
      return null;
    }
    // Past its revalidate time Next serves it once more and renders it again: that render starts now.
    const revalidate = entry.cacheControl?.revalidate;
    if (typeof revalidate === "number" && now - entry.storedAt > revalidate * 1000) noteMiss(misses, key, now);
    return { lastModified: entry.storedAt, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {any} [ctx]
   */
  async set(key, value, ctx) {
    const { entries, misses } = this.state;
    const now = Date.now();
    const renderedFrom = misses.get(key) ?? now - RENDER_ALLOWANCE_MS;
    misses.delete(key);
    const status = value?.status;
    if (value === null || value === undefined || (typeof status === "number" && status !== 200)) {
      entries.delete(key);
      return;
    }
    entries.set(key, { value, storedAt: now, renderedFrom, tags: tagsOf(value, ctx?.tags), cacheControl: ctx?.cacheControl, size: key.length + sizeOf(value) });
  }

  /**
   * revalidateTag() / revalidatePath() called in this process: mark the tags here.
   * (Marks for every instance go through the database: page-cache.ts.)
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) this.state.marked.set(tag, now);
  }

  resetRequestCache() {}
}
