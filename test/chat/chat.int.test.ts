import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  closeConversation,
  findOpenConversationOf,
  postCustomerMessage,
  startConversation,
} from "../../src/server/modules/chat/index.js";
import { tenants } from "../../src/server/modules/tenancy/tenancy.tables.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;
let slug = "";
let washerArticle = "";

const presence = (id: string, status: "online" | "offline") =>
  h.call("PUT", `/api/v1/users/${id}/presence`, { token: w.admin.token, body: { status } });
const start = (token = w.aliceUser.token) =>
  h.call("POST", "/api/v1/chat/conversations", { token, body: {} }).then((r) => {
    expect(r.status).toBe(201);
    return r.body.conversation.id as string;
  });
const say = (id: string, text: string, token = w.aliceUser.token) =>
  h.call("POST", `/api/v1/chat/conversations/${id}/messages`, { token, body: { text } });
const agentCall = (method: string, id: string, action = "", token = w.agent.token, body?: unknown) =>
  h.call(method, `/api/v1/chat/agent/conversations/${id}${action}`, { token, body });

beforeAll(async () => {
  const [row] = await h.services.db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, w.tenantId));
  slug = row?.slug ?? "";
  washerArticle = (
    await w.post("/api/v1/kb/articles", {
      status: "published",
      title: "洗衣机脱水时显示 E3 怎么办",
      body: "E3 表示脱水时衣物不平衡。请把衣物抖散、均匀摆放后重新脱水。若空桶仍报 E3，请联系售后。",
      tags: ["洗衣机", "E3", "脱水"],
      productLine: "washer",
      faultCodes: ["E3"],
    })
  ).id;
  expect((await presence(w.agent.id, "online")).status).toBe(200);
});

describe("chat engine", () => {
  it("the assistant answers from the knowledge base with the article, then hands off on 转人工", async () => {
    const id = await start();
    const answered = await say(id, "洗衣机甩干时显示E3怎么办");
    expect(answered.status).toBe(201);
    const [mine, reply] = answered.body.items;
    expect(mine.author).toBe("customer");
    expect(reply.author).toBe("assistant");
    expect(reply.article.id).toBe(washerArticle);
    expect(reply.text).toMatch(/不平衡/);

    const asked = await say(id, "转人工");
    expect(asked.body.items.map((m: any) => m.code)).toEqual([null, "handoff"]);
    const queue = await h.call("GET", "/api/v1/chat/queue", { token: w.agent.token });
    const waiting = queue.body.waiting.find((c: any) => c.id === id);
    expect(waiting.status).toBe("waiting");
    expect(waiting.handoffReason).toBe("asked_for_person");
    expect(waiting.articlesTried).toEqual([{ id: washerArticle, title: "洗衣机脱水时显示 E3 怎么办" }]);
    // The agent sees the transcript before taking it.
    const transcript = await agentCall("GET", id);
    expect(transcript.body.messages.map((m: any) => m.author)).toEqual([
      "customer",
      "assistant",
      "customer",
      "system",
    ]);
    // After the hand-off the assistant keeps quiet.
    const later = await say(id, "还有一个问题");
    expect(later.body.items).toHaveLength(1);
  });

  it("hands off when the assistant is unsure, and hears the short ways of asking for a person", async () => {
    const unsure = await start();
    const r = await say(unsure, "你们公司的发票抬头怎么开");
    expect(r.body.items.at(-1).code).toBe("handoff");
    const read = await h.call("GET", `/api/v1/chat/conversations/${unsure}`, { token: w.aliceUser.token });
    expect(read.body.conversation.status).toBe("waiting");
    expect(["no_answer", "unsure"]).toContain(read.body.conversation.handoffReason);
    for (const text of ["人工", "I want a human", "agent please"]) {
      const id = await start();
      expect((await say(id, text)).body.items.at(-1).code).toBe("handoff");
    }
  });

  it("when two agents accept at once, one gets the chat and the other is told it is taken", async () => {
    const id = await start();
    await say(id, "转人工");
    const second = await w.post("/api/v1/users", {
      email: `agent2.${Date.now()}@test.local`,
      name: "Agent Two",
      role: "agent",
      password: "secret-password",
    });
    const secondToken = await h.login(second.email);
    const results = await Promise.all([
      agentCall("POST", id, "/accept", w.agent.token),
      agentCall("POST", id, "/accept", secondToken),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = results.find((r) => r.status === 409);
    expect(lost?.body.error.code).toBe("chat.already_taken");
    const winner = results.find((r) => r.status === 200);
    const winnerToken = winner === results[0] ? w.agent.token : secondToken;
    const loserToken = winner === results[0] ? secondToken : w.agent.token;
    expect((await agentCall("POST", id, "/messages", loserToken, { text: "我来" })).body.error.code).toBe(
      "chat.not_yours",
    );
    expect((await agentCall("POST", id, "/messages", winnerToken, { text: "您好，我是客服" })).status).toBe(
      201,
    );
    const customerView = await h.call("GET", `/api/v1/chat/conversations/${id}`, {
      token: w.aliceUser.token,
    });
    expect(customerView.body.messages.at(-1)).toMatchObject({ author: "agent", text: "您好，我是客服" });
  });

  it("turns a chat into a ticket with the transcript as its description, linked both ways", async () => {
    const id = await start();
    await say(id, "洗衣机甩干时显示E3怎么办");
    await say(id, "还是不行，转人工");
    expect((await agentCall("POST", id, "/accept")).status).toBe(200);
    await agentCall("POST", id, "/messages", w.agent.token, { text: "请提供机身序列号" });
    const made = await agentCall("POST", id, "/ticket", w.agent.token, { subject: "洗衣机 E3 需上门" });
    expect(made.status).toBe(201);
    const ticket = await h.call("GET", `/api/v1/tickets/${made.body.ticketNumber}`, {
      token: w.aliceUser.token,
    });
    expect(ticket.status).toBe(200);
    expect(ticket.body.subject).toBe("洗衣机 E3 需上门");
    expect(ticket.body.channel).toBe("chat");
    expect(ticket.body.description).toMatch(/洗衣机甩干时显示E3怎么办/);
    expect(ticket.body.description).toMatch(/请提供机身序列号/);
    expect(ticket.body.description).toMatch(/洗衣机脱水时显示 E3 怎么办/);
    const read = await h.call("GET", `/api/v1/chat/conversations/${id}`, { token: w.aliceUser.token });
    expect(read.body.conversation.ticketNumber).toBe(made.body.ticketNumber);
    expect(read.body.messages.at(-1).text).toContain(made.body.ticketNumber);
    const again = await agentCall("POST", id, "/ticket", w.agent.token, {});
    expect(again.status).toBe(409);
    expect((await agentCall("POST", id, "/close")).body.conversation.status).toBe("closed");
    expect((await say(id, "谢谢")).body.error.code).toBe("chat.closed");
  });

  it("the agent sends the customer a survey in the chat; its one answer counts under the chat channel", async () => {
    const survey = await w.post("/api/v1/surveys", {
      name: "在线咨询满意度",
      questions: [{ id: "csat", kind: "csat", text: "满意吗？", textEn: "Satisfied?" }],
    });
    const id = await start();
    await say(id, "转人工");
    expect((await agentCall("POST", id, "/survey")).body.error.code).toBe("chat.not_yours");
    expect((await agentCall("POST", id, "/accept")).status).toBe(200);
    const sent = await agentCall("POST", id, "/survey");
    expect(sent.status).toBe(201);
    expect(sent.body.author).toBe("agent");
    const link = /\/survey\/([\w-]+)/.exec(sent.body.text)?.[1];
    expect(link).toBeTruthy();
    // The customer sees it in the chat, and answers once.
    const read = await h.call("GET", `/api/v1/chat/conversations/${id}`, { token: w.aliceUser.token });
    expect(read.body.messages.at(-1).text).toContain(`/survey/${link}`);
    const answer = () =>
      h.call("POST", `/api/v1/public/surveys/${link}/responses`, { body: { answers: { csat: 4 } } });
    expect((await answer()).status).toBe(201);
    expect((await answer()).status).toBe(409);
    const results = await h.call("GET", `/api/v1/surveys/${survey.id}/results?channel=chat`, {
      token: w.supervisor.token,
    });
    expect(results.body).toMatchObject({ invitations: 1, responses: 1 });
    await agentCall("POST", id, "/close");
  });

  it("a website visitor chats with name and phone; with nobody online the message becomes a ticket", async () => {
    const missing = await h.call("POST", "/api/v1/chat/conversations", {
      body: { tenant: slug },
      lang: "zh-CN",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/姓名和电话/);
    const started = await h.call("POST", "/api/v1/chat/conversations", {
      body: { tenant: slug, name: "访客王", phone: "139 1234 5678", locale: "zh-CN" },
    });
    expect(started.status).toBe(201);
    const id = started.body.conversation.id;
    const token = started.body.visitorToken as string;
    const headers = { "x-chat-token": token };
    expect((await h.call("GET", `/api/v1/chat/conversations/${id}`)).status).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/chat/conversations/${id}`, { headers: { "x-chat-token": "wrong" } }))
        .status,
    ).toBe(404);
    expect((await presence(w.agent.id, "offline")).status).toBe(200);
    try {
      const asked = await h.call("POST", `/api/v1/chat/conversations/${id}/messages`, {
        headers,
        body: { text: "人工" },
      });
      expect(asked.body.items.at(-1).code).toBe("offline");
      const left = await h.call("POST", `/api/v1/chat/conversations/${id}/offline-message`, {
        headers,
        body: { text: "热水器不加热，请明天上午联系我" },
      });
      expect(left.status).toBe(201);
      const read = await h.call("GET", `/api/v1/chat/conversations/${id}`, { headers });
      expect(read.body.conversation.status).toBe("closed");
      expect(read.body.messages.at(-1).text).toContain(left.body.ticketNumber);
      const ticket = await h.call("GET", `/api/v1/tickets/${left.body.ticketNumber}`, {
        token: w.agent.token,
      });
      expect(ticket.body.description).toMatch(/热水器不加热/);
      expect(ticket.body.customer?.name ?? ticket.body.customerName).toBe("访客王");
    } finally {
      await presence(w.agent.id, "online");
    }
  });

  it("another tenant's and another customer's conversations are not found", async () => {
    const id = await start();
    await say(id, "转人工");
    expect((await agentCall("GET", id, "", other.agent.token)).status).toBe(404);
    expect((await agentCall("POST", id, "/accept", other.agent.token)).status).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/chat/conversations/${id}`, { token: other.aliceUser.token })).status,
    ).toBe(404);
    expect((await h.call("GET", `/api/v1/chat/conversations/${id}`, { token: w.bobUser.token })).status).toBe(
      404,
    );
    const otherQueue = await h.call("GET", "/api/v1/chat/queue", { token: other.agent.token });
    expect(JSON.stringify(otherQueue.body)).not.toContain(id);
    expect(
      (await h.call("GET", `/api/v1/chat/agents/${w.agent.id}/events`, { token: other.agent.token })).status,
    ).toBe(404);
  });
});

describe("chat engine for other channels", () => {
  it("continues a channel user's open conversation and answers through the same commands", async () => {
    const s = h.services;
    const { conversation, visitorToken } = await startConversation(s, {
      tenantId: w.tenantId,
      channel: "wechat",
      locale: "zh-CN",
      externalId: "oOPENID-1",
      visitorName: "微信用户",
    });
    expect(visitorToken).toBeTruthy();
    expect((await findOpenConversationOf(s.db, w.tenantId, "wechat", "oOPENID-1"))?.id).toBe(conversation.id);
    expect(await findOpenConversationOf(s.db, other.tenantId, "wechat", "oOPENID-1")).toBeUndefined();
    const replies = await postCustomerMessage(s, w.tenantId, conversation.id, "洗衣机甩干时显示E3怎么办");
    expect(replies.map((m) => m.author)).toEqual(["customer", "assistant"]);
    await closeConversation(s, w.tenantId, conversation.id);
    expect(await findOpenConversationOf(s.db, w.tenantId, "wechat", "oOPENID-1")).toBeUndefined();
  });
});

describe("chat in real time", () => {
  it("delivers the agent's message and typing to the customer's stream over HTTP", async () => {
    const id = await start();
    await say(id, "转人工");
    await agentCall("POST", id, "/accept");
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    const abort = new AbortController();
    try {
      const read = await h.call("GET", `/api/v1/chat/conversations/${id}`, { token: w.aliceUser.token });
      const res = await fetch(
        `http://127.0.0.1:${port}/api/v1/chat/conversations/${id}/events?after=${read.body.conversation.lastSeq}`,
        { headers: { authorization: `Bearer ${w.aliceUser.token}` }, signal: abort.signal },
      );
      expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let received = "";
      const until = async (pattern: RegExp) => {
        while (!pattern.test(received)) {
          const chunk = await reader.read();
          if (chunk.done) break;
          received += decoder.decode(chunk.value, { stream: true });
        }
        return pattern.test(received);
      };
      expect(await until(/event: conversation/)).toBe(true);
      await agentCall("POST", id, "/typing");
      expect(await until(/event: typing\ndata: .*"agent"/)).toBe(true);
      await agentCall("POST", id, "/messages", w.agent.token, { text: "实时消息到了吗" });
      expect(await until(/event: message\ndata: .*实时消息到了吗/)).toBe(true);
    } finally {
      abort.abort();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
