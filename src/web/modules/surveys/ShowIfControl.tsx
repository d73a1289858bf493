import { Flex, Form, InputNumber, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { SurveyQuestion } from "../../../shared/api/surveys";
import { OPS_FOR_KIND, type ShowIf, type ShowIfOp } from "../../../shared/survey-visibility";

const SCALES: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], effort: [1, 7] };
const valuesOf = (ref: SurveyQuestion): (number | string)[] => {
  if (ref.kind === "single" || ref.kind === "multi") return ref.options ?? [];
  const [lo, hi] = SCALES[ref.kind] ?? [1, ref.scale ?? 5];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
};

// "Show only if": a question may depend on an earlier, unconditional question that has answers to
// compare (not a free text); the server checks the same rules on save.
export function ShowIfControl({
  q,
  earlier,
  onChange,
}: {
  q: SurveyQuestion;
  earlier: readonly SurveyQuestion[];
  onChange: (q: SurveyQuestion) => void;
}) {
  const { t } = useTranslation();
  const refs = earlier.filter((e) => !e.showIf && (OPS_FOR_KIND[e.kind] ?? []).length > 0);
  const cond = q.showIf;
  const ref = cond && refs.find((r) => r.id === cond.questionId);
  const set = (showIf: ShowIf | undefined) => onChange({ ...q, showIf });
  const firstValue = (r: SurveyQuestion, op: ShowIfOp) => {
    const v = valuesOf(r)[0] ?? 1;
    return op === "in" ? [v] : v;
  };
  return (
    <Flex gap={8} wrap align="center" data-testid="question-show-if">
      <Form.Item label={t("surveys.builder.showIf")} style={{ marginBottom: 8 }}>
        <Select
          style={{ width: 220 }}
          value={ref ? ref.id : ""}
          aria-label={t("surveys.builder.showIf")}
          onChange={(id: string) => {
            const r = refs.find((x) => x.id === id);
            const op = r ? ((OPS_FOR_KIND[r.kind] ?? [])[0] as ShowIfOp) : undefined;
            set(r && op ? { questionId: r.id, op, value: firstValue(r, op) } : undefined);
          }}
          options={[
            { value: "", label: t("surveys.builder.always") },
            ...refs.map((r) => ({ value: r.id, label: `${earlier.indexOf(r) + 1}. ${r.text || r.id}` })),
          ]}
        />
      </Form.Item>
      {ref && cond && (
        <>
          <Select
            style={{ width: 150, marginBottom: 8 }}
            value={cond.op}
            aria-label={t("surveys.builder.showIfOp")}
            onChange={(op: ShowIfOp) => set({ ...cond, op, value: firstValue(ref, op) })}
            options={(OPS_FOR_KIND[ref.kind] ?? []).map((op) => ({
              value: op,
              label: t(`surveys.builder.op.${op}`),
            }))}
          />
          {cond.op === "in" || ref.kind === "single" || ref.kind === "multi" ? (
            <Select
              style={{ minWidth: 140, marginBottom: 8 }}
              mode={cond.op === "in" ? "multiple" : undefined}
              value={cond.value}
              aria-label={t("surveys.builder.showIfValue")}
              onChange={(value: ShowIf["value"]) => set({ ...cond, value })}
              options={valuesOf(ref).map((v) => ({ value: v, label: String(v) }))}
            />
          ) : (
            <InputNumber
              style={{ marginBottom: 8 }}
              min={SCALES[ref.kind]?.[0] ?? 1}
              max={SCALES[ref.kind]?.[1] ?? ref.scale ?? 5}
              value={typeof cond.value === "number" ? cond.value : undefined}
              aria-label={t("surveys.builder.showIfValue")}
              onChange={(v) => v !== null && set({ ...cond, value: v })}
            />
          )}
        </>
      )}
      <Form.Item label={t("surveys.builder.required")} style={{ marginBottom: 8 }}>
        <Switch
          size="small"
          checked={q.required ?? false}
          aria-label={t("surveys.builder.required")}
          onChange={(required) => onChange({ ...q, required: required || undefined })}
        />
      </Form.Item>
    </Flex>
  );
}
