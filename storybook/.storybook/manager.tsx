/**
 * The "Prefab" panel: the story's JSON envelope and the TypeScript DSL that produces it.
 * The preview re-sends both when controls change the envelope (src/story-kit.tsx).
 */
import React, { useState } from "react";
import { addons, types, useChannel, useParameter, useStorybookState } from "storybook/manager-api";

const ADDON = "prefab/source";
const SOURCE_EVENT = "prefab/source";

interface Source {
  storyId?: string;
  type?: string;
  name?: string;
  source?: string;
  dsl?: string;
  json?: string;
}

const pre = {
  margin: 0,
  padding: "0.75rem",
  fontSize: 12,
  lineHeight: 1.5,
  whiteSpace: "pre" as const,
  overflow: "auto",
  fontFamily: "ui-monospace, Menlo, monospace",
};

function PrefabPanel() {
  const param = useParameter<Source | undefined>("prefab", undefined);
  const { storyId } = useStorybookState();
  const [live, setLive] = useState<Source | undefined>();
  useChannel({ [SOURCE_EVENT]: (s: Source) => setLive(s) });
  const current = live?.storyId === storyId ? { ...param, ...live } : param;
  if (!current) return <div style={{ padding: 12 }}>This story has no Prefab envelope.</div>;
  return (
    <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", height: "100%" }}>
      <section style={{ overflow: "auto", borderRight: "1px solid rgba(128,128,128,.3)" }}>
        <h3 style={{ margin: "0.5rem 0.75rem", fontSize: 12 }}>
          TypeScript DSL <small style={{ opacity: 0.7 }}>({current.source})</small>
        </h3>
        <pre style={pre}>{current.dsl}</pre>
      </section>
      <section style={{ overflow: "auto" }}>
        <h3 style={{ margin: "0.5rem 0.75rem", fontSize: 12 }}>JSON envelope</h3>
        <pre style={pre}>{current.json}</pre>
      </section>
    </div>
  );
}

addons.register(ADDON, () => {
  addons.add(`${ADDON}/panel`, {
    type: types.PANEL,
    title: "Prefab: DSL & JSON",
    match: ({ viewMode }) => viewMode === "story",
    render: ({ active }) => (active ? <PrefabPanel /> : null),
  });
});
