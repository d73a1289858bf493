import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type Dovecot = { port: number; user: string; pass: string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      const port = typeof a === "object" && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = new Socket();
      sock.once("connect", () => {
        sock.destroy();
        resolve(true);
      });
      sock.once("error", () => resolve(false));
      sock.connect(port, "127.0.0.1");
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const DOVECOT = "/usr/sbin/dovecot";

// Debian's binary, run as root: the mail directory is handed to the dovecot system user.
export const dovecotAvailable = () => existsSync(DOVECOT) && process.getuid?.() === 0;

// A throwaway Dovecot (Debian's dovecot-imapd) on 127.0.0.1: one passwd-file user, Maildir under
// a temp directory, plain IMAP without TLS.
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), "aftercare-dovecot-"));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = "service";
  const pass = "imap-secret";
  for (const d of ["run", "state", "mail"]) mkdirSync(path.join(dir, d));
  // Mail is stored as the dovecot system user.
  const id = (flag: string) => Number(execFileSync("id", [flag, "dovecot"]).toString().trim());
  chownSync(path.join(dir, "mail"), id("-u"), id("-g"));
  writeFileSync(path.join(dir, "passwd"), `${user}:{PLAIN}${pass}::::::\n`);
  const conf = path.join(dir, "dovecot.conf");
  writeFileSync(
    conf,
    [
      "protocols = imap",
      "listen = 127.0.0.1",
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      "ssl = no",
      "disable_plaintext_auth = no",
      "auth_mechanisms = plain login",
      `mail_location = maildir:${dir}/mail/%u`,
      "first_valid_uid = 1",
      "first_valid_gid = 1",
      `passdb {\n  driver = passwd-file\n  args = ${dir}/passwd\n}`,
      `userdb {\n  driver = static\n  args = uid=dovecot gid=dovecot home=${dir}/mail/%u\n}`,
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      "service anvil {\n  chroot =\n}",
      "service imap-login {\n  chroot =\n}",
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(DOVECOT, ["-F", "-c", conf], { stdio: "ignore" });
  await waitForPort(port, 10_000);
  return {
    port,
    user,
    pass,
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
