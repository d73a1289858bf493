import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("cred");

describe("credentials", () => {
  it("lets a read-only API key read but never write, and says why", async () => {
    const key = await h.call("POST", "/api/v1/api-keys", {
      token: w.admin.token,
      body: { name: "BI export", scope: "read" },
    });
    expect(key.status).toBe(201);
    expect(key.body.scope).toBe("read");
    expect((await h.call("GET", "/api/v1/tickets", { token: key.body.token })).status).toBe(200);
    const write = await h.call("POST", "/api/v1/customers", {
      token: key.body.token,
      body: { name: "x", kind: "person" },
      lang: "zh-CN",
    });
    expect(write.status).toBe(403);
    expect(write.body.error).toMatchObject({
      code: "auth.read_only_key",
      message: "此 API 密钥只有读取权限。",
    });
    const list = await h.call("GET", "/api/v1/api-keys", { token: w.admin.token });
    expect(list.body.items.find((k: { id: string }) => k.id === key.body.id)).toMatchObject({
      scope: "read",
    });
    expect(JSON.stringify(list.body)).not.toContain(key.body.token);
  });

  it("keeps a full key able to write", async () => {
    const key = await h.call("POST", "/api/v1/api-keys", {
      token: w.admin.token,
      body: { name: "ERP sync" },
    });
    expect(key.body.scope).toBe("full");
    expect(
      (
        await h.call("POST", "/api/v1/customers", {
          token: key.body.token,
          body: { name: "From ERP", kind: "company" },
        })
      ).status,
    ).toBe(201);
  });

  it("expires a session after 30 days", async () => {
    const token = await h.login(w.qa.email as string, PASSWORD);
    expect((await h.call("GET", "/api/v1/me", { token })).status).toBe(200);
    h.clock.advance(29 * 86_400_000);
    expect((await h.call("GET", "/api/v1/me", { token })).status).toBe(200);
    h.clock.advance(2 * 86_400_000);
    const expired = await h.call("GET", "/api/v1/me", { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("auth.required");
  });
});
