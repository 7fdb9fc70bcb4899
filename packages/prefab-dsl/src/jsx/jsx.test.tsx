/** @jsxImportSource @prefab-ui/dsl */
/**
 * JSX is only another spelling of the builder calls: each pair below must serialise to
 * byte-identical JSON, including through PrefabApp.
 */
import { describe, expect, it } from "vitest";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  ForEach,
  H1,
  Metric,
  PrefabApp,
  Row,
  setState,
  showToast,
  Text,
  toolCall,
  when,
} from "../index.js";
import type { Node } from "../protocol/nodes.js";
import { jsxDEV } from "./jsx-dev-runtime.js";
import { Fragment, jsx } from "./jsx-runtime.js";

const json = (value: unknown) => JSON.stringify(value);

describe("JSX runtime", () => {
  it("builds the same nodes as the call form", () => {
    const viaJsx = (
      <Column cssClass="gap-4">
        <H1 content="Title" />
        <Button label="Save" variant="outline" onClick={showToast("Saved")} />
      </Column>
    );
    const viaCalls = Column(
      { cssClass: "gap-4" },
      H1("Title"),
      Button("Save", { variant: "outline", onClick: showToast("Saved") }),
    );
    expect(json(viaJsx)).toBe(json(viaCalls));
  });

  it("accepts a single child, nested arrays, holes and fragments", () => {
    const flag = false as boolean;
    const items = ["a", "b"];
    const viaJsx = (
      <Card>
        <CardHeader>
          <CardTitle content="One child" />
        </CardHeader>
        <CardContent>
          {items.map((i) => (
            <Badge label={i} />
          ))}
          {flag && <Text content="hidden" />}
          <>
            <Text content="from a fragment" />
            <Text content="and another" />
          </>
        </CardContent>
      </Card>
    );
    const viaCalls = Card(
      CardHeader(CardTitle("One child")),
      CardContent(
        items.map((i) => Badge(i)),
        flag && Text("hidden"),
        [Text("from a fragment"), Text("and another")],
      ),
    );
    expect(json(viaJsx)).toBe(json(viaCalls));
  });

  it("runs function components with their props and children", () => {
    function Stat(props: { label: string; value: number; children?: Node }) {
      return (
        <Column>
          <Metric label={props.label} value={props.value} />
          {props.children}
        </Column>
      );
    }
    const viaJsx = (
      <Row>
        <Stat label="Users" value={3}>
          <Text content="up" />
        </Stat>
        <Stat label="Errors" value={0} />
      </Row>
    );
    const viaCalls = Row(
      Column(Metric({ label: "Users", value: 3 }), Text("up")),
      Column(Metric({ label: "Errors", value: 0 })),
    );
    expect(json(viaJsx)).toBe(json(viaCalls));
  });

  it("mixes with refs, expressions, ForEach and when, and serialises identically through PrefabApp", () => {
    const s = defineState({ count: 0, todos: [{ text: "write tests", done: false }] });
    const viaJsx = PrefabApp({
      state: s,
      view: (
        <Column>
          <Text content={`Count: ${s.count}`} />
          <Button label="+1" onClick={setState(s.count, s.count.add(1))} />
          {ForEach(s.todos, (todo) => (
            <Row>
              <Text content={todo.text} />
              {when(todo.done, <Badge label="done" />)}
            </Row>
          ))}
          <Button
            label="Save"
            onClick={toolCall("save", { todos: s.todos }, { onError: showToast("Failed") })}
          />
        </Column>
      ),
    });
    const viaCalls = PrefabApp({
      state: s,
      view: Column(
        Text(`Count: ${s.count}`),
        Button("+1", { onClick: setState(s.count, s.count.add(1)) }),
        ForEach(s.todos, (todo) => Row(Text(todo.text), when(todo.done, Badge("done")))),
        Button("Save", { onClick: toolCall("save", { todos: s.todos }, { onError: showToast("Failed") }) }),
      ),
    });
    expect(json(viaJsx.toJSON())).toBe(json(viaCalls.toJSON()));
    expect(json(viaJsx.toJSON())).toContain('"content":"Count: {{ count }}"');
  });

  it("gives builders the `key` the compiler moves out of props (ForEach's state path)", () => {
    const viaRuntime = jsx(Column, { children: Text("x") }, "k");
    expect(viaRuntime).toEqual({ type: "Column", key: "k", children: [{ type: "Text", content: "x" }] });
    const component = (props: { key?: string }) => Text(String(props.key));
    expect(jsx(component, {}, "k")).toEqual({ type: "Text", content: "undefined" });
  });

  it("exposes jsxDEV and Fragment for the dev runtime", () => {
    expect(jsxDEV(H1, { content: "x" })).toEqual(H1("x"));
    expect(Fragment({ children: [H1("a"), null, [H1("b")]] })).toEqual([H1("a"), H1("b")]);
  });
});
