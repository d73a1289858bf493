import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;

type Ticket = { id: string; number: string; status: string; tags: string[] };
const open = (customerId: string, subject: string, tags?: string[]): Promise<Ticket> =>
  w.post("/api/v1/tickets", {
    subject,
    description: `${subject}, details`,
    type: "repair",
    customerId,
    ...(tags ? { tags } : {}),
  });

describe("adding and removing tags", () => {
  it("adds to and removes from the tags a ticket has, leaving the others alone", async () => {
    const tk = await open(w.alice.id, "Tagged", ["leak", "vip-callback"]);
    const r = await h.call("PATCH", `/api/v1/tickets/${tk.number}`, {
      token: w.agent.token,
      body: { addTags: ["noise", "leak"], removeTags: ["vip-callback"] },
    });
    expect(r.status).toBe(200);
    expect(r.body.tags).toEqual(["leak", "noise"]);
    const again = await h.call("PATCH", `/api/v1/tickets/${tk.number}`, {
      token: w.agent.token,
      body: { removeTags: ["not-there"] },
    });
    expect(again.body.tags).toEqual(["leak", "noise"]);
    const events = await h.call("GET", `/api/v1/tickets/${tk.number}/events`, { token: w.agent.token });
    const tagChanges = events.body.items.filter(
      (e: { type: string; data: { field?: string } }) =>
        e.type === "field_changed" && e.data.field === "tags",
    );
    expect(tagChanges).toHaveLength(1);
  });

  it("refuses to grow a ticket past 20 tags with a translated 422", async () => {
    const full = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const tk = await open(w.alice.id, "Full of tags", full);
    const r = await h.call("PATCH", `/api/v1/tickets/${tk.number}`, {
      token: w.agent.token,
      headers: { "accept-language": "zh-CN" },
      body: { addTags: ["one-more"] },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("ticket.too_many_tags");
    expect(r.body.error.message).toContain("20");
  });
});

describe("merging tickets", () => {
  it("closes the duplicate into the survivor, with history on both, an audit entry each, and the customer told", async () => {
    const survivor = await open(w.alice.id, "Washer leaks");
    const duplicate = await open(w.alice.id, "Washer leaking again");
    const r = await h.call("POST", `/api/v1/tickets/${duplicate.number}/merge`, {
      token: w.agent.token,
      body: { into: survivor.number, reason: "same leak, called twice" },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ number: survivor.number });
    expect(r.body.status).not.toBe("closed");

    const closed = await h.call("GET", `/api/v1/tickets/${duplicate.number}`, { token: w.agent.token });
    expect(closed.body.status).toBe("closed");
    const staffView = await h.call("GET", `/api/v1/tickets/${duplicate.number}/events`, {
      token: w.agent.token,
    });
    expect(staffView.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["merged_into", "status_changed"]),
    );
    const into = staffView.body.items.find((e: { type: string }) => e.type === "merged_into");
    expect(into.data).toMatchObject({ into: survivor.number, reason: "same leak, called twice" });
    const survivorEvents = await h.call("GET", `/api/v1/tickets/${survivor.number}/events`, {
      token: w.agent.token,
    });
    const from = survivorEvents.body.items.find((e: { type: string }) => e.type === "merged_from");
    expect(from.data).toMatchObject({ from: duplicate.number });

    // The customer sees where their request went, not staff's reason.
    const theirs = await h.call("GET", `/api/v1/tickets/${duplicate.number}/events`, {
      token: w.aliceUser.token,
    });
    const seen = theirs.body.items.find((e: { type: string }) => e.type === "merged_into");
    expect(seen.data).toEqual({ into: survivor.number });

    const audit = await h.call("GET", "/api/v1/audit?limit=50", { token: w.admin.token });
    const entries = audit.body.items.map(
      (e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`,
    );
    expect(entries).toEqual(
      expect.arrayContaining([`ticket.merged_into ${duplicate.id}`, `ticket.merged_from ${survivor.id}`]),
    );
  });

  it("refuses tickets of different customers, a ticket into itself and closed tickets, in the reader's language", async () => {
    const alices = await open(w.alice.id, "Alice's fridge");
    const bobs = await open(w.bob.id, "Bob's fridge");
    const mismatch = await h.call("POST", `/api/v1/tickets/${alices.number}/merge`, {
      token: w.agent.token,
      headers: { "accept-language": "en" },
      body: { into: bobs.number },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.code).toBe("ticket.merge_customer_mismatch");
    expect(mismatch.body.error.message).toContain(bobs.number);
    const self = await h.call("POST", `/api/v1/tickets/${alices.number}/merge`, {
      token: w.agent.token,
      body: { into: alices.id },
    });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe("ticket.merge_same");

    const other = await open(w.alice.id, "Alice's fridge, again");
    expect(
      (
        await h.call("POST", `/api/v1/tickets/${other.number}/merge`, {
          token: w.agent.token,
          body: { into: alices.number },
        })
      ).status,
    ).toBe(200);
    const twice = await h.call("POST", `/api/v1/tickets/${other.number}/merge`, {
      token: w.agent.token,
      headers: { "accept-language": "zh-CN" },
      body: { into: alices.number },
    });
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe("ticket.merge_closed");
    expect(twice.body.error.message).toContain("已关闭");
    // Both tickets unchanged by the refusals.
    expect(
      (await h.call("GET", `/api/v1/tickets/${bobs.number}`, { token: w.agent.token })).body.status,
    ).not.toBe("closed");
  });

  it("is not for customers", async () => {
    const a = await open(w.alice.id, "One");
    const b = await open(w.alice.id, "Two");
    const r = await h.call("POST", `/api/v1/tickets/${a.number}/merge`, {
      token: w.aliceUser.token,
      body: { into: b.number },
    });
    expect(r.status).toBe(403);
  });
});
