/** Every node renders inside one: a throwing component becomes an inline error, its siblings live on. */
import { Component, type ReactNode } from "react";
import { InlineError } from "./inline-error.js";
import type { RenderRuntime } from "./runtime.js";

interface Props {
  path: string;
  type: string | undefined;
  /** A new node (new tool result) clears a previous error. */
  resetKey: unknown;
  runtime: RenderRuntime;
  children: ReactNode;
}
interface State {
  error: Error | null;
  key: unknown;
}

export class NodeBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error): void {
    this.props.runtime.reportIssue({
      severity: "error",
      code: "invalid-node",
      path: this.props.path,
      message: `${this.props.type ?? "node"} failed to render: ${error.message}`,
    });
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <InlineError type={this.props.type} path={this.props.path} message={this.state.error.message} />;
    }
    return this.props.children;
  }
}
