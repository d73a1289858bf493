import { StarFilled } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Card, Form, Input, Rate, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { RateTicketInput } from "../../../shared/api/tickets";
import { api } from "../../app/api";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import type { Ticket } from "../../app/types";
import { GivenRating, STAR_KEYS } from "../../ui/GivenRating";

function useRate(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: RateTicketInput) => api.post<Ticket>(`/tickets/${encodeURIComponent(ref)}/rating`, v),
    onSuccess: (t) => {
      qc.setQueryData(["ticket", ref], t);
      void qc.invalidateQueries({ queryKey: ["ticket"] });
    },
  });
}

// After the customer confirms (or the request closes by itself): 1–5 stars and a comment, once;
// afterwards the rating they gave.
export function RatingCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  const rate = useRate(ticket.number);
  const tooltips = STAR_KEYS.map((s) => t(`portal.stars.${s}`));
  if (ticket.status !== "closed") return null;
  if (ticket.rating)
    return <GivenRating rating={ticket.rating} title={t("portal.yourRating")} testId="portal-rating-given" />;
  return (
    <Card style={{ borderColor: "#ffe58f", background: "#fffbe6" }} data-testid="portal-rating">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("portal.rateTitle")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t("portal.rateHint")}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          void rate
            .mutateAsync({ score: v.score, comment: v.comment?.trim() || undefined })
            .then(() => showSuccess(t("portal.rated")))
            .catch((err) => applyFieldErrors(form, err))
        }
      >
        <Form.Item
          name="score"
          rules={[{ required: true, message: t("portal.rateRequired") }]}
          style={{ marginBottom: 8 }}
        >
          <Rate
            character={<StarFilled />}
            tooltips={tooltips}
            style={{ fontSize: 36 }}
            aria-label={t("portal.rateTitle")}
            data-testid="portal-rating-stars"
          />
        </Form.Item>
        <Form.Item name="comment" style={{ marginBottom: 12 }}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder={t("portal.rateComment")}
            aria-label={t("portal.rateComment")}
            data-testid="portal-rating-comment"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={rate.isPending}
          data-testid="portal-rating-submit"
        >
          {t("portal.rateSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
