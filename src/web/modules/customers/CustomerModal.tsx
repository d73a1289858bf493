import { Form, Input, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { type Customer, TIERS, type Tier } from "../../app/types";
import { FormModal } from "../../ui/patterns";
import { TierBadge } from "../../ui/TierBadge";
import { DivisionPicker } from "../field/DivisionPicker";
import { useOutlets } from "../users/api";
import { type CustomerInput, useSaveCustomer } from "./api";

// Creating or editing a customer (admin list, agents' customer page): one form.
export type Editing = { mode: "create" } | { mode: "edit"; customer: Customer };

// Empty optional fields are left out on create and cleared (null) on update, never sent as "".
const clean = (v: CustomerInput, update: boolean): CustomerInput => {
  const none = update ? null : undefined;
  return {
    name: v.name,
    kind: v.kind,
    tier: v.tier,
    email: v.email?.trim() || none,
    phone: v.phone?.trim() || none,
    outletId: v.outletId || none,
    divisionCode: v.divisionCode || none,
    street: v.street?.trim() || none,
  };
};

export function CustomerModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCustomer();
  const outlets = useOutlets();
  const isEdit = editing.mode === "edit";
  const c = isEdit ? editing.customer : null;
  const init: Partial<CustomerInput> = c
    ? {
        name: c.name,
        kind: c.kind,
        email: c.email ?? "",
        phone: c.phone ?? "",
        tier: c.tier,
        outletId: c.outletId ?? undefined,
        divisionCode: c.divisionCode ?? undefined,
        street: c.street ?? "",
      }
    : { kind: "person", tier: "standard" };
  return (
    <FormModal<CustomerInput>
      title={isEdit ? t("admin.editCustomer") : t("admin.newCustomer")}
      initialValues={init}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({ id: c?.id, input: clean(v, isEdit) });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("admin.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t("admin.kind")}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "person", label: t("kind.person") },
                { value: "company", label: t("kind.company") },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="email"
            label={t("admin.email")}
            rules={[{ type: "email", message: t("validation.email") }]}
          >
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="phone" label={t("admin.phone")}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="divisionCode" label={t("field.customerAddress.division")}>
            <DivisionPicker />
          </Form.Item>
          <Form.Item name="street" label={t("field.customerAddress.street")}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="tier" label={t("admin.tier")}>
            <Select<Tier> options={TIERS.map((x) => ({ value: x, label: <TierBadge tier={x} /> }))} />
          </Form.Item>
          {(outlets.data?.items ?? []).length > 0 ? (
            <Form.Item name="outletId" label={t("admin.outlet")}>
              <Select<string>
                allowClear
                options={(outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}
