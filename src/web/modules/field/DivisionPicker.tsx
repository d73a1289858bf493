import { Cascader } from "antd";
import { useTranslation } from "react-i18next";
import { DIVISIONS, type Division, divisionChain } from "../../../shared/divisions";

// GB/T 2260 divisions as a province → city → district cascader. Any level may be chosen (a
// customer in a municipality's district, or a whole city); the value is the chosen code.
const fieldNames = { label: "name", value: "code", children: "children" } as const;
const options = DIVISIONS as Division[];
const searchable = {
  filter: (input: string, path: Division[]) => path.some((d) => d.name.includes(input.trim())),
};

export function DivisionPicker({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Cascader<Division>
      id={id}
      data-testid="division-picker"
      options={options}
      fieldNames={fieldNames}
      changeOnSelect
      showSearch={searchable}
      placeholder={t("field.coverage.pickDivision")}
      value={value ? divisionChain(value).map((d) => d.code) : undefined}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : null)}
      style={{ width: "100%" }}
    />
  );
}

// Several divisions at once (a node's coverage): checking all of a city's districts keeps the city.
export function DivisionsPicker({
  value,
  onChange,
}: {
  value: string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Cascader<Division, "code">
      multiple
      data-testid="coverage-picker"
      options={options}
      fieldNames={fieldNames}
      showCheckedStrategy={Cascader.SHOW_PARENT}
      showSearch={searchable}
      maxTagCount="responsive"
      placeholder={t("field.coverage.pickDivisions")}
      value={value.map((code) => divisionChain(code).map((d) => d.code))}
      onChange={(paths) => onChange(paths.map((p) => String(p[p.length - 1])))}
      style={{ width: "100%" }}
    />
  );
}
