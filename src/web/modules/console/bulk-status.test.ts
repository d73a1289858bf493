import { describe, expect, it } from "vitest";
import { actionFor } from "./bulk-status";

describe("bulk status targets", () => {
  it("picks the transition that reaches the target from each status, or none", () => {
    expect(actionFor("in_progress", "new")).toBe("start");
    expect(actionFor("in_progress", "pending_parts")).toBe("resume");
    expect(actionFor("in_progress", "in_progress")).toBeNull();
    expect(actionFor("pending_customer", "new")).toBeNull();
    expect(actionFor("pending_customer", "pending_customer")).toBeNull();
    expect(actionFor("pending_customer", "pending_parts")).toBe("pend_customer");
    expect(actionFor("resolved", "new")).toBe("resolve");
    expect(actionFor("resolved", "closed")).toBeNull();
    expect(actionFor("resolved", "resolved")).toBeNull();
  });
});
