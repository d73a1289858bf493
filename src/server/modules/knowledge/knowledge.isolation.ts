import type { IsolationFixture } from "../../platform/http/isolation.js";

// An internal draft article, a draft SOP and a knowledge gap (a search that found nothing) in the
// other tenant.
export const isolationFixtures: IsolationFixture[] = [
  {
    path: "/api/v1/kb/articles/{id}",
    create: async ({ call }) =>
      (await call("POST", "/api/v1/kb/articles", { body: { title: "Isolated", body: "Not yours." } }))
        .id as string,
  },
  {
    path: "/api/v1/kb/sops/{id}",
    create: async ({ call }) =>
      (
        await call("POST", "/api/v1/kb/sops", {
          body: {
            scene: "hardware_repair",
            titleZh: "隔离",
            titleEn: "Isolated",
            ticketTypes: ["repair"],
            steps: [{ zh: "步骤", en: "Step" }],
          },
        })
      ).id as string,
  },
  {
    path: "/api/v1/kb/gaps/{id}",
    create: async ({ call, unique }) => {
      const q = `qqzzxxjj ${unique()}`.toLowerCase();
      await call("GET", `/api/v1/kb/search?q=${encodeURIComponent(q)}`);
      const gaps = await call("GET", "/api/v1/kb/gaps?limit=200");
      return gaps.items.find((g: { question: string }) => g.question === q).id as string;
    },
  },
];
