import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const call = (method: string, path: string, token: string, body?: unknown, lang = "en") =>
  h.call(method, path, { token, body, lang });

async function ticketWithReplies(resolve: boolean) {
  const t = await w.post(
    "/api/v1/tickets",
    {
      subject: "洗衣机甩干时显示 E3",
      description: "每次甩干到一半就停，屏幕显示 E3。",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: w.aliceUnit.serial,
    },
    w.agent.token,
  );
  const reply = (body: string, visibility = "public") =>
    call("POST", `/api/v1/tickets/${t.id}/messages`, w.agent.token, { body, visibility });
  expect((await reply("请先确认衣物是否缠在一起。")).status).toBe(201);
  expect((await reply("内部：客户家里地面不平", "internal")).status).toBe(201);
  expect((await reply("把衣物抖散、均匀摆放，调平机脚后重新甩干，E3 消失。")).status).toBe(201);
  for (const action of resolve ? ["start", "resolve"] : ["start"])
    expect(
      (await call("POST", `/api/v1/tickets/${t.id}/transitions`, w.agent.token, { action })).status,
    ).toBe(200);
  return t as { id: string; number: string };
}

describe("knowledge capture", () => {
  it("drafts an article from a resolved ticket: its problem, staff's public answers, linked to it", async () => {
    const ticket = await ticketWithReplies(true);
    const draft = await call("POST", `/api/v1/tickets/${ticket.number}/article-draft`, w.agent.token);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      title: "洗衣机甩干时显示 E3",
      status: "draft",
      locale: "zh-CN",
      productLine: "washer",
      linkedTickets: 1,
    });
    expect(draft.body.body).toContain("每次甩干到一半就停");
    expect(draft.body.body).toContain("调平机脚后重新甩干");
    expect(draft.body.body).toContain("请先确认衣物");
    expect(draft.body.body).not.toContain("地面不平"); // an internal note stays internal

    const linked = await call("GET", `/api/v1/tickets/${ticket.id}/articles`, w.agent.token);
    expect(linked.body.items).toEqual([
      expect.objectContaining({ id: draft.body.id, linkedByName: "agent a" }),
    ]);
    const history = await call("GET", `/api/v1/tickets/${ticket.id}/events`, w.agent.token);
    expect(
      history.body.items.some(
        (e: { type: string; data: { created?: boolean } }) => e.type === "article_linked" && e.data.created,
      ),
    ).toBe(true);
    // an editor publishes it like any other draft
    const published = await call("POST", `/api/v1/kb/articles/${draft.body.id}/status`, w.supervisor.token, {
      status: "published",
    });
    expect(published.body.status).toBe("published");
  });

  it("refuses a draft from a ticket still being worked on, in the reader's language", async () => {
    const ticket = await ticketWithReplies(false);
    const r = await call(
      "POST",
      `/api/v1/tickets/${ticket.id}/article-draft`,
      w.agent.token,
      undefined,
      "zh-CN",
    );
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain("解决");
  });

  it("links existing articles to a ticket, counts the use, and unlinks them", async () => {
    const ticket = await ticketWithReplies(false);
    const article = await w.post("/api/v1/kb/articles", {
      title: "E3 不平衡",
      body: "抖散衣物。",
      status: "published",
    });
    const link = () =>
      call("POST", `/api/v1/tickets/${ticket.id}/articles`, w.agent.token, { articleId: article.id });
    expect((await link()).body.items.map((a: { id: string }) => a.id)).toEqual([article.id]);
    await link(); // twice is once
    const counted = await call("GET", `/api/v1/kb/articles/${article.id}`, w.agent.token);
    expect(counted.body.linkedTickets).toBe(1);
    const gone = await call("POST", `/api/v1/tickets/${ticket.id}/articles`, w.agent.token, {
      articleId: article.id,
      linked: false,
    });
    expect(gone.body.items).toEqual([]);
    expect((await call("GET", `/api/v1/kb/articles/${article.id}`, w.agent.token)).body.linkedTickets).toBe(
      0,
    );
    // another tenant's article cannot be linked, nor their ticket reached
    const theirs = await other.post("/api/v1/kb/articles", { title: "Theirs", body: "Not yours." });
    expect(
      (await call("POST", `/api/v1/tickets/${ticket.id}/articles`, w.agent.token, { articleId: theirs.id }))
        .status,
    ).toBe(404);
    expect((await call("GET", `/api/v1/tickets/${ticket.id}/articles`, other.agent.token)).status).toBe(404);
    expect((await call("POST", `/api/v1/tickets/${ticket.id}/article-draft`, other.agent.token)).status).toBe(
      404,
    );
  });
});
