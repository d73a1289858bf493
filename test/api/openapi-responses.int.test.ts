import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h } = worldPerFile("a");

type Schema = Record<string, unknown>;
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> };

const METHODS = ["get", "post", "put", "patch", "delete"];

// A schema says something about the answer: not `{}`, not any-object, not an object with no
// properties; a union, array or typed map counts when its parts do.
function shapeless(doc: Doc, schema: Schema | undefined, seen = new Set<string>()): boolean {
  if (!schema) return true;
  const ref = schema.$ref;
  if (typeof ref === "string") {
    const name = ref.replace("#/components/schemas/", "");
    if (seen.has(name)) return false;
    return shapeless(doc, doc.components?.schemas?.[name], new Set([...seen, name]));
  }
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const parts = schema[key];
    if (Array.isArray(parts))
      return parts.length === 0 || parts.some((p) => shapeless(doc, p as Schema, seen));
  }
  if (schema.type === "array") return shapeless(doc, schema.items as Schema | undefined, seen);
  if (schema.type === "object" || schema.type === undefined) {
    const props = schema.properties as Record<string, Schema> | undefined;
    if (props && Object.keys(props).length > 0) return false;
    const extra = schema.additionalProperties;
    return !extra || typeof extra !== "object" || Object.keys(extra).length === 0;
  }
  return false;
}

describe("the OpenAPI document", () => {
  it("gives every route's success answer a real schema (no any, no property-less object)", async () => {
    const doc = (await h.call("GET", "/api/openapi.json")).body as Doc;
    const missing: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          if (!/^2\d\d$/.test(status) || status === "204") continue;
          checked++;
          const content = Object.entries(response.content ?? {});
          const empty =
            content.length === 0 ||
            content.some(([type, c]) => type === "application/json" && shapeless(doc, c.schema));
          if (empty) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
