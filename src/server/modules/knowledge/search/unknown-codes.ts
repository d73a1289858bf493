import { faultCodeTerms } from "../../../platform/text/knowledge-tokens.js";

// Fault codes the knowledge base has no article for on the product asked about. "冰箱显示E3" shares
// E3 with the washer's and the air conditioner's articles and 冰箱 with the fridge's, and would be
// answered with one of them; but no fridge shows E3 in any article, so the honest answer is a
// person. The product is the one the question names, else the customer's registered ones, else any.

export type CodedArticle = { productLine: string | null; faultCodes: readonly string[] };

export function unknownFaultCodes(
  question: string,
  articles: Iterable<CodedArticle>,
  productLines: readonly string[],
): string[] {
  const asked = faultCodeTerms(question);
  if (asked.length === 0) return [];
  const lines = new Set(productLines);
  const known = new Set<string>();
  for (const a of articles)
    if (lines.size === 0 || (a.productLine && lines.has(a.productLine)))
      for (const code of a.faultCodes) for (const term of faultCodeTerms(code)) known.add(term);
  return [...new Set(asked.filter((code) => !known.has(code)))].map((term) => term.slice(2).toUpperCase());
}
