import { CopyOutlined, GiftOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  List,
  Popconfirm,
  Select,
  Statistic,
  Switch,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { RedeemInput } from "../../../shared/api/loyalty";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { currentLocale } from "../../i18n";
import { ListState } from "../../ui/ListState";
import {
  type RedeemCatalogue,
  useCatalogue,
  useClaimReferral,
  useMyPoints,
  useRedeem,
  useSaveCare,
} from "./api";
import { PointsHistory } from "./PointsHistory";

type Plan = RedeemCatalogue["plans"][number];

function RedeemButton({
  points,
  what,
  balance,
  body,
}: {
  points: number;
  what: string;
  balance: number;
  body: RedeemInput;
}) {
  const { t } = useTranslation();
  const redeem = useRedeem();
  const short = balance < points;
  return (
    <Popconfirm
      title={t("loyalty.portal.confirm", { n: points, what })}
      onConfirm={() =>
        redeem.mutateAsync(body).then(
          (r) => showSuccess(t("loyalty.portal.redeemed", { balance: r.balance })),
          (err: unknown) => showError(err),
        )
      }
      disabled={short}
    >
      <Button type="primary" disabled={short} loading={redeem.isPending} data-testid="redeem-button">
        {short ? t("loyalty.portal.notEnough") : t("loyalty.portal.redeemButton")}
      </Button>
    </Popconfirm>
  );
}

function PlanOffer({ plan, balance }: { plan: Plan; balance: number }) {
  const { t } = useTranslation();
  const [serial, setSerial] = useState(plan.serials[0] ?? "");
  const name = currentLocale() === "en" ? plan.name.en : plan.name.zh;
  return (
    <Card
      size="small"
      data-testid="redeem-plan"
      data-plan={plan.planId}
      data-serial={serial}
      data-points={plan.points}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <div style={{ fontWeight: 600 }} data-testid="redeem-plan-name">
            {name}
          </div>
          <Typography.Text type="secondary">
            {t("loyalty.portal.months", { n: plan.months })} ·{" "}
            {t("loyalty.portal.points", { n: plan.points })}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap align="center">
          <Select
            aria-label={t("loyalty.portal.forUnit")}
            value={serial}
            onChange={setSerial}
            options={plan.serials.map((s) => ({ value: s, label: s }))}
            style={{ minWidth: 160 }}
            data-testid="redeem-serial"
          />
          <RedeemButton
            points={plan.points}
            what={`${name} · ${serial}`}
            balance={balance}
            body={{ kind: "plan", planId: plan.planId, serial }}
          />
        </Flex>
      </Flex>
    </Card>
  );
}

function Offers({ balance }: { balance: number }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const c = catalogue.data;
  const zh = currentLocale() === "zh-CN";
  return (
    <section aria-labelledby="redeem">
      <Typography.Title level={5} id="redeem">
        {t("loyalty.portal.redeem")}
      </Typography.Title>
      <ListState query={catalogue} empty={false} emptyText="" rows={3}>
        <Flex vertical gap={12}>
          <Typography.Text strong>{t("loyalty.portal.plans")}</Typography.Text>
          <Typography.Text type="secondary">{t("loyalty.portal.plansHint")}</Typography.Text>
          {c?.plans.length ? (
            c.plans.map((p) => <PlanOffer key={p.planId} plan={p} balance={balance} />)
          ) : (
            <Typography.Text type="secondary">{t("loyalty.portal.noPlans")}</Typography.Text>
          )}
          {c?.vouchers.length ? (
            <Typography.Text strong>{t("loyalty.portal.vouchers")}</Typography.Text>
          ) : null}
          {c?.vouchers.map((v) => (
            <Card size="small" key={v.value} data-testid="redeem-voucher">
              <Flex justify="space-between" align="center" gap={8} wrap>
                <span>
                  {t("loyalty.portal.voucherValue", { value: v.value })} ·{" "}
                  <Typography.Text type="secondary">
                    {t("loyalty.portal.points", { n: v.points })}
                  </Typography.Text>
                </span>
                <RedeemButton
                  points={v.points}
                  what={t("loyalty.portal.voucherValue", { value: v.value })}
                  balance={balance}
                  body={{ kind: "voucher", value: v.value }}
                />
              </Flex>
            </Card>
          ))}
          {c?.gifts.length ? <Typography.Text strong>{t("loyalty.portal.gifts")}</Typography.Text> : null}
          {c?.gifts.map((g) => (
            <Card size="small" key={g.id}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <span>
                  <GiftOutlined /> {zh ? g.name.zh : g.name.en} ·{" "}
                  <Typography.Text type="secondary">
                    {t("loyalty.portal.points", { n: g.points })}
                  </Typography.Text>
                </span>
                <RedeemButton
                  points={g.points}
                  what={zh ? g.name.zh : g.name.en}
                  balance={balance}
                  body={{ kind: "gift", giftId: g.id }}
                />
              </Flex>
            </Card>
          ))}
        </Flex>
      </ListState>
    </section>
  );
}

function Invitation({ code, mine, referred }: { code: string; mine: string; referred: boolean }) {
  const { t } = useTranslation();
  const claim = useClaimReferral();
  const [done, setDone] = useState(false);
  if (referred || code.toUpperCase() === mine) return null;
  return (
    <Alert
      type={done ? "success" : "info"}
      showIcon
      title={done ? t("loyalty.portal.inviteAccepted") : t("loyalty.portal.invited", { code })}
      action={
        done ? null : (
          <Button
            size="small"
            type="primary"
            loading={claim.isPending}
            onClick={() => claim.mutateAsync(code).then(() => setDone(true), showError)}
          >
            {t("loyalty.portal.acceptInvite")}
          </Button>
        )
      }
    />
  );
}

function CareProfileCard({ birthday, optOut }: { birthday: string | null; optOut: boolean }) {
  const { t } = useTranslation();
  const save = useSaveCare();
  const [day, setDay] = useState(birthday ?? "");
  const [off, setOff] = useState(optOut);
  const valid = day === "" || /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(day);
  return (
    <Card size="small" title={t("loyalty.portal.care")}>
      <Typography.Paragraph type="secondary">{t("loyalty.portal.careHint")}</Typography.Paragraph>
      <Flex gap={12} wrap align="center">
        <label htmlFor="care-birthday">{t("loyalty.portal.birthday")}</label>
        <Input
          id="care-birthday"
          value={day}
          onChange={(e) => setDay(e.target.value.trim())}
          placeholder={t("loyalty.portal.birthdayHint")}
          status={valid ? undefined : "error"}
          style={{ width: 140 }}
        />
        <Flex gap={8} align="center">
          <Switch checked={off} onChange={setOff} aria-label={t("loyalty.portal.careOptOut")} />
          <span>{t("loyalty.portal.careOptOut")}</span>
        </Flex>
        <Button
          disabled={!valid}
          loading={save.isPending}
          onClick={() =>
            save
              .mutateAsync({ birthday: day || null, careOptOut: off })
              .then(() => showSuccess(t("loyalty.portal.careSaved")), showError)
          }
        >
          {t("common.save")}
        </Button>
      </Flex>
    </Card>
  );
}

// The customer's points: balance, what buys what, the referral link, care messages, history.
export default function PortalLoyaltyPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params] = useSearchParams();
  const account = useMyPoints();
  useTitle(t("loyalty.portal.title"));
  const a = account.data;
  const link = a ? `${window.location.origin}${a.referralPath}` : "";
  const ref = params.get("ref");
  return (
    <ListState query={account} empty={false} emptyText="" rows={6}>
      {a ? (
        <Flex vertical gap={20}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t("loyalty.portal.title")}
          </Typography.Title>
          {ref ? <Invitation code={ref} mine={a.referralCode} referred={a.referredBy} /> : null}
          <Card size="small">
            <Statistic
              title={t("loyalty.portal.balance")}
              value={a.balance}
              valueRender={(v) => (
                <span data-testid="points-balance" data-value={a.balance}>
                  {v}
                </span>
              )}
            />
            {a.expiringSoon > 0 ? (
              <Tag color="orange">{t("loyalty.portal.expiringSoon", { n: a.expiringSoon })}</Tag>
            ) : null}
          </Card>
          <Offers balance={a.balance} />
          {a.vouchers.length > 0 ? (
            <Card size="small" title={t("loyalty.portal.myVouchers")}>
              <List
                dataSource={a.vouchers}
                renderItem={(v) => (
                  <List.Item key={v.code}>
                    <Flex vertical>
                      <Typography.Text copyable={!v.usedAt} code data-testid="voucher-code">
                        {v.code}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t("loyalty.portal.voucherValue", { value: v.value })} ·{" "}
                        {v.usedAt
                          ? t("loyalty.portal.voucherUsed", { on: v.usedOn })
                          : t("loyalty.portal.voucherHint")}
                        {" · "}
                        {fmt.date(v.createdAt)}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          ) : null}
          <Card size="small" title={t("loyalty.portal.referral")}>
            <Typography.Paragraph type="secondary">{t("loyalty.portal.referralHint")}</Typography.Paragraph>
            <Flex gap={8}>
              <Input
                readOnly
                value={link}
                aria-label={t("loyalty.portal.referral")}
                data-testid="referral-link"
              />
              <Button
                icon={<CopyOutlined />}
                onClick={() =>
                  void navigator.clipboard
                    ?.writeText(link)
                    .then(() => showSuccess(t("loyalty.portal.copied")))
                }
              >
                {t("loyalty.portal.copy")}
              </Button>
            </Flex>
          </Card>
          <CareProfileCard birthday={a.birthday} optOut={a.careOptOut} />
          <Card size="small" title={t("loyalty.portal.history")}>
            <PointsHistory entries={a.entries} empty={t("loyalty.portal.noHistory")} />
          </Card>
        </Flex>
      ) : null}
    </ListState>
  );
}
