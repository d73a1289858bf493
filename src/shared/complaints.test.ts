import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  approvalLimitOf,
  type ComplaintFacts,
  checkApproval,
  DEFAULT_APPROVAL_LIMITS,
  DEFAULT_MAJOR_RULES,
  majorReasons,
} from "./complaints.js";

const plain: ComplaintFacts = {
  text: "洗衣机异响，客服态度差",
  tier: "standard",
  earlierComplaintsInWindow: 0,
  amount: null,
};
const reasons = (f: Partial<ComplaintFacts>, rules = DEFAULT_MAJOR_RULES) =>
  majorReasons({ ...plain, ...f }, rules).map((r) => r.reason);

describe("major complaint rules", () => {
  it("a plain complaint is general", () => {
    expect(reasons({})).toEqual([]);
  });
  it("media words, in Chinese or English, mark it major and are named", () => {
    expect(reasons({ text: "再不处理我就找媒体曝光" })).toEqual(["media"]);
    expect(
      majorReasons({ ...plain, text: "I will call 12315 and a Lawyer" }, DEFAULT_MAJOR_RULES)[0]?.detail,
    ).toBe("12315, lawyer");
  });
  it("safety words mark it major", () => {
    expect(reasons({ text: "插座冒烟了" })).toEqual(["safety"]);
  });
  it("a repeat complaint within the window, a VIP customer and an amount over the threshold", () => {
    expect(reasons({ earlierComplaintsInWindow: 1 })).toEqual(["repeat"]);
    expect(reasons({ tier: "vip" })).toEqual(["vip"]);
    expect(reasons({ amount: 2000 })).toEqual([]);
    expect(reasons({ amount: 2000.01 })).toEqual(["amount"]);
  });
  it("a rule switched off never fires", () => {
    const off = { repeatDays: 0, safetyWords: [], mediaWords: [" "], tiers: [], amountOver: null };
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(5),
        fc.option(fc.double({ min: 0, max: 1e7, noNaN: true })),
        (text, n, amount) => {
          expect(majorReasons({ text, tier: "vip", earlierComplaintsInWindow: n, amount }, off)).toEqual([]);
        },
      ),
    );
  });
});

describe("approval thresholds", () => {
  it("role defaults: supervisor 200, admin unlimited, agents do not approve; a user's own limit wins", () => {
    expect(approvalLimitOf("supervisor", undefined, DEFAULT_APPROVAL_LIMITS)).toBe(200);
    expect(approvalLimitOf("admin", undefined, DEFAULT_APPROVAL_LIMITS)).toBeNull();
    expect(approvalLimitOf("agent", undefined, DEFAULT_APPROVAL_LIMITS)).toBeUndefined();
    expect(approvalLimitOf("supervisor", 5000, DEFAULT_APPROVAL_LIMITS)).toBe(5000);
  });
  it("500 is over a default supervisor's limit and within the service manager's", () => {
    const base = { approverId: "u2", authorId: "u1", amount: 500 };
    expect(checkApproval({ ...base, limit: 200 })).toEqual({ ok: false, error: "threshold", limit: 200 });
    expect(checkApproval({ ...base, limit: 5000 })).toEqual({ ok: true });
    expect(checkApproval({ ...base, limit: null })).toEqual({ ok: true });
  });
  it("nobody approves their own plan, whatever their limit", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.option(fc.nat(1e6)), (amount, limit) => {
        expect(checkApproval({ approverId: "u1", authorId: "u1", amount, limit }).ok).toBe(false);
      }),
    );
  });
  it("approval holds exactly when the amount is within the limit", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), (amount, limit) => {
        expect(checkApproval({ approverId: "a", authorId: "b", amount, limit }).ok).toBe(amount <= limit);
      }),
    );
  });
});
