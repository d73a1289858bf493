import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../src/server/platform/audit/audit.tables.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

type Gap = {
  id: string;
  question: string;
  asked: number;
  source: string | null;
  status: string;
  article: { id: string; title: string; status: string } | null;
  dismissedBy: { id: string; name: string | null } | null;
  dismissedAt: string | null;
  addressedAt: string | null;
};

const call = (method: string, path: string, token: string, body?: unknown) =>
  h.call(method, path, { token, body, lang: "en" });

async function gaps(token: string, status?: string): Promise<Gap[]> {
  const res = await call("GET", `/api/v1/kb/gaps${status ? `?status=${status}` : ""}`, token);
  expect(res.status).toBe(200);
  return res.body.items;
}

// A search that finds nothing, as a customer in the portal would type it.
async function unanswered(q: string, token = w.aliceUser.token): Promise<Gap> {
  const res = await call("GET", `/api/v1/kb/search?q=${encodeURIComponent(q)}`, token);
  expect(res.status).toBe(200);
  expect(res.body.items).toEqual([]);
  const gap = (await gaps(w.supervisor.token)).find((g) => g.question === q.toLowerCase());
  if (!gap) throw new Error(`no gap for ${q}`);
  return gap;
}

const auditActions = async (gapId: string) =>
  (
    await h.services.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, w.tenantId), eq(auditLog.entityId, gapId)))
  ).map((r) => r.action);

describe("knowledge gaps → draft", () => {
  it("a search that finds nothing is an open gap, counted and marked as a search", async () => {
    const first = await unanswered("洗碗机门关不上");
    expect(first).toMatchObject({ asked: 1, source: "search", status: "open", article: null });
    const again = await unanswered("洗碗机门关不上");
    expect(again).toMatchObject({ id: first.id, asked: 2 });
    // Agents read the list too.
    expect((await gaps(w.agent.token)).some((g) => g.id === first.id)).toBe(true);
  });

  it("an assistant hand-off for want of an article is a gap marked as the assistant's", async () => {
    const res = await call("POST", "/api/v1/assistant/answer", w.aliceUser.token, {
      question: "热水器遥控器配对",
    });
    expect(res.body.handoff).toBe(true);
    const gap = (await gaps(w.supervisor.token)).find((g) => g.question === "热水器遥控器配对");
    expect(gap).toMatchObject({ source: "assistant", asked: 1, status: "open" });
  });

  it("an editor writes a draft from a gap: prefilled, linked, and publishing it addresses the gap", async () => {
    const gap = await unanswered("烘干机滚筒不转");
    const draft = await call("POST", `/api/v1/kb/gaps/${gap.id}/draft`, w.supervisor.token);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ title: "烘干机滚筒不转", status: "draft", locale: "zh-CN" });
    expect(draft.body.body).toContain("烘干机滚筒不转");

    // Still open until published, now with its draft; asking again gives the same draft back.
    const open = (await gaps(w.supervisor.token)).find((g) => g.id === gap.id);
    expect(open).toMatchObject({ status: "open", article: { id: draft.body.id, status: "draft" } });
    const same = await call("POST", `/api/v1/kb/gaps/${gap.id}/draft`, w.admin.token);
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(draft.body.id);

    const published = await call("POST", `/api/v1/kb/articles/${draft.body.id}/status`, w.supervisor.token, {
      status: "published",
    });
    expect(published.status).toBe(200);
    expect((await gaps(w.supervisor.token)).some((g) => g.id === gap.id)).toBe(false);
    const addressed = (await gaps(w.supervisor.token, "addressed")).find((g) => g.id === gap.id);
    expect(addressed).toMatchObject({
      status: "addressed",
      article: { id: draft.body.id, status: "published" },
    });
    expect(addressed?.addressedAt).not.toBeNull();
    expect(await auditActions(gap.id)).toEqual(["kb.gap_drafted", "kb.gap_addressed"]);

    // Answered: nothing more to draft or dismiss.
    const late = await call("POST", `/api/v1/kb/gaps/${gap.id}/dismiss`, w.supervisor.token);
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe("kb.gap_closed");

    // Withdrawing the article opens the gap again, its draft still linked.
    await call("POST", `/api/v1/kb/articles/${draft.body.id}/status`, w.supervisor.token, {
      status: "draft",
    });
    const reopened = (await gaps(w.supervisor.token)).find((g) => g.id === gap.id);
    expect(reopened).toMatchObject({ status: "open", article: { id: draft.body.id, status: "draft" } });
    expect(await auditActions(gap.id)).toContain("kb.gap_reopened");
  });

  it("an English question gives an English draft", async () => {
    const gap = await unanswered("dryer drum will not turn");
    const draft = await call("POST", `/api/v1/kb/gaps/${gap.id}/draft`, w.admin.token);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ title: "Dryer drum will not turn", locale: "en" });
    expect(draft.body.body).toContain("Answer");
  });

  it("an editor dismisses a gap, recorded with who and when", async () => {
    const gap = await unanswered("zzqq测试一下");
    const dismissed = await call("POST", `/api/v1/kb/gaps/${gap.id}/dismiss`, w.supervisor.token);
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: "dismissed", dismissedBy: { name: "supervisor a" } });
    expect((await gaps(w.supervisor.token)).some((g) => g.id === gap.id)).toBe(false);
    expect((await gaps(w.supervisor.token, "dismissed")).map((g) => g.id)).toContain(gap.id);
    expect(await auditActions(gap.id)).toEqual(["kb.gap_dismissed"]);
    const draft = await call("POST", `/api/v1/kb/gaps/${gap.id}/draft`, w.supervisor.token);
    expect(draft.status).toBe(422);
  });

  it("agents read gaps but may not draft or dismiss them", async () => {
    const gap = await unanswered("微波炉转盘不转");
    for (const action of ["draft", "dismiss"]) {
      const res = await call("POST", `/api/v1/kb/gaps/${gap.id}/${action}`, w.agent.token);
      expect(res.status).toBe(403);
    }
    expect((await gaps(w.supervisor.token)).find((g) => g.id === gap.id)).toMatchObject({
      status: "open",
      article: null,
    });
  });

  it("another tenant's gap is not found, and never listed", async () => {
    const q = "别人家的问题没有答案";
    const res = await call("GET", `/api/v1/kb/search?q=${encodeURIComponent(q)}`, other.bobUser.token);
    expect(res.body.items).toEqual([]);
    const theirs = (await gaps(other.supervisor.token)).find((g) => g.question === q);
    if (!theirs) throw new Error("the other tenant's gap was not recorded");
    expect((await gaps(w.supervisor.token)).some((g) => g.id === theirs.id)).toBe(false);
    for (const action of ["draft", "dismiss"]) {
      const r = await call("POST", `/api/v1/kb/gaps/${theirs.id}/${action}`, w.admin.token);
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe("kb.gap_not_found");
    }
    expect((await gaps(other.supervisor.token)).find((g) => g.id === theirs.id)?.status).toBe("open");
  });

  it("a bad status filter is a translated 400", async () => {
    const res = await h.call("GET", "/api/v1/kb/gaps?status=solved", { token: w.agent.token, lang: "zh-CN" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("request.validation_failed");
  });
});
