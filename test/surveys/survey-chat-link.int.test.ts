import { describe, expect, it } from "vitest";
import { chatSurveyLink } from "../../src/server/modules/surveys/index.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("sc");
const [w] = worlds;

describe("a survey link for a chat conversation", () => {
  it("makes a one-answer chat link with the message in both languages, for the chat module to post", async () => {
    const created = await h.call("POST", "/api/v1/surveys", {
      token: w.admin.token,
      body: {
        name: "在线咨询满意度",
        questions: [{ id: "csat", kind: "csat", text: "满意吗？", textEn: "Satisfied?" }],
      },
    });
    expect(created.status).toBe(201);
    const link = await chatSurveyLink(
      h.services,
      { tenantId: w.tenantId, userId: null },
      { customerId: w.bob.id },
    );
    const token = /\/survey\/([\w-]+)$/.exec(link.url)?.[1];
    expect(token).toBeTruthy();
    // Bob set no language; the tenant speaks English.
    expect(link.locale).toBe("en");
    expect(link.text.en).toContain(link.url);
    expect(link.text.en).toMatch(/rate our service/);
    expect(link.text["zh-CN"]).toContain(link.url);
    expect(link.text["zh-CN"]).toMatch(/评价/);

    const answer = () =>
      h.call("POST", `/api/v1/public/surveys/${token}/responses`, { body: { answers: { csat: 5 } } });
    expect((await answer()).status).toBe(201);
    expect((await answer()).status).toBe(409);
    const results = await h.call("GET", `/api/v1/surveys/${created.body.id}/results?channel=chat`, {
      token: w.supervisor.token,
    });
    expect(results.body).toMatchObject({ invitations: 1, responses: 1 });

    // Another customer's ticket is not Bob's to be asked about.
    const alices = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { subject: "咨询", description: "在线咨询", type: "repair", customerId: w.alice.id },
    });
    expect(alices.status).toBe(201);
    await expect(
      chatSurveyLink(
        h.services,
        { tenantId: w.tenantId, userId: null },
        { customerId: w.bob.id, ticketRef: alices.body.number },
      ),
    ).rejects.toMatchObject({ code: "ticket.not_found" });
  });
});
