import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Point 12 of issue 12: the web app keeps its token in localStorage and had no
// Content-Security-Policy, so any injected script could read it.
const ctx = worldPerFile("csp");

const directives = (header: string | null) =>
  new Map(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe("Content-Security-Policy", () => {
  it("web app pages allow scripts from our origin only", async () => {
    for (const path of ["/", "/console", "/portal/tickets/SO-2026-000001"]) {
      const r = await ctx.h.call("GET", path);
      const csp = directives(r.headers.get("content-security-policy"));
      expect(csp.get("script-src"), path).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
    }
  });

  it("the confirm page runs no script at all and may only post back to us", async () => {
    const r = await ctx.h.call("GET", "/confirm/not-a-real-token-at-all");
    const csp = directives(r.headers.get("content-security-policy"));
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.has("script-src")).toBe(false);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });
});
