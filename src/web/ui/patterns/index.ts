// Shared screen patterns: every module builds its lists, forms and record pages from these.
export { ErrorState, ListState } from "../ListState";
export { actionsColumn } from "./actionsColumn";
export { BilingualNameFields } from "./BilingualNameFields";
export { DetailLayout, PageHeader } from "./DetailLayout";
export { FormModal } from "./FormModal";
export { PageForm } from "./PageForm";
export { ResourceTable } from "./ResourceTable";
export { SwitchField } from "./SwitchField";
