import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Form, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { RETENTION_BOUNDS, type RetentionSettings as Retention } from "../../../shared/retention";
import { api } from "../../app/api";
import { PageForm } from "../../ui/patterns";

function useRetention() {
  return useQuery({
    queryKey: ["privacy", "retention"],
    queryFn: ({ signal }) => api.get<Retention>("/privacy/retention", undefined, signal),
  });
}

function useSaveRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: Retention) => api.put<Retention>("/privacy/retention", v),
    onSuccess: (data) => qc.setQueryData(["privacy", "retention"], data),
  });
}

type Field = keyof typeof RETENTION_BOUNDS;

// Data retention on the tenant page: months after a ticket closes; empty keeps the data.
export function RetentionSettings() {
  const { t } = useTranslation();
  const source = useRetention();
  const save = useSaveRetention();
  const field = (name: Field) => {
    const { min, max } = RETENTION_BOUNDS[name];
    return (
      <Form.Item
        name={name}
        label={t(`security.retention.${name}`)}
        extra={t(`security.retention.${name}Help`, { min, max })}
        rules={[{ type: "number", min, max, message: t("validation.range", { min, max }) }]}
      >
        <InputNumber
          min={min}
          max={max}
          placeholder={t("security.retention.keep")}
          suffix={t("security.retention.months")}
          style={{ width: "100%" }}
          data-testid={`retention-${name}`}
        />
      </Form.Item>
    );
  };
  return (
    <section style={{ marginTop: 24 }} data-testid="retention-settings">
      <Typography.Title level={5}>{t("security.retention.title")}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 520 }}>
        {t("security.retention.description")}
      </Typography.Paragraph>
      <PageForm<Retention>
        source={source}
        toValues={(d) => d}
        onSubmit={(v) =>
          save.mutateAsync({
            closedTicketMonths: v.closedTicketMonths ?? null,
            attachmentMonths: v.attachmentMonths ?? null,
          })
        }
        saveTestId="retention-save"
        style={{ maxWidth: 520 }}
      >
        {() => (
          <>
            {field("closedTicketMonths")}
            {field("attachmentMonths")}
          </>
        )}
      </PageForm>
    </section>
  );
}
