import { Button, Card, Flex, InputNumber, Segmented, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { SCORECARD_KPIS, SCORECARD_ROLES, type ScorecardRole } from "../../../shared/scorecards";
import { showError, showSuccess } from "../../app/feedback";
import { useSaveWeights, useWeights } from "./api";
import { useKpiText } from "./kpi-format";

// The admin's weights per role: whole numbers adding up to 100 (the server refuses any other sum
// with a translated message; the sum is shown as it is typed).
export function WeightsCard() {
  const { t } = useTranslation();
  const q = useWeights(true);
  const save = useSaveWeights();
  const kpi = useKpiText();
  const [role, setRole] = useState<ScorecardRole>("agent");
  const [draft, setDraft] = useState<Record<string, number>>({});
  const saved = q.data?.items.find((i) => i.role === role)?.weights;
  useEffect(() => setDraft(saved ?? {}), [saved]);
  const sum = Object.values(draft).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <Card size="small" title={t("scorecards.weights.title")} data-testid="scorecard-weights">
      <Typography.Paragraph type="secondary">{t("scorecards.weights.intro")}</Typography.Paragraph>
      <Segmented
        value={role}
        onChange={(v) => setRole(v as ScorecardRole)}
        options={SCORECARD_ROLES.map((r) => ({ value: r, label: t(`scorecards.list.roles.${r}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Flex gap={12} wrap>
        {SCORECARD_KPIS.map(({ kpi: id, category }) => (
          <Flex key={id} vertical gap={2} style={{ width: 200 }}>
            <Typography.Text style={{ fontSize: 12 }}>
              {kpi.name(id)} · {t(`scorecards.categories.${category}`)}
            </Typography.Text>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              value={draft[id] ?? 0}
              aria-label={kpi.name(id)}
              onChange={(v) => setDraft((d) => ({ ...d, [id]: Number(v ?? 0) }))}
            />
          </Flex>
        ))}
      </Flex>
      <Flex gap={12} align="center" style={{ marginTop: 12 }}>
        <Typography.Text type={sum === 100 ? "success" : "danger"} data-testid="weights-sum">
          {t("scorecards.weights.sum", { sum })}
        </Typography.Text>
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { role, weights: draft },
              { onSuccess: () => showSuccess(t("common.saved")), onError: showError },
            )
          }
        >
          {t("scorecards.weights.save")}
        </Button>
      </Flex>
    </Card>
  );
}
