/**
 * Contacts: a form generated from the zod schema calls the app-only `add_contact`
 * tool; on success the table is refreshed from the result and a toast confirms; a
 * duplicate email comes back as a tool error and is shown as an error toast.
 *
 *   npx tsx packages/server-apps/examples/contacts.ts --http 3001   # or --stdio
 */
import {
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Column,
  DataTable,
  defineState,
  Form,
  H1,
  Muted,
  PrefabApp,
  Row,
  setState,
  showToast,
} from "@prefab-ui/dsl";
import * as z from "zod";
import { callTool, createPrefabServer, serveFromArgv } from "../src/index.js";

const ContactInput = z.object({
  name: z.string().min(1).describe("Full name"),
  email: z.email().describe("name@example.com"),
  company: z.string().optional(),
});
const Contact = ContactInput.extend({ id: z.string() });
type Contact = z.infer<typeof Contact>;
const ContactList = z.object({ contacts: z.array(Contact) });

/** In-memory store. Stateless HTTP builds a server per request, so state lives outside the server. */
export function createContactStore(seed: Contact[] = []) {
  const contacts = new Map(seed.map((c) => [c.id, c]));
  let next = seed.length + 1;
  return {
    list: () => [...contacts.values()],
    add(input: z.infer<typeof ContactInput>): Contact {
      const email = input.email.toLowerCase();
      if ([...contacts.values()].some((c) => c.email.toLowerCase() === email)) {
        throw new Error(`A contact with email ${input.email} already exists`);
      }
      const contact = { ...input, id: `c${next++}` };
      contacts.set(contact.id, contact);
      return contact;
    },
    remove(id: string) {
      if (!contacts.delete(id)) throw new Error(`No contact with id ${id}`);
    },
  };
}

export function createContactsServer(
  store = createContactStore([
    { id: "c1", name: "Ada Lovelace", email: "ada@example.com", company: "Analytical Engines" },
    { id: "c2", name: "Grace Hopper", email: "grace@example.com", company: "Navy" },
  ]),
) {
  const server = createPrefabServer({ name: "contacts", version: "0.1.0" });

  const addContact = server.backendTool(
    "add_contact",
    { description: "Add a contact; returns the updated list.", input: ContactInput, output: ContactList },
    (input) => {
      store.add(input);
      return { contacts: store.list() };
    },
  );
  const deleteContact = server.backendTool(
    "delete_contact",
    {
      description: "Delete a contact by id; returns the updated list.",
      input: z.object({ id: z.string() }),
      output: ContactList,
    },
    ({ id }) => {
      store.remove(id);
      return { contacts: store.list() };
    },
  );
  const listContacts = server.backendTool(
    "list_contacts",
    { description: "All contacts.", input: z.object({}), output: ContactList, visibility: ["app", "model"] },
    () => ({ contacts: store.list() }),
  );

  server.tool(
    "manage_contacts",
    {
      title: "Contacts",
      description: "Show the contact list with a form to add contacts. Clicking a row deletes it.",
      input: z.object({}),
    },
    () => {
      const s = defineState({ contacts: store.list() });
      const refresh = (r: { contacts: unknown }) => setState(s.contacts, r.contacts);
      return PrefabApp({
        state: s,
        view: Column(
          { cssClass: "gap-4 p-4" },
          H1("Contacts"),
          Card(
            CardHeader(CardTitle("Add a contact")),
            CardContent(
              Form.fromSchema(ContactInput, {
                submitLabel: "Save contact",
                // The form writes each field to state under its name; the typed ref checks the names.
                onSubmit: callTool(
                  addContact,
                  { name: "{{ name }}", email: "{{ email }}", company: "{{ company }}" },
                  {
                    onSuccess: (result) => [
                      refresh(result),
                      showToast("Contact saved", { variant: "success" }),
                    ],
                    onError: (error) => showToast(`${error}`, { variant: "error" }),
                  },
                ),
              }),
            ),
          ),
          Row(
            { cssClass: "justify-between items-center" },
            Muted("Click a row to delete it."),
            Button("Refresh", {
              variant: "outline",
              onClick: callTool(listContacts, {}, { onSuccess: (result) => refresh(result) }),
            }),
          ),
          DataTable({
            columns: [
              { key: "name", header: "Name", sortable: true },
              { key: "email", header: "Email" },
              { key: "company", header: "Company" },
            ],
            rows: s.contacts,
            onRowClick: callTool(
              deleteContact,
              { id: "{{ $event.id }}" },
              {
                onSuccess: (result) => [refresh(result), showToast("Contact deleted")],
                onError: (error) => showToast(`${error}`, { variant: "error" }),
              },
            ),
          }),
        ),
      });
    },
  );
  return server;
}

export default () => createContactsServer();

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(() => createContactsServer());
}
