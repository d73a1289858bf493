import { Form, Switch } from "antd";
import type { NamePath } from "antd/es/form/interface";
import type { ReactNode } from "react";

// An on/off setting in a form: the label and a switch bound to a boolean field.
export function SwitchField({ name, label }: { name: NamePath; label: ReactNode }) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
}
