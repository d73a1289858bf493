/** @jsxImportSource hono/jsx */
import type { SurveyQuestion } from "../../../shared/api/surveys.js";
import type { Locale } from "../../../shared/i18n/locale.js";
import { valuesMeeting } from "../../../shared/survey-visibility.js";
import { HtmlDocument, renderPage } from "../../platform/http/html-document.js";
import { pageText } from "../../platform/i18n/pages.js";

const CSS = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
fieldset{border:1px solid #f0f0f0;border-radius:8px;margin:1rem 0;padding:.8rem 1rem}legend{font-weight:600;padding:0 .3rem}
.scale{display:flex;flex-wrap:wrap;gap:.3rem}.scale label{display:inline-flex;flex-direction:column;align-items:center;min-width:2.2rem;padding:.3rem;border:1px solid #d9d9d9;border-radius:6px}
.ends{display:flex;justify-content:space-between;color:#8c8c8c;font-size:.85rem;margin-top:.3rem}
.choice{display:block;margin:.3rem 0}textarea{width:100%;min-height:5rem;font:inherit;box-sizing:border-box}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #1677ff;background:#1677ff;color:#fff;cursor:pointer}
.error{color:#cf1322}.cond{display:none}.req{color:#cf1322;margin-left:.2rem}`;

// A CSS identifier for any text: every character but a letter as a hex escape, so no quote or
// angle bracket ever reaches the style sheet.
const cssIdent = (v: string) =>
  Array.from(v, (ch) => (/[A-Za-z]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `)).join("");

type PageQuestion = Omit<SurveyQuestion, "textEn">;

// Conditional questions without script: each is hidden until one of the referenced question's
// inputs whose value meets the condition is checked (one level of conditions, as saving enforces).
export function conditionCss(questions: readonly PageQuestion[]): string {
  return questions
    .flatMap((q) => {
      const ref = q.showIf && questions.find((r) => r.id === q.showIf?.questionId);
      if (!q.showIf || !ref) return [];
      const inputs = valuesMeeting(ref, q.showIf).map(
        (v) =>
          `form:has(input[name=${cssIdent(`q_${ref.id}`)}][value=${cssIdent(v)}]:checked) #${cssIdent(`f_${q.id}`)}`,
      );
      return inputs.length ? [`${inputs.join(",")}{display:block}`] : [];
    })
    .join("");
}

export type SurveyPageView =
  | { state: "invalid" | "expired" | "answered" | "done"; locale: Locale; name?: string }
  | {
      state: "open";
      locale: Locale;
      name: string;
      questions: PageQuestion[];
      error?: { question: string | null };
    };

// Each score's range and the words under its two ends.
function rangeOf(q: Omit<SurveyQuestion, "textEn">, l: Locale): [number, number, string, string] {
  switch (q.kind) {
    case "nps":
      return [0, 10, pageText(l, "survey.unlikely"), pageText(l, "survey.likely")];
    case "effort":
      return [1, 7, pageText(l, "survey.easy"), pageText(l, "survey.hard")];
    case "likert":
      return [1, q.scale ?? 5, pageText(l, "survey.low"), pageText(l, "survey.high")];
    default:
      return [1, 5, pageText(l, "survey.low"), pageText(l, "survey.high")];
  }
}

function Scale({ q, l }: { q: Omit<SurveyQuestion, "textEn">; l: Locale }) {
  const [lo, hi, left, right] = rangeOf(q, l);
  const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return (
    <>
      <div class="scale">
        {values.map((v) => (
          <label key={v}>
            <input type="radio" name={`q_${q.id}`} value={String(v)} data-testid={`survey-${q.id}-${v}`} />
            {String(v)}
          </label>
        ))}
      </div>
      <div class="ends">
        <span>{left}</span>
        <span>{right}</span>
      </div>
    </>
  );
}

function Question({ q, l, error }: { q: PageQuestion; l: Locale; error: boolean }) {
  return (
    <fieldset id={`f_${q.id}`} class={q.showIf ? "cond" : undefined} data-testid={`survey-q-${q.id}`}>
      <legend>
        {q.text}
        {q.required && (
          <span class="req" title={pageText(l, "survey.required")}>
            *
          </span>
        )}
      </legend>
      {error && (
        <p class="error" role="alert">
          {pageText(l, "survey.invalidAnswer")}
        </p>
      )}
      {q.kind === "text" ? (
        <textarea name={`q_${q.id}`} maxlength={2000} data-testid={`survey-${q.id}`}></textarea>
      ) : q.kind === "single" || q.kind === "multi" ? (
        (q.options ?? []).map((o) => (
          <label class="choice" key={o}>
            <input type={q.kind === "single" ? "radio" : "checkbox"} name={`q_${q.id}`} value={o} /> {o}
          </label>
        ))
      ) : (
        <Scale q={q} l={l} />
      )}
    </fieldset>
  );
}

function Body({ view }: { view: SurveyPageView }) {
  const l = view.locale;
  if (view.state !== "open") {
    const key = {
      invalid: "survey.invalid",
      expired: "survey.expired",
      answered: "survey.answered",
      done: "survey.thanks",
    } as const;
    return <p data-testid={`survey-${view.state}`}>{pageText(l, key[view.state])}</p>;
  }
  return (
    <>
      <h1>{view.name}</h1>
      <p>{pageText(l, "survey.intro")}</p>
      {view.error && view.error.question === null && (
        <p class="error" role="alert">
          {pageText(l, "survey.empty")}
        </p>
      )}
      <form method="post">
        {view.questions.map((q) => (
          <Question key={q.id} q={q} l={l} error={view.error?.question === q.id} />
        ))}
        <button type="submit" data-testid="survey-submit">
          {pageText(l, "survey.submit")}
        </button>
      </form>
    </>
  );
}

// Server-rendered, no script: radio buttons and a form POST work in any mail client's browser.
export function renderSurveyPage(view: SurveyPageView): string {
  return renderPage(
    <HtmlDocument
      locale={view.locale}
      title={view.name ?? pageText(view.locale, "survey.invalid")}
      css={view.state === "open" ? CSS + conditionCss(view.questions) : CSS}
      noindex
    >
      <Body view={view} />
    </HtmlDocument>,
  );
}
