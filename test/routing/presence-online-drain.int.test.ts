import { describe, expect, it } from "vitest";
import { buildWorld, harnessPerFile, PASSWORD, type World } from "../fixtures.js";

// Issue 23: a queued ticket must be assigned as soon as someone eligible comes online, as a new
// user tries it: agents set offline, a customer opens the ticket, an admin sets one agent online.
const { h } = harnessPerFile();

async function agent(w: World, name: string, skills: string[]) {
  const email = `${name}.${Math.random().toString(36).slice(2, 7)}@test.local`;
  const u = await w.post("/api/v1/users", { email, name, role: "agent", password: PASSWORD, skills });
  return u.id as string;
}
const presence = (w: World, id: string, status: string) =>
  h.call("PUT", `/api/v1/users/${id}/presence`, { token: w.admin.token, body: { status } });

describe("a queued ticket and an agent coming online", () => {
  it("is assigned at once when an admin sets one of three offline skilled agents online", async () => {
    const w = await buildWorld(h, "onl");
    const product = await w.post("/api/v1/products", {
      sku: "AC-9",
      name: "Air conditioner",
      warrantyMonths: 12,
      skills: ["aircon"],
    });
    const unit = await w.post("/api/v1/units", {
      serial: "SN-AC-9",
      productSku: product.sku,
      customerId: w.bob.id,
      purchasedAt: new Date().toISOString().slice(0, 10),
    });
    const ids = [
      await agent(w, "Li", ["aircon"]),
      await agent(w, "Wang", ["aircon"]),
      await agent(w, "Zhao", ["aircon"]),
    ];
    for (const id of ids) expect((await presence(w, id, "offline")).status).toBe(200);
    const opened = await h.call("POST", "/api/v1/tickets", {
      token: w.bobUser.token,
      body: { subject: "No cooling", description: "blows warm air", type: "repair", unitSerial: unit.serial },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: "new", assigneeId: null });
    const on = await presence(w, ids[1] as string, "online");
    expect(on.status).toBe(200);
    expect(on.body.assigned).toBe(1);
    const now = await h.call("GET", `/api/v1/tickets/${opened.body.id}`, { token: w.admin.token });
    expect(now.body).toMatchObject({ status: "assigned", assigneeId: ids[1] });
  });

  // The cause: the presence change read the queue inside its own transaction, before a creation
  // that committed meanwhile, while that creation's routing still saw the agent offline.
  it("assigns a ticket opened at the very moment its agent comes online", async () => {
    const w = await buildWorld(h, "race");
    let lost = 0;
    for (let i = 0; i < 30; i++) {
      const id = await agent(w, `R${i}`, ["washer"]);
      const [t] = await Promise.all([
        h.call("POST", "/api/v1/tickets", {
          token: w.admin.token,
          body: {
            subject: "Leak",
            description: "water",
            type: "repair",
            customerId: w.bob.id,
            unitSerial: w.bobUnit.serial,
          },
        }),
        presence(w, id, "online"),
      ]);
      const now = await h.call("GET", `/api/v1/tickets/${t.body.id}`, { token: w.admin.token });
      if (now.body.assigneeId === null) lost++;
      await presence(w, id, "offline");
    }
    expect(lost).toBe(0);
  });
});
