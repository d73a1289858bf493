import { Form, Input, Rate, Select } from "antd";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns";
import { useRaiseItem, useRecentComplaints } from "./api";

type Values = {
  title: string;
  description?: string;
  source: "complaint" | "survey" | "alert" | "agent";
  complaintId?: string;
  ticket?: string;
  alertId?: string;
  surveyResponseId?: string;
  impact: number;
  cost: number;
  difficulty: number;
  strategicFit: number;
};

const CRITERIA = ["impact", "cost", "difficulty", "strategicFit"] as const;

// Raises a backlog item with its evidence: the complaint, survey response, alert or ticket it comes from.
export function NewItemModal({
  complaintId,
  onClose,
  onCreated,
}: {
  complaintId?: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const raise = useRaiseItem();
  const complaints = useRecentComplaints(true);
  const submit = async (v: Values) => {
    const evidence = [
      v.source === "complaint" && v.complaintId ? { kind: "complaint", ref: v.complaintId } : null,
      v.source === "alert" && v.alertId ? { kind: "alert", ref: v.alertId } : null,
      v.source === "survey" && v.surveyResponseId
        ? { kind: "survey_response", ref: v.surveyResponseId }
        : null,
      v.ticket ? { kind: "ticket", ref: v.ticket } : null,
    ].filter(Boolean);
    const item = await raise.mutateAsync({
      title: v.title,
      description: v.description ?? "",
      source: v.source,
      impact: v.impact,
      cost: v.cost,
      difficulty: v.difficulty,
      strategicFit: v.strategicFit,
      evidence,
    });
    showSuccess(t("improvement.form.created"));
    onCreated(item.id);
  };
  return (
    <FormModal<Values>
      title={t("improvement.backlog.new")}
      initialValues={{
        source: complaintId ? "complaint" : "agent",
        complaintId,
        impact: 3,
        cost: 3,
        difficulty: 3,
        strategicFit: 3,
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="title" label={t("improvement.form.title")} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="item-title" />
          </Form.Item>
          <Form.Item name="description" label={t("improvement.form.description")} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="source" label={t("improvement.backlog.source")} rules={[{ required: true }]}>
            <Select
              data-testid="item-source"
              options={(["complaint", "survey", "alert", "agent"] as const).map((s) => ({
                value: s,
                label: t(`improvement.source.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.source !== b.source}>
            {() => {
              const source = form.getFieldValue("source");
              if (source === "complaint")
                return (
                  <Form.Item
                    name="complaintId"
                    label={t("improvement.form.complaint")}
                    extra={t("improvement.form.complaintHelp")}
                    rules={[{ required: true }]}
                  >
                    <Select
                      data-testid="item-complaint"
                      showSearch
                      optionFilterProp="label"
                      loading={complaints.isLoading}
                      options={(complaints.data ?? []).map((c) => ({
                        value: c.id,
                        label: `${c.ticketNumber} · ${c.subject}`,
                      }))}
                    />
                  </Form.Item>
                );
              if (source === "alert")
                return (
                  <Form.Item
                    name="alertId"
                    label={t("improvement.form.alertId")}
                    rules={[{ required: true, max: 100 }]}
                  >
                    <Input />
                  </Form.Item>
                );
              if (source === "survey")
                return (
                  <Form.Item
                    name="surveyResponseId"
                    label={t("improvement.form.surveyResponse")}
                    rules={[{ max: 100 }]}
                  >
                    <Input />
                  </Form.Item>
                );
              return null;
            }}
          </Form.Item>
          <Form.Item name="ticket" label={t("improvement.form.ticket")} rules={[{ max: 100 }]}>
            <Input placeholder="SO-2026-000123" />
          </Form.Item>
          {CRITERIA.map((c) => (
            <Form.Item key={c} name={c} label={t(`improvement.criteria.${c}`)} rules={[{ required: true }]}>
              <Rate allowClear={false} />
            </Form.Item>
          ))}
        </>
      )}
    </FormModal>
  );
}
