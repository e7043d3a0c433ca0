/**
 * Aho-Corasick over token ids (not characters).
 *
 * Patterns are sequences of vocabulary ids (a title, a part of a title, a
 * name). Scanning a writeup is one pass over its tokens: each step follows
 * at most a few failure links, so the cost grows with the text, not with
 * the number of patterns. That is what keeps detection nearly flat from a
 * thousand talks to a hundred thousand.
 *
 * Besides whole-pattern hits, the scanner reports *maximal partial* matches:
 * a run of text tokens that walked some way down the trie and could go no
 * further. Those are how shortened titles ("Hacked! Run Time Security" for
 * "Hacked! Run time security for containers") are found. To list the
 * patterns below a node cheaply, patterns are numbered in depth-first
 * order, so every node owns a contiguous range `[lo, hi)` of `order`.
 */

/**
 * Trie edges (node, token) → child in one open-addressing hash table of
 * typed arrays. A Map keyed by node * vocabulary + token works too, but its
 * keys outgrow small integers on big catalogs and every lookup then hashes a
 * heap number; this table keeps building and scanning fast at 100,000 talks.
 */
class EdgeTable {
  private nodes: Int32Array;
  private tokens: Int32Array;
  private children: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.nodes = new Int32Array(size);
    this.tokens = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  private slot(node: number, token: number): number {
    return (Math.imul(node ^ Math.imul(token, 0x9e3779b1), 0x85ebca6b) ^ (node >>> 13)) & this.mask;
  }

  get(node: number, token: number): number {
    for (let i = this.slot(node, token); ; i = (i + 1) & this.mask) {
      const c = this.children[i]!;
      if (c === -1) return -1;
      if (this.nodes[i] === node && this.tokens[i] === token) return c;
    }
  }

  set(node: number, token: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    for (let i = this.slot(node, token); ; i = (i + 1) & this.mask) {
      if (this.children[i] === -1) {
        this.nodes[i] = node;
        this.tokens[i] = token;
        this.children[i] = child;
        this.count++;
        return;
      }
      if (this.nodes[i] === node && this.tokens[i] === token) {
        this.children[i] = child;
        return;
      }
    }
  }

  private grow(): void {
    const { nodes, tokens, children } = this;
    const size = (this.mask + 1) * 2;
    this.nodes = new Int32Array(size);
    this.tokens = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < children.length; i++) if (children[i] !== -1) this.set(nodes[i]!, tokens[i]!, children[i]!);
  }
}

export interface PartialMatch {
  /** Index of the first and last text token of the match (inclusive). */
  first: number;
  last: number;
  node: number;
}

export class TokenAutomaton {
  /** Depth of each node = number of tokens matched. */
  readonly depth: Int32Array;
  readonly fail: Int32Array;
  /** Patterns through node n are order[lo[n]] … order[hi[n] - 1]; the first termCount[n] end at n. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly termCount: Int32Array;
  readonly order: Int32Array;
  private readonly edges: EdgeTable;

  constructor(patterns: readonly (readonly number[])[]) {
    let total = 0;
    for (const p of patterns) total += p.length;
    const edges = new EdgeTable(total);
    // At most one node per pattern token, plus the root: size the arrays once.
    const depth = new Int32Array(total + 1);
    const firstChild = new Int32Array(total + 1).fill(-1);
    const nextSibling = new Int32Array(total + 1).fill(-1);
    const edgeToken = new Int32Array(total + 1).fill(-1);
    const termHead = new Int32Array(total + 1).fill(-1);
    const termNext = new Int32Array(patterns.length).fill(-1);
    let nodes = 1;

    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      let node = 0;
      for (let k = 0; k < pattern.length; k++) {
        const token = pattern[k]!;
        let child = edges.get(node, token);
        if (child === -1) {
          child = nodes++;
          edges.set(node, token, child);
          depth[child] = depth[node]! + 1;
          nextSibling[child] = firstChild[node]!;
          firstChild[node] = child;
          edgeToken[child] = token;
        }
        node = child;
      }
      if (pattern.length > 0) {
        termNext[p] = termHead[node]!;
        termHead[node] = p;
      }
    }

    const size = nodes;
    this.edges = edges;
    this.depth = depth.slice(0, size);
    this.fail = new Int32Array(size);
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.termCount = new Int32Array(size);
    this.order = new Int32Array(patterns.length);

    // Failure links, breadth first: a node's link is the longest proper
    // suffix of its path that is also a path from the root.
    const queue = new Int32Array(size);
    let head = 0;
    let tail = 0;
    for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) {
      this.fail[c] = 0;
      queue[tail++] = c;
    }
    while (head < tail) {
      const u = queue[head++]!;
      for (let v = firstChild[u]!; v !== -1; v = nextSibling[v]!) {
        const t = edgeToken[v]!;
        let f = this.fail[u]!;
        for (;;) {
          const c = edges.get(f, t);
          if (c !== -1 && c !== v) {
            this.fail[v] = c;
            break;
          }
          if (f === 0) {
            this.fail[v] = 0;
            break;
          }
          f = this.fail[f]!;
        }
        queue[tail++] = v;
      }
    }

    // Depth-first numbering of patterns (iterative: titles can be long and
    // catalogs large, recursion would be fragile).
    let counter = 0;
    const stack = new Int32Array(size + 1);
    let top = 0;
    stack[top++] = 0;
    const visited = new Uint8Array(size);
    while (top > 0) {
      const u = stack[top - 1]!;
      if (!visited[u]) {
        visited[u] = 1;
        this.lo[u] = counter;
        for (let p = termHead[u]!; p !== -1; p = termNext[p]!) this.order[counter++] = p;
        this.termCount[u] = counter - this.lo[u]!;
        for (let c = firstChild[u]!; c !== -1; c = nextSibling[c]!) stack[top++] = c;
      } else {
        top--;
        this.hi[u] = counter;
      }
    }
  }

  get size(): number {
    return this.depth.length;
  }

  child(node: number, token: number): number {
    if (token < 0) return -1;
    return this.edges.get(node, token);
  }

  step(node: number, token: number): number {
    if (token < 0) return 0;
    for (let s = node; ; s = this.fail[s]!) {
      const c = this.edges.get(s, token);
      if (c !== -1) return c;
      if (s === 0) return 0;
    }
  }

  /**
   * Every maximal partial match in `tokens` (ids; -1 = not in the vocabulary;
   * `barrier[i]` = nothing may span from token i-1 to token i).
   * A match is reported once it cannot be extended by the next token; for
   * each end position the whole failure chain is checked, so a shorter
   * match that started later (a different title) is not lost behind a longer
   * one. Matches shorter than `minDepth` are reported only when a pattern
   * ends exactly there.
   */
  scan(tokens: ArrayLike<number>, barrier: ArrayLike<boolean>, minDepth: number, onMatch: (m: PartialMatch) => void): void {
    let state = 0;
    const n = tokens.length;
    for (let i = 0; i <= n; i++) {
      const atBarrier = i === n || barrier[i] === true;
      const next = atBarrier ? -1 : tokens[i]!;
      if (state !== 0) {
        for (let u = state; u !== 0; u = this.fail[u]!) {
          const d = this.depth[u]!;
          if (d < minDepth && this.termCount[u] === 0) continue;
          if (next >= 0 && this.child(u, next) !== -1) continue;
          onMatch({ first: i - d, last: i - 1, node: u });
        }
      }
      if (i === n) break;
      state = this.step(atBarrier ? 0 : state, tokens[i]!);
    }
  }
}
