import { test } from "node:test";
import assert from "node:assert/strict";
import { parseStoredLinks, profileSchema } from "@/lib/validations/profile";
import { formDataToObject } from "@/lib/server/actions/form-data";

test("form rows become links; blank rows are dropped", () => {
  const form = new FormData();
  form.set("name", "  Jane Doe ");
  form.set("username", "Jane-Doe");
  form.set("bio", "");
  form.set("links.0.label", "Site");
  form.set("links.0.url", "https://jane.example");
  form.set("links.1.label", "");
  form.set("links.1.url", "");
  form.set("$ACTION_ID_abc", "");
  const { object } = formDataToObject(form);
  const parsed = profileSchema.parse(object);
  assert.deepEqual(parsed, { name: "Jane Doe", username: "jane-doe", bio: null, links: [{ label: "Site", url: "https://jane.example" }] });
});

test("errors point at the field that needs fixing", () => {
  const result = profileSchema.safeParse({ name: "", username: "no way", links: [{ label: "", url: "javascript:alert(1)" }] });
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((i) => i.path.join("."));
  assert.ok(paths.includes("name"));
  assert.ok(paths.includes("username"));
  assert.ok(paths.includes("links.0.label"));
  assert.ok(paths.includes("links.0.url"));
});

test("stored links are read defensively", () => {
  assert.deepEqual(parseStoredLinks('[{"label":"A","url":"https://a.example"},{"label":"bad","url":"ftp://x"},7]'), [
    { label: "A", url: "https://a.example" },
  ]);
  assert.deepEqual(parseStoredLinks("not json"), []);
  assert.deepEqual(parseStoredLinks(null), []);
});
