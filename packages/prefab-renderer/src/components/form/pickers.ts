/** Lazy chunk "pickers": Select, Combobox, Calendar and DatePicker (Radix Select/Popover; see form/index.ts). */
import type { Registry } from "../../render/registry.js";
import { Calendar, DatePicker } from "./calendar.js";
import { Combobox, ComboboxGroup, ComboboxLabel, ComboboxOption, ComboboxSeparator } from "./combobox.js";
import { Select, SelectGroup, SelectLabel, SelectOption, SelectSeparator } from "./select.js";

export const views: Registry = {
  Select,
  SelectOption,
  SelectGroup,
  SelectLabel,
  SelectSeparator,
  Combobox,
  ComboboxOption,
  ComboboxGroup,
  ComboboxLabel,
  ComboboxSeparator,
  Calendar,
  DatePicker,
};
