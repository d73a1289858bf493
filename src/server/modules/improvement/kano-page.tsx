/** @jsxImportSource hono/jsx */
import type { Locale } from "../../../shared/i18n/locale.js";
import { HtmlDocument, renderPage } from "../../platform/http/html-document.js";
import { KANO_ANSWERS } from "./kano.js";
import { kanoText } from "./kano-page-text.js";

const CSS = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
fieldset{border:1px solid #f0f0f0;border-radius:8px;margin:1rem 0;padding:.8rem 1rem}legend{font-weight:600;padding:0 .3rem}
.q{color:#595959;margin:.2rem 0 .6rem}.choice{display:block;margin:.4rem 0}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #1677ff;background:#1677ff;color:#fff;cursor:pointer}
.error{color:#cf1322}`;

export type KanoPageView =
  | { state: "invalid" | "done"; locale: Locale }
  | {
      state: "open";
      locale: Locale;
      title: string;
      functional: string;
      dysfunctional: string;
      missing?: boolean;
    };

function Pick({ name, legend, question, l }: { name: string; legend: string; question: string; l: Locale }) {
  const t = kanoText(l);
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p class="q">{question}</p>
      {KANO_ANSWERS.map((a) => (
        <label class="choice" key={a}>
          <input type="radio" name={name} value={a} data-testid={`kano-${name}-${a}`} /> {t.answers[a]}
        </label>
      ))}
    </fieldset>
  );
}

// The public KANO questionnaire of one backlog item: the functional/dysfunctional pair, five answers each.
export function renderKanoPage(v: KanoPageView): string {
  const t = kanoText(v.locale);
  return renderPage(
    <HtmlDocument locale={v.locale} title={t.title} css={CSS} noindex>
      <h1>{t.title}</h1>
      {v.state === "invalid" && <p>{t.invalid}</p>}
      {v.state === "done" && <p data-testid="kano-thanks">{t.thanks}</p>}
      {v.state === "open" && (
        <form method="post">
          <p>{t.intro}</p>
          <h2>{v.title}</h2>
          {v.missing && <p class="error">{t.missing}</p>}
          <Pick name="functional" legend={t.functional} question={v.functional} l={v.locale} />
          <Pick name="dysfunctional" legend={t.dysfunctional} question={v.dysfunctional} l={v.locale} />
          <button type="submit">{t.submit}</button>
        </form>
      )}
    </HtmlDocument>,
  );
}
