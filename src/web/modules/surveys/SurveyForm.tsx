import { Checkbox, Flex, Input, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { SurveyQuestion } from "../../../shared/api/surveys";
import { isShown } from "../../../shared/survey-visibility";

export type Answers = Record<string, unknown>;
type Props = {
  questions: readonly Pick<
    SurveyQuestion,
    "id" | "kind" | "text" | "options" | "scale" | "showIf" | "required"
  >[];
  // The customer's language: the scale hints are in it, whatever the screen's language is.
  lang: "zh-CN" | "en";
  value: Answers;
  onChange?: (next: Answers) => void;
};

const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const SCALES: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], effort: [1, 7] };

// A survey's questions as the customer answers them (the builder's preview and the portal).
export function SurveyForm({ questions, lang, value, onChange }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const set = (id: string, v: unknown) => onChange?.({ ...value, [id]: v });
  // Conditional questions appear and disappear as the answers they depend on change.
  const shown = questions.filter((q) => isShown(questions, q.id, value));
  return (
    <Flex vertical gap={20} data-testid="survey-form" lang={lang}>
      {shown.map((q, n) => {
        const [lo, hi] = SCALES[q.kind] ?? [1, q.scale ?? 5];
        const label = `${n + 1}. ${q.text}${q.required ? " *" : ""}`;
        return (
          <fieldset key={q.id} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 8, fontSize: 15 }}>{label}</legend>
            {q.kind === "single" ? (
              <Radio.Group value={value[q.id]} onChange={(e) => set(q.id, e.target.value)}>
                <Flex vertical gap={4}>
                  {(q.options ?? []).map((o) => (
                    <Radio key={o} value={o}>
                      {o}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            ) : q.kind === "multi" ? (
              <Checkbox.Group
                value={(value[q.id] as string[] | undefined) ?? []}
                onChange={(v) => set(q.id, v.length ? v : undefined)}
              >
                <Flex vertical gap={4}>
                  {(q.options ?? []).map((o) => (
                    <Checkbox key={o} value={o}>
                      {o}
                    </Checkbox>
                  ))}
                </Flex>
              </Checkbox.Group>
            ) : q.kind === "text" ? (
              <Input.TextArea
                rows={3}
                maxLength={2000}
                aria-label={label}
                value={(value[q.id] as string | undefined) ?? ""}
                onChange={(e) => set(q.id, e.target.value.trim() ? e.target.value : undefined)}
              />
            ) : (
              <Flex vertical gap={4}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  value={value[q.id]}
                  onChange={(e) => set(q.id, e.target.value)}
                  style={{ display: "flex", flexWrap: "wrap", gap: 4 }}
                  options={range(lo, hi).map((v) => ({ value: v, label: String(v) }))}
                  aria-label={label}
                />
                <Flex justify="space-between" style={{ maxWidth: (hi - lo + 1) * 44 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`surveys.form.low.${q.kind}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`surveys.form.high.${q.kind}`)}
                  </Typography.Text>
                </Flex>
              </Flex>
            )}
          </fieldset>
        );
      })}
    </Flex>
  );
}
