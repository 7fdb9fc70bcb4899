/** `PrefabApp`: a view plus its state, templates and styling, serialised as a 0.3 envelope. */

import { stripDefaults } from "../protocol/canonical.js";
import { CURRENT_VERSION, type Envelope } from "../protocol/envelope.js";
import type { Node } from "../protocol/nodes.js";
import { upgradeEnvelope } from "../protocol/upgrade.js";
import type { ActionInput } from "./actions.js";
import type { Template } from "./control-flow.js";
import { toWire } from "./expr.js";
import { initialState } from "./ref.js";

export interface PrefabAppOptions {
  view: Node;
  /** A `defineState(...)` root or a plain object of initial values. */
  state?: object;
  /** Templates from `define(...)`, or a name → node map. */
  defs?: readonly Template[] | Record<string, Node>;
  /** CSS variable overrides (keys without `--`), compiled into `css`. */
  theme?: { light?: Record<string, string>; dark?: Record<string, string> };
  css?: string | string[];
  stylesheets?: string[];
  /** Force light or dark regardless of the host. */
  mode?: "light" | "dark";
  keyBindings?: Record<string, ActionInput>;
  /** Drop props equal to renderer defaults (smaller envelopes). Default true. */
  compact?: boolean;
  _meta?: Record<string, unknown>;
}

export interface PrefabApp {
  readonly options: PrefabAppOptions;
  /** The protocol 0.3 envelope, ready for `structuredContent`. */
  toJSON(): Envelope;
}

export function PrefabApp(options: PrefabAppOptions): PrefabApp {
  return {
    options,
    toJSON() {
      const state = initialState(options.state) ?? (options.state as Record<string, unknown> | undefined);
      const defs = Array.isArray(options.defs)
        ? Object.fromEntries((options.defs as readonly Template[]).map((t) => [t.name, t.node]))
        : (options.defs as Record<string, Node> | undefined);
      const css =
        options.css === undefined ? undefined : Array.isArray(options.css) ? options.css : [options.css];
      const raw = toWire({
        $prefab: { version: CURRENT_VERSION },
        view: options.view,
        ...(state && Object.keys(state).length > 0 ? { state } : {}),
        ...(defs && Object.keys(defs).length > 0 ? { defs } : {}),
        ...(options.theme ? { theme: options.theme } : {}),
        ...(css ? { css } : {}),
        ...(options.stylesheets ? { stylesheets: options.stylesheets } : {}),
        ...(options.mode ? { mode: options.mode } : {}),
        ...(options.keyBindings ? { keyBindings: options.keyBindings } : {}),
        ...(options._meta ? { _meta: options._meta } : {}),
      }) as Envelope;
      const env = upgradeEnvelope(raw);
      if (options.compact === false) return env;
      return {
        ...env,
        ...(env.view ? { view: stripDefaults(env.view) } : {}),
        ...(env.defs ? { defs: stripDefaults(env.defs) } : {}),
      };
    },
  };
}
