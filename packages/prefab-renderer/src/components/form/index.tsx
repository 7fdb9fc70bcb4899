/** Form controls (protocol §3.2 "Form controls", §6.2 auto-state, §9 forms). */
import { registerViews } from "../../render/registry.js";
import { Button } from "./button.js";
import { Calendar, DatePicker } from "./calendar.js";
import { Checkbox, Switch } from "./checkbox.js";
import { Combobox, ComboboxGroup, ComboboxLabel, ComboboxOption, ComboboxSeparator } from "./combobox.js";
import { DropZone } from "./drop-zone.js";
import { ChoiceCard, Field, FieldContent, FieldDescription, FieldError, FieldTitle } from "./field.js";
import { Form } from "./form.js";
import { Input, Textarea } from "./input.js";
import { Radio, RadioGroup } from "./radio.js";
import { Select, SelectGroup, SelectLabel, SelectOption, SelectSeparator } from "./select.js";
import { Slider } from "./slider.js";

registerViews({
  Button,
  Input,
  Textarea,
  Checkbox,
  Switch,
  RadioGroup,
  Radio,
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
  Slider,
  Calendar,
  DatePicker,
  DropZone,
  Form,
  Field,
  FieldTitle,
  FieldDescription,
  FieldError,
  FieldContent,
  ChoiceCard,
});
