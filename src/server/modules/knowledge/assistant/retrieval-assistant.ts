// The assistant's decision from retrieval, rules and the customer's context — no language model.
// `Assistant` is the seam a hosted model could implement later: same question and context in,
// same decision out.

export type Candidate = {
  articleId: string;
  /** Translations share a key; the assistant answers once per article, not once per language. */
  key: string;
  title: string;
  body: string;
  productLine: string | null;
  score: number;
  /** Share of the question's weighted terms the article matched (0–1). */
  coverage: number;
  /** Whether it matched a word saying what the question is about, not only a product or common word. */
  topical?: boolean;
};

export type AssistantContext = {
  /** The customer's registered product lines. */
  productLines: readonly string[];
  /** Product lines the question names ("空调…", "my washer…"). */
  mentioned?: readonly string[];
  /** Products the question names that no article is about (油烟机, 吸尘器). */
  unknownProducts?: readonly string[];
  /** Fault codes the question names that no article has on the product asked about (冰箱 E3). */
  unknownCodes?: readonly string[];
};

type Decision =
  | { kind: "answer"; candidate: Candidate; confidence: number }
  | { kind: "clarify"; options: Candidate[]; confidence: number }
  | { kind: "handoff"; reason: "asked_for_person" | "no_answer" | "unsure"; confidence: number };

export interface Assistant {
  decide(question: string, candidates: readonly Candidate[], context: AssistantContext): Decision;
}

// "转人工", "找客服", "talk to a human": the customer asks for a person; never argue with that.
const ASKS_FOR_PERSON =
  /(转人工|人工客服|人工服务|找人工|真人|找客服|客服人员|接线员|\b(human|agent|real person|operator|representative)\b|speak to (someone|a person)|talk to (someone|a person))/i;

const asksForPerson = (question: string) => ASKS_FOR_PERSON.test(question);

// Tuned on the evaluation set (bench/knowledge.bench.ts): below MIN_CONFIDENCE the assistant hands
// off rather than risk a wrong answer; two articles for different products within TIE_RATIO of
// each other (or matching the same words) are a tie worth a question.
const MIN_CONFIDENCE = 0.35;
const TIE_RATIO = 0.85;
// Articles that match the very same words of the question tie even when one says them more often.
const SAME_TERMS_RATIO = 0.5;
const PRODUCT_BOOST = 1.5;
const OTHER_PRODUCT = 0.5;

// Best candidate per article key. A product the question names wins over any other product's
// article; otherwise the customer's own product lines are preferred.
export function rankForCustomer(candidates: readonly Candidate[], context: AssistantContext): Candidate[] {
  const mentioned = new Set(context.mentioned ?? []);
  const owned = new Set(context.productLines);
  const factor = (line: string | null) => {
    if (!line) return 1;
    if (mentioned.size > 0) return mentioned.has(line) ? 1 : OTHER_PRODUCT;
    return owned.has(line) ? PRODUCT_BOOST : 1;
  };
  const boosted = candidates.map((c) => ({ ...c, score: c.score * factor(c.productLine) }));
  const best = new Map<string, Candidate>();
  for (const c of boosted) {
    const prev = best.get(c.key);
    if (!prev || prev.score < c.score) best.set(c.key, c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function confidenceOf(top: Candidate, runnerUp: Candidate | undefined): number {
  const margin = runnerUp ? 1 - runnerUp.score / top.score : 1;
  return Math.min(1, top.coverage * (0.75 + 0.25 * margin));
}

export const retrievalAssistant: Assistant = {
  decide(question, candidates, context) {
    if (asksForPerson(question)) return { kind: "handoff", reason: "asked_for_person", confidence: 1 };
    // A question about a product the knowledge base has no article for (and no product it has)
    // would only be answered by a word they share: a person answers it instead.
    if (context.unknownProducts?.length && !context.mentioned?.length)
      return { kind: "handoff", reason: "no_answer", confidence: 0 };
    // Likewise a fault code no article has for that product: any answer would be about another.
    if (context.unknownCodes?.length) return { kind: "handoff", reason: "no_answer", confidence: 0 };
    const ranked = rankForCustomer(candidates, context);
    const [top, second] = ranked;
    if (!top) return { kind: "handoff", reason: "no_answer", confidence: 0 };
    const confidence = Number(confidenceOf(top, second).toFixed(2));
    if (confidence < MIN_CONFIDENCE || top.topical === false)
      return { kind: "handoff", reason: "unsure", confidence };
    if (
      second &&
      (second.score >= top.score * TIE_RATIO ||
        (second.score >= top.score * SAME_TERMS_RATIO && second.coverage >= top.coverage - 0.02)) &&
      top.productLine &&
      second.productLine &&
      top.productLine !== second.productLine
    ) {
      // The product the question names decides; else the customer's own products.
      const named = context.mentioned?.length ? context.mentioned : context.productLines;
      const owned = new Set(named);
      const mine = [top, second].filter((c) => c.productLine && owned.has(c.productLine));
      if (mine.length !== 1) return { kind: "clarify", options: [top, second], confidence };
    }
    return { kind: "answer", candidate: top, confidence };
  },
};

// A short extract: the sentences of the body that share the most terms with the question, in
// their original order, up to about maxChars.
export function extract(body: string, matches: (sentence: string) => number, maxChars = 160): string {
  const sentences = body.match(/[^。！？.!?]+[。！？.!?]?/g) ?? [body];
  const scored = sentences.map((s, i) => ({ s: s.trim(), i, score: matches(s) }));
  const picked: typeof scored = [];
  let length = 0;
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (length > 0 && length + c.s.length > maxChars) continue;
    picked.push(c);
    length += c.s.length;
    if (length >= maxChars * 0.6) break;
  }
  return (
    picked
      .sort((a, b) => a.i - b.i)
      .map((c) => c.s)
      // Chinese sentences run on without spaces; English ones need one.
      .join(/\p{Script=Han}/u.test(body) ? "" : " ")
  );
}
