export { callbacksModule } from "./callbacks.module.js";
