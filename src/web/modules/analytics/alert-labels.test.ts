import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { zhCN } from "../../i18n/zh-CN";
import { alertSubject, inLanguage } from "./alert-labels";

// A stand-in for i18next over one of the real catalogues (defaultValue when the key is missing).
const tIn = (catalog: object) =>
  ((key: string, o: { defaultValue?: string } = {}) => {
    const v = key
      .split(".")
      .reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], catalog);
    return typeof v === "string" ? v : (o.defaultValue ?? key);
  }) as unknown as TFunction;

describe("alert names in the reader's language", () => {
  const shanghai = { dimension: "region", key: "31", label: "上海市", labelEn: "Shanghai" };

  it("shows a zh-CN reader the Chinese names and an English reader the English ones", () => {
    expect(alertSubject(tIn(zhCN), "zh-CN", shanghai)).toBe("上海市");
    expect(alertSubject(tIn(en), "en", shanghai)).toBe("Shanghai");
    expect(inLanguage("zh-CN", "地区工单量", "Volume by region")).toBe("地区工单量");
    expect(inLanguage("en", "地区工单量", "Volume by region")).toBe("Volume by region");
  });

  it("names a channel from the app's catalogue and falls back to the one name there is", () => {
    const phone = { dimension: "channel", key: "phone", label: "电话", labelEn: "Phone" };
    expect(alertSubject(tIn(zhCN), "zh-CN", phone)).toBe("电话");
    expect(alertSubject(tIn(en), "en", phone)).toBe("Phone");
    // An alert raised before labels were kept in English, and a rule without an English name.
    expect(
      alertSubject(tIn(en), "en", { dimension: "product", key: "prd_1", label: "洗衣机", labelEn: null }),
    ).toBe("洗衣机");
    expect(inLanguage("en", "批次质量预警", null)).toBe("批次质量预警");
  });
});
