import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { expectCall, onSiteVisit, SIGNATURE } from "./hq-technician.js";
import { dataUrl, pngOf } from "./png-fixture.js";

// Photos taken on the technician's phone: sniffed like ticket attachments, kept with the visit,
// readable by whoever sees the visit, sent once however often the offline queue resends them, and
// embedded in the service report.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;
const ok = expectCall(h);

describe("photos of a visit", () => {
  it("a real PNG is stored once per key, shown to the customer and embedded in the report", async () => {
    const v = await onSiteVisit(h, w);
    const png = pngOf(37, 23);
    const send = (key: string) =>
      h.call("POST", `/api/v1/visits/${v.id}/photos`, {
        token: v.tech,
        body: { image: dataUrl("image/png", png) },
        headers: { "idempotency-key": key },
      });
    const first = await send("k-photo-1");
    expect(first.status).toBe(200);
    expect(first.body.photos).toHaveLength(1);
    // The offline queue resending the same photo adds nothing.
    const again = await send("k-photo-1");
    expect(again.status).toBe(200);
    expect(again.body.photos).toHaveLength(1);

    const photoId = first.body.photos[0].id;
    const res = await h.app.request(`/api/v1/visits/${v.id}/photos/${photoId}`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    // Another tenant sees neither the photo nor the visit.
    const foreign = await h.app.request(`/api/v1/visits/${v.id}/photos/${photoId}`, {
      headers: { authorization: `Bearer ${other.admin.token}` },
    });
    expect(foreign.status).toBe(404);

    await ok("POST", `/api/v1/visits/${v.id}/signature`, v.tech, { image: SIGNATURE, signedBy: "王女士" });
    await ok("POST", `/api/v1/visits/${v.id}/steps`, v.tech, { action: "check_out" });
    const report = await h.app.request(`/api/v1/visits/${v.id}/report.pdf`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(report.status).toBe(200);
    const pdf = Buffer.from(await report.arrayBuffer()).toString("latin1");
    // The photo is an image XObject of its own size in the report.
    expect(pdf).toMatch(
      /\/Subtype \/Image[^>]*\/Width 37[^>]*\/Height 23|\/Width 37[^>]*\/Height 23[^>]*\/Subtype \/Image/s,
    );
  });

  it("a file lying about its type is refused, translated, and nothing is stored", async () => {
    const v = await onSiteVisit(h, w);
    const pdfBytes = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    const lying = await h.call("POST", `/api/v1/visits/${v.id}/photos`, {
      token: v.tech,
      lang: "zh-CN",
      body: { image: dataUrl("image/jpeg", pdfBytes) },
    });
    expect(lying.status).toBe(415);
    expect(lying.body.error.message).toBe("不接受 image/jpeg 类型的文件。");
    // Not an image type at all: refused by the request's shape.
    const gif = await h.call("POST", `/api/v1/visits/${v.id}/photos`, {
      token: v.tech,
      lang: "en",
      body: { image: dataUrl("image/gif", Buffer.from("GIF89a")) },
    });
    expect(gif.status).toBe(400);
    expect(JSON.stringify(gif.body)).toContain("JPEG or PNG");
    expect((await ok("GET", `/api/v1/visits/${v.id}`, w.supervisor.token)).photos).toEqual([]);
  });

  it("only the visit's technician or the desk adds photos; a customer cannot", async () => {
    const v = await onSiteVisit(h, w);
    const r = await h.call("POST", `/api/v1/visits/${v.id}/photos`, {
      token: w.aliceUser.token,
      body: { image: dataUrl("image/png", pngOf(4, 4)) },
    });
    expect(r.status).toBe(403);
  });
  // Last: it erases the customer the other tests book visits for.
  it("erasing the customer takes the photos (file too), the signature and the address off their visits", async () => {
    const v = await onSiteVisit(h, w);
    const png = pngOf(41, 17);
    const sent = await ok("POST", `/api/v1/visits/${v.id}/photos`, v.tech, {
      image: dataUrl("image/png", png),
    });
    expect(sent.photos).toHaveLength(1);
    const read = await h.services.db.execute(sql`select photos from visits where id = ${v.id}`);
    const key = (read as unknown as { rows: { photos: { storageKey: string }[] }[] }).rows[0]?.photos[0]
      ?.storageKey;
    expect(key).toBeTruthy();
    expect((await h.services.files.get(key ?? "")).equals(png)).toBe(true);
    await ok("POST", `/api/v1/visits/${v.id}/signature`, v.tech, { image: SIGNATURE, signedBy: "王女士" });
    const name = (await ok("GET", `/api/v1/customers/${w.alice.id}`, w.admin.token)).name as string;
    await ok("POST", `/api/v1/customers/${w.alice.id}/erase`, w.admin.token, { confirm: name });
    const after = await ok("GET", `/api/v1/visits/${v.id}`, w.admin.token);
    expect(after.photos).toEqual([]);
    expect(after.address).not.toMatch(/上海/);
    expect(JSON.stringify(after)).not.toContain("王女士");
    const stored = await h.services.db.execute(sql`select signature from visits where id = ${v.id}`);
    expect((stored as unknown as { rows: { signature: string | null }[] }).rows[0]?.signature).toBeNull();
    await expect(h.services.files.get(key ?? "")).rejects.toThrow();
  });
});
