export { rmaModule } from "./rma.module.js";
export { inspectRma } from "./use-cases/inspect-rma.js";
export { openRma } from "./use-cases/open-rma.js";
export { transitionRma } from "./use-cases/transition-rma.js";
