import { DatePicker, Form, InputNumber, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../ui/patterns";
import { useStaffDirectory } from "../admin/settings-api";
import { useKpiOptions, useOpenCycle } from "./api";

type Values = { ownerId: string; kpiId: string; targetValue: number; dueDate: Dayjs; windowDays: number };

// Plan: who owns the cycle, the KPI it must move and to what, by when.
export function StartCycleModal({
  itemId,
  ownerId,
  onClose,
  onOpened,
}: {
  itemId: string;
  ownerId: string;
  onClose: () => void;
  onOpened: (cycleId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const kpis = useKpiOptions();
  const staff = useStaffDirectory();
  const open = useOpenCycle(itemId);
  const lang = i18n.language === "en" ? "en" : "zh";
  return (
    <FormModal<Values>
      title={t("improvement.item.startCycle")}
      initialValues={{ ownerId, windowDays: 30, dueDate: dayjs().add(3, "month").endOf("month") }}
      onClose={onClose}
      onSubmit={async (v) => {
        const c = await open.mutateAsync({
          ownerId: v.ownerId,
          kpiId: v.kpiId,
          targetValue: v.targetValue,
          dueDate: v.dueDate.format("YYYY-MM-DD"),
          windowDays: v.windowDays,
        });
        onOpened(c.id);
      }}
    >
      {() => (
        <>
          <Form.Item name="ownerId" label={t("improvement.cycle.owner")} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={staff.isLoading}
              options={(staff.data?.items ?? [])
                .filter(
                  (u) =>
                    u.role === "admin" ||
                    u.role === "supervisor" ||
                    u.role === "agent" ||
                    u.role === "technician" ||
                    u.role === "qa",
                )
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="kpiId" label={t("improvement.cycle.kpi")} rules={[{ required: true }]}>
            <Select
              data-testid="cycle-kpi"
              showSearch
              optionFilterProp="label"
              options={(kpis.data ?? []).map((k) => ({ value: k.id, label: k.name[lang] }))}
            />
          </Form.Item>
          <Form.Item name="targetValue" label={t("improvement.cycle.target")} rules={[{ required: true }]}>
            <InputNumber style={{ width: "100%" }} data-testid="cycle-target" />
          </Form.Item>
          <Form.Item name="dueDate" label={t("improvement.cycle.due")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="windowDays" label={t("improvement.cycle.windowDays")} rules={[{ required: true }]}>
            <InputNumber min={1} max={180} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
