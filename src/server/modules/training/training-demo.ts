import type { NewQuestion } from "../../../shared/api/training.js";
import type { Services } from "../../platform/context.js";
import type { Actor } from "../../platform/http/actor.js";
import { tenantToday } from "../field/index.js";
import { publishedArticles } from "../knowledge/index.js";
import { grantCertification } from "./use-cases/certifications.js";
import { createContest } from "./use-cases/contests.js";
import { addQuestion, createExam } from "./use-cases/exam-bank.js";
import { assignProgramme, createProgramme } from "./use-cases/programmes.js";

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

// Eight questions on dishwashers (a demo product line), every kind but the short answer once.
const DISHWASHER_BANK: Omit<NewQuestion, "skill">[] = [
  {
    kind: "single",
    prompt: "洗碗机显示 E09，最可能的原因是？",
    options: ["加热管故障", "进水阀堵塞", "门锁损坏", "排水泵卡滞"],
    correct: [0],
  },
  {
    kind: "single",
    prompt: "检查加热管是否断路，应使用哪种工具？",
    options: ["万用表", "扭力扳手", "压力表", "测温枪"],
    correct: [0],
  },
  {
    kind: "multiple",
    prompt: "洗碗机洗不干净，可能的原因有？（多选）",
    options: ["喷臂堵塞", "洗涤剂不足", "水温过低", "电源插头为三孔"],
    correct: [0, 1, 2],
  },
  {
    kind: "multiple",
    prompt: "上门维修前必须做的安全措施有？（多选）",
    options: ["断开电源", "关闭进水阀", "佩戴手套", "先试机十分钟"],
    correct: [0, 1, 2],
  },
  { kind: "true_false", prompt: "拆卸洗碗机内门板前，必须先断开电源。", correct: [1] },
  { kind: "true_false", prompt: "软水器的再生盐可以用普通食盐代替。", correct: [0] },
  {
    kind: "single",
    prompt: "嵌入式洗碗机排水管的最高点应不超过地面多少厘米？",
    options: ["40 厘米", "100 厘米", "150 厘米", "无要求"],
    correct: [1],
  },
  { kind: "short", prompt: "请简述洗碗机不排水的排查步骤。" },
];

// Demo: an onboarding plan of five days made of knowledge articles and a video, given to the
// agents (one of them overdue); a dishwasher exam and a contest running now; a few certifications,
// one expiring soon. Routing's certification policy stays "off" until an admin turns it on.
export async function seedTrainingDemo(s: Services, people: Map<string, Actor>): Promise<void> {
  const admin = people.get("admin@demo.local");
  const agent = people.get("agent@demo.local");
  const agent2 = people.get("agent2@demo.local");
  if (!admin || !agent || !agent2) return;
  const today = await tenantToday(s.db, s, admin.tenantId);
  const articles = await publishedArticles(s.db, admin.tenantId, "zh-CN", 4);
  const items = [
    ...articles.map((a, i) => ({ kind: "article" as const, title: a.title, articleId: a.id, day: i + 1 })),
    {
      kind: "video" as const,
      title: "洗碗机上门维修规范（视频）",
      url: "https://example.com/training/dishwasher.mp4",
      day: 5,
    },
  ];
  const onboarding = await createProgramme(s, admin, {
    name: "新员工入职培训（5 天）",
    description: "服务规范、产品知识与系统操作，第 5 天参加洗碗机资质考试。",
    kind: "onboarding",
    items,
  });
  await assignProgramme(s, admin, onboarding.id, { roles: ["agent"], dueOn: addDays(today, 7) });
  await assignProgramme(s, admin, onboarding.id, { userIds: [agent2.userId], dueOn: addDays(today, -2) });

  for (const q of DISHWASHER_BANK) await addQuestion(s, admin, { ...q, skill: "dishwasher" });
  const exam = await createExam(s, admin, {
    name: "洗碗机维修资质考试",
    skill: "dishwasher",
    questionCount: 6,
    timeLimitMinutes: 20,
    passPercent: 80,
    maxAttempts: 3,
    validityMonths: 12,
  });
  const now = s.clock.now();
  await createContest(s, admin, {
    name: "第四季度洗碗机技能竞赛",
    examId: exam.id,
    startsAt: new Date(now.getTime() - DAY).toISOString(),
    endsAt: new Date(now.getTime() + 30 * DAY).toISOString(),
  });

  await grantCertification(s, admin, {
    userId: agent.userId,
    skill: "washer",
    validUntil: addDays(today, 330),
    name: "洗衣机维修资质",
  });
  await grantCertification(s, admin, {
    userId: agent2.userId,
    skill: "fridge",
    validUntil: addDays(today, 20),
    name: "冰箱维修资质",
  });
}
