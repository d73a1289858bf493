import pino from "pino";
import { logSafeError } from "./log-safe-error.js";

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    // Errors are logged without the values of the query that failed (personal data).
    serializers: { err: logSafeError },
    // Secrets never reach the log, whichever object carries them.
    redact: {
      paths: ["password", "token", "*.password", "*.token", "req.headers.authorization"],
      censor: "***",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
