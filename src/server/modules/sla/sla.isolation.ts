import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const weekday = [["09:00", "18:00"]];
const calendar = async ({ call }: IsolationContext): Promise<string> =>
  (
    await call("POST", "/api/v1/calendars", {
      body: {
        name: "Isolated office",
        timezone: "Asia/Shanghai",
        weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
      },
    })
  ).id;

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/calendars/{id}", create: calendar },
  {
    path: "/api/v1/sla-policies/{id}",
    create: async (ctx) =>
      (
        await ctx.call("POST", "/api/v1/sla-policies", {
          body: {
            name: "Isolated policy",
            calendarId: await calendar(ctx),
            warnAtPercent: 80,
            match: { type: "repair" },
            targets: { firstResponseMinutes: 60, resolutionMinutes: 600 },
          },
        })
      ).id,
  },
];
