import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { createContactStore, createContactsServer } from "../examples/contacts.js";
import { createPrefabServer } from "../src/app-server.js";
import { formInput } from "../src/providers/index.js";
import { type TestApp, testApp } from "../src/testing/index.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});
async function open(...args: Parameters<typeof testApp>) {
  const t = await testApp(...args);
  apps.push(t);
  return t;
}

describe("testApp on the contacts example", { timeout: 30_000 }, () => {
  it("renders the view, submits the form to add_contact, refreshes the table and toasts", async () => {
    const t = await open(
      createContactsServer(
        createContactStore([{ id: "c1", name: "Ada Lovelace", email: "ada@example.com" }]),
      ),
    );
    await t.call("manage_contacts");
    expect(t.text()).toContain("Ada Lovelace");

    await t.type("Name", "Grace Hopper");
    await t.type("Email", "grace@example.com");
    await t.click("Save contact");

    expect(t.toolCalls.map((c) => [c.name, c.arguments])).toEqual([
      ["add_contact", { name: "Grace Hopper", email: "grace@example.com", company: "" }],
    ]);
    expect(t.toasts).toContainEqual({ message: "Contact saved", variant: "success" });
    expect(t.state.contacts).toEqual([
      { id: "c1", name: "Ada Lovelace", email: "ada@example.com" },
      { id: "c2", name: "Grace Hopper", email: "grace@example.com", company: "" },
    ]);
    expect(t.text()).toContain("grace@example.com");
  });

  it("shows the server's error as an error toast (duplicate email)", async () => {
    const t = await open(
      createContactsServer(createContactStore([{ id: "c1", name: "Ada", email: "ada@example.com" }])),
    );
    await t.call("manage_contacts");
    await t.type("Name", "Ada again");
    await t.type("name@example.com", "ADA@example.com"); // by placeholder
    await t.click("Save contact");
    expect(t.toolCalls[0]?.result?.isError).toBe(true);
    expect(t.toasts.at(-1)).toMatchObject({
      variant: "error",
      message: expect.stringContaining("already exists"),
    });
    expect((t.state.contacts as unknown[]).length).toBe(1);
  });

  it("clicking a row deletes the contact", async () => {
    const t = await open(createContactsServer());
    await t.call("manage_contacts");
    await t.click("Grace Hopper");
    expect(t.toolCalls).toMatchObject([{ name: "delete_contact", arguments: { id: "c2" } }]);
    expect(t.text()).not.toContain("Grace Hopper");
    expect(t.toasts).toContainEqual({ message: "Contact deleted", variant: "default" });
  });
});

describe("testApp with the formInput provider", { timeout: 30_000 }, () => {
  it("shows the server's per-field errors in the form, then submits", async () => {
    const server = createPrefabServer({ name: "t", version: "1" });
    const saved: unknown[] = [];
    formInput(server, {
      name: "signup",
      title: "Sign up",
      schema: z.object({
        // The browser checks min(1) and min(18); only the server knows the refinement.
        name: z
          .string()
          .min(1)
          .refine((n) => n.toLowerCase() !== "admin", "That name is reserved"),
        age: z.number().int().min(18),
      }),
      onSubmit: (data) => {
        saved.push(data);
        return `Welcome, ${data.name}`;
      },
    });
    const t = await open(server);
    await t.call("signup");
    await t.type("Name", "admin");
    await t.type("Age", "36");
    await t.click("Submit");
    expect(t.toolCalls[0]?.arguments).toEqual({ data: { name: "admin", age: "36" } });
    expect(t.state.errors).toEqual({ name: "That name is reserved" });
    expect(t.text()).toContain("That name is reserved");
    expect(t.container.querySelector('[data-slot="field"][data-invalid]')).not.toBeNull();
    expect(saved).toEqual([]);

    await t.type("Name", "Ada");
    await t.click("Submit");
    expect(t.state.errors).toEqual({});
    expect(t.text()).not.toContain("That name is reserved");
    expect(t.text()).toContain("Welcome, Ada");
    expect(saved).toEqual([{ name: "Ada", age: 36 }]);
    expect(t.contextUpdates.at(-1)?.content).toBe("Form signup: Welcome, Ada");
  });
});
