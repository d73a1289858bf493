import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Skeleton } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { FormModal } from "../../ui/patterns/FormModal";
import { type Calendar, type CalendarInput, type Hours, useCalendars, useSaveCalendar } from "./api";
import { OverridesEditor, WeeklyEditor } from "./CalendarEditor";
import { CalendarMonth } from "./CalendarMonth";
import { DuePreview } from "./DuePreview";
import { holidayGaps } from "./holiday-coverage";

const OFFICE: Hours = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];

function NewCalendar({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveCalendar();
  return (
    <FormModal<{ name: string; timezone: string }>
      title={t("sla.calendars.new")}
      initialValues={{ timezone: "Asia/Shanghai" }}
      onClose={onClose}
      onSubmit={async (v) => {
        // Starts as Mon–Fri office hours; edited afterwards on the page.
        const input: CalendarInput = {
          ...v,
          weekly: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] },
          overrides: [],
        };
        const created = await save.mutateAsync({ input });
        onCreated(created.id);
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("sla.calendars.name")}
            rules={[{ required: true, whitespace: true, max: 120 }]}
          >
            <Input data-testid="calendar-new-name" />
          </Form.Item>
          <Form.Item
            name="timezone"
            label={t("sla.calendars.timezone")}
            rules={[{ required: true, max: 64 }]}
          >
            <Input placeholder="Asia/Shanghai" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

// Missing holidays for this year, or (from December) next year, in the calendar's own time zone.
function HolidayGapAlerts({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const today = dayjs().tz(calendar.timezone).format("YYYY-MM-DD");
  // A round-the-clock calendar has no holidays to miss.
  const allWeek = calendar.weeklyMinutes >= 7 * 24 * 60;
  const gaps = holidayGaps(
    calendar.overrides.map((o) => o.date),
    today,
  );
  if (allWeek || gaps.length === 0) return null;
  return (
    <Col span={24}>
      {gaps.map((g) => (
        <Alert
          key={g.year}
          type={g.kind === "current" ? "error" : "warning"}
          showIcon
          data-testid="calendar-gap"
          data-year={g.year}
          title={t(g.kind === "current" ? "sla.calendars.gapCurrent" : "sla.calendars.gapNext", {
            year: g.year,
          })}
          description={t("sla.calendars.gapHelp")}
          style={{ marginBottom: 8 }}
        />
      ))}
    </Col>
  );
}

// Admin: business calendars in a month view, weekly hours, holidays and 调休 days.
export default function CalendarsPage() {
  const { t } = useTranslation();
  useTitle(t("sla.calendars.title"));
  const calendars = useCalendars();
  const [picked, setPicked] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const items = calendars.data?.items ?? [];
  const current = items.find((c) => c.id === picked) ?? items[0];

  let body: ReactNode;
  if (calendars.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (calendars.isError)
    body = <ErrorState error={calendars.error} onRetry={() => void calendars.refetch()} />;
  else if (!current) body = <Empty description={t("sla.calendars.empty")} />;
  else
    body = (
      <Row gutter={[16, 16]}>
        <HolidayGapAlerts calendar={current} />
        <Col xs={24} xl={14}>
          <CalendarMonth calendar={current} />
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <WeeklyEditor calendar={current} />
            <OverridesEditor calendar={current} />
            <DuePreview key={current.id} calendarId={current.id} />
          </Flex>
        </Col>
      </Row>
    );

  return (
    <Card
      title={t("sla.calendars.title")}
      style={{ maxWidth: 1500, margin: "0 auto" }}
      extra={
        <Flex gap={8} align="center">
          <Link to="/admin/sla-policies">{t("sla.nav.policies")}</Link>
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="calendar-new">
            {t("sla.calendars.new")}
          </Button>
        </Flex>
      }
    >
      {items.length > 0 ? (
        <Select<string>
          aria-label={t("sla.calendars.pick")}
          value={current?.id}
          onChange={setPicked}
          options={items.map((c) => ({ value: c.id, label: `${c.name} · ${c.timezone}` }))}
          style={{ width: "100%", maxWidth: 480, marginBottom: 16 }}
          data-testid="calendar-pick"
        />
      ) : null}
      {body}
      {creating ? <NewCalendar onClose={() => setCreating(false)} onCreated={setPicked} /> : null}
    </Card>
  );
}
