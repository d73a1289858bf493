import { describe, expect, it } from "vitest";
import { pageText } from "./pages.js";

describe("pageText", () => {
  it("fills placeholders with the text as given (escaping is the page's job)", () => {
    expect(pageText("en", "request.pending", { subject: '<b>"x"</b> $&' })).toBe(
      'Send your request "<b>"x"</b> $&" to our service team?',
    );
    expect(pageText("zh-CN", "confirm.thanksConfirm", { number: "SO-2026-000001" })).toBe(
      "感谢您的确认！服务单 SO-2026-000001 已关闭。",
    );
    expect(pageText("zh-CN", "request.title")).toBe("联系售后服务");
  });

  it("does not compile without a placeholder's value or with an unknown key", () => {
    // These lines only have to compile as errors (npm run typecheck); at run time they still return text.
    // @ts-expect-error the number is missing
    expect(pageText("en", "confirm.answered", {})).toContain("{number}");
    // @ts-expect-error no vars argument at all
    expect(pageText("en", "confirm.superseded")).toContain("{number}");
    // @ts-expect-error not a key of the catalogue
    expect(() => pageText("en", "confirm.nope")).toThrow();
  });
});
