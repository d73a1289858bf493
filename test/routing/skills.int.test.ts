import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("sk", "other");
const [w, other] = worlds;

type Skill = { code: string; nameZh: string; nameEn: string; managed: boolean };

describe("skills as a managed list", () => {
  it("lets an admin add and rename skills that all staff can list, with codes already in use kept", async () => {
    await w.post("/api/v1/products", { sku: "DRY-1", name: "干衣机", warrantyMonths: 12, skills: ["dryer"] });
    const created = await h.call("POST", "/api/v1/skills", {
      token: w.admin.token,
      body: { code: "washer", nameZh: "洗衣机维修", nameEn: "Washer repair" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      code: "washer",
      nameZh: "洗衣机维修",
      nameEn: "Washer repair",
      managed: true,
    });
    const renamed = await h.call("PATCH", "/api/v1/skills/washer", {
      token: w.admin.token,
      body: { nameEn: "Washing machines" },
    });
    expect(renamed.body).toMatchObject({ nameZh: "洗衣机维修", nameEn: "Washing machines" });

    const list = await h.call("GET", "/api/v1/skills", { token: w.agent.token });
    expect(list.status).toBe(200);
    const byCode = new Map(list.body.items.map((s: Skill) => [s.code, s]));
    expect(byCode.get("washer")).toMatchObject({ nameEn: "Washing machines", managed: true });
    // A product's free-text skill from before the list: offered, named by its code.
    expect(byCode.get("dryer")).toEqual({ code: "dryer", nameZh: "dryer", nameEn: "dryer", managed: false });
    const theirs = await h.call("GET", "/api/v1/skills", { token: other.admin.token });
    const theirWasher = theirs.body.items.find((s: Skill) => s.code === "washer");
    expect(theirWasher?.nameEn ?? "washer").toBe("washer");
  });

  it("refuses duplicates, bad codes, unknown skills and non-admins with translated errors", async () => {
    await w.post("/api/v1/skills", { code: "fridge", nameZh: "冰箱", nameEn: "Fridges" });
    const dup = await h.call("POST", "/api/v1/skills", {
      token: w.admin.token,
      lang: "zh-CN",
      body: { code: "fridge", nameZh: "冰箱2", nameEn: "Fridges 2" },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain("fridge");
    const bad = await h.call("POST", "/api/v1/skills", {
      token: w.admin.token,
      body: { code: "Has Space", nameZh: "x", nameEn: "x" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(["code"]);
    const missing = await h.call("PATCH", "/api/v1/skills/nope", {
      token: w.admin.token,
      body: { nameEn: "x" },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("skill.not_found");
    const agent = await h.call("POST", "/api/v1/skills", {
      token: w.agent.token,
      body: { code: "aircon", nameZh: "空调", nameEn: "Air conditioners" },
    });
    expect(agent.status).toBe(403);
  });
});
