import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A local SMTP server for tests: records what it accepted, and can be made to stall (it accepts
// the connection and says nothing until released) or to refuse the next message's data.
export type LocalSmtp = {
  url: string;
  received: ParsedMail[];
  // Every Message-ID offered, accepted or refused.
  offered: string[];
  // Stalls new connections until release() (or, so that a failing test still ends, 10 s).
  stall(): { connected: Promise<void>; release(): void; released(): boolean };
  stallDataFor(ms: number): void;
  refuseNext(): void;
  close(): Promise<void>;
};

export async function startLocalSmtp(): Promise<LocalSmtp> {
  const received: ParsedMail[] = [];
  const offered: string[] = [];
  let gate: Promise<void> | undefined;
  let onConnected: (() => void) | undefined;
  let refuse = false;
  let dataDelayMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onConnect(_session, cb) {
      onConnected?.();
      if (gate) gate.then(() => cb());
      else cb();
    },
    onData(stream, _s, cb) {
      simpleParser(stream).then(async (m) => {
        offered.push(m.messageId ?? "");
        if (dataDelayMs) await new Promise((r) => setTimeout(r, dataDelayMs));
        if (refuse) {
          refuse = false;
          const err = Object.assign(new Error("try again later"), { responseCode: 451 });
          return cb(err);
        }
        received.push(m);
        cb();
      }, cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    offered,
    stall() {
      let open = () => {};
      let released = false;
      gate = new Promise<void>((r) => {
        open = r;
      });
      const release = () => {
        released = true;
        open();
      };
      const safety = setTimeout(release, 10_000);
      const connected = new Promise<void>((r) => {
        onConnected = r;
      });
      return {
        connected,
        release() {
          clearTimeout(safety);
          gate = undefined;
          onConnected = undefined;
          release();
        },
        released: () => released,
      };
    },
    stallDataFor(ms) {
      dataDelayMs = ms;
    },
    refuseNext() {
      refuse = true;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

type MailboxCaller = (
  method: string,
  path: string,
  opts: { token: string; body: unknown },
) => Promise<{ status: number }>;

// A tenant mailbox (`address`) that sends through a fresh local SMTP server: what most channel
// tests need to read the mail the app sends.
export async function mailboxWithLocalSmtp(
  call: MailboxCaller,
  adminToken: string,
  address: string,
): Promise<LocalSmtp> {
  const smtp = await startLocalSmtp();
  const r = await call("POST", "/api/v1/channels/email", {
    token: adminToken,
    body: { name: "Service", address, smtp: { url: smtp.url } },
  });
  if (r.status !== 201) throw new Error(`mailbox ${address} → ${r.status}`);
  return smtp;
}
