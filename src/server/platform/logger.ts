import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    // Secrets never reach the log, whichever object carries them.
    redact: {
      paths: ["password", "token", "*.password", "*.token", "req.headers.authorization"],
      censor: "***",
    },
  });
}
