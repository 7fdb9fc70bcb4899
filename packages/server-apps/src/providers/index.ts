/** Ready-made tools + views: register one on a `PrefabServer` with a single call. */
export {
  type ApprovalDecision,
  type ApprovalOptions,
  type ApprovalRequest,
  type ApprovalTools,
  approval,
} from "./approval.js";
export {
  type ChoiceOptions,
  type ChoiceRequest,
  type ChoiceResult,
  type ChoiceTools,
  choice,
} from "./choice.js";
export {
  type FileUploadOptions,
  type FileUploadTools,
  fileUpload,
  type UploadResult,
} from "./file-upload.js";
export {
  coerceFormData,
  FormFieldErrors,
  type FormInputOptions,
  type FormInputTools,
  type FormSchema,
  type FormSubmitResult,
  fieldErrors,
  formInput,
} from "./form-input.js";
export { type PendingStore, pendingStore } from "./pending.js";
export { acceptsType, sniffType } from "./sniff.js";
export {
  fsStorage,
  type MemoryStorage,
  memoryStorage,
  type StoredFile,
  safeFileName,
  type UploadedFile,
  type UploadStorage,
} from "./upload-storage.js";
