/**
 * Turning positions into something a person can find: 1-based line numbers
 * from character offsets, JSONPath-like strings from key paths, and JSON
 * parsing whose syntax errors name the line and column (JSON.parse in Node 20
 * does not always give a position, so on failure a small scanner finds it).
 * Only the failure path scans; valid input costs one JSON.parse.
 */
import { ProgrammeError } from "./programme-error";

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** ["talks", 3, "speakers", 0] → $.talks[3].speakers[0] */
export function jsonPath(parts: readonly (string | number)[]): string {
  let out = "$";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** JSON.parse, or a ProgrammeError "line 3, column 8: …" for malformed text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    const found = findJsonSyntaxError(stripBom(text));
    const offset = found?.offset ?? 0;
    const line = lineAt(text, offset);
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const reason = found?.reason ?? (error instanceof Error ? error.message : String(error));
    throw new ProgrammeError(`not valid JSON: ${reason} at column ${offset - lineStart + 1}`, { line });
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface SyntaxProblem {
  offset: number;
  reason: string;
}

/** A strict RFC 8259 scanner that reports the first offending offset. */
export function findJsonSyntaxError(text: string): SyntaxProblem | null {
  let i = 0;
  const fail = (reason: string): never => {
    throw { offset: i, reason } satisfies SyntaxProblem;
  };
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const describe = () => (i >= text.length ? "the file ends" : `unexpected ${JSON.stringify(text[i])}`);
  const value = (depth: number): void => {
    if (depth > 10000) fail("nesting is too deep");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`${describe()} where a property name in double quotes should be`);
        string();
        ws();
        if (text[i] !== ":") fail(`${describe()} where ':' should be`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`${describe()} where ',' or '}' should be`);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`${describe()} where ',' or ']' should be`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(`${describe()} where a value should be`);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("bad \\u escape in a string");
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail("bad escape in a string");
        i += 2;
        continue;
      }
      if (c !== undefined && c.charCodeAt(0) < 0x20) fail("a control character (such as a line break) inside a string");
      i++;
    }
    fail("a string is not closed");
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return null;
  } catch (problem) {
    if (typeof problem === "object" && problem !== null && "offset" in problem) return problem as SyntaxProblem;
    throw problem;
  }
}
