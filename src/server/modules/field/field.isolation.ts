import type { IsolationContext, IsolationFixture } from "../../platform/http/isolation.js";

const technician = async ({ call, unique }: IsolationContext) =>
  (
    await call("POST", "/api/v1/users", {
      body: {
        email: `tech.${unique()}@isolation.test`,
        name: "隔离技术员",
        role: "technician",
        password: "isolation-password",
      },
    })
  ).id as string;

// A technician placed in the network with one certification: the certification's id.
const certification = async (ctx: IsolationContext) => {
  const { call, unique } = ctx;
  const node = await call("POST", "/api/v1/network/nodes", {
    body: { code: `ISO-C-${unique()}`, name: "隔离认证网点", level: "hq" },
  });
  const id = await technician(ctx);
  await call("PUT", `/api/v1/technicians/${id}`, { body: { nodeId: node.id, skills: ["washer"] } });
  const cert = await call("POST", `/api/v1/technicians/${id}/certifications`, {
    body: { skill: "washer", name: "隔离资质", issuedOn: "2026-01-01", expiresOn: "2030-01-01" },
  });
  return cert.id as string;
};

// A visit on site with one photo (the desk books it, checks in and takes the photo): the photo's id.
const PNG_1X1 =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const visitPhoto = async (ctx: IsolationContext) => {
  const { call, unique } = ctx;
  const node = await call("POST", "/api/v1/network/nodes", {
    body: { code: `ISO-P-${unique()}`, name: "隔离照片网点", level: "hq" },
  });
  const tech = await technician(ctx);
  await call("PUT", `/api/v1/technicians/${tech}`, {
    body: {
      nodeId: node.id,
      skills: [],
      workDays: [1, 2, 3, 4, 5, 6, 7],
      shiftStart: "00:00",
      shiftEnd: "23:59",
    },
  });
  const customer = await call("POST", "/api/v1/customers", {
    body: { name: "Isolated", kind: "person", email: `pho.${unique()}@isolation.test` },
  });
  const ticket = await call("POST", "/api/v1/tickets", {
    body: { subject: "Isolated photo", description: "x", type: "repair", customerId: customer.id },
  });
  const visit = await call("POST", `/api/v1/tickets/${ticket.number}/visits`, {
    body: { kind: "repair", nodeId: node.id, address: "隔离路 2 号" },
  });
  const [slot] = (await call("GET", `/api/v1/visits/${visit.id}/slots`)).items;
  await call("POST", `/api/v1/visits/${visit.id}/booking`, { body: { start: slot.start } });
  await call("POST", `/api/v1/visits/${visit.id}/steps`, { body: { action: "check_in" } });
  const withPhoto = await call("POST", `/api/v1/visits/${visit.id}/photos`, { body: { image: PNG_1X1 } });
  return withPhoto.photos[0].id as string;
};

export const isolationFixtures: IsolationFixture[] = [
  { path: "/api/v1/visits/{id}/photos/{photoId}", create: visitPhoto },
  { path: "/api/v1/technicians/{id}/certifications/{certId}", create: certification },
  {
    path: "/api/v1/network/nodes/{id}",
    create: async ({ call, unique }) =>
      (
        await call("POST", "/api/v1/network/nodes", {
          body: { code: `ISO-C-${unique()}`, name: "隔离覆盖网点", level: "hq" },
        })
      ).id as string,
  },
  { path: "/api/v1/network/staff/{id}", create: technician },
  { path: "/api/v1/technicians/{id}", create: technician },
  {
    path: "/api/v1/visits/{id}",
    create: async (ctx) => {
      const { call, unique } = ctx;
      const node = await call("POST", "/api/v1/network/nodes", {
        body: { code: `ISO-N-${unique()}`, name: "隔离网点", level: "hq" },
      });
      const customer = await call("POST", "/api/v1/customers", {
        body: { name: "Isolated", kind: "person", email: `vis.${unique()}@isolation.test` },
      });
      const ticket = await call("POST", "/api/v1/tickets", {
        body: { subject: "Isolated visit", description: "x", type: "repair", customerId: customer.id },
      });
      const visit = await call("POST", `/api/v1/tickets/${ticket.number}/visits`, {
        body: { kind: "repair", nodeId: node.id, address: "隔离路 1 号" },
      });
      return visit.id;
    },
  },
];
