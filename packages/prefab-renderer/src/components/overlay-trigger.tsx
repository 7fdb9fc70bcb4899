/**
 * Overlay triggers without a wrapper element. Radix `Trigger asChild` puts its handlers and aria state
 * (`aria-expanded`, `aria-haspopup`, `aria-controls`, `data-state`, `onClick`, the anchor ref) on its
 * child; when the trigger node is a Button, `TriggerSlot` is that child and hands those props to the
 * Button view through context, so they land on the real `<button>` (no `<span aria-expanded>` around it).
 */
import { createContext, type ReactNode, type Ref, useContext } from "react";

export interface TriggerProps {
  [key: string]: unknown;
  ref?: Ref<HTMLElement>;
  onClick?: (e: unknown) => void;
}

const TriggerPropsContext = createContext<TriggerProps | null>(null);

/** The `asChild` target of a Radix trigger whose content is a single Button node. */
export function TriggerSlot({ children, ...props }: TriggerProps & { children?: ReactNode }) {
  return <TriggerPropsContext.Provider value={props}>{children}</TriggerPropsContext.Provider>;
}

/** Trigger props for the Button view (consumed once: a Button's own content never sees them). */
export function useTriggerProps(): TriggerProps | null {
  return useContext(TriggerPropsContext);
}
