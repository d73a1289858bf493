import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  allMatches,
  documentTokens,
  ticketSearchCondition,
} from "../../src/server/modules/tickets/ticket-search.js";
import { tickets } from "../../src/server/modules/tickets/tickets.tables.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;
const ids: Record<string, string> = {};
let fridgeNumber = "";

// Filler tickets make the tenant big enough that the planner's choice means something.
const FILLER = 20_000;

beforeAll(async () => {
  const open = async (token: string, customerId: string, subject: string, description: string) => {
    const r = await h.call("POST", "/api/v1/tickets", {
      token,
      body: { subject, description, type: "repair", customerId },
    });
    if (r.status !== 201) throw new Error(`open ${subject}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: string; number: string };
  };
  const fridge = await open(w.agent.token, w.bob.id, "冰箱不制冷", "冷藏室温度高");
  ids.fridge = fridge.id;
  fridgeNumber = fridge.number;
  ids.washer = (await open(w.agent.token, w.bob.id, "洗衣机漏水", "底部有水，噪音很大")).id;
  ids.vibrates = (await open(w.agent.token, w.bob.id, "Washer VIBRATES loudly", "spin cycle")).id;
  ids.wildcards = (
    await open(w.agent.token, w.bob.id, "100% refund_request", "customer wants money back")
  ).id;
  ids.apart = (await open(w.agent.token, w.bob.id, "Freezer", "冰柜和箱子")).id;
  ids.mixed = (await open(w.agent.token, w.bob.id, "LG冰箱E5故障", "ＬＧ全宽")).id;
  ids.otherTenant = (await open(other.agent.token, other.bob.id, "冰箱漏水", "噪音 vibrates 100%")).id;
  await h.database.query(
    // Millisecond times, as the app writes them (keyset cursors carry milliseconds).
    `insert into tickets (id, tenant_id, number, subject, description, type, priority, status, channel,
                          customer_id, created_at, updated_at)
     select 'tkt_fill_' || g, $1, 'SO-FILL-' || g,
            (array['电视黑屏 #', 'Robot offline #', '热器点不着火 #'])[1 + g % 3] || g, '客户报修描述 ' || g,
            'repair', 'C', 'closed', 'phone', $2, date_trunc('milliseconds', now()), now()
     from generate_series(1, ${FILLER}) g`,
    [w.tenantId, w.bob.id],
  );
  await h.database.query("analyze tickets");
});

async function search(q: string, token = w.agent.token): Promise<string[]> {
  const r = await h.call("GET", `/api/v1/tickets?limit=200&q=${encodeURIComponent(q)}`, { token });
  expect(r.status).toBe(200);
  return r.body.items.map((i: { id: string }) => i.id).sort();
}
const named = (...keys: string[]) => keys.map((k) => ids[k]).sort();

describe("ticket search through GET /tickets?q=", () => {
  it("finds a two-character Chinese query in subject or description, and nothing else", async () => {
    expect(await search("冰箱")).toEqual(named("fridge", "mixed"));
    expect(await search("漏水")).toEqual(named("washer"));
    expect(await search("噪音")).toEqual(named("washer"));
  });

  it("finds a one-character query, and a pair only where the two characters are adjacent", async () => {
    expect(await search("冰")).toEqual(named("fridge", "apart", "mixed"));
    expect(await search("箱")).toEqual(named("fridge", "apart", "mixed"));
    expect(await search("冰箱")).not.toContain(ids.apart);
  });

  it("finds longer Chinese queries as substrings, not as scattered pairs", async () => {
    expect(await search("冰箱不制冷")).toEqual(named("fridge"));
    expect(await search("洗衣机漏水")).toEqual(named("washer"));
    expect(await search("冰箱漏水")).toEqual([]);
  });

  it("finds an English substring inside a word, in any case", async () => {
    expect(await search("vibrat")).toEqual(named("vibrates"));
    expect(await search("Vibrates LOUD")).toEqual(named("vibrates"));
    expect(await search("ibr")).toEqual(named("vibrates"));
    // One or two letters offer no token to look up: the substring scan answers.
    expect(await search("sh")).toEqual(named("vibrates"));
    expect(await search("v")).toEqual(named("vibrates"));
  });

  it("finds mixed Chinese, Latin and digits, and full-width text as written", async () => {
    expect(await search("G冰箱E")).toEqual(named("mixed"));
    expect(await search("冰箱E5故")).toEqual(named("mixed"));
    expect(await search("e5")).toEqual(named("mixed"));
    expect(await search("ＬＧ全")).toEqual(named("mixed"));
  });

  it("pages through a phrase that many tickets contain, newest first", async () => {
    // 1 filler in 3: answered from the newest tickets without asking the index.
    const expected = (
      await h.database.query<{ id: string }>(
        `select id from tickets where tenant_id = $1 and subject ilike '%robot offline%'
         order by created_at desc, id desc limit 10`,
        [w.tenantId],
      )
    ).map((r) => r.id);
    const seen: string[] = [];
    let cursor = "";
    for (let page = 0; page < 2; page++) {
      const r = await h.call(
        "GET",
        `/api/v1/tickets?limit=5&q=${encodeURIComponent("robot OFFLINE")}${cursor}`,
        {
          token: w.agent.token,
        },
      );
      expect(r.status).toBe(200);
      seen.push(...r.body.items.map((i: { id: string }) => i.id));
      cursor = `&cursor=${r.body.nextCursor}`;
    }
    expect(seen).toEqual(expected);
  });

  it("finds the exact service order number", async () => {
    expect(await search(fridgeNumber)).toEqual(named("fridge"));
  });

  it("matches LIKE wildcards literally", async () => {
    expect(await search("%")).toEqual(named("wildcards"));
    expect(await search("_")).toEqual(named("wildcards"));
    expect(await search("0% r")).toEqual(named("wildcards"));
    expect(await search("refund_req")).toEqual(named("wildcards"));
    expect(await search("refund%req")).toEqual([]);
  });

  it("never shows another tenant's or another customer's tickets", async () => {
    for (const q of ["冰箱", "漏水", "噪音", "vibrates", "%"])
      expect(await search(q)).not.toContain(ids.otherTenant);
    expect(await search("冰箱漏水", other.agent.token)).toEqual([ids.otherTenant]);
    expect(await search("冰箱", w.aliceUser.token)).toEqual([]);
  });

  it("follows a changed subject (tokens are recomputed by the database on every update)", async () => {
    // PATCH /tickets/{ref} does not take a subject; the column must still follow any writer.
    const patch = await h.call("PATCH", `/api/v1/tickets/${ids.fridge}`, {
      token: w.agent.token,
      body: { subject: "x" },
    });
    expect(patch.status).toBe(400);
    await h.database.query("update tickets set subject = $1 where id = $2", ["空调噪音", ids.fridge]);
    expect(await search("冰箱")).toEqual(named("mixed"));
    expect(await search("空调")).toEqual(named("fridge"));
    expect(await search("噪音")).toEqual(named("fridge", "washer"));
    await h.database.query("update tickets set subject = $1 where id = $2", ["冰箱不制冷", ids.fridge]);
    expect(await search("冰箱")).toEqual(named("fridge", "mixed"));
  });

  it("counts a saved view's q the same way", async () => {
    const counts = async () =>
      Object.fromEntries(
        (await h.call("GET", "/api/v1/views/counts", { token: w.agent.token })).body.items.map(
          (i: { name: string; count: number }) => [i.name, i.count],
        ),
      );
    for (const [name, q] of [
      ["pair", "冰箱"],
      ["wildcard", "%"],
      ["word", "vibrat"],
    ]) {
      const v = await h.call("POST", "/api/v1/views", {
        token: w.agent.token,
        body: { name, filters: { q } },
      });
      expect(v.status).toBe(201);
    }
    expect(await counts()).toMatchObject({ pair: 2, wildcard: 1, word: 1 });
  });
});

describe("the token index", () => {
  it("stores the tokens ticket-search.ts computes (SQL and TypeScript agree)", async () => {
    const chars = [..."aZ09 Ａｚ０\u212a\u0130é冰箱漏水のカﾊ한𠀀，。-%_\t"];
    const texts = fc.sample(
      fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((c) => c.join("")),
      { numRuns: 400, seed: 42 },
    );
    texts.push("洗衣机脱水时剧烈震动 #12", "Robot VACUUM offline", "ＬＧ冰箱E5故障，噪音！");
    const rows = await h.database.query<{ d: string; t: string[] }>(
      "select d, text_search_tokens(d) as t from unnest($1::text[]) d",
      [texts],
    );
    expect(rows.length).toBe(texts.length);
    for (const r of rows) expect([...r.t].sort(), r.d).toEqual(documentTokens(r.d).sort());
  });

  // The queries the list runs: a single token as the planner's own choice (it knows the token's
  // frequency), anything else as "every match, then sort" once the newest tickets held no page.
  it("serves a two-character Chinese query and longer ones from the GIN index", async () => {
    const explain = async (query: SQL) => {
      const result = (await h.services.db.execute(sql`explain ${query}`)) as unknown as {
        rows: { "QUERY PLAN": string }[];
      };
      return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
    };
    const tenant = eq(tickets.tenantId, w.tenantId);
    const single = h.services.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(tenant, ticketSearchCondition("漏水")))
      .orderBy(desc(tickets.createdAt), desc(tickets.id))
      .limit(51)
      .getSQL();
    const plans = [
      await explain(single),
      ...(await Promise.all(
        ["洗衣机漏水", "vibrat", "Washer"].map((q) => explain(allMatches(tenant, q, "created_desc", 51))),
      )),
    ];
    for (const plan of plans) {
      expect(plan, plan).toContain("tickets_search_tokens_idx");
      expect(plan, plan).not.toMatch(/Seq Scan on tickets/);
    }
  });
});
