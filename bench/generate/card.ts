/** A trivial card (protocol 0.2, like shared/prefab-examples/card-1.json). */
export const CARD_TITLE = "Quarterly report ready";

export function cardEnvelope() {
  return {
    version: "0.2",
    view: {
      type: "Card",
      children: [
        {
          type: "CardHeader",
          children: [
            { type: "CardTitle", content: CARD_TITLE },
            { type: "CardDescription", content: "Generated for the benchmark." },
          ],
        },
        {
          type: "CardContent",
          children: [{ type: "P", content: "Revenue grew 12% over the last quarter." }],
        },
        {
          type: "CardFooter",
          children: [
            { type: "Button", label: "Dismiss", variant: "outline" },
            { type: "Button", label: "Open report", variant: "default" },
          ],
        },
      ],
    },
  };
}
