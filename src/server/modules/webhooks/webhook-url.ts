import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { AppError } from "../../platform/errors.js";

// Why: a webhook makes this server send requests to a URL a tenant admin chose. Without this
// check it could be pointed at the server's own network (a database, a cloud metadata service at
// 169.254.169.254, an admin port on localhost): server-side request forgery. So only http(s) to
// public addresses, unless AFTERCARE_WEBHOOK_ALLOW_PRIVATE=on (tests, closed networks).
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], "ipv4");
  return PRIVATE.check(address, "ipv6");
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "").toLowerCase();

// At creation and change: the shape, and any address written into the URL itself.
export function checkWebhookUrl(raw: string, allowPrivate: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("webhooks.url_not_allowed");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new AppError("webhooks.url_not_allowed");
  if (url.username || url.password) throw new AppError("webhooks.url_not_allowed");
  const host = hostOf(url);
  if (!allowPrivate) {
    if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal"))
      throw new AppError("webhooks.url_not_allowed");
    if (isIP(host) && isPrivateAddress(host)) throw new AppError("webhooks.url_not_allowed");
  }
  return url.toString();
}

// Before each send: a name may resolve to a private address (or be changed to one later).
export async function assertPublicDestination(raw: string, allowPrivate: boolean): Promise<void> {
  checkWebhookUrl(raw, allowPrivate);
  if (allowPrivate) return;
  const host = hostOf(new URL(raw));
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  if (addresses.some((a) => isPrivateAddress(a.address)))
    throw new Error(`destination ${host} resolves to a private address`);
}
