import { Button, Card, Descriptions, Flex, Form, Input, List, Space, Statistic, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess, showWarning } from "../../app/feedback";
import { useFormat } from "../../app/format";
import type { Tier } from "../../app/types";
import { ListState } from "../../ui/ListState";
import { TierBadge } from "../../ui/TierBadge";
import { useCustomer360, useRecordPurchase, useTakeVoucher } from "./api";
import { PointsHistory } from "./PointsHistory";

function RecordPurchase({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const record = useRecordPurchase(customerId);
  const [form] = Form.useForm<{ amount: string; reference: string }>();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="small" onClick={() => setOpen(true)} data-testid="record-purchase">
        {t("loyalty.panel.recordPurchase")}
      </Button>
    );
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) =>
        record.mutateAsync(v).then((r) => {
          if (r.recorded) showSuccess(t("loyalty.panel.purchaseRecorded", { points: r.points }));
          else showWarning(t("loyalty.panel.purchaseDuplicate"));
          form.resetFields();
          setOpen(false);
        }, showError)
      }
    >
      <Form.Item name="amount" rules={[{ required: true, pattern: /^\d{1,10}(\.\d{1,2})?$/ }]}>
        <Input
          placeholder={t("loyalty.panel.amount")}
          aria-label={t("loyalty.panel.amount")}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item name="reference" rules={[{ required: true, max: 100 }]}>
        <Input placeholder={t("loyalty.panel.reference")} aria-label={t("loyalty.panel.reference")} />
      </Form.Item>
      <Space>
        <Button htmlType="submit" type="primary" size="small" loading={record.isPending}>
          {t("common.save")}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </Space>
    </Form>
  );
}

// Staff take a customer's service voucher on a paid repair (the ticket or RMA number), once.
function TakeVoucher() {
  const { t } = useTranslation();
  const take = useTakeVoucher();
  const [form] = Form.useForm<{ code: string; usedOn: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) =>
        take.mutateAsync(v).then((r) => {
          showSuccess(t("loyalty.panel.voucherTaken", { value: r.value }));
          form.resetFields();
        }, showError)
      }
    >
      <Form.Item name="code" rules={[{ required: true, min: 4, max: 32 }]}>
        <Input
          placeholder={t("loyalty.panel.voucherCode")}
          aria-label={t("loyalty.panel.voucherCode")}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item name="usedOn" rules={[{ required: true, max: 64 }]}>
        <Input
          placeholder={t("loyalty.panel.usedOn")}
          aria-label={t("loyalty.panel.usedOn")}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Button htmlType="submit" size="small" loading={take.isPending}>
        {t("loyalty.panel.takeVoucher")}
      </Button>
    </Form>
  );
}

// The customer 360's value and loyalty panel: lifetime value, units and product lines, segment,
// satisfaction answers, points with their history, care messages sent.
export function Customer360Panel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = useCustomer360(customerId);
  const d = data.data;
  return (
    <Card
      size="small"
      title={t("loyalty.panel.title")}
      data-testid="customer-loyalty"
      style={{ marginBottom: 12 }}
    >
      <ListState query={data} empty={false} emptyText="" rows={4}>
        {d ? (
          <Flex vertical gap={12}>
            <Flex gap={24} wrap>
              <Statistic title={t("loyalty.panel.ltv")} prefix="¥" value={d.lifetimeValue} />
              <Statistic
                title={t("loyalty.panel.balance")}
                value={d.balance}
                valueRender={(v) => (
                  <span data-testid="customer-points" data-value={d.balance}>
                    {v}
                  </span>
                )}
              />
              <Statistic title={t("loyalty.panel.units")} value={d.units} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("loyalty.panel.ltvHint")}: {t("loyalty.panel.purchases")} ¥{d.purchases} ·{" "}
              {t("loyalty.panel.paidPlans")} ¥{d.paidPlans}
            </Typography.Text>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t("loyalty.panel.segment")}>
                <TierBadge tier={d.segment.tier as Tier} />
                {d.segment.careOptOut ? <Tag>{t("loyalty.panel.optedOut")}</Tag> : null}
              </Descriptions.Item>
              <Descriptions.Item label={t("loyalty.panel.region")}>
                {d.segment.region ? `${d.segment.regionName ?? ""} (${d.segment.region})` : "—"}
              </Descriptions.Item>
              <Descriptions.Item label={t("loyalty.panel.lines")}>
                {d.productLines.length ? d.productLines.map((l) => <Tag key={l}>{l}</Tag>) : "—"}
              </Descriptions.Item>
              <Descriptions.Item label={t("loyalty.panel.birthday")}>{d.birthday ?? "—"}</Descriptions.Item>
            </Descriptions>
            <div>
              <RecordPurchase customerId={customerId} />
            </div>
            <TakeVoucher />
            <Typography.Text strong>{t("loyalty.panel.satisfaction")}</Typography.Text>
            <List
              size="small"
              dataSource={d.satisfaction}
              locale={{ emptyText: t("loyalty.panel.noAnswers") }}
              renderItem={(s) => (
                <List.Item key={s.at}>
                  <span>
                    {s.survey} · <Typography.Text type="secondary">{fmt.date(s.at)}</Typography.Text>
                  </span>
                  <Space>
                    {s.csat !== null ? (
                      <Tag color={s.csat >= 4 ? "green" : s.csat <= 2 ? "red" : "default"}>
                        {t("loyalty.panel.csat", { n: s.csat })}
                      </Tag>
                    ) : null}
                    {s.nps !== null ? (
                      <Tag color={s.nps >= 9 ? "green" : s.nps <= 6 ? "red" : "default"}>
                        {t("loyalty.panel.nps", { n: s.nps })}
                      </Tag>
                    ) : null}
                  </Space>
                </List.Item>
              )}
            />
            <Typography.Text strong>{t("loyalty.panel.history")}</Typography.Text>
            <PointsHistory entries={d.entries.slice(0, 10)} empty="—" />
            {d.careSent.length > 0 ? (
              <>
                <Typography.Text strong>{t("loyalty.panel.careSent")}</Typography.Text>
                <Flex gap={4} wrap>
                  {d.careSent.map((c) => (
                    <Tag key={`${c.action}-${c.year}`}>
                      {c.action} · {c.year} · {c.channel}
                    </Tag>
                  ))}
                </Flex>
              </>
            ) : null}
          </Flex>
        ) : null}
      </ListState>
    </Card>
  );
}
