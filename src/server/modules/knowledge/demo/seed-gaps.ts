import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import { kbGaps } from "../knowledge.tables.js";

const HOUR = 3_600_000;

// Questions the demo customers asked that no demo article answers: the 知识缺口 screen starts with
// something to write about. [question, times asked, hours since last asked, where].
const GAPS = [
  ["扫地机器人不回充", 14, 3, "assistant"],
  ["净水器滤芯多久换一次", 11, 7, "search"],
  ["洗碗机洗完碗上有白色水渍", 8, 20, "search"],
  ["油烟机可以自己清洗吗", 6, 30, "assistant"],
  ["how do i connect the fridge to wifi", 4, 50, "search"],
  ["冰箱可以放在阳台吗", 3, 72, "search"],
] as const;

export async function seedGapsDemo(s: Services, tenantId: string): Promise<void> {
  const now = s.clock.now().getTime();
  await s.db.insert(kbGaps).values(
    GAPS.map(([question, asked, hoursAgo, source]) => ({
      id: newId("kbg"),
      tenantId,
      question,
      asked,
      source,
      lastAskedAt: new Date(now - hoursAgo * HOUR),
    })),
  );
}
