import { SendOutlined, UserAddOutlined } from "@ant-design/icons";
import { Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";
import {
  CHANNELS,
  type Channel,
  type Customer,
  PRIORITIES,
  type Priority,
  TICKET_TYPES,
  type Ticket,
  type TicketType,
} from "../../app/types";
import { useDebounced } from "../../app/useDebounced";
import { AttachmentPicker } from "../../ui/AttachmentPicker";
import { TierBadge } from "../../ui/TierBadge";
import { useProductName } from "../../ui/useProductName";
import { useCustomerUnits } from "../catalog/api";
import { useCustomerSearch } from "../customers/api";
import { QuickCustomerModal } from "../customers/QuickCustomerModal";
import { useCreateTicket } from "./api";

type Values = {
  customerId?: string;
  unitSerial?: string;
  type: TicketType;
  priority?: Priority;
  channel?: Channel;
  subject: string;
  description: string;
  attachmentIds: string[];
};

const NO_UNIT = "__none";

// Opening a request: by the customer for themself, or by staff/dealer on a customer's behalf.
export function NewTicketForm({
  onBehalf,
  channel,
  initialUnit,
  initialCustomer,
  onCreated,
  onTextChange,
}: {
  onBehalf: boolean;
  // Where the request came in; staff pick it (phone, e-mail…), a dealer's is fixed.
  channel?: Channel | "ask";
  initialUnit?: string;
  // Preselected (from the customer's page): shown in the picker whatever the search holds.
  initialCustomer?: Customer;
  onCreated: (t: Ticket) => void;
  // What the request says so far (subject and description), e.g. to suggest articles.
  onTextChange?: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const productName = useProductName();
  const create = useCreateTicket();
  const [uploading, setUploading] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebounced(search);
  const customers = useCustomerSearch(q, onBehalf);
  // A customer created here (first-time caller) stays pickable whatever the search shows.
  const [creatingCustomer, setCreatingCustomer] = useState(false);
  // What was typed when "new customer" was chosen (the search box clears itself on blur).
  const [typedAtOpen, setTypedAtOpen] = useState("");
  const [pickerOpen, setPickerOpen] = useState(false);
  const startNewCustomer = () => {
    setTypedAtOpen(search);
    // Close the list of matches: it would stay open above the dialog.
    setPickerOpen(false);
    setCreatingCustomer(true);
  };
  const [created, setCreated] = useState<Customer | null>(initialCustomer ?? null);
  const customerOptions = [
    ...(created && !customers.data?.items.some((c) => c.id === created.id) ? [created] : []),
    ...(customers.data?.items ?? []),
  ];
  const customerId = Form.useWatch("customerId", form);
  const units = useCustomerUnits(onBehalf ? customerId : undefined, !onBehalf || Boolean(customerId));
  const required = { required: true, whitespace: true, message: t("validation.required") };
  // Staff (who pick the channel) set the priority; the API refuses it from dealers and customers.
  const setsPriority = onBehalf && channel === "ask";

  const submit = async (v: Values) => {
    try {
      const ticket = await create.mutateAsync({
        subject: v.subject.trim(),
        description: v.description.trim(),
        type: v.type,
        priority: setsPriority ? v.priority : undefined,
        customerId: onBehalf ? v.customerId : undefined,
        unitSerial: v.unitSerial && v.unitSerial !== NO_UNIT ? v.unitSerial : undefined,
        channel: channel === "ask" ? v.channel : channel,
        attachmentIds: v.attachmentIds?.length ? v.attachmentIds : undefined,
      });
      onCreated(ticket);
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };

  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          customerId: initialCustomer?.id,
          unitSerial: initialUnit,
          attachmentIds: [],
          priority: setsPriority ? "C" : undefined,
          channel: channel === "ask" ? "phone" : undefined,
        }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(_, all) => onTextChange?.(`${all.subject ?? ""} ${all.description ?? ""}`)}
        scrollToFirstError
      >
        {onBehalf ? (
          <Form.Item
            name="customerId"
            label={t("newTicket.customer")}
            rules={[{ required: true, message: t("validation.required") }]}
            extra={
              <Button
                type="link"
                size="small"
                icon={<UserAddOutlined />}
                style={{ paddingInline: 0 }}
                onClick={startNewCustomer}
                data-testid="new-customer-create"
              >
                {t("newTicket.newCustomer")}
              </Button>
            }
          >
            <Select<string>
              data-testid="new-customer"
              open={pickerOpen}
              onOpenChange={setPickerOpen}
              showSearch={{ filterOption: false, onSearch: setSearch }}
              placeholder={t("newTicket.customerPlaceholder")}
              loading={customers.isFetching}
              onChange={() => form.setFieldValue("unitSerial", undefined)}
              notFoundContent={q ? t("newTicket.customerNone") : undefined}
              // The create action stays reachable while the list of matches covers the form.
              popupRender={(menu) => (
                <>
                  {menu}
                  <Button
                    type="link"
                    size="small"
                    icon={<UserAddOutlined />}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={startNewCustomer}
                    data-testid="new-customer-create-inline"
                  >
                    {t("newTicket.newCustomer")}
                  </Button>
                </>
              )}
              options={customerOptions.map((c) => ({
                value: c.id,
                label: (
                  <span>
                    {c.name} {c.phone ?? c.email ?? ""} <TierBadge tier={c.tier} />
                  </span>
                ),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="unitSerial" label={t("newTicket.unit")}>
          <Select<string>
            data-testid="new-unit"
            allowClear
            placeholder={t("newTicket.unitPlaceholder")}
            loading={units.isFetching}
            disabled={onBehalf && !customerId}
            options={[
              { value: NO_UNIT, label: t("newTicket.unitNone") },
              ...(units.data?.items ?? []).map((u) => ({
                value: u.serial,
                label: `${productName(u.productName, u.productNameEn)} · ${u.serial}`,
              })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="type"
          label={t("newTicket.type")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select<TicketType>
            data-testid="new-type"
            placeholder={t("newTicket.type")}
            options={TICKET_TYPES.map((ty) => ({ value: ty, label: t(`type.${ty}`) }))}
          />
        </Form.Item>
        {setsPriority ? (
          <Form.Item name="priority" label={t("newTicket.priority")}>
            <Select<Priority>
              data-testid="new-priority"
              options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            />
          </Form.Item>
        ) : null}
        {channel === "ask" ? (
          <Form.Item name="channel" label={t("ticket.channel")}>
            <Select<Channel>
              data-testid="new-channel"
              options={CHANNELS.filter((c) => c !== "api").map((c) => ({
                value: c,
                label: t(`channel.${c}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="subject"
          label={t("newTicket.subject")}
          rules={[required, { max: 200, message: t("validation.maxLength", { max: 200 }) }]}
        >
          <Input data-testid="new-subject" maxLength={200} placeholder={t("newTicket.subjectPlaceholder")} />
        </Form.Item>
        <Form.Item name="description" label={t("newTicket.description")} rules={[required]}>
          <Input.TextArea
            data-testid="new-description"
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={20000}
            placeholder={t("newTicket.descriptionPlaceholder")}
          />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t("newTicket.photos")}>
          <AttachmentPicker
            photos
            label={t("newTicket.addPhotos")}
            onBusyChange={setUploading}
            testId="new-photos"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block={!onBehalf}
          icon={<SendOutlined />}
          data-testid="new-submit"
          loading={create.isPending}
          disabled={create.isPending || uploading}
        >
          {onBehalf ? t("newTicket.submitOnBehalf") : t("newTicket.submit")}
        </Button>
      </Form>
      {onBehalf ? (
        <QuickCustomerModal
          open={creatingCustomer}
          typed={typedAtOpen}
          onClose={() => setCreatingCustomer(false)}
          onCreated={(c) => {
            setCreated(c);
            form.setFieldsValue({ customerId: c.id, unitSerial: undefined });
            form.validateFields(["customerId"]).catch(() => {});
          }}
        />
      ) : null}
    </>
  );
}
