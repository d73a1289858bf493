import { and, desc, eq } from "drizzle-orm";
import type { Services } from "../../platform/context.js";
import type { Actor } from "../../platform/http/actor.js";
import { newId } from "../../platform/ids.js";
import { findComplaintOfTicket } from "../complaints/index.js";
import { ticketsView } from "../tickets/index.js";
import { improvementItems, kanoAnswers, pdcaCycles, pdcaHistory } from "./improvement.tables.js";
import type { KanoAnswer } from "./kano.js";
import { tenantDay } from "./tenant-day.js";
import { checkFigures } from "./use-cases/check-figures.js";
import { addTask, moveCycle, openCycle, setTaskDone } from "./use-cases/cycles.js";
import { type ItemInput, raiseItem } from "./use-cases/items.js";

type Ev = ItemInput["evidence"];
const DAY = 86_400_000;
// The last day of the quarter a day falls in: the cycle in check is due this quarter.
const quarterEnd = (day: string) => {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
};
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

// Demo backlog: eight items resting on the demo's complaints and tickets, a few KANO answers, and
// three cycles — one in check (planned a month ago, its do phase ended two weeks ago, so the
// check compares two real fortnights of the demo's tickets), one in do, one in plan.
export async function seedImprovementDemo(s: Services, manager: Actor, agent: Actor): Promise<void> {
  const t = manager.tenantId;
  const complaintTickets = await s.db
    .select({ id: ticketsView.id, number: ticketsView.number })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, t), eq(ticketsView.type, "complaint")))
    .orderBy(desc(ticketsView.createdAt))
    .limit(4);
  const complaintEv: Ev[] = [];
  for (const ct of complaintTickets) {
    const c = await findComplaintOfTicket(s.db, t, ct.id);
    complaintEv.push(
      c
        ? [
            { kind: "complaint", ref: c.id },
            { kind: "ticket", ref: ct.id },
          ]
        : [{ kind: "ticket", ref: ct.id }],
    );
  }
  const repairs = await s.db
    .select({ id: ticketsView.id })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, t), eq(ticketsView.type, "repair")))
    .orderBy(desc(ticketsView.createdAt))
    .limit(3);
  const today = await tenantDay(s.db, t, s.clock.now());
  const kpi = (ref: string): Ev => [{ kind: "kpi", ref, from: shift(today, -60), to: shift(today, -1) }];
  const ticket = (i: number): Ev => (repairs[i] ? [{ kind: "ticket", ref: repairs[i].id }] : []);
  const specs: (Omit<ItemInput, "description"> & { description?: string })[] = [
    {
      title: "上门时段精确到 2 小时",
      source: "complaint",
      impact: 5,
      cost: 2,
      difficulty: 3,
      strategicFit: 5,
      evidence: [...(complaintEv[0] ?? []), ...kpi("first_response_minutes_avg")],
    },
    {
      title: "冰箱结冰故障一次修复（备件随车）",
      source: "complaint",
      impact: 5,
      cost: 4,
      difficulty: 4,
      strategicFit: 4,
      evidence: [...(complaintEv[1] ?? []), ...kpi("fcr_rate")],
    },
    {
      title: "安装后现场清洁检查单",
      source: "complaint",
      impact: 3,
      cost: 1,
      difficulty: 1,
      strategicFit: 3,
      evidence: complaintEv[2] ?? [],
    },
    {
      title: "维修进度短信主动通知",
      source: "survey",
      impact: 4,
      cost: 2,
      difficulty: 2,
      strategicFit: 4,
      evidence: kpi("csat_avg"),
    },
    {
      title: "重复报修自动升级主管",
      source: "alert",
      impact: 4,
      cost: 2,
      difficulty: 3,
      strategicFit: 4,
      evidence: [...ticket(0), ...kpi("reopen_rate")],
    },
    {
      title: "晚间 18–21 点上门服务",
      source: "agent",
      impact: 4,
      cost: 4,
      difficulty: 3,
      strategicFit: 3,
      evidence: ticket(1),
    },
    {
      title: "微信内预约与改约",
      source: "agent",
      impact: 3,
      cost: 3,
      difficulty: 3,
      strategicFit: 5,
      evidence: ticket(2),
    },
    {
      title: "投诉回访话术标准化",
      source: "complaint",
      impact: 3,
      cost: 1,
      difficulty: 2,
      strategicFit: 3,
      evidence: complaintEv[3] ?? [],
    },
  ];
  const ids: string[] = [];
  for (const spec of specs) ids.push((await raiseItem(s, agent, { description: "", ...spec })).id);

  // KANO answers entered by the desk for two items (performance for the time window, delight for evenings).
  const pairs: [number, KanoAnswer, KanoAnswer][] = [
    [0, "like", "dislike"],
    [0, "like", "dislike"],
    [0, "expect", "dislike"],
    [0, "like", "live_with"],
    [5, "like", "neutral"],
    [5, "like", "live_with"],
    [5, "neutral", "neutral"],
  ];
  await s.db.insert(kanoAnswers).values(
    pairs.flatMap(([i, f, d]) =>
      ids[i]
        ? [
            {
              id: newId("kan"),
              tenantId: t,
              itemId: ids[i],
              functional: f,
              dysfunctional: d,
              via: "staff" as const,
              enteredBy: agent.userId,
            },
          ]
        : [],
    ),
  );
  await s.db
    .update(improvementItems)
    .set({
      kanoFunctional: "如果上门时段能精确到 2 小时，您觉得？",
      kanoDysfunctional: "如果只能约上午或下午半天，您觉得？",
    })
    .where(and(eq(improvementItems.tenantId, t), eq(improvementItems.id, ids[0] ?? "")));

  const plan = { ownerId: manager.userId, windowDays: 14 };
  // In check: planned 30 days ago, done 14 days ago; its history is dated accordingly.
  if (ids[0]) {
    const c = await openCycle(s, manager, ids[0], {
      ...plan,
      kpiId: "first_response_minutes_avg",
      targetValue: 45,
      dueDate: quarterEnd(today),
    });
    const withTask = await addTask(s, manager, c.id, { title: "按片区重排工程师班次" });
    for (const task of withTask.tasks) await setTaskDone(s, manager, c.id, task.id, true);
    await moveCycle(s, manager, c.id, "do");
    await moveCycle(s, manager, c.id, "check");
    const planned = shift(today, -30);
    const done = shift(today, -14);
    await s.db
      .update(pdcaCycles)
      .set({
        planStartedOn: planned,
        doEndedOn: done,
        check: await checkFigures(
          s.db,
          t,
          { ...plan, kpiId: "first_response_minutes_avg", planStartedOn: planned },
          done,
          today,
          s.clock.now(),
        ),
      })
      .where(and(eq(pdcaCycles.tenantId, t), eq(pdcaCycles.id, c.id)));
    for (const [seq, day] of [
      [1, planned],
      [2, shift(planned, 1)],
      [3, done],
    ] as const)
      await s.db
        .update(pdcaHistory)
        .set({ at: new Date(`${day}T02:00:00Z`) })
        .where(and(eq(pdcaHistory.tenantId, t), eq(pdcaHistory.cycleId, c.id), eq(pdcaHistory.seq, seq)));
  }
  if (ids[3]) {
    const c = await openCycle(s, manager, ids[3], {
      ...plan,
      kpiId: "csat_avg",
      targetValue: 4.5,
      dueDate: shift(today, 75),
    });
    await addTask(s, manager, c.id, { title: "接入短信模板：已派工／已出发／已完成" });
    await moveCycle(s, manager, c.id, "do");
  }
  if (ids[2])
    await openCycle(s, manager, ids[2], {
      ...plan,
      kpiId: "complaint_rate",
      targetValue: 0.02,
      dueDate: shift(today, 150),
    });
}
