import { describe, expect, it } from "vitest";
import { checkAttachment, safeFileName } from "./attachment-policy.js";

describe("attachment policy", () => {
  it("accepts a real PNG and refuses an executable dressed as one", () => {
    expect(checkAttachment("image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({
      ok: true,
    });
    expect(checkAttachment("image/png", new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toEqual({
      ok: false,
      reason: "type_not_allowed",
    });
  });

  it("refuses types that could run in a browser", () => {
    expect(checkAttachment("text/html", new TextEncoder().encode("<script>"))).toEqual({
      ok: false,
      reason: "type_not_allowed",
    });
    expect(checkAttachment("image/svg+xml", new TextEncoder().encode("<svg/>"))).toEqual({
      ok: false,
      reason: "type_not_allowed",
    });
  });

  it("strips directories and control characters from names", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\me\\photo 1.jpg")).toBe("photo 1.jpg");
    expect(safeFileName("..")).toBe("file");
    expect(safeFileName("漏水照片\u0000.jpg")).toBe("漏水照片.jpg");
  });

  it("checks the content of every accepted type, not only the ones with a well-known signature", () => {
    const bytes = (...parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
    const exe = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0]);
    const html = bytes("<!DOCTYPE html><script>alert(1)</script>");
    const mp4 = bytes([0, 0, 0, 0x18], "ftypmp42", [0, 0, 0, 0], "isommp42");
    const heic = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic");
    const mov = bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 0, 0], "qt  ");
    const mp3 = bytes("ID3", [4, 0, 0, 0, 0, 0, 0]);
    const zip = bytes("PK", [3, 4, 20, 0]);
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const ok = (type: string, b: Uint8Array) => checkAttachment(type, b).ok;
    expect(ok("video/mp4", mp4)).toBe(true);
    expect(ok("image/heic", heic)).toBe(true);
    expect(ok("image/heif", heic)).toBe(true);
    expect(ok("video/quicktime", mov)).toBe(true);
    expect(ok("audio/mpeg", mp3)).toBe(true);
    expect(ok("application/zip", zip)).toBe(true);
    expect(ok("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip)).toBe(true);
    expect(ok("application/msword", ole)).toBe(true);
    expect(ok("text/plain", bytes("洗衣机 E21 log\n"))).toBe(true);
    expect(ok("text/csv", bytes("serial,date\nSN1,2026-01-01\n"))).toBe(true);
    for (const type of [
      "video/mp4",
      "video/quicktime",
      "image/heic",
      "audio/mpeg",
      "audio/mp4",
      "application/zip",
      "application/msword",
      "application/vnd.ms-excel",
      "text/plain",
      "text/csv",
    ]) {
      expect(ok(type, exe), `exe as ${type}`).toBe(false);
      expect(ok(type, html), `html as ${type}`).toBe(false);
    }
    expect(ok("image/heic", mp4)).toBe(false);
    expect(ok("text/plain", bytes("  <svg onload=alert(1)>"))).toBe(false);
  });

  it("neutralises names that would mislead or run", () => {
    expect(safeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp_exe");
    expect(safeFileName("photo.jpg.exe")).toBe("photo.jpg_exe");
    expect(safeFileName("report.HTML")).toBe("report_HTML");
    expect(safeFileName("logo.svg")).toBe("logo_svg");
    expect(safeFileName("run.js")).toBe("run_js");
    expect(safeFileName("setup.exe. . ")).toBe("setup_exe");
    expect(safeFileName("a\u200Bb\u2066c.pdf")).toBe("abc.pdf");
    expect(safeFileName("漏水照片.jpg")).toBe("漏水照片.jpg");
    expect(safeFileName("manual.pdf")).toBe("manual.pdf");
  });
});
