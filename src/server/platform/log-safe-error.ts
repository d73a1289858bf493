// What the log keeps of an error. A failed query's error carries the statement's parameters
// (drizzle puts them in `params` and in the message; PostgreSQL repeats values in `detail` and in
// "invalid input syntax" messages): names, e-mails, phone numbers and message text. The log keeps
// the SQL text, the codes and the stack, and only counts the parameters.
export function logSafeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & {
    code?: unknown;
    query?: unknown;
    params?: unknown;
    constraint?: unknown;
    table?: unknown;
    column?: unknown;
  };
  const frames = (e.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  const out: Record<string, unknown> = { type: e.name, message: safeMessage(e.message) };
  if (typeof e.code === "string") out.code = e.code;
  if (typeof e.query === "string") out.query = e.query;
  if (Array.isArray(e.params)) out.params = `[${e.params.length} redacted]`;
  for (const key of ["constraint", "table", "column"] as const)
    if (typeof e[key] === "string") out[key] = e[key];
  if (frames) out.stack = frames;
  if (e.cause !== undefined && depth < 4) out.cause = logSafeError(e.cause, depth + 1);
  return out;
}

function safeMessage(message: string): string {
  return message
    .replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]")
    .replace(/(invalid input (?:syntax|value) for [^:]*: )"[\s\S]*"/, '$1"[redacted]"')
    .replace(/(Key \([^)]*\)=)\([\s\S]*?\)( already exists| is not present)/, "$1([redacted])$2");
}
