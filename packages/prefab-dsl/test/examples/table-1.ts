/** A static Table, with the rows generated from data. */
import {
  PrefabApp,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@prefab-ui/dsl";

const invoices = [
  { invoice: "INV-001", status: "Paid", method: "Credit Card", amount: "$250.00" },
  { invoice: "INV-002", status: "Pending", method: "PayPal", amount: "$150.00" },
  { invoice: "INV-003", status: "Paid", method: "Bank Transfer", amount: "$350.00" },
];

export function build(): PrefabApp {
  return PrefabApp({
    view: Table(
      TableCaption("Recent invoices"),
      TableHeader(
        TableRow(
          TableHead("Invoice"),
          TableHead("Status"),
          TableHead("Method"),
          TableHead("Amount", { cssClass: "text-right" }),
        ),
      ),
      TableBody(
        invoices.map((inv) =>
          TableRow(
            TableCell(inv.invoice, { cssClass: "font-medium" }),
            TableCell(inv.status),
            TableCell(inv.method),
            TableCell(inv.amount, { cssClass: "text-right" }),
          ),
        ),
      ),
    ),
  });
}
