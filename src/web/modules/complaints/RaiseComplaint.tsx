import { Button, Card, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { COMPLAINT_NATURES, type ComplaintNature } from "../../../shared/complaints";
import { showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns";
import { useRaiseComplaint } from "./api";

// On a ticket that is not a complaint: staff raise one (a linked complaint ticket) and go to it.
export function RaiseComplaint({ ticketRef, basePath }: { ticketRef: string; basePath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const raise = useRaiseComplaint(ticketRef);
  const [open, setOpen] = useState(false);
  return (
    <Card size="small" title={t("complaints.title")}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t("complaints.raise.title")}
      </Typography.Paragraph>
      <Button onClick={() => setOpen(true)} data-testid="raise-complaint">
        {t("complaints.raise.button")}
      </Button>
      {open ? (
        <FormModal<{ nature: ComplaintNature; description: string }>
          title={t("complaints.raise.title")}
          onClose={() => setOpen(false)}
          onSubmit={async (v) => {
            const c = await raise.mutateAsync({ nature: v.nature, description: v.description.trim() });
            showSuccess(t("complaints.raise.raised", { number: c.ticketNumber }));
            navigate(`${basePath}${encodeURIComponent(c.ticketNumber)}`);
          }}
        >
          {() => (
            <>
              <Form.Item
                name="nature"
                label={t("complaints.field.nature")}
                rules={[{ required: true, message: t("validation.required") }]}
              >
                <Select
                  options={COMPLAINT_NATURES.map((n) => ({ value: n, label: t(`complaints.nature.${n}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t("complaints.raise.description")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
    </Card>
  );
}
