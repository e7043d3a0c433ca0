// Types for page-cache-handler.mjs (plain JavaScript: Next loads it by path).
import type { LRUCache } from "lru-cache";

export interface PageCacheEntry {
  value: unknown;
  storedAt: number;
  renderedFrom: number;
  tags: string[];
  cacheControl: unknown;
  size: number;
}

export function pageCacheState(): { marked: Map<string, number>; entries: LRUCache<string, PageCacheEntry>; misses: Map<string, number> };
export function isOutOfDate(tags: string[], renderedFrom: number, marked?: Map<string, number>): boolean;

export default class HallwayPageCacheHandler {
  constructor(options: unknown);
  get(key: string, ctx?: unknown): Promise<{ lastModified: number; value: unknown; cacheControl: unknown } | null>;
  set(key: string, value: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
