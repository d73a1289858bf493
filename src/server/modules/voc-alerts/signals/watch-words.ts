// Words that say a complaint may leave the service desk: press and social media, regulators, the
// courts. Any one of them in a customer's message or survey comment raises an alert.
type WatchCategory = "media" | "social" | "regulator" | "legal";

const ZH: Record<string, WatchCategory> = {
  曝光: "media",
  媒体: "media",
  记者: "media",
  电视台: "media",
  报社: "media",
  新闻: "media",
  微博: "social",
  抖音: "social",
  小红书: "social",
  朋友圈: "social",
  网上发帖: "social",
  黑猫投诉: "social",
  "12315": "regulator",
  "12345": "regulator",
  消协: "regulator",
  消费者协会: "regulator",
  市场监管: "regulator",
  工商局: "regulator",
  律师: "legal",
  起诉: "legal",
  法院: "legal",
  诉讼: "legal",
  打官司: "legal",
  律师函: "legal",
  仲裁: "legal",
};
const EN: Record<string, WatchCategory> = {
  media: "media",
  press: "media",
  journalist: "media",
  reporter: "media",
  newspaper: "media",
  tv: "media",
  twitter: "social",
  weibo: "social",
  facebook: "social",
  tiktok: "social",
  youtube: "social",
  reddit: "social",
  bbb: "regulator",
  regulator: "regulator",
  ombudsman: "regulator",
  lawyer: "legal",
  attorney: "legal",
  sue: "legal",
  suing: "legal",
  lawsuit: "legal",
  court: "legal",
  legal: "legal",
};

export type WatchHit = { term: string; category: WatchCategory };

// Chinese terms match anywhere; English terms (and the hotline numbers) only as whole words, so
// "issue" is not "sue" and an order number is not 12315.
export function watchWords(text: string): WatchHit[] {
  const hits: WatchHit[] = [];
  for (const [term, category] of Object.entries(ZH)) {
    const found = /^\d+$/.test(term) ? new RegExp(`(?<!\\d)${term}(?!\\d)`).test(text) : text.includes(term);
    if (found) hits.push({ term, category });
  }
  const words = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  for (const [term, category] of Object.entries(EN)) if (words.has(term)) hits.push({ term, category });
  return hits;
}
