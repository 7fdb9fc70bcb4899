/** Lazy chunk "controls": the Radix-based toggles and slider (see form/index.ts). */
import type { Registry } from "../../render/registry.js";
import { Checkbox, Switch } from "./checkbox.js";
import { Radio, RadioGroup } from "./radio.js";
import { Slider } from "./slider.js";

export const views: Registry = { Checkbox, Switch, RadioGroup, Radio, Slider };
