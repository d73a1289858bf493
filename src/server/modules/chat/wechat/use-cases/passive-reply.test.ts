import { describe, expect, it } from "vitest";
import type { Services } from "../../../../platform/context.js";
import { passiveReply } from "./receive-callback.js";

// Only what passiveReply touches when nothing is marked: a logger for a turn that fails late.
const errors: unknown[] = [];
const s = { logger: { error: (o: unknown) => errors.push(o) } } as unknown as Services;

describe("the passive reply's time budget", () => {
  it("answers nothing (success) when the chat is slower than the budget, and a late failure is only logged", async () => {
    let fail: (e: Error) => void = () => {};
    const slow = new Promise<never>((_, reject) => {
      fail = reject;
    });
    expect(await passiveReply(s, "t1", slow, 5)).toBeNull();
    fail(new Error("assistant down"));
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
  });

  it("answers nothing when the chat said nothing back (an agent has the conversation)", async () => {
    expect(await passiveReply(s, "t1", Promise.resolve([]), 1000)).toBeNull();
  });
});
