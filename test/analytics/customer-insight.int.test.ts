import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("insight-a", "insight-b");
const [a, b] = worlds;
const get = (path: string, token = a.supervisor.token) =>
  h.call("GET", `/api/v1/analytics/${path}`, { token });

type Item = {
  id: string;
  name: string;
  score: number;
  level: string;
  factors: { factor: string; points: number }[];
};
const points = (item: Item | undefined, factor: string) =>
  item?.factors.find((f) => f.factor === factor)?.points;

// Carol (Shanghai, a dishwasher bought today): two complaints and the same unit repaired twice.
let carolId = "";
beforeAll(async () => {
  const dish = await a.post("/api/v1/products", {
    sku: "DW-insight",
    name: "Dishwasher",
    category: "dishwasher",
    warrantyMonths: 24,
  });
  const carol = await a.post("/api/v1/customers", {
    name: "Carol",
    kind: "person",
    email: "carol.insight@example.com",
    divisionCode: "310104",
  });
  carolId = carol.id;
  const unit = await a.post("/api/v1/units", {
    serial: "SN-CAROL-1",
    productSku: dish.sku,
    customerId: carol.id,
    purchasedAt: new Date().toISOString().slice(0, 10),
  });
  const open = (type: string, unitSerial?: string) =>
    a.post(
      "/api/v1/tickets",
      { subject: "Leaks E21", description: "Water on the floor", type, customerId: carol.id, unitSerial },
      a.agent.token,
    );
  const first = await open("complaint");
  await open("complaint");
  await open("repair", unit.serial);
  await open("repair", unit.serial);
  const done = await h.call("POST", `/api/v1/tickets/${first.id}/transitions`, {
    token: a.agent.token,
    body: { action: "resolve", reason: "fixed" },
  });
  expect(done.status).toBe(200);
});

describe("GET /analytics/text", () => {
  it("counts keywords with the fault code whole, groups Carol's four tickets and follows the journey", async () => {
    const r = await get("text?weeks=4");
    expect(r.status).toBe(200);
    expect(r.body.documents.tickets).toBe(4);
    expect(r.body.keywords).toContainEqual({ term: "E21", count: 4, code: true });
    expect(r.body.clusters[0].size).toBe(4);
    expect(r.body.clusters[0].label).toContain("E21");
    expect(r.body.journeys.resolvedTickets).toBe(1);
    expect(r.body.journeys.contacts.one).toBe(1);
    expect((await get("text", b.supervisor.token)).body.documents.tickets).toBe(0);
    expect((await get("text?weeks=0")).status).toBe(400);
  });
});

describe("GET /analytics/churn-risk", () => {
  it("scores a hand-made customer factor by factor and filters by region and product line", async () => {
    const r = await get("churn-risk");
    expect(r.status).toBe(200);
    const carol = (r.body.items as Item[]).find((i) => i.id === carolId);
    // Two complaints 20 + one repeat repair 8 + standard tier 5; recent contact and a new warranty add nothing.
    expect(points(carol, "complaints")).toBe(20);
    expect(points(carol, "repeat_repairs")).toBe(8);
    expect(points(carol, "recency")).toBe(0);
    expect(points(carol, "warranty_end")).toBe(0);
    expect(carol?.score).toBe(33);
    expect(carol?.level).toBe("medium");
    expect((r.body.items as Item[])[0]?.id).toBe(carolId);
    expect(r.body.regions).toEqual([{ code: "31", name: "上海市" }]);
    expect(r.body.productLines).toEqual(["dishwasher"]);
    const shanghai = await get("churn-risk?region=31&productLine=dishwasher");
    expect((shanghai.body.items as Item[]).map((i) => i.name)).toEqual(["Carol"]);
    expect((await get("churn-risk?region=44")).body.items).toEqual([]);
    expect((await get("churn-risk?level=high")).body.items).toEqual([]);
  });

  it("puts customers in named segments", async () => {
    const r = await get("segments");
    expect(r.status).toBe(200);
    const byName = new Map(
      (r.body.items as { name: string; segment: string }[]).map((m) => [m.name, m.segment]),
    );
    expect(byName.get("Carol")).toBe("unhappy");
    expect(byName.get("Alice")).toBe("high_value");
    const unhappy = await get("segments?segment=unhappy");
    expect((unhappy.body.items as { name: string }[]).map((m) => m.name)).toEqual(["Carol"]);
  });

  it("shows another tenant none of it, refuses agents and translates a bad filter", async () => {
    const other = await get("churn-risk", b.supervisor.token);
    expect((other.body.items as Item[]).some((i) => i.id === carolId)).toBe(false);
    const seg = await get("segments", b.supervisor.token);
    expect((seg.body.items as { id: string }[]).some((i) => i.id === carolId)).toBe(false);
    expect((await get("churn-risk", a.agent.token)).status).toBe(403);
    expect((await get("segments?segment=nobody")).status).toBe(400);
    expect((await get("churn-risk?region=shanghai")).status).toBe(400);
  });
});
