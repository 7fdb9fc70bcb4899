/**
 * Overlay views (Radix): Dialog, Popover, HoverCard, Tooltip. For Dialog, Popover and HoverCard the first
 * child is the trigger and the remaining children are the content; Tooltip wraps all its children.
 * Dialog and Popover provide `OverlayContext` so a `closeOverlay` action inside closes them. Portals
 * render inside the `.prefab-root` element so theme variables and `dark` apply to the content.
 * A lazy chunk (registered in families.tsx).
 */
import type { Node } from "@prefab-ui/dsl";
import { XIcon } from "lucide-react";
import {
  Dialog as DialogPrimitive,
  HoverCard as HoverCardPrimitive,
  Popover as PopoverPrimitive,
  Tooltip as TooltipPrimitive,
  VisuallyHidden,
} from "radix-ui";
import { type KeyboardEvent, type ReactNode, type Ref, useCallback, useState } from "react";
import { cn } from "../lib/cn.js";
import { asBool, asNumber, asOptString } from "../lib/coerce.js";
import type { NodeViewProps, Registry } from "../render/registry.js";
import { RenderNode } from "../render/render-node.js";
import { OverlayContext } from "../render/runtime.js";
import { TriggerSlot } from "./overlay-trigger.js";
import { boundName, useBound } from "./use-bound.js";

type P = NodeViewProps;
type Side = "top" | "right" | "bottom" | "left";

const cls = (p: P) => asOptString(p.props.cssClass);
const idOf = (p: P) => asOptString(p.props.id);
const sideOf = (v: unknown, fallback: Side): Side =>
  v === "top" || v === "right" || v === "bottom" || v === "left" ? v : fallback;

/**
 * The `.prefab-root` that contains the trigger, found from a ref once it mounts: portals go there so the
 * content inherits theme variables and `dark`. Null outside a root (Radix then uses document.body).
 */
function usePortalContainer(): [(el: HTMLElement | null) => void, HTMLElement | null] {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    if (el) setContainer((el.closest(".prefab-root") as HTMLElement | null) ?? null);
  }, []);
  return [ref, container];
}

/** First child (trigger) and the rest (content), each rendered at its own path. */
function split(p: P): {
  trigger: ReactNode;
  content: ReactNode;
  hasTrigger: boolean;
  triggerIsButton: boolean;
} {
  const nodes = ((p.node as unknown as { children?: unknown }).children ?? []) as Node[];
  const list = Array.isArray(nodes) ? nodes : [];
  const render = (n: Node, i: number) => <RenderNode key={i} node={n} path={`${p.path}.children[${i}]`} />;
  return {
    hasTrigger: list.length > 0,
    triggerIsButton: (list[0] as { type?: unknown } | undefined)?.type === "Button",
    trigger: list.length > 0 ? render(list[0]!, 0) : null,
    content: list.slice(1).map((n, i) => render(n, i + 1)),
  };
}

/** A box around the trigger node: Radix puts its handlers and aria state on it (`asChild`). */
const triggerClass = "pf-overlay-trigger inline-flex w-fit max-w-full";

/**
 * The `asChild` target of a Dialog/Popover trigger. A Button node gets Radix's props on its own
 * `<button>` (TriggerSlot); anything else is wrapped in a focusable `role="button"` box that opens on
 * Enter/Space, so `aria-expanded`/`aria-haspopup` sit on an element whose role allows them.
 */
function OverlayTrigger({
  slot,
  isButton,
  children,
  type: _type,
  ...props
}: {
  slot: string;
  isButton: boolean;
  children: ReactNode;
  type?: string;
  ref?: Ref<HTMLElement>;
  onClick?: (e: unknown) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  [key: string]: unknown;
}) {
  if (isButton) return <TriggerSlot {...props}>{children}</TriggerSlot>;
  const { onKeyDown, ref, ...rest } = props;
  return (
    <span
      {...rest}
      ref={ref as Ref<HTMLSpanElement>}
      role="button"
      tabIndex={0}
      data-slot={slot}
      className={triggerClass}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.defaultPrevented || e.target !== e.currentTarget) return;
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          e.currentTarget.click();
        }
      }}
    >
      {children}
    </span>
  );
}

function Header({
  title,
  description,
  Title,
  Description,
}: {
  title: string | undefined;
  description: string | undefined;
  Title: typeof DialogPrimitive.Title | "div";
  Description: typeof DialogPrimitive.Description | "p";
}) {
  if (!title && !description) return null;
  return (
    <div className="pf-overlay-header flex flex-col gap-1.5 text-left">
      {title ? <Title className="pf-overlay-title text-lg leading-none font-semibold">{title}</Title> : null}
      {description ? (
        <Description className="pf-overlay-description text-sm text-muted-foreground">
          {description}
        </Description>
      ) : null}
    </div>
  );
}

// ── Dialog ──────────────────────────────────────────────────────────────────────────────────────────

function Dialog(p: P) {
  const name = boundName(p.props.name);
  const dismissible = asBool(p.props.dismissible, true);
  const { value, set: setValue } = useBound(name, false);
  const open = asBool(value);
  const [ref, container] = usePortalContainer();
  const close = useCallback(() => setValue(false), [setValue]);
  const { trigger, content, hasTrigger, triggerIsButton } = split(p);
  const title = asOptString(p.props.title);
  const description = asOptString(p.props.description);
  const block = (e: Event) => {
    if (!dismissible) e.preventDefault();
  };

  return (
    <DialogPrimitive.Root open={open} onOpenChange={(o) => setValue(o)}>
      {hasTrigger ? (
        <DialogPrimitive.Trigger asChild>
          <OverlayTrigger ref={ref} slot="dialog-trigger" isButton={triggerIsButton}>
            {trigger}
          </OverlayTrigger>
        </DialogPrimitive.Trigger>
      ) : (
        <span ref={ref} hidden />
      )}
      <DialogPrimitive.Portal container={container ?? undefined}>
        <DialogPrimitive.Overlay
          data-slot="dialog-overlay"
          className="pf-dialog-overlay fixed inset-0 z-50 bg-black/50"
        />
        <DialogPrimitive.Content
          id={idOf(p)}
          data-slot="dialog-content"
          {...(description ? {} : { "aria-describedby": undefined })}
          onEscapeKeyDown={block}
          onPointerDownOutside={block}
          onInteractOutside={block}
          className={cn(
            "pf-dialog fixed top-[50%] left-[50%] z-50 grid max-h-[calc(100%-2rem)] w-full max-w-[calc(100%-2rem)] translate-x-[-50%] translate-y-[-50%] gap-4 overflow-y-auto rounded-lg border bg-background p-6 text-foreground shadow-lg outline-none sm:max-w-lg",
            cls(p),
          )}
        >
          {title ? null : (
            <VisuallyHidden.Root asChild>
              <DialogPrimitive.Title>Dialog</DialogPrimitive.Title>
            </VisuallyHidden.Root>
          )}
          <Header
            title={title}
            description={description}
            Title={DialogPrimitive.Title}
            Description={DialogPrimitive.Description}
          />
          <OverlayContext.Provider value={close}>{content}</OverlayContext.Provider>
          {dismissible ? (
            <DialogPrimitive.Close
              data-slot="dialog-close"
              className="pf-dialog-close absolute top-4 right-4 rounded-xs opacity-70 transition-opacity outline-none hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none [&_svg]:size-4"
            >
              <XIcon aria-hidden="true" />
              <span className="sr-only">Close</span>
            </DialogPrimitive.Close>
          ) : null}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

// ── Popover / HoverCard ─────────────────────────────────────────────────────────────────────────────

const floating =
  "z-50 rounded-md border bg-popover p-4 text-popover-foreground shadow-md outline-hidden max-w-[calc(100vw-1rem)]";

function Popover(p: P) {
  const [open, setOpen] = useState(false);
  const [ref, container] = usePortalContainer();
  const close = useCallback(() => setOpen(false), []);
  const { trigger, content, hasTrigger, triggerIsButton } = split(p);
  const title = asOptString(p.props.title);
  const description = asOptString(p.props.description);
  return (
    <PopoverPrimitive.Root open={open} onOpenChange={setOpen}>
      {hasTrigger ? (
        <PopoverPrimitive.Trigger asChild>
          <OverlayTrigger ref={ref} slot="popover-trigger" isButton={triggerIsButton}>
            {trigger}
          </OverlayTrigger>
        </PopoverPrimitive.Trigger>
      ) : (
        <PopoverPrimitive.Anchor asChild>
          <span ref={ref} hidden />
        </PopoverPrimitive.Anchor>
      )}
      <PopoverPrimitive.Portal container={container ?? undefined}>
        <PopoverPrimitive.Content
          id={idOf(p)}
          data-slot="popover-content"
          side={sideOf(p.props.side, "bottom")}
          sideOffset={4}
          align="center"
          collisionPadding={8}
          className={cn("pf-popover flex w-80 flex-col gap-4", floating, cls(p))}
        >
          <Header title={title} description={description} Title="div" Description="p" />
          <OverlayContext.Provider value={close}>{content}</OverlayContext.Provider>
        </PopoverPrimitive.Content>
      </PopoverPrimitive.Portal>
    </PopoverPrimitive.Root>
  );
}

function HoverCard(p: P) {
  const [ref, container] = usePortalContainer();
  const { trigger, content } = split(p);
  return (
    <HoverCardPrimitive.Root
      openDelay={Math.max(0, asNumber(p.props.openDelay, 700))}
      closeDelay={Math.max(0, asNumber(p.props.closeDelay, 300))}
    >
      <HoverCardPrimitive.Trigger asChild>
        <span ref={ref} data-slot="hover-card-trigger" className={triggerClass}>
          {trigger}
        </span>
      </HoverCardPrimitive.Trigger>
      <HoverCardPrimitive.Portal container={container ?? undefined}>
        <HoverCardPrimitive.Content
          id={idOf(p)}
          data-slot="hover-card-content"
          side={sideOf(p.props.side, "bottom")}
          sideOffset={4}
          align="center"
          collisionPadding={8}
          className={cn("pf-hover-card w-64", floating, cls(p))}
        >
          {content}
        </HoverCardPrimitive.Content>
      </HoverCardPrimitive.Portal>
    </HoverCardPrimitive.Root>
  );
}

// ── Tooltip ─────────────────────────────────────────────────────────────────────────────────────────

function Tooltip(p: P) {
  const [ref, container] = usePortalContainer();
  const text = asOptString(p.props.content);
  return (
    <TooltipPrimitive.Provider delayDuration={Math.max(0, asNumber(p.props.delay, 300))}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild>
          <span ref={ref} data-slot="tooltip-trigger" className={triggerClass}>
            {p.children}
          </span>
        </TooltipPrimitive.Trigger>
        {text ? (
          <TooltipPrimitive.Portal container={container ?? undefined}>
            <TooltipPrimitive.Content
              id={idOf(p)}
              data-slot="tooltip-content"
              side={sideOf(p.props.side, "top")}
              sideOffset={4}
              collisionPadding={8}
              className={cn(
                "pf-tooltip z-50 w-fit max-w-xs rounded-md bg-foreground px-3 py-1.5 text-xs text-balance text-background",
                cls(p),
              )}
            >
              {text}
              <TooltipPrimitive.Arrow className="z-50 size-2.5 translate-y-[calc(-50%_-_2px)] rotate-45 rounded-[2px] bg-foreground fill-foreground" />
            </TooltipPrimitive.Content>
          </TooltipPrimitive.Portal>
        ) : null}
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}

export const views: Registry = { Dialog, Popover, HoverCard, Tooltip };
