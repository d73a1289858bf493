import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Hole 11 of issue 12: uploads trusted the declared type and kept names like "x.exe" or
// "invoice\u202Efdp.exe".
const ctx = worldPerFile("uploads");

function upload(bytes: Uint8Array, name: string, type: string, lang = "en") {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type }));
  return ctx.h.call("POST", "/api/v1/attachments", { token: ctx.w.aliceUser.token, raw: form, lang });
}
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const EXE = latin1(
  "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffThis program cannot be run in DOS mode",
);
const HTML = latin1("<!doctype html><html><body><script>fetch('/api/v1/me')</script></body></html>");
const MP4 = latin1("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42");

describe("uploads are checked by their content", () => {
  it("refuses an executable declared as video/mp4 and HTML declared as image/heic, translated", async () => {
    for (const [bytes, name, type] of [
      [EXE, "holiday.mp4", "video/mp4"],
      [HTML, "IMG_0001.HEIC", "image/heic"],
      [EXE, "notes.txt", "text/plain"],
      [HTML, "table.csv", "text/csv"],
    ] as const) {
      for (const lang of ["en", "zh-CN"]) {
        const r = await upload(bytes, name, type, lang);
        expect(r.status, `${name} as ${type}`).toBe(415);
        expect(r.body.error.code).toBe("attachment.type_not_allowed");
        expect(r.body.error.message).toContain(type);
      }
    }
  });

  it("accepts the real thing and stores a name that cannot mislead or run", async () => {
    const video = await upload(MP4, "washer\u202Egnp.exe", "video/mp4");
    expect(video.status).toBe(201);
    expect(video.body).toMatchObject({ contentType: "video/mp4", name: "washergnp_exe" });
    const text = await upload(latin1("E21 at 00:14\n"), "../../log.html", "text/plain");
    expect(text.status).toBe(201);
    expect(text.body.name).toBe("log_html");
  });
});
