import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    // Secrets never reach the log, whichever object carries them.
    redact: {
      paths: ["password", "token", "*.password", "*.token", "req.headers.authorization"],
      censor: "***",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
