// Shared screen patterns: every module builds its lists, forms and record pages from these.
export { ErrorState, ListState, LoadMore } from "../ListState";
export { actionsColumn } from "./actionsColumn";
export { DetailLayout, PageHeader } from "./DetailLayout";
export { FormModal } from "./FormModal";
export { PageForm } from "./PageForm";
export { type ResourceColumn, type ResourceFilter, ResourceTable } from "./ResourceTable";
export { useUnsavedGuard } from "./useUnsavedGuard";
