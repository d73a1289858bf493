import { Card, Checkbox, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Visit } from "./api";

// The visit's SOP checklist on the phone: one tap per step while on site (queued offline like the
// other visit actions); read-only once the visit is done. Required steps gate the check-out.
export function ChecklistCard({
  visit: v,
  busy,
  onTick,
}: {
  visit: Visit;
  busy: boolean;
  onTick: (stepId: string, done: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  if (v.checklist.length === 0) return null;
  const en = i18n.language.startsWith("en");
  const done = v.checklist.filter((st) => st.done).length;
  const openRequired = v.checklist.some((st) => st.required && !st.done);
  return (
    <Card
      size="small"
      title={t("field.checklist.title")}
      extra={
        <Tag color={openRequired ? "orange" : "green"} data-testid="checklist-progress">
          {t("field.checklist.progress", { done, total: v.checklist.length })}
        </Tag>
      }
      data-testid="visit-checklist"
    >
      <Flex vertical gap={10}>
        {v.checklist.map((st) => (
          <Checkbox
            key={st.id}
            data-testid={`checklist-${st.id}`}
            checked={st.done}
            disabled={v.status !== "on_site" || busy}
            onChange={(e) => onTick(st.id, e.target.checked)}
            style={{ minHeight: 32, alignItems: "center" }}
          >
            {en ? st.en : st.zh}
            {st.required ? null : (
              <Typography.Text type="secondary"> ({t("field.checklist.optional")})</Typography.Text>
            )}
          </Checkbox>
        ))}
        {openRequired && v.status === "on_site" ? (
          <Typography.Text type="secondary" data-testid="checklist-required-left">
            {t("field.checklist.requiredLeft")}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
