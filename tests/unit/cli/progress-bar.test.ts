/** The command line's progress bar: drawn on a terminal, absent when stderr is a pipe or a file. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { progressBar } from "@/lib/server/cli/io";

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  stream.isTTY = isTTY;
  stream.columns = 120;
  stream.cursorTo = () => true;
  stream.clearLine = () => true;
  stream.moveCursor = () => true;
  let written = "";
  stream.on("data", (chunk: Buffer) => (written += chunk.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

test("no bar at all when the stream is not a terminal", () => {
  const { stream, written } = fakeStream(false);
  assert.equal(progressBar("importing", stream), undefined);
  assert.equal(written(), "");
});

test("on a terminal, the bar shows the label, the count and the total, and ends full", async () => {
  const { stream, written } = fakeStream(true);
  const bar = progressBar("importing", stream);
  assert.ok(bar);
  bar(0, 4);
  bar(2, 4);
  bar(4, 4);
  await new Promise((resolve) => setImmediate(resolve));
  assert.match(written(), /importing \[#{30}\] 4\/4/);
});
