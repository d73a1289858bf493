import { Card, Divider, Form, InputNumber, Select } from "antd";
import { useTranslation } from "react-i18next";
import { TICKET_TYPES, TIERS, type Tier } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { PageForm, PageHeader, SwitchField } from "../../ui/patterns";
import { OneSkillSelect, SkillSelect } from "../skills/SkillSelect";
import { type RoutingSettings, useRoutingSettings, useSaveRoutingSettings } from "./settings-api";

type Values = Omit<RoutingSettings, "tierRule"> & {
  tierOn: boolean;
  tierRule: { tiers: Tier[]; skill: string; fallback: boolean };
};

const toValues = (s: RoutingSettings): Values => ({
  ...s,
  tierOn: s.tierRule !== null,
  tierRule: s.tierRule ?? { tiers: ["vip"], skill: "", fallback: true },
});

// Who new tickets may go to and which skills each ticket type needs (PATCH /routing/settings).
export default function RoutingSettingsPage() {
  const { t } = useTranslation();
  useTitle(t("shell.nav.routing"));
  const settings = useRoutingSettings();
  const save = useSaveRoutingSettings();
  const required = { required: true, message: t("validation.required") };
  const submit = ({ tierOn, tierRule, ...rest }: Values) =>
    save.mutateAsync({ ...rest, tierRule: tierOn ? tierRule : null });

  return (
    <Card style={{ maxWidth: 900 }} data-testid="admin-routing">
      <PageHeader title={t("shell.nav.routing")} description={t("settings.routing.description")} />
      <PageForm<Values, RoutingSettings>
        source={settings}
        toValues={toValues}
        onSubmit={submit}
        saveTestId="routing-save"
      >
        {(form) => (
          <>
            <SwitchField name="autoAssign" label={t("settings.routing.autoAssign")} />
            <SwitchField name="includeSupervisors" label={t("settings.routing.includeSupervisors")} />
            <Form.Item
              name="presenceTimeoutMinutes"
              label={t("settings.routing.presenceTimeout")}
              rules={[
                {
                  ...required,
                  type: "number",
                  min: 1,
                  max: 1440,
                  message: t("validation.range", { min: 1, max: 1440 }),
                },
              ]}
            >
              <InputNumber min={1} max={1440} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="defaultHandlingMinutes"
              label={t("settings.routing.defaultHandling")}
              rules={[
                {
                  ...required,
                  type: "number",
                  min: 1,
                  max: 100000,
                  message: t("validation.range", { min: 1, max: 100000 }),
                },
              ]}
            >
              <InputNumber min={1} max={100000} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="certification"
              label={t("people.routing.certification")}
              extra={t("people.routing.certificationHelp")}
            >
              <Select
                data-testid="routing-certification"
                style={{ width: 200 }}
                options={(["required", "preferred", "off"] as const).map((m) => ({
                  value: m,
                  label: t(`people.routing.mode.${m}`),
                }))}
              />
            </Form.Item>
            <Divider titlePlacement="start">{t("settings.routing.typeSkills")}</Divider>
            <p style={{ color: "rgba(0,0,0,0.55)" }}>{t("settings.routing.typeSkillsHelp")}</p>
            {TICKET_TYPES.map((type) => (
              <Form.Item key={type} name={["typeSkills", type]} label={t(`type.${type}`)}>
                <SkillSelect
                  testId={`type-skills-${type}`}
                  placeholder={t("settings.routing.noExtraSkills")}
                />
              </Form.Item>
            ))}
            <Divider titlePlacement="start">{t("settings.routing.tierRule")}</Divider>
            <SwitchField name="tierOn" label={t("settings.routing.tierRuleOn")} />
            <Form.Item noStyle dependencies={["tierOn"]}>
              {() =>
                form.getFieldValue("tierOn") ? (
                  <>
                    <Form.Item
                      name={["tierRule", "tiers"]}
                      label={t("settings.routing.tiers")}
                      rules={[{ ...required, type: "array", min: 1 }]}
                    >
                      <Select<Tier[]>
                        mode="multiple"
                        options={TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={["tierRule", "skill"]}
                      label={t("settings.routing.tierSkill")}
                      rules={[required]}
                    >
                      <OneSkillSelect testId="tier-skill" />
                    </Form.Item>
                    <SwitchField name={["tierRule", "fallback"]} label={t("settings.routing.fallback")} />
                  </>
                ) : null
              }
            </Form.Item>
          </>
        )}
      </PageForm>
    </Card>
  );
}
