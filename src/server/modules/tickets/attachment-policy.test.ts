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
});
