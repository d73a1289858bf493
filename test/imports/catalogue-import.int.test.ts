import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Issue 12 (and 14's parts import): products, units and parts from Excel or CSV with a dry run
// naming every bad row and column, an idempotent re-import, and a progress stream.
const { h, worlds } = worldPerFile("imp");
const [w] = worlds;
const tag = Math.random().toString(36).slice(2, 7).toUpperCase();

async function xlsx(header: string[], rows: (string | number | null)[][]): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sheet");
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "sheet.xlsx");
}
const csv = (text: string) => new File([`\uFEFF${text}`], "sheet.csv", { type: "text/csv" });

const send = (
  what: string,
  file: File,
  apply: boolean,
  opts: { token?: string; lang?: string; accept?: string } = {},
) => {
  const form = new FormData();
  form.set("file", file);
  return h.call("POST", `/api/v1/${what}/import?apply=${apply}`, {
    token: opts.token ?? w.admin.token,
    lang: opts.lang,
    headers: opts.accept ? { accept: opts.accept } : {},
    raw: form,
  });
};
const actions = (r: { body: { rows: { row: number; action: string }[] } }) =>
  r.body.rows.map((x) => [x.row, x.action]);

describe("products import", () => {
  const header = ["sku", "name", "nameEn", "category", "warrantyMonths", "skills"];
  it("dry-runs with every bad row named, applies, and a second run changes nothing", async () => {
    const file = await xlsx(header, [
      [`IMP-TV-${tag}`, "电视机", "TV", "tv", 24, "tv, install"],
      [`IMP-AC-${tag}`, "空调", null, null, "many", null],
      [`IMP-TV-${tag}`, "Again", null, null, 12, null],
      ["bad sku!", "坏的", null, null, 12, null],
    ]);
    const dry = await send("products", file, false, { lang: "en" });
    expect(dry.status).toBe(200);
    expect(actions(dry)).toEqual([
      [2, "create"],
      [3, "error"],
      [4, "error"],
      [5, "error"],
    ]);
    expect(dry.body.rows[1].errors).toEqual(["Row 3, column warrantyMonths: not a valid value."]);
    expect(dry.body.rows[2].errors).toEqual(["Row 4: the same record as row 2."]);
    const zh = await send("products", file, false, { lang: "zh-CN" });
    expect(zh.body.rows[3].errors).toEqual(["第 5 行，sku 列：值无效。"]);
    const none = await h.call("GET", `/api/v1/products?q=IMP-TV-${tag}`, { token: w.admin.token });
    expect(none.body.items).toEqual([]);

    const applied = await send("products", file, true);
    expect(actions(applied).map((a) => a[1])).toEqual(["create", "error", "error", "error"]);
    const made = await h.call("GET", `/api/v1/products?q=IMP-TV-${tag}`, { token: w.admin.token });
    expect(made.body.items).toMatchObject([
      { name: "电视机", warrantyMonths: 24, skills: ["tv", "install"] },
    ]);
    expect((await send("products", file, true)).body.rows[0].action).toBe("unchanged");

    const changed = await xlsx(header, [[`IMP-TV-${tag}`, "电视机", "TV", "tv", 36, "install;tv"]]);
    expect(actions(await send("products", changed, true))).toEqual([[2, "update"]]);
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    expect(JSON.stringify(audit.body)).toContain("product.imported");
  });

  it("reads UTF-8 CSV as Excel writes it, including our export's headers and inert-formula cells", async () => {
    const file = csv(
      `名称 (name),SKU (sku),保修月数 (warrantyMonths),类别 (category)\r\n"冰箱, 双门",IMP-RF-${tag},12,'-fridge\r\n`,
    );
    const r = await send("products", file, true);
    expect(actions(r)).toEqual([[2, "create"]]);
    const made = await h.call("GET", `/api/v1/products?q=IMP-RF-${tag}`, { token: w.admin.token });
    expect(made.body.items).toMatchObject([{ name: "冰箱, 双门", category: "-fridge" }]);
    const latin1 = new File([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0xff])], "x.csv");
    const bad = await send("products", latin1, false, { lang: "zh-CN" });
    expect(bad.status).toBe(415);
    expect(bad.body.error.code).toBe("import.not_csv");
    const missing = await send("products", csv("name\r\nX\r\n"), false, { lang: "en" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("The first row must name the column sku.");
  });

  it("is for admins only", async () => {
    const file = await xlsx(header, [[`IMP-X-${tag}`, "X", null, null, 12, null]]);
    expect((await send("products", file, false, { token: w.agent.token })).status).toBe(403);
    expect((await send("units", file, false, { token: w.dealer.token })).status).toBe(403);
    expect((await send("parts", file, false, { token: w.agent.token })).status).toBe(403);
  });
});

describe("units import", () => {
  const header = [
    "serial",
    "productSku",
    "customerEmail",
    "customerPhone",
    "purchasedAt",
    "invoicePrice",
    "saleChannel",
  ];
  it("finds product and owner, refuses what would move a unit, and re-imports as unchanged", async () => {
    const file = await xlsx(header, [
      [`IMP-U1-${tag}`, w.washer.sku, w.alice.email, null, "2025-03-01", "3999", "online"],
      [`IMP-U2-${tag}`, "NO-SUCH-SKU", w.alice.email, null, "2025-03-01", null, null],
      [`IMP-U3-${tag}`, w.washer.sku, "nobody@example.com", null, "2025-03-01", null, null],
      [`IMP-U4-${tag}`, w.washer.sku, w.alice.email, null, "2099-01-01", null, null],
      [w.bobUnit.serial, w.washer.sku, w.alice.email, null, "2025-03-01", null, null],
      [`IMP-U5-${tag}`, w.washer.sku, null, null, "2025-03-01", null, null],
    ]);
    const dry = await send("units", file, false, { lang: "en" });
    expect(dry.status).toBe(200);
    expect(actions(dry).map((a) => a[1])).toEqual(["create", "error", "error", "error", "error", "error"]);
    expect(dry.body.rows[1].errors).toEqual([
      "Row 3, column productSku: no product has the SKU NO-SUCH-SKU.",
    ]);
    expect(dry.body.rows[2].errors).toEqual(["Row 4: no customer has this customerEmail or customerPhone."]);
    expect(dry.body.rows[3].errors[0]).toContain("Row 5, column purchasedAt");
    expect(dry.body.rows[4].errors[0]).toContain("belongs to another customer");
    expect(dry.body.rows[5].errors).toEqual(["Row 7: give the owner's customerEmail or customerPhone."]);
    expect((await h.call("GET", `/api/v1/units/IMP-U1-${tag}`, { token: w.admin.token })).status).toBe(404);

    await send("units", file, true);
    const unit = await h.call("GET", `/api/v1/units/IMP-U1-${tag}`, { token: w.admin.token });
    expect(unit.body).toMatchObject({ customerId: w.alice.id, purchasedAt: "2025-03-01" });
    expect(
      (await h.call("GET", `/api/v1/units/${w.bobUnit.serial}`, { token: w.admin.token })).body.customerId,
    ).toBe(w.bob.id);
    const again = await send("units", file, true);
    expect(again.body.rows[0].action).toBe("unchanged");
  });

  it("streams progress lines and then the result when asked for NDJSON", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `IMP-S${i}-${tag}`,
      w.washer.sku,
      w.bob.email ?? null,
      null,
      "2025-01-02",
      null,
      null,
    ]);
    const r = await send("units", await xlsx(header, rows), false, { accept: "application/x-ndjson" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = String(r.body)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ progress: { done: 0, total: 40 } });
    expect(lines.at(-2)).toEqual({ progress: { done: 40, total: 40 } });
    expect(lines.at(-1).result.rows).toHaveLength(40);
    expect(lines.at(-1).result.rows.every((x: { action: string }) => x.action === "create")).toBe(true);
  });
});

describe("parts import", () => {
  const header = ["partNo", "name", "nameEn", "price", "unit", "compatibleSkus", "substitutes"];
  it("imports the catalogue with compatible products and substitutes, idempotently", async () => {
    const file = await xlsx(header, [
      [`IMP-P1-${tag}`, "排水泵", "Drain pump", "128.5", "pcs", `${w.washer.sku}`, `IMP-P2-${tag}`],
      [`IMP-P2-${tag}`, "排水泵（新款）", null, 139, null, `${w.washer.sku}`, `IMP-P1-${tag}, IMP-P2-${tag}`],
      [`IMP-P3-${tag}`, "门封", null, "-3", null, null, null],
    ]);
    const dry = await send("parts", file, false, { token: w.supervisor.token, lang: "zh-CN" });
    expect(actions(dry).map((a) => a[1])).toEqual(["create", "create", "error"]);
    expect(dry.body.rows[2].errors).toEqual(["第 4 行，price 列：值无效。"]);
    await send("parts", file, true, { token: w.supervisor.token });
    const part = await h.call("GET", `/api/v1/parts/IMP-P2-${tag}`, { token: w.agent.token });
    expect(part.body).toMatchObject({
      name: "排水泵（新款）",
      compatibleSkus: [w.washer.sku],
      substitutes: [`IMP-P1-${tag}`],
    });
    const again = await send("parts", file, true, { token: w.supervisor.token });
    expect(actions(again).map((a) => a[1])).toEqual(["unchanged", "unchanged", "error"]);
  });
});

describe("bad files on every import route", () => {
  it("answers random bytes, broken ZIPs and hostile CSV with a translated 4xx or a row report, never a 5xx", async () => {
    const fc = (await import("fast-check")).default;
    const routes = ["customers", "products", "units", "parts"];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("x.csv", "x.xlsx", "x.bin"),
        fc.constantFrom(...routes),
        async (bytes, name, route) => {
          const prefix = name === "x.xlsx" ? new Uint8Array([0x50, 0x4b, 0x03, 0x04]) : new Uint8Array();
          const r = await send(route, new File([prefix, bytes], name), false);
          expect(r.status).toBeLessThan(500);
          if (r.status >= 400) expect(r.body.error.message.length).toBeGreaterThan(3);
        },
      ),
      { numRuns: 60 },
    );
    const hostile = csv(
      `sku,name,warrantyMonths\r\n"unterminated,=HYPERLINK("x"),\u0000\r\n${"a,".repeat(5000)}\r\n`,
    );
    expect((await send("products", hostile, false)).status).toBeLessThan(500);
  });
});
