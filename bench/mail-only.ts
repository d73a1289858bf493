import { fmt } from "./lib.js";
import { benchMailIngest } from "./mail.bench.js";

// `npm run bench:mail`: only mail ingest of the mixed real corpus, `BENCH_MAIL_CONCURRENCY` at once.
const concurrency = Number(process.env.BENCH_MAIL_CONCURRENCY ?? 64);
const r = await benchMailIngest({ target: Number(process.env.BENCH_MAILS ?? 2080), concurrency });
process.stdout.write(
  `mail ingest ${r.database}  ${r.mails} mails, ${concurrency} at once  ${fmt(r.perSecond, 1)}/s  (${r.tickets} tickets, ${r.ignored} ignored); ${r.statementsPerMail === null ? "" : `${fmt(r.statementsPerMail, 1)} statements and `}${fmt(r.cpuMsPerMail, 2)} ms of app CPU per mail\n`,
);
