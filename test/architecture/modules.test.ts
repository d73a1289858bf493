import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TICKET_CHANGED } from "../../src/server/modules/tickets/index.js";
import { MODULES } from "../../src/server/modules.js";

const modulesDir = path.resolve(import.meta.dirname, "../../src/server/modules");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

describe("module definitions", () => {
  it("list every module directory once", () => {
    const dirs = readdirSync(modulesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(MODULES.map((m) => m.name).sort()).toEqual(dirs.sort());
  });

  it("register every job a module defines, so none is enqueued that no runner handles", () => {
    const defined = sources(modulesDir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/define(?:Outbound)?Job\(\{\s*kind:\s*"([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(defined.length).toBeGreaterThan(0);
    const registered = MODULES.flatMap((m) => (m.jobs ?? []).map((j) => j.kind));
    expect(registered.sort()).toEqual(defined.sort());
  });

  it("let SLA hear a ticket change before assignment (which runs triggers), assignment before channels, complaints, callbacks and alerts after surveys, webhooks after them and analytics last", () => {
    const order = MODULES.filter((m) => m.subscribers?.some((sub) => sub.event === TICKET_CHANGED)).map(
      (m) => m.name,
    );
    expect(order).toEqual([
      "sla",
      "assignment",
      "channels",
      // WeChat template notices (chat/wechat) after the mail and SMS notices.
      "chat",
      "surveys",
      "complaints",
      "callbacks",
      "voc-alerts",
      "webhooks",
      "analytics",
    ]);
  });
});
