import { Button, Form, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { currentLocale } from "../../i18n";
import { FormModal } from "../../ui/patterns";
import { useSellPlan, useWarrantyPlans } from "./api";

// Staff sell a paid extended-warranty plan for the request's unit; only plans on sale for the
// unit's 三包 category are offered (the server refuses any other with a 422).
export function SellPlanButton({ unitSerial, category }: { unitSerial: string; category: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const plans = useWarrantyPlans(open);
  const sell = useSellPlan(unitSerial);
  const zh = currentLocale() === "zh-CN";
  const options = (plans.data?.items ?? [])
    .filter((p) => p.active && category !== null && p.categories.includes(category))
    .map((p) => ({
      value: p.id,
      label: t("sanbao.plans.option", { name: zh ? p.name.zh : p.name.en, months: p.months, price: p.price }),
    }));
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="sell-plan">
        {t("sanbao.plans.sell")}
      </Button>
      {open ? (
        <FormModal<{ planId: string }>
          title={t("sanbao.plans.sellTitle", { serial: unitSerial })}
          onSubmit={async (v) => {
            await sell.mutateAsync(v.planId);
            showSuccess(t("sanbao.plans.sold"));
          }}
          onClose={() => setOpen(false)}
        >
          {() =>
            !plans.isPending && options.length === 0 ? (
              <Typography.Text type="secondary">{t("sanbao.plans.none")}</Typography.Text>
            ) : (
              <Form.Item name="planId" label={t("sanbao.plans.choose")} rules={[{ required: true }]}>
                <Select loading={plans.isPending} options={options} data-testid="plan-select" />
              </Form.Item>
            )
          }
        </FormModal>
      ) : null}
    </>
  );
}
