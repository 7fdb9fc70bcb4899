/** Host context controls, sent live to the app (AppBridge.setHostContext → ui/notifications/host-context-changed). */
import type { McpUiDisplayMode, McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import { useId } from "react";
import { DISPLAY_MODES, type HostSettings, LOCALES, TIME_ZONES, WIDTHS } from "../lib/host-context.js";
import { cx, inputClass, Json, SectionTitle } from "./ui.js";

export function HostPanel({
  settings,
  onChange,
  context,
  appModes,
}: {
  settings: HostSettings;
  onChange(next: HostSettings): void;
  context: McpUiHostContext;
  /** Display modes the current app declared (undefined: no app yet). */
  appModes: string[] | undefined;
}) {
  const id = useId();
  const set = <K extends keyof HostSettings>(key: K, value: HostSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const locales = LOCALES.includes(settings.locale) ? LOCALES : [settings.locale, ...LOCALES];
  const zones = TIME_ZONES.includes(settings.timeZone) ? TIME_ZONES : [settings.timeZone, ...TIME_ZONES];
  return (
    <div className="h-full overflow-auto pb-4" data-testid="host-panel">
      <SectionTitle>Host context</SectionTitle>
      <p className="px-3 pb-2 text-xs text-muted-foreground">
        Changes reach the app at once as{" "}
        <code className="font-mono">ui/notifications/host-context-changed</code> (only the changed keys); the
        editor preview follows them too.
      </p>
      <div className="grid gap-3 px-3">
        <Segmented
          label="Theme"
          value={settings.theme}
          options={[
            ["auto", "Follow page"],
            ["light", "Light"],
            ["dark", "Dark"],
          ]}
          onChange={(v) => set("theme", v as HostSettings["theme"])}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-locale`} className="text-xs font-medium">
            Locale
          </label>
          <input
            id={`${id}-locale`}
            list={`${id}-locales`}
            className={inputClass}
            value={settings.locale}
            onChange={(e) => set("locale", e.target.value)}
          />
          <datalist id={`${id}-locales`}>
            {locales.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-tz`} className="text-xs font-medium">
            Time zone
          </label>
          <select
            id={`${id}-tz`}
            className={inputClass}
            value={settings.timeZone}
            onChange={(e) => set("timeZone", e.target.value)}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <Segmented
          label="Display mode"
          value={settings.displayMode}
          options={DISPLAY_MODES.map((m) => [m, m[0]?.toUpperCase() + m.slice(1)])}
          disabled={(m) => appModes !== undefined && !appModes.includes(m)}
          disabledTitle="The app did not declare this mode in ui/initialize; hosts must not switch to it."
          onChange={(v) => set("displayMode", v as McpUiDisplayMode)}
        />
        <Segmented
          label="Container width"
          value={String(settings.width)}
          options={[["auto", "Auto"], ...WIDTHS.map((w) => [String(w), `${w}`] as [string, string])]}
          onChange={(v) => set("width", v === "auto" ? "auto" : Number(v))}
        />
      </div>
      <SectionTitle>Current context</SectionTitle>
      <div className="px-3">
        <Json
          value={{
            ...context,
            toolInfo: context.toolInfo ? { tool: { name: context.toolInfo.tool.name } } : undefined,
          }}
        />
      </div>
    </div>
  );
}

function Segmented({
  label,
  value,
  options,
  onChange,
  disabled,
  disabledTitle,
}: {
  label: string;
  value: string;
  options: [string, string][];
  onChange(value: string): void;
  disabled?: (value: string) => boolean;
  disabledTitle?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium">{label}</legend>
      <div className="flex flex-wrap gap-1" role="radiogroup" aria-label={label}>
        {options.map(([v, text]) => {
          const off = disabled?.(v) ?? false;
          return (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={value === v}
              disabled={off}
              title={off ? disabledTitle : undefined}
              onClick={() => onChange(v)}
              className={cx(
                "h-7 rounded-md border px-2.5 text-xs transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                value === v
                  ? "border-primary bg-primary text-primary-foreground"
                  : "border-border bg-background hover:bg-accent",
                off && "cursor-not-allowed opacity-40",
              )}
            >
              {text}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
