import { Select, Tag } from "antd";
import { useSkillName, useSkills } from "./api";

const useSkillOptions = () => {
  const skills = useSkills();
  const name = useSkillName();
  return {
    loading: skills.isPending,
    options: (skills.data?.items ?? []).map((s) => ({ value: s.code, label: name(s.code) })),
  };
};

// Picks skills from the managed list (names in the reader's language); used by products, teams,
// users and the routing settings instead of free text.
export function SkillSelect(props: {
  value?: string[];
  onChange?: (v: string[]) => void;
  testId?: string;
  placeholder?: string;
}) {
  const { loading, options } = useSkillOptions();
  return (
    <Select<string[]>
      mode="multiple"
      data-testid={props.testId}
      value={props.value}
      onChange={props.onChange}
      loading={loading}
      placeholder={props.placeholder}
      showSearch={{ optionFilterProp: "label" }}
      options={options}
    />
  );
}

// One skill from the managed list (e.g. the tier rule's skill).
export function OneSkillSelect(props: { value?: string; onChange?: (v: string) => void; testId?: string }) {
  const { loading, options } = useSkillOptions();
  return (
    <Select<string>
      data-testid={props.testId}
      value={props.value || undefined}
      onChange={props.onChange}
      loading={loading}
      showSearch={{ optionFilterProp: "label" }}
      options={options}
    />
  );
}

export function SkillTags({ codes }: { codes: readonly string[] }) {
  const name = useSkillName();
  return (
    <>
      {codes.map((c) => (
        <Tag key={c}>{name(c)}</Tag>
      ))}
    </>
  );
}
