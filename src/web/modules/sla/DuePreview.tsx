import { Button, Card, DatePicker, Flex, Form, InputNumber, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { errorText } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useCalendars, useDuePreview } from "./api";

type PreviewForm = { calendarId: string; start: Dayjs; minutes: number };

// "If a clock starts then with this budget, when is it due?" — asked of the server's calendar math.
export function DuePreview({ calendarId }: { calendarId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const calendars = useCalendars();
  const due = useDuePreview();
  const [form] = Form.useForm<PreviewForm>();
  const watched = Form.useWatch("calendarId", form);
  const tz = calendars.data?.items.find((c) => c.id === watched)?.timezone;
  return (
    <Card size="small" title={t("sla.preview.title")} data-testid="due-preview">
      <Form<PreviewForm>
        form={form}
        layout="vertical"
        initialValues={{ calendarId, start: dayjs(), minutes: 240 }}
        onFinish={(v) =>
          due.mutate({ calendarId: v.calendarId, start: v.start.toISOString(), minutes: v.minutes })
        }
      >
        <Flex gap={8} wrap align="flex-end">
          <Form.Item name="calendarId" label={t("sla.policies.calendar")} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 180 }}
              options={(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="start" label={t("sla.preview.start")} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="minutes" label={t("sla.preview.minutes")} rules={[{ required: true }]}>
            <InputNumber min={0} max={10_000_000} precision={0} data-testid="due-preview-minutes" />
          </Form.Item>
          <Form.Item>
            <Button
              htmlType="submit"
              loading={due.isPending}
              disabled={due.isPending}
              data-testid="due-preview-go"
            >
              {t("sla.preview.compute")}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      {due.isError ? <Typography.Text type="danger">{errorText(due.error)}</Typography.Text> : null}
      {due.data ? (
        <Typography.Text strong data-testid="due-preview-result">
          {t("sla.preview.result", {
            time: tz ? dayjs(due.data.due).tz(tz).format("YYYY-MM-DD HH:mm") : fmt.dateTime(due.data.due),
            tz: tz ?? fmt.tz,
          })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
