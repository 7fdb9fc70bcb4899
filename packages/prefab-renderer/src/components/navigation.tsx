/**
 * Navigation views: Tabs (+Tab), Accordion (+AccordionItem), Pages (+Page) and Carousel.
 * Tab, AccordionItem and Page are consumed as data by their parent (§6.6–6.7); each item's children
 * render as its panel through `renderNodes`.
 */

import type { Node as WireNode } from "@prefab-ui/dsl";
import { ChevronDown, ChevronLeft, ChevronRight, ChevronUp, Pause, Play } from "lucide-react";
import { Accordion as AccordionPrimitive, Tabs as TabsPrimitive } from "radix-ui";
import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { cn } from "../lib/cn.js";
import { asBool, asNumber, asOptString } from "../lib/coerce.js";
import type { NodeViewProps, Registry } from "../render/registry.js";
import { RenderNode } from "../render/render-node.js";
import { boundName, type DataItem, useBound, useDataItems, useReducedMotion } from "./use-bound.js";

type P = NodeViewProps;

const cls = (p: P) => asOptString(p.props.cssClass);
const idOf = (p: P) => asOptString(p.props.id);
const nodeChildren = (p: P) => (p.node as unknown as { children?: unknown }).children;

/** Panel contents of one data item, rendered at `<path>.children[i].children`. */
const panel = (p: P, item: DataItem) => p.renderNodes(item.children, `children[${item.index}].children`);

// ── Tabs ────────────────────────────────────────────────────────────────────────────────────────────

function Tabs(p: P) {
  const items = useDataItems(nodeChildren(p), "Tab");
  const name = boundName(p.props.name);
  const initial = asOptString(p.props.value) ?? asOptString(p.props.defaultValue);
  const { value: bound, set: setBound } = useBound(name, initial, { reseed: false });
  const firstEnabled = items.find((t) => !t.disabled) ?? items[0];
  const wanted = asOptString(bound) ?? initial;
  const active = items.some((t) => t.value === wanted) ? wanted : firstEnabled?.value;
  const vertical = p.props.orientation === "vertical";
  const line = p.props.variant === "line";
  const variant = asOptString(p.props.variant) ?? "default";

  const onValueChange = (value: string) => {
    setBound(value);
    if (p.hasEvent("onChange")) void p.emit("onChange", value);
  };

  return (
    <TabsPrimitive.Root
      id={idOf(p)}
      value={active ?? ""}
      onValueChange={onValueChange}
      orientation={vertical ? "vertical" : "horizontal"}
      data-slot="tabs"
      data-variant={variant}
      className={cn(
        "pf-tabs flex w-full gap-2",
        `pf-tabs-variant-${variant.replace(/[^a-zA-Z0-9_-]+/g, "-")}`,
        vertical ? "flex-row" : "flex-col",
        cls(p),
      )}
    >
      <TabsPrimitive.List
        data-slot="tabs-list"
        data-variant={variant}
        className={cn(
          "pf-tabs-list inline-flex text-muted-foreground",
          // Horizontal: a full-width bar with the triggers centred (the original); vertical and line: fit.
          vertical ? "h-auto w-fit shrink-0 flex-col items-stretch" : "items-center justify-center",
          !vertical && (line ? "w-fit" : "w-full"),
          line
            ? vertical
              ? "gap-1 border-r pr-0"
              : "h-auto gap-4 border-b"
            : cn("rounded-lg bg-muted p-[3px]", !vertical && "h-9"),
        )}
      >
        {items.map((t) => (
          <TabsPrimitive.Trigger
            key={`${t.index}:${t.value}`}
            value={t.value}
            disabled={t.disabled}
            id={t.id}
            data-slot="tabs-trigger"
            className={cn(
              "pf-tabs-trigger inline-flex items-center justify-center gap-1.5 text-sm font-medium whitespace-nowrap transition-[color,box-shadow] outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
              line
                ? cn(
                    "rounded-none border-transparent bg-transparent hover:text-foreground data-[state=active]:border-primary data-[state=active]:text-foreground",
                    vertical ? "-mr-px justify-start border-r-2 px-3 py-1.5" : "-mb-px border-b-2 px-1 pb-2",
                  )
                : cn(
                    "rounded-md border border-transparent px-2 py-1 text-muted-foreground hover:text-foreground data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm dark:data-[state=active]:border-input dark:data-[state=active]:bg-input/30",
                    vertical ? "justify-start" : "h-[calc(100%-1px)]",
                  ),
            )}
          >
            {t.title}
          </TabsPrimitive.Trigger>
        ))}
      </TabsPrimitive.List>
      {items.map((t) => (
        <TabsPrimitive.Content
          key={`${t.index}:${t.value}`}
          value={t.value}
          data-slot="tabs-content"
          className={cn("pf-tabs-content min-w-0 flex-1 outline-none", !vertical && "mt-2", t.cssClass)}
        >
          {panel(p, t)}
        </TabsPrimitive.Content>
      ))}
    </TabsPrimitive.Root>
  );
}

// ── Accordion ───────────────────────────────────────────────────────────────────────────────────────

function Accordion(p: P) {
  const items = useDataItems(nodeChildren(p), "AccordionItem");
  const multiple = asBool(p.props.multiple);
  const collapsible = asBool(p.props.collapsible, true);
  const raw = Array.isArray(p.props.defaultValues) ? (p.props.defaultValues as unknown[]) : [];
  // Values, titles or indices (Python's default_open_items) all name an item.
  const defaults = raw
    .map((v) =>
      typeof v === "number"
        ? items[v]?.value
        : items.find((i) => i.value === String(v) || i.title === String(v))?.value,
    )
    .filter((v): v is string => v !== undefined);

  const itemViews = items.map((it) => (
    <AccordionPrimitive.Item
      key={`${it.index}:${it.value}`}
      value={it.value}
      disabled={it.disabled}
      id={it.id}
      data-slot="accordion-item"
      className={cn("pf-accordion-item border-b last:border-b-0", it.cssClass)}
    >
      <AccordionPrimitive.Header className="flex">
        <AccordionPrimitive.Trigger
          data-slot="accordion-trigger"
          className="pf-accordion-trigger flex flex-1 items-start justify-between gap-4 rounded-md py-4 text-left text-sm font-medium transition-all outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50 [&[data-state=open]>svg]:rotate-180"
        >
          {it.title}
          <ChevronDown
            aria-hidden="true"
            className="pointer-events-none size-4 shrink-0 translate-y-0.5 text-muted-foreground transition-transform duration-200 motion-reduce:transition-none"
          />
        </AccordionPrimitive.Trigger>
      </AccordionPrimitive.Header>
      <AccordionPrimitive.Content
        data-slot="accordion-content"
        className="pf-accordion-content overflow-hidden text-sm"
      >
        <div className="pt-0 pb-4">{panel(p, it)}</div>
      </AccordionPrimitive.Content>
    </AccordionPrimitive.Item>
  ));

  const common = {
    id: idOf(p),
    "data-slot": "accordion",
    className: cn("pf-accordion w-full", cls(p)),
  };
  return multiple ? (
    <AccordionPrimitive.Root type="multiple" defaultValue={defaults} {...common}>
      {itemViews}
    </AccordionPrimitive.Root>
  ) : (
    <AccordionPrimitive.Root type="single" collapsible={collapsible} defaultValue={defaults[0]} {...common}>
      {itemViews}
    </AccordionPrimitive.Root>
  );
}

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * 0.3 semantics: every page is mounted (their onMount run at load, their controls keep local state);
 * inactive pages are `hidden`. Active = state[name] ?? value ?? first page. No navigation UI: any
 * action writing state[name] navigates.
 */
function Pages(p: P) {
  const items = useDataItems(nodeChildren(p), "Page");
  const name = boundName(p.props.name);
  const initial = asOptString(p.props.value) ?? asOptString(p.props.defaultValue);
  const { value: bound } = useBound(name, initial, { reseed: false });
  const active = asOptString(bound) ?? initial ?? items[0]?.value;
  return (
    <div id={idOf(p)} data-slot="pages" data-active={active} className={cn("pf-pages w-full", cls(p))}>
      {items.map((page) => (
        <div
          key={`${page.index}:${page.value}`}
          id={page.id}
          data-slot="page"
          data-value={page.value}
          hidden={page.value !== active}
          className={cn("pf-page w-full", page.cssClass)}
        >
          {panel(p, page)}
        </div>
      ))}
    </div>
  );
}

// ── Carousel ────────────────────────────────────────────────────────────────────────────────────────

const MARQUEE_KEYFRAMES =
  "@keyframes pf-carousel-marquee-x{from{transform:translateX(0)}to{transform:translateX(-50%)}}" +
  "@keyframes pf-carousel-marquee-y{from{transform:translateY(0)}to{transform:translateY(-50%)}}";

const navButton =
  "pf-carousel-button inline-flex size-8 shrink-0 items-center justify-center rounded-full border bg-background text-foreground shadow-xs transition-colors outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50";

function Carousel(p: P) {
  const raw = nodeChildren(p);
  const slides = (Array.isArray(raw) ? raw : []) as readonly WireNode[];
  const n = slides.length;
  const direction = asOptString(p.props.direction) ?? "left";
  const verticalAxis = direction === "up" || direction === "down";
  const reverse = direction === "right" || direction === "down";
  const natural = p.props.visible === null;
  const visible = natural ? 1 : Math.max(0.1, asNumber(p.props.visible, 1));
  const gap = Math.max(0, asNumber(p.props.gap, 0));
  const height = p.props.height === undefined ? undefined : asNumber(p.props.height, 0) || undefined;
  const loop = asBool(p.props.loop, true);
  const autoAdvance = Math.max(0, asNumber(p.props.autoAdvance, 0));
  const continuous = asBool(p.props.continuous);
  const speed = Math.min(10, Math.max(1, asNumber(p.props.speed, 2)));
  const fade = p.props.effect === "fade";
  const dimInactive = asBool(p.props.dimInactive);
  const showControls = asBool(p.props.showControls, true);
  const controlsPosition = asOptString(p.props.controlsPosition) ?? "outside";
  const showDots = asBool(p.props.showDots);
  const pauseOnHover = asBool(p.props.pauseOnHover, true);
  const align = asOptString(p.props.align) ?? "start";
  const step = Math.max(1, Math.round(asNumber(p.props.slidesToScroll, 1)));
  const drag = asBool(p.props.drag, true);
  const reducedMotion = useReducedMotion();

  const perView = fade ? 1 : Math.max(1, Math.floor(visible));
  const maxIndex = fade ? Math.max(0, n - 1) : Math.max(0, n - perView);
  const [rawIndex, setIndex] = useState(0);
  const index = Math.min(rawIndex, maxIndex);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [paused, setPaused] = useState(false);
  const viewportRef = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (delta: number) => {
      setIndex((current) => {
        const i = Math.min(current, maxIndex);
        if (natural) return i;
        let next = i + delta;
        if (next > maxIndex) next = loop ? (i >= maxIndex ? 0 : maxIndex) : maxIndex;
        else if (next < 0) next = loop ? (i <= 0 ? maxIndex : 0) : 0;
        return next;
      });
    },
    [maxIndex, loop, natural],
  );
  const next = useCallback(() => {
    if (natural) {
      const el = viewportRef.current;
      const by = verticalAxis ? el?.clientHeight : el?.clientWidth;
      el?.scrollBy?.({
        [verticalAxis ? "top" : "left"]: by ?? 0,
        behavior: reducedMotion ? "auto" : "smooth",
      });
    } else go(step);
  }, [natural, go, step, verticalAxis, reducedMotion]);
  const prev = useCallback(() => {
    if (natural) {
      const el = viewportRef.current;
      const by = verticalAxis ? el?.clientHeight : el?.clientWidth;
      el?.scrollBy?.({
        [verticalAxis ? "top" : "left"]: -(by ?? 0),
        behavior: reducedMotion ? "auto" : "smooth",
      });
    } else go(-step);
  }, [natural, go, step, verticalAxis, reducedMotion]);

  // Auto-advance (reel): paused while hovered/focused (pauseOnHover), by the pause button, and when the
  // user prefers reduced motion.
  const autoRunning =
    autoAdvance > 0 &&
    !continuous &&
    n > 1 &&
    !paused &&
    !reducedMotion &&
    !(pauseOnHover && (hovered || focused));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `index` restarts the timer after manual navigation.
  useEffect(() => {
    if (!autoRunning) return;
    const t = setTimeout(() => (reverse ? prev() : next()), autoAdvance);
    return () => clearTimeout(t);
  }, [autoRunning, autoAdvance, reverse, next, prev, index]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const back = verticalAxis ? "ArrowUp" : "ArrowLeft";
    const fwd = verticalAxis ? "ArrowDown" : "ArrowRight";
    if (e.key === back) {
      e.preventDefault();
      prev();
    } else if (e.key === fwd) {
      e.preventDefault();
      next();
    }
  };

  // Swipe / drag: a pointer moved more than 40px along the axis pages once.
  const dragStart = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || continuous || natural) return;
    dragStart.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const start = dragStart.current;
    dragStart.current = null;
    if (!start) return;
    const d = verticalAxis ? e.clientY - start.y : e.clientX - start.x;
    if (Math.abs(d) < 40) return;
    if (d < 0) next();
    else prev();
  };

  const sizeStyle: CSSProperties = {};
  if (height !== undefined) sizeStyle.height = height;
  else if (verticalAxis && !continuous) sizeStyle.height = 240;
  const basis = `calc((100% - ${gap * (visible - 1)}px) / ${visible})`;
  const slideMain = natural ? "auto" : basis;
  const inView = (i: number) => (fade ? i === index : i >= index && i < index + Math.ceil(visible));

  const slideViews = (copy: number) =>
    slides.map((slide, i) => {
      const shown = continuous || natural || inView(i);
      const style: CSSProperties = fade
        ? { gridArea: "1 / 1", opacity: i === index ? 1 : 0 }
        : verticalAxis
          ? { flex: `0 0 ${slideMain}`, minHeight: 0 }
          : { flex: `0 0 ${slideMain}`, minWidth: 0 };
      return (
        <div
          key={`${copy}:${i}`}
          role="group"
          aria-roledescription="slide"
          aria-label={`${i + 1} of ${n}`}
          aria-hidden={copy > 0 || (!shown && !natural) ? true : undefined}
          inert={copy > 0 || (!shown && !natural) ? true : undefined}
          data-slot="carousel-item"
          data-active={i === index ? "" : undefined}
          className={cn(
            "pf-carousel-item",
            natural && "snap-start",
            fade && "transition-opacity duration-500 motion-reduce:transition-none",
            dimInactive && !continuous && !shown && "opacity-40",
            dimInactive && !continuous && "transition-opacity",
          )}
          style={style}
        >
          <RenderNode node={slide} path={`${p.path}.children[${i}]`} />
        </div>
      );
    });

  let track: ReactNode;
  if (continuous) {
    const duration = Math.max(4, (n * 12) / speed);
    track = (
      <div
        data-slot="carousel-content"
        className={cn(
          "pf-carousel-content flex w-max motion-reduce:[animation:none]",
          verticalAxis && "h-max w-full flex-col",
          pauseOnHover && "hover:[animation-play-state:paused]",
        )}
        style={{
          gap,
          animation: `pf-carousel-marquee-${verticalAxis ? "y" : "x"} ${duration}s linear infinite${reverse ? " reverse" : ""}`,
        }}
      >
        <style>{MARQUEE_KEYFRAMES}</style>
        {slideViews(0)}
        {/* The second copy makes the loop seamless; it is hidden from assistive tech and focus. */}
        <div className={cn("contents")}>{slideViews(1)}</div>
      </div>
    );
  } else if (fade) {
    track = (
      <div data-slot="carousel-content" className="pf-carousel-content grid">
        {slideViews(0)}
      </div>
    );
  } else if (natural) {
    track = (
      <div
        data-slot="carousel-content"
        className={cn("pf-carousel-content flex", verticalAxis && "flex-col")}
        style={{ gap }}
      >
        {slideViews(0)}
      </div>
    );
  } else {
    const slideSize = `((100% - ${gap * (visible - 1)}px) / ${visible})`;
    const offset =
      align === "center" ? `((100% - ${slideSize}) / 2)` : align === "end" ? `(100% - ${slideSize})` : "0px";
    const move = `calc(${offset} - ${index} * (${slideSize} + ${gap}px))`;
    track = (
      <div
        data-slot="carousel-content"
        className={cn(
          "pf-carousel-content flex transition-transform duration-500 ease-out motion-reduce:transition-none",
          verticalAxis ? "h-full flex-col" : "w-full",
        )}
        style={{ gap, transform: verticalAxis ? `translateY(${move})` : `translateX(${move})` }}
      >
        {slideViews(0)}
      </div>
    );
  }

  const canPrev = natural || loop || index > 0;
  const canNext = natural || loop || index < maxIndex;
  const PrevIcon = verticalAxis ? ChevronUp : ChevronLeft;
  const NextIcon = verticalAxis ? ChevronDown : ChevronRight;
  const controls = showControls && !continuous && n > 1;
  const overlay = controlsPosition === "overlay";
  const prevButton = (
    <button
      type="button"
      aria-label="Previous slide"
      disabled={!canPrev}
      onClick={prev}
      data-slot="carousel-previous"
      className={cn(
        navButton,
        "pf-carousel-previous",
        overlay &&
          (verticalAxis
            ? "absolute top-2 left-1/2 z-10 -translate-x-1/2"
            : "absolute top-1/2 left-2 z-10 -translate-y-1/2"),
      )}
    >
      <PrevIcon className="size-4" aria-hidden="true" />
    </button>
  );
  const nextButton = (
    <button
      type="button"
      aria-label="Next slide"
      disabled={!canNext}
      onClick={next}
      data-slot="carousel-next"
      className={cn(
        navButton,
        "pf-carousel-next",
        overlay &&
          (verticalAxis
            ? "absolute bottom-2 left-1/2 z-10 -translate-x-1/2"
            : "absolute top-1/2 right-2 z-10 -translate-y-1/2"),
      )}
    >
      <NextIcon className="size-4" aria-hidden="true" />
    </button>
  );

  const viewport = (
    <div
      ref={viewportRef}
      data-slot="carousel-viewport"
      className={cn(
        "pf-carousel-viewport relative min-w-0 flex-1",
        natural
          ? cn(
              "snap-mandatory overscroll-contain motion-safe:scroll-smooth",
              verticalAxis ? "snap-y overflow-y-auto" : "snap-x overflow-x-auto",
            )
          : "overflow-hidden",
        drag && !natural && !continuous && "touch-pan-y",
      )}
      style={sizeStyle}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        dragStart.current = null;
      }}
    >
      {track}
      {controls && overlay ? (
        <>
          {prevButton}
          {nextButton}
        </>
      ) : null}
    </div>
  );

  const dots =
    showDots && !continuous && !natural && maxIndex > 0 ? (
      <div data-slot="carousel-dots" className="pf-carousel-dots flex items-center justify-center gap-1.5">
        {Array.from({ length: maxIndex + 1 }, (_, i) => (
          <button
            key={i}
            type="button"
            aria-label={`Go to slide ${i + 1}`}
            aria-current={i === index ? "true" : undefined}
            onClick={() => setIndex(i)}
            className={cn(
              "pf-carousel-dot size-2 rounded-full transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              i === index ? "bg-primary" : "bg-primary/25 hover:bg-primary/50",
            )}
          />
        ))}
      </div>
    ) : null;

  const pauseButton =
    autoAdvance > 0 && !continuous && n > 1 && !reducedMotion ? (
      <button
        type="button"
        aria-label={paused ? "Start automatic slide show" : "Pause automatic slide show"}
        onClick={() => setPaused((v) => !v)}
        className={cn(navButton, "pf-carousel-pause size-6")}
      >
        {paused ? (
          <Play className="size-3" aria-hidden="true" />
        ) : (
          <Pause className="size-3" aria-hidden="true" />
        )}
      </button>
    ) : null;

  return (
    <section
      id={idOf(p)}
      aria-roledescription="carousel"
      aria-label={asOptString(p.props.label) ?? "Carousel"}
      data-slot="carousel"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the region takes arrow keys (WAI-ARIA carousel pattern).
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
      className={cn(
        "pf-carousel relative flex w-full flex-col gap-2 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        cls(p),
      )}
    >
      <div
        className={cn(
          "flex min-w-0 items-center",
          controlsPosition === "gutter" ? "gap-1" : "gap-2",
          verticalAxis && !overlay && "flex-col",
        )}
        aria-live={autoRunning ? "off" : "polite"}
      >
        {controls && !overlay ? prevButton : null}
        {viewport}
        {controls && !overlay ? nextButton : null}
      </div>
      {dots || pauseButton ? (
        <div className="flex items-center justify-center gap-2">
          {pauseButton}
          {dots}
        </div>
      ) : null}
    </section>
  );
}

/** Tab, AccordionItem and Page outside their parent: their children, in a plain box. */
function orphan(base: string) {
  return function Orphan(p: P) {
    return (
      <div id={idOf(p)} className={cn(base, cls(p))}>
        {p.children}
      </div>
    );
  };
}

export const views: Registry = {
  Tabs,
  Accordion,
  Pages,
  Carousel,
  Tab: orphan("pf-tab"),
  AccordionItem: orphan("pf-accordion-item"),
  Page: orphan("pf-page"),
};
