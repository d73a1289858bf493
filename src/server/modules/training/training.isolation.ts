import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

// Another tenant's exam with a two-question bank (its own skill, so nothing else shares it).
async function exam(ctx: IsolationContext) {
  const skill = `iso-${ctx.unique()}`.slice(0, 40);
  for (const prompt of ["One?", "Two?"])
    await ctx.call("POST", "/api/v1/exams/questions", {
      body: { skill, kind: "true_false", prompt, correct: [1] },
    });
  return ctx.call("POST", "/api/v1/exams", {
    body: {
      name: "Isolated exam",
      skill,
      questionCount: 2,
      timeLimitMinutes: 10,
      passPercent: 50,
      maxAttempts: 3,
      validityMonths: 12,
    },
  });
}

// Another tenant's programme given to its admin: the assignment and the programme's one item.
async function assigned(ctx: IsolationContext) {
  const p = await ctx.call("POST", "/api/v1/training/programmes", {
    body: { name: "Isolated", items: [{ kind: "link", title: "Read", url: "https://example.com/a" }] },
  });
  await ctx.call("POST", `/api/v1/training/programmes/${p.id}/assignments`, {
    body: { roles: ["admin"], dueOn: "2099-01-01" },
  });
  const mine = await ctx.call("GET", `/api/v1/training/assignments?programmeId=${p.id}`);
  return { assignmentId: mine.items[0].id as string, itemId: p.items[0].id as string };
}

export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/certifications/{id}",
    create: async (ctx) => {
      const user = await ctx.call("POST", "/api/v1/users", {
        body: {
          email: `cert.${ctx.unique()}@isolation.test`,
          name: "Isolated",
          role: "agent",
          password: "secret-password",
        },
      });
      const cert = await ctx.call("POST", "/api/v1/certifications", {
        body: { userId: user.id, skill: "washer", validUntil: "2099-12-31" },
      });
      return cert.id;
    },
  },
  {
    path: "/api/v1/training/programmes/{id}",
    create: async (ctx) => {
      const p = await ctx.call("POST", "/api/v1/training/programmes", {
        body: { name: "Isolated", items: [{ kind: "link", title: "Read", url: "https://example.com/a" }] },
      });
      return p.id;
    },
  },
  { path: "/api/v1/training/assignments/{id}", create: async (ctx) => (await assigned(ctx)).assignmentId },
  {
    path: "/api/v1/training/assignments/{id}/items/{itemId}",
    create: async (ctx) => (await assigned(ctx)).itemId,
  },
  { path: "/api/v1/exams/{id}", create: async (ctx) => (await exam(ctx)).id },
  {
    path: "/api/v1/exam-attempts/{id}",
    create: async (ctx) => {
      const e = await exam(ctx);
      return (await ctx.call("POST", `/api/v1/exams/${e.id}/attempts`)).id;
    },
  },
  {
    path: "/api/v1/contests/{id}",
    create: async (ctx) => {
      const e = await exam(ctx);
      const c = await ctx.call("POST", "/api/v1/contests", {
        body: {
          name: "Isolated contest",
          examId: e.id,
          startsAt: "2000-01-01T00:00:00Z",
          endsAt: "2099-01-01T00:00:00Z",
        },
      });
      return c.id;
    },
  },
];
