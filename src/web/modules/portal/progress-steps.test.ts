import { describe, expect, it } from "vitest";
import { progressOf, stepLabel } from "./progress-steps";

const labels = (t: Parameters<typeof progressOf>[0]) => progressOf(t).steps.map((k) => stepLabel(k, t));

describe("portal progress steps", () => {
  it("shows no 'engineer assigned' step on a request resolved without anyone assigned", () => {
    const resolved = { status: "resolved" as const, assigneeId: null };
    expect(labels(resolved)).not.toContain("assigned");
    expect(labels(resolved)).not.toContain("assignedAgent");
    expect(progressOf(resolved).steps[progressOf(resolved).step]).toBe("resolved");
    const closed = { status: "closed" as const, assigneeId: null };
    expect(labels(closed)).toEqual(["submitted", "accepted", "inProgress", "resolved", "confirmed"]);
    expect(progressOf(closed).step).toBe(4);
  });

  it("keeps the step, in the handler's words, when someone had the request", () => {
    const byEngineer = {
      status: "resolved" as const,
      assigneeId: "usr_1",
      assigneeRole: "technician" as const,
    };
    expect(labels(byEngineer)).toContain("assigned");
    const byAgent = { status: "closed" as const, assigneeId: "usr_2", assigneeRole: "agent" as const };
    expect(labels(byAgent)).toContain("assignedAgent");
    expect(progressOf(byAgent).step).toBe(5);
    // An open request not yet assigned still shows the step ahead of it.
    expect(labels({ status: "new", assigneeId: null })).toContain("assigned");
  });
});
