import { Calendar as AntCalendar, Flex, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { Calendar } from "./api";
import { type DayKind, dayKind } from "./hours";

// Colour per kind of day, shared by the cells and the legend.
const LOOK: Record<Exclude<DayKind, "open">, { color: string; bg: string }> = {
  holiday: { color: "red", bg: "#fff1f0" },
  workday: { color: "blue", bg: "#e6f4ff" },
  special: { color: "purple", bg: "#f9f0ff" },
  closed: { color: "default", bg: "#fafafa" },
};

function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap data-testid="calendar-legend">
      <Tag color={LOOK.holiday.color}>{t("sla.calendars.legendHoliday")}</Tag>
      <Tag color={LOOK.workday.color}>{t("sla.calendars.legendWorkday")}</Tag>
      <Tag color={LOOK.special.color}>{t("sla.calendars.legendSpecial")}</Tag>
      <Tag color={LOOK.closed.color}>{t("sla.calendars.legendClosed")}</Tag>
    </Flex>
  );
}

// Month view: holidays, 调休 working days and special hours stand out from ordinary days.
export function CalendarMonth({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const cell = (d: Dayjs) => {
    const date = d.format("YYYY-MM-DD");
    const kind = dayKind(calendar, date);
    if (kind === "open") return null;
    const look = LOOK[kind];
    const hours = calendar.overrides.find((o) => o.date === date)?.hours ?? [];
    const label =
      kind === "holiday"
        ? t("sla.calendars.holiday")
        : kind === "closed"
          ? null
          : hours.map(([a, b]) => `${a}-${b}`).join(" ");
    return (
      <div
        data-testid="calendar-day"
        data-date={date}
        data-kind={kind}
        style={{ background: look.bg, borderRadius: 4, height: "100%", padding: 2 }}
      >
        {kind === "workday" ? <Tag color={look.color}>{t("sla.calendars.workday")}</Tag> : null}
        {label && kind !== "workday" ? <Tag color={look.color}>{label}</Tag> : null}
        {kind === "workday" ? <div style={{ fontSize: 11 }}>{label}</div> : null}
      </div>
    );
  };
  return (
    <div>
      <CalendarLegend />
      <AntCalendar cellRender={(d, info) => (info.type === "date" ? cell(d) : info.originNode)} />
    </div>
  );
}
