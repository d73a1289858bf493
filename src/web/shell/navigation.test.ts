import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { zhCN } from "../i18n/zh-CN";
import { entriesFor, groupsFor, matchEntry, NAVIGATION, ROLE_HOME } from "./navigation";

const lookup = (catalog: object, key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe("side menu", () => {
  it("gives an agent the desk with its chats and callbacks, the complaint register, RMA orders, parts stock, knowledge articles and gaps, the customer lookup, the reports shared with them, their own numbers, the improvement backlog, their scorecards, service stars and coaching, their training, exams, certifications and contests, and nothing of administration", () => {
    const groups = groupsFor("agent").map((g) => g.group);
    expect(groups).toEqual(["service", "warranty", "parts", "knowledge", "customers", "insights", "people"]);
    expect(entriesFor("agent").map((e) => e.path)).toEqual([
      "/console",
      "/console/new",
      "/console/chat",
      "/console/callbacks",
      "/console/complaints",
      "/console/rmas",
      "/console/registrations",
      "/console/parts",
      "/console/kb",
      "/console/kb/sops",
      "/console/kb/gaps",
      "/console/customers",
      "/console/reports",
      "/console/my-numbers",
      "/console/improvement",
      "/console/scorecards",
      "/console/service-awards",
      "/console/coaching",
      "/console/training",
      "/console/exams",
      "/console/certifications",
      "/console/contests",
    ]);
  });

  it("gives an admin every administration page, grouped in domain order", () => {
    const paths = entriesFor("admin").map((e) => e.path);
    for (const p of [
      "/admin/sla-policies",
      "/admin/calendars",
      "/admin/teams",
      "/admin/mailboxes",
      "/admin/wechat",
      "/admin/api-keys",
      "/admin/webhooks",
      "/admin/routing",
      "/console/triggers",
      "/console/macros",
      "/admin/audit",
      "/admin/users",
    ]) {
      expect(paths).toContain(p);
    }
    const groups = groupsFor("admin").map((g) => g.group);
    expect(groups.at(-1)).toBe("admin");
    expect(groups[0]).toBe("service");
  });

  it("keeps technicians and QA out of the agent queue and gives each a home in its menu", () => {
    for (const role of ["technician", "qa"] as const) {
      const paths = entriesFor(role).map((e) => e.path);
      expect(paths).not.toContain("/console");
      expect(paths).toContain(ROLE_HOME[role]);
    }
  });

  it("gives an auditor the audit log alone, as their home", () => {
    expect(entriesFor("auditor").map((e) => e.path)).toEqual(["/admin/audit"]);
    expect(ROLE_HOME.auditor).toBe("/admin/audit");
  });

  it("lights up the deepest entry for a nested page", () => {
    expect(matchEntry(entriesFor("agent"), "/console/tickets/SO-2026-000001")?.key).toBe("queue");
    expect(matchEntry(entriesFor("admin"), "/console/new")?.key).toBe("newTicket");
  });

  it("names every entry and group in both languages", () => {
    for (const e of NAVIGATION) {
      expect(typeof lookup(en, e.labelKey)).toBe("string");
      expect(typeof lookup(zhCN, e.labelKey)).toBe("string");
      expect(typeof lookup(zhCN, `shell.group.${e.group}`)).toBe("string");
    }
  });
});
