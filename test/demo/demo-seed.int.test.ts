import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/server/demo/seed-demo.js";
import { type Harness, startHarness } from "../harness.js";

// The demo must show every capability alive on first start: SLA clocks in every state, and
// warranty stories that agree with the units they are about.
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await seedDemo(h.services);
}, 600_000);

afterAll(async () => {
  await h?.close();
});

const rows = <T>(sql: string, params: unknown[] = []) => h.database.query<T>(sql, params);

describe("demo seed", () => {
  it("measures every story ticket against an SLA policy", async () => {
    const [r] = await rows<{ tickets: number; measured: number }>(
      `select count(*)::int as tickets,
              count(*) filter (where exists (select 1 from sla_targets st
                where st.tenant_id = t.tenant_id and st.ticket_id = t.id))::int as measured
       from tickets t`,
    );
    expect(r?.tickets).toBeGreaterThanOrEqual(300);
    expect(r?.measured).toBe(r?.tickets);
  });

  it("leaves clocks running, paused, met and breached, and open tickets at risk and breached", async () => {
    const targets = await rows<{ status: string; n: number }>(
      "select status, count(*)::int as n from sla_targets group by status",
    );
    const byStatus = Object.fromEntries(targets.map((t) => [t.status, t.n]));
    for (const status of ["running", "paused", "met", "breached"])
      expect(byStatus[status] ?? 0, JSON.stringify(byStatus)).toBeGreaterThan(0);
    const open = await rows<{ sla_state: string | null; n: number }>(
      `select sla_state, count(*)::int as n from tickets
       where status in ('new','assigned','in_progress','pending_customer','pending_parts','pending_third_party')
       group by sla_state`,
    );
    const byState = Object.fromEntries(open.map((t) => [t.sla_state ?? "none", t.n]));
    for (const state of ["ok", "warning", "breached", "paused"])
      expect(byState[state] ?? 0, JSON.stringify(byState)).toBeGreaterThan(0);
    // The supervisor's monitor is not empty.
    const token = await h.login("manager@demo.local", "aftercare-demo");
    const monitor = await h.call("GET", "/api/v1/sla/monitor", { token });
    expect(monitor.status).toBe(200);
    expect(monitor.body.atRisk).toBeGreaterThan(0);
    expect(monitor.body.breached).toBeGreaterThan(0);
  });

  it("puts returns, refunds and exchanges of new purchases on units bought days before, in warranty", async () => {
    const stories = await rows<{
      number: string;
      type: string;
      warranty_status: string | null;
      purchased_at: string | null;
      created_at: Date;
    }>(
      `select t.number, t.type, t.warranty_status, u.purchased_at::text as purchased_at, t.created_at
       from tickets t left join units u on u.tenant_id = t.tenant_id and u.id = t.unit_id
       where t.type in ('return','refund','exchange')`,
    );
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) {
      expect(s.warranty_status, s.number).toBe("in_warranty");
      expect(s.purchased_at, s.number).not.toBeNull();
      const days =
        (new Date(s.created_at).getTime() - new Date(`${s.purchased_at}T00:00:00+08:00`).getTime()) /
        86_400_000;
      expect(days, s.number).toBeGreaterThanOrEqual(0);
      expect(days, s.number).toBeLessThanOrEqual(s.type === "exchange" ? 15 : 7);
    }
  });

  it("tells the four 三包 stories: a TV returned on day 3, a fridge exchanged after two repairs, a car with a loaner, a misuse refusal", async () => {
    const rmas = await rows<{
      kind: string;
      status: string;
      entitled: boolean;
      remedies: string[];
      result: string | null;
    }>(
      `select kind, status, entitled, inspection->>'result' as result,
              array(select jsonb_array_elements(entitlement->'remedies')->>'remedy') as remedies
       from rmas order by number`,
    );
    expect(rmas.map((r) => `${r.kind}:${r.status}`)).toEqual([
      "return:closed",
      "exchange:shipped",
      "repair:received",
      "repair:shipped",
    ]);
    expect(rmas.every((r) => r.entitled)).toBe(true);
    expect(rmas[0]?.remedies).toEqual(expect.arrayContaining(["return", "exchange", "repair"]));
    expect(rmas[1]?.remedies).toContain("exchange");
    expect(rmas[2]?.remedies).toContain("loaner");
    expect(rmas[3]?.result).toBe("fail");
    const [replacement] = await rows<{ exchanged_from_serial: string; exchanged_on: string }>(
      "select exchanged_from_serial, exchanged_on::text from units where serial = 'RF5002026000499'",
    );
    expect(replacement?.exchanged_from_serial).toBe("RF5002026000402");
  });
});

describe("demo seed: spare parts", () => {
  it("stocks a warehouse, a store and the vans (two of tech@demo.local, one each for the field demo's other technicians), and leaves one repair waiting for a part", async () => {
    const sites = await rows<{ kind: string; n: number }>(
      "select kind, count(*)::int as n from stock_sites group by kind order by kind",
    );
    expect(Object.fromEntries(sites.map((s) => [s.kind, s.n]))).toEqual({ outlet: 1, van: 4, warehouse: 1 });
    const [parts] = await rows<{ n: number; en: number }>(
      "select count(*)::int as n, count(name_en)::int as en from parts",
    );
    expect(parts).toEqual({ n: 12, en: 12 });
    const waiting = await rows<{ status: string }>(
      `select t.status from stock_reservations r join tickets t on t.tenant_id = r.tenant_id and t.id = r.ticket_id
       where r.status = 'waiting'`,
    );
    expect(waiting).toEqual([{ status: "pending_parts" }]);
  });
});

describe("demo seed: field service", () => {
  it("names staff by their name alone: the screen words their role in the reader's language", async () => {
    // "孙强 (Field engineer)" put English into the Chinese portal; the role is the UI's to show.
    const tagged = await rows<{ email: string; name: string }>(
      "select email, name from users where role not in ('customer', 'dealer') and name ~ '[()（）]'",
    );
    expect(tagged).toEqual([]);
  });

  it("builds the network, three technicians with vans and today's round of visits for 孙强", async () => {
    const nodes = await rows<{ level: string; n: number }>(
      "select level, count(*)::int as n from network_nodes group by level order by level",
    );
    expect(Object.fromEntries(nodes.map((x) => [x.level, x.n]))).toEqual({ hq: 1, outlet: 2, region: 2 });
    const techs = await rows<{ n: number }>(
      "select count(*)::int as n from technicians where van_site is not null",
    );
    expect(techs[0]?.n).toBe(3);
    // 孙强's round today; the dispatch demo's eight visits tomorrow wait for a technician.
    const visits = await rows<{ status: string; held: boolean; n: number }>(
      "select status, technician_id is not null as held, count(*)::int as n from visits group by 1, 2 order by 2",
    );
    expect(visits).toEqual([
      { status: "scheduled", held: false, n: 8 },
      { status: "scheduled", held: true, n: 4 },
    ]);
  });

  it("gives the dispatch demo's technicians a base and its visits coordinates", async () => {
    const homes = await rows<{ n: number }>(
      "select count(*)::int as n from technicians where home_lat is not null",
    );
    expect(homes[0]?.n).toBe(2);
    const placed = await rows<{ n: number }>(
      "select count(*)::int as n from visits where lat is not null and technician_id is null and window_start is not null",
    );
    expect(placed[0]?.n).toBe(8);
  });
});

describe("demo seed: load board", () => {
  it("shows field technicians with today's visits and an agent over capacity on first start", async () => {
    const { DEMO_PASSWORD } = await import("../../src/server/demo/demo-data.js");
    const token = await h.login("manager@demo.local", DEMO_PASSWORD);
    const board = await h.call("GET", "/api/v1/routing/load", { token });
    expect(board.status).toBe(200);
    type Row = {
      name: string;
      kind: string;
      visitsToday: number;
      overCapacity: boolean;
      open: number;
      capacity: number;
    };
    const agents = board.body.agents as Row[];
    expect(agents.find((a) => a.name.startsWith("孙强"))).toMatchObject({ kind: "field", visitsToday: 4 });
    expect(agents.filter((a) => a.kind === "field")).toHaveLength(3);
    const over = agents.find((a) => a.name === "赵敏");
    expect(over).toMatchObject({ kind: "desk", overCapacity: true });
    expect((over?.open ?? 0) - (over?.capacity ?? 0)).toBeGreaterThan(0);
  });
});
