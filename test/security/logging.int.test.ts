import { describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { createLogger } from "../../src/server/platform/logger.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// What an operator's log shows of real traffic: one line per request, never a password or token.
const { h, w } = worldPerFile("log");
const lines: string[] = [];

describe("request log", () => {
  it("records each request with its id and never a password, token or API key", async () => {
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    const app = createApp({ ...h.services, logger });
    const post = (url: string, body: unknown, token?: string) =>
      app.request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const login = await post("/api/v1/auth/login", { email: w.agent.email, password: PASSWORD });
    const { token } = (await login.json()) as { token: string };
    await post("/api/v1/auth/login", { email: w.agent.email, password: "a-wrong-secret-password" });
    const key = (await (await post("/api/v1/api-keys", { name: "k" }, w.admin.token)).json()) as {
      token: string;
    };
    await app.request("/api/v1/tickets", { headers: { authorization: `Bearer ${key.token}` } });
    const log = lines.join("");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      method: "POST",
      path: "/api/v1/auth/login",
      status: 200,
    });
    for (const secret of [PASSWORD, "a-wrong-secret-password", token, key.token, w.admin.token])
      expect(log).not.toContain(secret);
  });
});
