import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;
const tag = Math.random().toString(36).slice(2, 7);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbook(rows: (string | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Customers");
  sheet.addRow(["name", "kind", "email", "phone", "tier"]);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const send = (
  bytes: Uint8Array,
  apply: boolean,
  opts: { token?: string; lang?: string; name?: string } = {},
) => {
  const form = new FormData();
  form.set("file", new File([bytes], opts.name ?? "customers.xlsx", { type: XLSX }));
  return h.call("POST", `/api/v1/customers/import?apply=${apply}`, {
    token: opts.token ?? w.admin.token,
    lang: opts.lang,
    raw: form,
  });
};
const find = async (q: string) =>
  (await h.call("GET", `/api/v1/customers?q=${encodeURIComponent(q)}`, { token: w.admin.token })).body
    .items as {
    name: string;
    tier: string;
  }[];

describe("customer import from Excel", () => {
  it("dry-runs row by row, names the bad row and column, and writes nothing", async () => {
    const bytes = await workbook([
      ["Dora Import", "person", `dora.${tag}@example.com`, null, "gold"],
      ["Bad Kind", "robot", `bad.${tag}@example.com`, null, null],
      ["No Key", "person", null, null, null],
      ["Alice Renamed", "person", w.alice.email, null, "gold"],
    ]);
    const r = await send(bytes, false, { lang: "en" });
    expect(r.status).toBe(200);
    expect(r.body.applied).toBe(false);
    expect(r.body.rows.map((x: { row: number; action: string }) => [x.row, x.action])).toEqual([
      [2, "create"],
      [3, "error"],
      [4, "error"],
      [5, "update"],
    ]);
    expect(r.body.rows[1].errors).toEqual(["Row 3, column kind: not a valid value."]);
    expect(r.body.rows[2].errors[0]).toContain("Row 4");
    const zh = await send(bytes, false, { lang: "zh-CN" });
    expect(zh.body.rows[1].errors[0]).toBe("第 3 行，kind 列：值无效。");
    expect(await find(`dora.${tag}`)).toEqual([]);
    expect((await find(w.alice.email))[0]?.name).toBe("Alice");
  });

  it("applies every valid row with an audit entry; importing the same file again changes nothing", async () => {
    const bytes = await workbook([
      ["Eve Import", "person", `eve.${tag}@example.com`, "+86 139 0000 1111", "vip"],
      ["Frank Import", "company", null, `+86 137 ${tag.length}000 2222`, null],
      ["Broken", "person", "not-an-email", null, null],
    ]);
    const first = await send(bytes, true);
    expect(first.status).toBe(200);
    expect(first.body.rows.map((x: { action: string }) => x.action)).toEqual(["create", "create", "error"]);
    expect(await find(`eve.${tag}`)).toMatchObject([{ name: "Eve Import", tier: "vip" }]);
    const second = await send(bytes, true);
    expect(second.body.rows.map((x: { action: string }) => x.action)).toEqual([
      "unchanged",
      "unchanged",
      "error",
    ]);
    expect(await find(`eve.${tag}`)).toHaveLength(1);
    expect(await find("Frank Import")).toHaveLength(1);
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    expect(JSON.stringify(audit.body)).toContain("customer.imported");
  });

  it("refuses a file that is not a workbook, and anyone but an admin", async () => {
    const csv = new TextEncoder().encode("name,kind\nMallory,person\n");
    const renamed = await send(csv, false, { lang: "zh-CN" });
    expect(renamed.status).toBe(415);
    expect(renamed.body.error.code).toBe("import.not_xlsx");
    const zipNotXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect((await send(zipNotXlsx, false)).status).toBe(415);
    const agent = await send(await workbook([]), false, { token: w.agent.token });
    expect(agent.status).toBe(403);
  });
});
