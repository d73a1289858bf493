import { describe, expect, it } from "vitest";
import { exportCsv } from "../../src/web/ui/patterns/csv.js";
import {
  CUSTOMER_EXPORT,
  type ExportCode,
  exportHeader,
  PRODUCT_EXPORT,
} from "../../src/web/ui/patterns/export-codes.js";
import { worldPerFile } from "../fixtures.js";

// Issue 12: a list export must import again. The export is built by the web app's own code (the
// same column codes and CSV writer as the list toolbar), with Chinese headers, then edited and
// imported: only the edited row changes.
const { h, worlds } = worldPerFile("rt");
const [w] = worlds;

async function exportList<T>(
  path: string,
  columns: Record<string, ExportCode<T>>,
  titles: Record<string, string>,
) {
  const cols = Object.entries(columns);
  const out = await exportCsv<T>({
    header: cols.map(([key, c]) => exportHeader(titles[key] ?? key, c.importCode)),
    row: (item) => cols.map(([, c]) => c.csv(item)),
    fetchPage: async (cursor) =>
      (
        await h.call("GET", `${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, {
          token: w.admin.token,
        })
      ).body,
  });
  return out.parts.join("");
}
const send = (entity: string, csv: string, apply: boolean) => {
  const form = new FormData();
  form.set("file", new File([csv], `${entity}.csv`, { type: "text/csv" }));
  return h.call("POST", `/api/v1/${entity}/import?apply=${apply}`, {
    token: w.admin.token,
    raw: form,
    lang: "zh-CN",
  });
};
const actionsOf = (r: { body: { rows: { action: string }[] } }) => r.body.rows.map((x) => x.action);

describe("export → edit → import", () => {
  it("customers: an untouched export imports as unchanged; an edited tier is the one update", async () => {
    await h.call("POST", "/api/v1/customers", {
      token: w.admin.token,
      body: { name: "Formula Phone", kind: "company", phone: "+86 139 1234 5678", tier: "gold" },
    });
    const csv = await exportList("/api/v1/customers?limit=200", CUSTOMER_EXPORT, {
      name: "名称",
      kind: "类型",
      tier: "等级",
      email: "邮箱",
      phone: "电话",
    });
    expect(csv).toContain("类型 (kind)");
    expect(csv).toContain(",company,gold,");
    // The CSV writer makes "+86…" inert for spreadsheets; the import reads it back as the phone.
    expect(csv).toContain("'+86 139 1234 5678");
    const untouched = await send("customers", csv, false);
    expect(untouched.status).toBe(200);
    expect(actionsOf(untouched).length).toBeGreaterThanOrEqual(3);
    expect(actionsOf(untouched).every((a) => a === "unchanged")).toBe(true);

    const edited = csv.replace(/^(Alice,person,)gold,/m, "$1vip,");
    expect(edited).not.toBe(csv);
    const dry = await send("customers", edited, false);
    expect(actionsOf(dry).filter((a) => a === "update")).toHaveLength(1);
    expect(dry.body.rows.find((r: { action: string }) => r.action === "update").key).toBe(w.alice.email);
    await send("customers", edited, true);
    const alice = await h.call("GET", `/api/v1/customers/${w.alice.id}`, { token: w.admin.token });
    expect(alice.body.tier).toBe("vip");
  });

  it("products: skills and warranty months survive the round trip", async () => {
    await h.call("POST", "/api/v1/products", {
      token: w.admin.token,
      body: { sku: "RT-AC-1", name: "空调", category: "=cmd", warrantyMonths: 36, skills: ["ac", "install"] },
    });
    const csv = await exportList("/api/v1/products?x=1", PRODUCT_EXPORT, {
      sku: "SKU",
      name: "名称",
      warranty: "保修月数",
      skills: "技能",
    });
    expect(csv).toContain("保修月数 (warrantyMonths)");
    const untouched = await send("products", csv, false);
    expect(actionsOf(untouched).every((a) => a === "unchanged")).toBe(true);
    const edited = csv.replace(/^(RT-AC-1,空调,,'=cmd,)36,/m, "$148,");
    expect(edited).not.toBe(csv);
    const applied = await send("products", edited, true);
    expect(actionsOf(applied).filter((a) => a === "update")).toHaveLength(1);
    const list = await h.call("GET", "/api/v1/products?q=RT-AC-1", { token: w.admin.token });
    expect(list.body.items).toMatchObject([
      { warrantyMonths: 48, category: "=cmd", skills: ["ac", "install"] },
    ]);
  });
});
