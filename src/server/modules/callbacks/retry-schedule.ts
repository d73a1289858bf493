// When the next callback attempt is due after an unanswered one. Pure: the tenant's time zone and
// working days come in as arguments, so the property tests can run it over any instant.

// One step of a tenant's retry plan: "+2 h", "next working day (at the window's opening)", "+2 days".
export type RetryStep =
  | { kind: "hours"; hours: number }
  | { kind: "next_working_day" }
  | { kind: "days"; days: number };

export type CallingRules = {
  timeZone: string;
  // Local hours in which a customer may be called: [startHour, endHour).
  startHour: number;
  endHour: number;
  // YYYY-MM-DD in the tenant's time zone → a working day? Monday to Friday when left out.
  isWorkingDay?: (day: string) => boolean;
};

const HOUR_MS = 3_600_000;

type Local = { day: string; hour: number; minute: number };

function localOf(at: Date, timeZone: string): Local {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return {
    day: `${get("year")}-${get("month")}-${get("day")}`,
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

// The instant of `hour`:00 local time on `day` (two rounds of offset correction cover DST edges).
function instantOf(day: string, hour: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, hour);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const l = localOf(new Date(guess), timeZone);
    const [ly, lm, ld] = l.day.split("-").map(Number) as [number, number, number];
    guess += wanted - Date.UTC(ly, lm - 1, ld, l.hour, l.minute);
  }
  return new Date(guess);
}

const nextDay = (day: string): string => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

const weekday = (day: string): boolean => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dow !== 0 && dow !== 6;
};

// The first moment at or after `at` inside the calling window (on a working day when asked).
function intoWindow(at: Date, rules: CallingRules, workingOnly: boolean): Date {
  const isWorking = rules.isWorkingDay ?? weekday;
  const l = localOf(at, rules.timeZone);
  let day = l.day;
  if ((!workingOnly || isWorking(day)) && l.hour >= rules.startHour && l.hour < rules.endHour) return at;
  if (l.hour >= rules.startHour) day = nextDay(day);
  for (let i = 0; i < 60 && workingOnly && !isWorking(day); i++) day = nextDay(day);
  const opening = instantOf(day, rules.startHour, rules.timeZone);
  return opening.getTime() > at.getTime() ? opening : at;
}

// After the `failedAttempts`-th unanswered call (1 for the first), when to call again; null when
// `maxAttempts` calls have been made. A plan shorter than the attempts repeats its last step.
export function nextAttemptAt(
  plan: readonly RetryStep[],
  failedAttempts: number,
  maxAttempts: number,
  at: Date,
  rules: CallingRules,
): Date | null {
  if (failedAttempts >= maxAttempts || plan.length === 0) return null;
  const step = plan[Math.min(Math.max(failedAttempts, 1), plan.length) - 1] as RetryStep;
  switch (step.kind) {
    case "hours":
      return intoWindow(new Date(at.getTime() + step.hours * HOUR_MS), rules, false);
    case "days":
      return intoWindow(new Date(at.getTime() + step.days * 24 * HOUR_MS), rules, false);
    case "next_working_day": {
      const tomorrow = instantOf(nextDay(localOf(at, rules.timeZone).day), 0, rules.timeZone);
      return intoWindow(tomorrow, rules, true);
    }
  }
}

// The local calendar day of an instant (for tests and the queue's "due today").
export const localDay = (at: Date, timeZone: string): string => localOf(at, timeZone).day;
export const localHour = (at: Date, timeZone: string): number => localOf(at, timeZone).hour;
