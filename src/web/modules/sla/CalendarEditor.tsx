import { Alert, Button, Card, Form, Input, Popconfirm, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showError, showSuccess } from "../../app/feedback";
import { type Calendar, type Hours, useSaveCalendar, WEEKDAYS, type Weekday } from "./api";
import { formatHours, mergeOverrides, parseHours, parseOverrides } from "./hours";

type WeeklyForm = { name: string; timezone: string } & Record<Weekday, string>;

// Name, time zone and each weekday's hours as editable text lines.
export function WeeklyEditor({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WeeklyForm>();
  const save = useSaveCalendar();
  const initial: WeeklyForm = {
    name: calendar.name,
    timezone: calendar.timezone,
    ...(Object.fromEntries(WEEKDAYS.map((d) => [d, formatHours(calendar.weekly[d] ?? [])])) as Record<
      Weekday,
      string
    >),
  };
  const submit = (v: WeeklyForm) => {
    const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, parseHours(v[d]) ?? []])) as Record<
      Weekday,
      Hours
    >;
    save.mutate(
      { id: calendar.id, input: { name: v.name, timezone: v.timezone, weekly } },
      {
        onSuccess: () => showSuccess(t("common.saved")),
        onError: (err) => {
          applyFieldErrors(form, err);
          showError(err);
        },
      },
    );
  };
  return (
    <Card size="small" title={t("sla.calendars.weekly")}>
      <Form<WeeklyForm>
        key={calendar.id + calendar.updatedAt}
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        initialValues={initial}
        onFinish={submit}
        data-testid="calendar-weekly-form"
      >
        <Form.Item
          name="name"
          label={t("sla.calendars.name")}
          rules={[{ required: true, whitespace: true, max: 120 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="timezone" label={t("sla.calendars.timezone")} rules={[{ required: true, max: 64 }]}>
          <Input placeholder="Asia/Shanghai" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t("sla.calendars.weeklyHelp")}
        </Typography.Paragraph>
        {WEEKDAYS.map((d) => (
          <Form.Item
            key={d}
            name={d}
            label={t(`sla.calendars.day.${d}`)}
            rules={[
              {
                validator: (_r, v: string) =>
                  parseHours(v ?? "")
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("sla.calendars.badHours"))),
              },
            ]}
          >
            <Input placeholder="09:00-12:00, 13:00-18:00" data-testid={`calendar-hours-${d}`} />
          </Form.Item>
        ))}
        <Typography.Text type="secondary">
          {t("sla.calendars.weeklyMinutes", { hours: Math.round(calendar.weeklyMinutes / 6) / 10 })}
        </Typography.Text>
        <div style={{ textAlign: "right" }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={save.isPending}>
            {t("sla.calendars.saveWeekly")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

// Holidays and 调休 days: paste a year's notice, or remove single dates.
export function OverridesEditor({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const save = useSaveCalendar();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const parsed = parseOverrides(text);
    if ("badLine" in parsed) {
      setProblem(t("sla.calendars.badLine", { line: parsed.badLine }));
      return;
    }
    if (parsed.length === 0) return;
    setProblem(null);
    save.mutate(
      { id: calendar.id, input: { overrides: mergeOverrides(calendar.overrides, parsed) } },
      {
        onSuccess: () => {
          setText("");
          showSuccess(t("sla.calendars.added", { count: parsed.length }));
        },
        onError: showError,
      },
    );
  };
  const remove = (date: string) =>
    save.mutate(
      { id: calendar.id, input: { overrides: calendar.overrides.filter((o) => o.date !== date) } },
      { onError: showError },
    );

  return (
    <Card size="small" title={t("sla.calendars.overridesCount", { count: calendar.overrides.length })}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t("sla.calendars.addHelp")}
      </Typography.Paragraph>
      <Input.TextArea
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        status={problem ? "error" : undefined}
        placeholder={"2027-01-01 holiday\n2027-02-07 09:00-12:00,13:00-18:00"}
        aria-label={t("sla.calendars.addOverrides")}
        data-testid="calendar-overrides-text"
      />
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} /> : null}
      <div style={{ textAlign: "right", margin: "8px 0 12px" }}>
        <Button
          onClick={add}
          loading={save.isPending}
          disabled={save.isPending || text.trim() === ""}
          data-testid="calendar-overrides-add"
        >
          {t("sla.calendars.addOverrides")}
        </Button>
      </div>
      <Table<Calendar["overrides"][number]>
        size="small"
        rowKey="date"
        dataSource={[...calendar.overrides].reverse()}
        pagination={{ pageSize: 8, size: "small", showSizeChanger: false }}
        columns={[
          { key: "d", title: t("sla.calendars.overrides"), dataIndex: "date" },
          {
            key: "h",
            title: t("sla.calendars.hours"),
            render: (_v, o) =>
              o.hours.length === 0 ? (
                <Typography.Text type="danger">{t("sla.calendars.holiday")}</Typography.Text>
              ) : (
                formatHours(o.hours)
              ),
          },
          {
            key: "x",
            title: t("common.actions"),
            width: 90,
            render: (_v, o) => (
              <Popconfirm title={t("sla.calendars.remove")} onConfirm={() => remove(o.date)}>
                <Button size="small" type="link" danger disabled={save.isPending}>
                  {t("sla.calendars.remove")}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
