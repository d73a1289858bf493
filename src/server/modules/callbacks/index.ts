export { callbacksModule } from "./callbacks.module.js";
export { seedCallbacksDemo } from "./callbacks-demo.js";
