import { describe, expect, it } from "vitest";
import { conditionHolds, plan, type TicketFacts, type TriggerDef } from "./engine.js";

const facts: TicketFacts = {
  type: "complaint",
  priority: "C",
  channel: "web",
  status: "new",
  tier: "vip",
  productSku: "WM-1",
  productCategory: "washer",
  subject: "Drum is BROKEN",
  description: "third time",
  warrantyStatus: "expired",
  tags: [],
  teamId: null,
  assigneeId: null,
};
const t = (id: string, over: Partial<TriggerDef>): TriggerDef => ({
  id,
  name: id,
  event: "created",
  active: true,
  match: "all",
  conditions: [],
  actions: [],
  ...over,
});

describe("trigger conditions", () => {
  it("match lists, keywords (case-insensitive) and warranty", () => {
    expect(conditionHolds({ field: "type", op: "in", values: ["complaint"] }, facts)).toBe(true);
    expect(conditionHolds({ field: "tier", op: "not_in", values: ["vip"] }, facts)).toBe(false);
    expect(conditionHolds({ field: "productCategory", op: "in", values: ["washer"] }, facts)).toBe(true);
    expect(conditionHolds({ field: "keywords", values: ["broken"] }, facts)).toBe(true);
    expect(conditionHolds({ field: "keywords", values: ["fire"] }, facts)).toBe(false);
    expect(conditionHolds({ field: "outOfWarranty", value: true }, facts)).toBe(true);
  });

  it("combine with all / any", () => {
    const conditions = [
      { field: "type" as const, op: "in" as const, values: ["complaint"] },
      { field: "priority" as const, op: "in" as const, values: ["A"] },
    ];
    expect(
      plan([t("all", { conditions, actions: [{ kind: "add_tags", tags: ["x"] }] })], "created", facts).fired,
    ).toHaveLength(0);
    expect(
      plan(
        [t("any", { match: "any", conditions, actions: [{ kind: "add_tags", tags: ["x"] }] })],
        "created",
        facts,
      ).fired,
    ).toHaveLength(1);
  });
});

describe("trigger plans", () => {
  it("run in order, later triggers seeing earlier changes, each at most once", () => {
    const triggers = [
      t("escalate", {
        conditions: [{ field: "type", op: "in", values: ["complaint"] }],
        actions: [{ kind: "set_priority", value: "A" }],
      }),
      t("urgent", {
        conditions: [{ field: "priority", op: "in", values: ["A"] }],
        actions: [
          { kind: "add_tags", tags: ["urgent"] },
          { kind: "internal_note", body: "check" },
        ],
      }),
      t("again", {
        conditions: [{ field: "type", op: "in", values: ["complaint"] }],
        actions: [{ kind: "add_tags", tags: ["urgent", "c"] }],
      }),
    ];
    const p = plan(triggers, "created", facts);
    expect(p.fired.map((f) => f.triggerId)).toEqual(["escalate", "urgent", "again"]);
    expect(p.patch).toEqual({ priority: "A", tags: ["urgent", "c"] });
    expect(p.notes).toEqual(["check"]);
    // The reverse order: "urgent" runs before priority is A, so it does not fire.
    const reversed = plan([triggers[1], triggers[0]] as TriggerDef[], "created", facts);
    expect(reversed.fired.map((f) => f.triggerId)).toEqual(["escalate"]);
  });

  it("ignores inactive triggers and other events", () => {
    const p = plan(
      [
        t("off", { active: false, actions: [{ kind: "set_priority", value: "A" }] }),
        t("upd", { event: "updated", actions: [{ kind: "set_priority", value: "B" }] }),
      ],
      "created",
      facts,
    );
    expect(p.fired).toEqual([]);
  });
});
