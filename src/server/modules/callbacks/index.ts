// A customer's data export and erasure (privacy module).
export { eraseCallbackData, exportCallbackData } from "./callback-personal-data.js";
export { callbacksModule } from "./callbacks.module.js";
export { seedCallbacksDemo } from "./callbacks-demo.js";
