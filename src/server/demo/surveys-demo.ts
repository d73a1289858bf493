import { answerSurvey, createSurvey, inviteCustomer } from "../modules/surveys/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// The after-closure survey, sent by itself when a ticket closes, with a dozen answers already in,
// so the report and the follow-up list have something to show on first start.
const ANSWERS: [number, number, string?][] = [
  [10, 5],
  [9, 5, "师傅很专业，准时上门。"],
  [10, 5],
  [8, 4],
  [9, 4],
  [7, 4],
  [10, 5, "Quick and friendly."],
  [6, 3, "等了三天才有人联系。"],
  [3, 2, "第二次维修了，问题还是没有解决。"],
  [9, 5],
  [8, 4],
  [2, 1, "Nobody called back as promised."],
];

export async function seedSurveysDemo(s: Services, staff: Map<string, Actor>, customerIds: string[]) {
  const manager = staff.get("manager@demo.local");
  if (!manager || customerIds.length === 0) return;
  const survey = await createSurvey(s, manager, {
    name: "服务满意度回访 / After-service survey",
    trigger: "ticket_closed",
    samplePercent: 100,
    capDays: 30,
    questions: [
      {
        id: "nps",
        kind: "nps",
        text: "您有多大可能向亲友推荐我们的售后服务？",
        textEn: "How likely are you to recommend our service to a friend?",
      },
      {
        id: "csat",
        kind: "csat",
        text: "您对本次服务的整体满意度如何？",
        textEn: "How satisfied are you with this service overall?",
      },
      {
        id: "comment",
        kind: "text",
        text: "还有什么想告诉我们的吗？",
        textEn: "Anything else you would like to tell us?",
      },
    ],
  });
  for (const [i, [nps, csat, comment]] of ANSWERS.entries()) {
    const customerId = customerIds[i % customerIds.length] as string;
    const link = await inviteCustomer(s, manager, survey.id, { customerId, channel: "email" });
    await answerSurvey(s, link.token, { nps, csat, ...(comment ? { comment } : {}) });
  }
  // Invited, not (yet) answered: the response rate is not 100 %.
  for (const customerId of customerIds.slice(0, 3))
    await inviteCustomer(s, manager, survey.id, { customerId, channel: "email" });
}
