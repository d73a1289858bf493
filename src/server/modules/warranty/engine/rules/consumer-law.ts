import type { ArticleRef } from "../../../../../shared/warranty.js";

// 《中华人民共和国消费者权益保护法》 (2013 amendment, in force 2014-03-15); text from the LawRefBook/Laws
// mirror, 民法商法/消费者权益保护法(2013-10-25).md (rules.md §1, tag A).
const law = (article: number, paragraph?: number, item?: number): ArticleRef => ({
  instrument: "consumer_law",
  article,
  confidence: "A",
  ...(paragraph ? { paragraph } : {}),
  ...(item ? { item } : {}),
});

export const CONSUMER_LAW_ARTICLES = {
  /** Art. 23 ¶1: no liability for a defect the consumer knew of before accepting the goods (text not in rules.md). */
  disclosedDefect: { ...law(23, 1), confidence: "C" } as ArticleRef,
  /** Art. 23 ¶3: durable goods, defect found within six months → the business bears the burden of proof. */
  burdenOfProof: law(23, 3),
  /** Art. 24 ¶1: quality remedies; without national rule or agreement, return within 7 days of receipt. */
  qualityRemedies: law(24, 1),
  /** Art. 24 ¶2: the business pays transport and other necessary costs. */
  transport: law(24, 2),
  /** Art. 25: seven-day no-reason return for distance sales, with its exclusions. */
  noReasonReturn: law(25, 1),
  noReasonReturnNature: law(25, 2),
  noReasonReturnIntact: law(25, 3),
} as const;
