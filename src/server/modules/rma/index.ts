export { rmaModule } from "./rma.module.js";
// A customer's data export and erasure (privacy module).
export { eraseRmaData, exportRmaData } from "./rma-personal-data.js";
export { inspectRma } from "./use-cases/inspect-rma.js";
export { openRma } from "./use-cases/open-rma.js";
export { transitionRma } from "./use-cases/transition-rma.js";
