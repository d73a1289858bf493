// Conditional questions: a question with `showIf` is asked only when the earlier question it names
// has an answer that meets the condition (e.g. "why?" only when CSAT < 3). Shared by the server
// (which ignores answers to hidden questions and never requires them) and the web forms (which
// show and hide them live). Runtime code, so it lives outside the type-only API schemas.
export const SHOW_IF_OPS = ["lt", "lte", "gt", "gte", "eq", "in"] as const;
export type ShowIfOp = (typeof SHOW_IF_OPS)[number];
export type ShowIf = { questionId: string; op: ShowIfOp; value: number | string | (number | string)[] };

type Conditional = { id: string; kind: string; showIf?: ShowIf; options?: readonly string[]; scale?: number };

// The ops that make sense for the kind of question a condition refers to: scores compare, choices
// match; a free text is never a condition.
export const OPS_FOR_KIND: Record<string, readonly ShowIfOp[]> = {
  nps: SHOW_IF_OPS,
  csat: SHOW_IF_OPS,
  likert: SHOW_IF_OPS,
  effort: SHOW_IF_OPS,
  single: ["eq", "in"],
  multi: ["eq", "in"],
  text: [],
};

const asList = (v: ShowIf["value"]) => (Array.isArray(v) ? v : [v]);

// Whether an answer meets the condition. No answer never meets it. For a multi choice, "eq" and
// "in" hold when any ticked option is among the values.
function conditionHolds(cond: ShowIf, answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (Array.isArray(answer)) return answer.some((a) => conditionHolds(cond, a));
  const { op, value } = cond;
  if (op === "in") return asList(value).includes(answer as number | string);
  if (op === "eq") return !Array.isArray(value) && answer === value;
  if (typeof answer !== "number" || typeof value !== "number") return false;
  if (op === "lt") return answer < value;
  if (op === "lte") return answer <= value;
  if (op === "gt") return answer > value;
  return answer >= value;
}

// Whether a question is shown given the answers so far: unconditional questions always are; a
// conditional one when the question it refers to is itself shown and its answer meets the condition.
export function isShown(
  questions: readonly Conditional[],
  id: string,
  answers: Record<string, unknown>,
): boolean {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  let q = byId.get(id);
  while (q?.showIf) {
    if (seen.has(q.id)) return false;
    seen.add(q.id);
    const cond = q.showIf;
    if (!conditionHolds(cond, answers[cond.questionId])) return false;
    q = byId.get(cond.questionId);
  }
  return q !== undefined;
}

// The answers with those to hidden questions left out (a retracted "why?" stays unsaved).
export function visibleAnswers(
  questions: readonly Conditional[],
  answers: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => isShown(questions, id, answers)));
}

// The values of the referenced question that meet a condition, for the no-script answer page
// (its CSS shows the question when one of those inputs is checked).
export function valuesMeeting(ref: Conditional, cond: ShowIf): string[] {
  const scale: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], effort: [1, 7] };
  const all: (number | string)[] =
    ref.kind === "single" || ref.kind === "multi"
      ? [...(ref.options ?? [])]
      : (() => {
          const [lo, hi] = scale[ref.kind] ?? [1, ref.scale ?? 5];
          return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
        })();
  return all.filter((v) => conditionHolds(cond, v)).map(String);
}

// Why a question's condition cannot be saved, or null when it is sound: it must refer to an
// earlier, unconditional question (one level keeps the page's script-free show/hide exact), with an
// op that suits that question's kind and values it can actually take.
export function conditionProblem(questions: readonly Conditional[], index: number): string | null {
  const q = questions[index];
  const cond = q?.showIf;
  if (!cond) return null;
  const ref = questions.slice(0, index).find((x) => x.id === cond.questionId);
  if (!ref || ref.showIf) return "reference";
  if (!(OPS_FOR_KIND[ref.kind] ?? []).includes(cond.op)) return "op";
  if (Array.isArray(cond.value) !== (cond.op === "in")) return "value";
  const values = asList(cond.value);
  if (values.length === 0) return "value";
  const choice = ref.kind === "single" || ref.kind === "multi";
  const fits = (v: number | string) =>
    choice ? typeof v === "string" && (ref.options ?? []).includes(v) : typeof v === "number";
  if (!values.every(fits)) return "value";
  // A condition no answer can meet would hide the question for good.
  return valuesMeeting(ref, cond).length === 0 ? "value" : null;
}
