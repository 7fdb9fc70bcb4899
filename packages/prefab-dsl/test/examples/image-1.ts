/** An image; `src` is the leading argument. */
import { Image, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Image("https://picsum.photos/400/300", { alt: "Example image", width: "400px" }),
  });
}
