import { Component, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import "./styles.css";

/** Last line of defence: never a blank page. */
class Fatal extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="m-6 max-w-2xl rounded-md border border-destructive/40 bg-destructive/5 p-4 text-sm">
        <h1 className="font-semibold text-destructive">The playground crashed</h1>
        <pre className="mt-2 whitespace-pre-wrap font-mono text-xs">
          {this.state.error.stack ?? this.state.error.message}
        </pre>
        <button
          type="button"
          className="mt-3 rounded-md border border-border px-3 py-1"
          onClick={() => location.reload()}
        >
          Reload
        </button>
      </div>
    );
  }
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <Fatal>
      <App />
    </Fatal>,
  );
}
