/**
 * Actions: what buttons, inputs, forms and key bindings do. Each is a JSON object
 * discriminated by `action`; `onSuccess` / `onError` chain further actions.
 */
import * as z from "zod/mini";
import { actionSlot, bool, int, jsonObject, lazily, num, once, oneOf, str } from "./schema-kit.js";

type Shape = Record<string, z.core.$ZodType>;

export interface ActionSpec<A extends string = string, S extends Shape = Shape> {
  action: A;
  description: string;
  fields: S;
  /** Keys that hold nested actions (besides onSuccess / onError). */
  callbacks: readonly string[];
  /** Whether it talks to the MCP host (and so can fail for reasons outside the view). */
  host: boolean;
  since: "0.2" | "0.3";
  example: Record<string, unknown>;
  schema: z.ZodMiniType<Record<string, unknown>>;
  knownKeys: ReadonlySet<string>;
  callbackKeys: ReadonlySet<string>;
}

function defineAction<const A extends string, S extends Shape>(def: {
  action: A;
  description: string;
  /** Built on first use, like a component's props (component-spec.ts). */
  fields: () => S;
  callbacks?: readonly string[];
  host?: boolean;
  since?: "0.2" | "0.3";
  example?: Record<string, unknown>;
}): ActionSpec<A, S> {
  const callbacks = def.callbacks ?? [];
  const callbackKeys = new Set(["onSuccess", "onError", ...callbacks]);
  return lazily<ActionSpec<A, S>, "fields" | "schema" | "knownKeys">(
    { host: false, since: "0.2", example: {}, ...def, callbacks, callbackKeys },
    ["fields", "schema", "knownKeys"],
    () => {
      const fields = def.fields();
      const shape: Shape = { action: z.literal(def.action), ...fields };
      for (const c of callbackKeys) shape[c] = z.optional(actionSlot);
      return {
        fields,
        schema: z.looseObject(shape) as unknown as z.ZodMiniType<Record<string, unknown>>,
        knownKeys: new Set(Object.keys(shape)),
      };
    },
  );
}

// A state key is a dot path; a template ("todos.{{ $index }}.done") resolves at run time.
const key = str;
const index = once(() => z.union([z.int(), z.string()]));

export const toolCall = defineAction({
  action: "toolCall",
  description: "Call an MCP server tool through the host; $result is its structured (or parsed text) output.",
  fields: () => ({
    tool: str,
    arguments: z.optional(z.union([jsonObject, z.string()])),
    unwrapResult: z.optional(z.boolean()),
    resultKey: z.optional(key),
    _meta: z.optional(jsonObject),
  }),
  host: true,
  example: { tool: "save_contact", arguments: { name: "{{ name }}" } },
});
export const sendMessage = defineAction({
  action: "sendMessage",
  description: "Send a chat message to the model as the user.",
  fields: () => ({ content: str }),
  host: true,
  example: { content: "Summarise the selected rows" },
});
export const updateContext = defineAction({
  action: "updateContext",
  description: "Silently update what the model sees on its next turn.",
  fields: () => ({
    content: z.optional(str),
    structuredContent: z.optional(z.union([jsonObject, z.string()])),
  }),
  host: true,
  example: { content: "User selected {{ selected }}" },
});
export const openLink = defineAction({
  action: "openLink",
  description: "Ask the host to open a URL (http(s), mailto, tel).",
  fields: () => ({ url: str }),
  host: true,
  example: { url: "https://example.com" },
});
export const requestDisplayMode = defineAction({
  action: "requestDisplayMode",
  description: "Ask the host to show the view inline, fullscreen or picture-in-picture.",
  fields: () => ({ mode: oneOf(["inline", "fullscreen", "pip"]) }),
  host: true,
  example: { mode: "fullscreen" },
});
export const setState = defineAction({
  action: "setState",
  description: "Set the state value at a dot path.",
  fields: () => ({ key, value: z.optional(z.unknown()) }),
  example: { key: "count", value: 0 },
});
export const toggleState = defineAction({
  action: "toggleState",
  description: "Flip a boolean in state.",
  fields: () => ({ key }),
  example: { key: "open" },
});
export const appendState = defineAction({
  action: "appendState",
  description: "Append (or insert at index) a value to an array in state.",
  fields: () => ({ key, value: z.optional(z.unknown()), index: z.optional(index()) }),
  example: { key: "todos", value: { text: "{{ draft }}", done: false } },
});
export const popState = defineAction({
  action: "popState",
  description: "Remove the element at index (negative counts from the end) of an array in state.",
  fields: () => ({ key, index: index() }),
  example: { key: "todos", index: "{{ $index }}" },
});
export const showToast = defineAction({
  action: "showToast",
  description: "Show a transient notification.",
  fields: () => ({
    message: str,
    description: z.optional(str),
    variant: z.optional(oneOf(["default", "success", "error", "warning", "info"])),
    duration: z.optional(num),
  }),
  example: { message: "Saved", variant: "success" },
});
export const closeOverlay = defineAction({
  action: "closeOverlay",
  description: "Close the nearest enclosing Dialog or Popover.",
  fields: () => ({}),
});
export const openFilePicker = defineAction({
  action: "openFilePicker",
  description: "Open the file chooser; the files ({name,size,type,data}[]) are $result.",
  fields: () => ({ accept: z.optional(str), multiple: z.optional(bool), maxSize: z.optional(num) }),
  example: { accept: "image/*", maxSize: 1048576 },
});
export const fetchAction = defineAction({
  action: "fetch",
  description: "HTTP request from the view; $result is the parsed response.",
  fields: () => ({
    url: str,
    method: z.optional(oneOf(["GET", "POST", "PUT", "PATCH", "DELETE"])),
    headers: z.optional(z.record(z.string(), z.string())),
    body: z.optional(z.union([jsonObject, z.string()])),
    resultKey: z.optional(key),
  }),
  example: { url: "/api/items", method: "GET" },
});
export const setIntervalAction = defineAction({
  action: "setInterval",
  description: "Run onTick every `duration` ms while `while` holds or until `count` ticks, then onComplete.",
  fields: () => ({
    duration: z.union([z.int().check(z.positive()), z.string()]),
    while: z.optional(str),
    count: z.optional(int),
  }),
  callbacks: ["onTick", "onComplete"],
  example: { duration: 1000, count: 3, onTick: { action: "setState", key: "tick", value: "{{ $event }}" } },
});
export const callHandler = defineAction({
  action: "callHandler",
  description: "Call a JavaScript handler registered by the page; a returned object is merged into state.",
  fields: () => ({ handler: str, arguments: z.optional(z.union([jsonObject, z.string()])) }),
  since: "0.3",
  example: { handler: "recalculate", arguments: { n: "{{ n }}" } },
});

export const actions = {
  toolCall,
  sendMessage,
  updateContext,
  openLink,
  requestDisplayMode,
  setState,
  toggleState,
  appendState,
  popState,
  showToast,
  closeOverlay,
  openFilePicker,
  fetch: fetchAction,
  setInterval: setIntervalAction,
  callHandler,
} as const;

export type Actions = typeof actions;
export type ActionName = keyof Actions;

export function getActionSpec(name: string): Actions[ActionName] | undefined {
  return Object.hasOwn(actions, name) ? actions[name as ActionName] : undefined;
}
