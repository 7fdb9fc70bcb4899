import { describe, expect, it } from "vitest";
import { parseServeArgs } from "./cli.js";

describe("parseServeArgs", () => {
  it("reads --http with and without a port, --stdio, --host and the module", () => {
    expect(parseServeArgs(["--http", "3001", "app.js"])).toEqual({
      mode: "http",
      port: 3001,
      host: "127.0.0.1",
      rest: ["app.js"],
    });
    expect(parseServeArgs(["--http", "app.js"])).toMatchObject({
      mode: "http",
      port: 3000,
      rest: ["app.js"],
    });
    expect(parseServeArgs(["--http=8080"])).toMatchObject({ mode: "http", port: 8080 });
    expect(parseServeArgs(["--stdio", "m.js"])).toMatchObject({ mode: "stdio", rest: ["m.js"] });
    expect(parseServeArgs(["--http", "1", "--host", "0.0.0.0"])).toMatchObject({ host: "0.0.0.0" });
    expect(parseServeArgs([], { mode: "http", port: 3001 })).toMatchObject({ mode: "http", port: 3001 });
  });

  it("rejects a bad port or a missing host value", () => {
    expect(() => parseServeArgs(["--http=99999"])).toThrow(/invalid port/);
    expect(() => parseServeArgs(["--host"])).toThrow(/--host needs a value/);
  });
});
