// A lexicon sentiment scorer for Chinese and English customer text, with negation. Pure and small
// on purpose: it sits behind `SentimentScorer`, so a model can replace it later.

type SentimentHit = { term: string; weight: number; negated: boolean };
type Sentiment = { score: number; hits: SentimentHit[] };
export type SentimentScorer = (text: string) => Sentiment;

// Weights in [-3, 3]. Longer entries win over their parts (不错 is praise, not 不 + 错).
const ZH: Record<string, number> = {
  好: 1,
  解决: 1,
  满意: 2,
  很好: 2,
  不错: 2,
  好用: 2,
  感谢: 2,
  谢谢: 1,
  专业: 1,
  及时: 1,
  耐心: 1,
  放心: 1,
  好评: 2,
  点赞: 2,
  解决了: 2,
  修好了: 2,
  正常了: 1,
  差: -2,
  太差: -3,
  很差: -3,
  差劲: -3,
  失望: -3,
  不满: -2,
  生气: -3,
  愤怒: -3,
  垃圾: -3,
  骗子: -3,
  欺骗: -3,
  忽悠: -2,
  敷衍: -2,
  推诿: -2,
  坑: -2,
  坑人: -3,
  恶心: -3,
  投诉: -2,
  退货: -1,
  退款: -1,
  故障: -1,
  问题: -1,
  坏了: -2,
  又坏: -3,
  漏水: -1,
  没人管: -3,
  拖延: -2,
  太慢: -2,
  一直没: -2,
  无人: -2,
  糟糕: -3,
  烂: -2,
  后悔: -3,
  忍无可忍: -3,
  崩溃: -2,
  危险: -3,
  着火: -3,
  冒烟: -3,
  触电: -3,
  爆炸: -3,
};
const EN: Record<string, number> = {
  good: 2,
  great: 2,
  excellent: 3,
  happy: 2,
  satisfied: 2,
  thanks: 1,
  thank: 1,
  helpful: 2,
  fixed: 2,
  quick: 1,
  love: 2,
  works: 1,
  professional: 1,
  bad: -2,
  terrible: -3,
  awful: -3,
  horrible: -3,
  angry: -3,
  furious: -3,
  disappointed: -3,
  unhappy: -2,
  useless: -3,
  broken: -2,
  worst: -3,
  scam: -3,
  fraud: -3,
  slow: -1,
  ignored: -2,
  rude: -2,
  refund: -1,
  complaint: -2,
  problem: -1,
  fault: -1,
  leak: -1,
  dangerous: -3,
  fire: -3,
  smoke: -3,
  shock: -2,
  unacceptable: -3,
  ridiculous: -2,
  waste: -2,
  never: 0,
};
// Negators flip the polarity of the next sentiment word within a short distance (same clause).
const ZH_NEGATORS = ["并不", "并没", "从不", "从没", "没有", "不是", "不", "没", "别", "无", "未"];
const EN_NEGATORS = new Set([
  "not",
  "no",
  "never",
  "dont",
  "don't",
  "didnt",
  "didn't",
  "isnt",
  "isn't",
  "wasnt",
  "wasn't",
  "cannot",
  "can't",
  "wont",
  "won't",
  "nothing",
  "without",
]);
const ZH_WINDOW = 3;
const EN_WINDOW = 3;
const CLAUSE = /[，,。.!！?？;；\n]/;
const zhTerms = Object.keys(ZH).sort((a, b) => b.length - a.length);

function scoreZh(text: string, hits: SentimentHit[]): void {
  let lastNegatorEnd = -100;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (CLAUSE.test(ch)) {
      lastNegatorEnd = -100;
      i++;
      continue;
    }
    const term = zhTerms.find((t) => text.startsWith(t, i));
    if (term) {
      const negated = i - lastNegatorEnd <= ZH_WINDOW - 1 && i >= lastNegatorEnd;
      hits.push({ term, weight: negated ? -(ZH[term] as number) : (ZH[term] as number), negated });
      i += term.length;
      continue;
    }
    const neg = ZH_NEGATORS.find((n) => text.startsWith(n, i));
    if (neg) {
      lastNegatorEnd = i + neg.length;
      i += neg.length;
      continue;
    }
    i++;
  }
}

function scoreEn(text: string, hits: SentimentHit[]): void {
  for (const clause of text.toLowerCase().split(CLAUSE)) {
    const words = clause.match(/[a-z']+/g) ?? [];
    let lastNegator = -100;
    words.forEach((w, idx) => {
      if (EN_NEGATORS.has(w)) {
        lastNegator = idx;
        return;
      }
      const weight = EN[w];
      if (weight === undefined || weight === 0) return;
      const negated = idx - lastNegator <= EN_WINDOW;
      hits.push({ term: w, weight: negated ? -weight : weight, negated });
    });
  }
}

// score in [-1, 1]: the hits' sum over the strongest possible sum of that many hits.
export const scoreSentiment: SentimentScorer = (text) => {
  const hits: SentimentHit[] = [];
  scoreZh(text, hits);
  scoreEn(text, hits);
  if (hits.length === 0) return { score: 0, hits };
  const sum = hits.reduce((a, h) => a + h.weight, 0);
  return { score: Math.max(-1, Math.min(1, sum / (3 * Math.sqrt(hits.length)))), hits };
};

// Below this a message counts as negative for the crisis watch.
export const NEGATIVE_THRESHOLD = -0.5;
