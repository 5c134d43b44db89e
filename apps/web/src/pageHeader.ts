/** The page's header and library title in the page's language: shared by the library and the playground. */
import type { Lang } from "@ccsim/report";
import { webText } from "./webText.js";

export function drawHeader(lang: Lang | undefined, present: boolean): void {
  const t = webText(lang);
  document.documentElement.lang = lang ?? "en";
  const set = (id: string, text: string): void => {
    const node = document.getElementById(id);
    if (node !== null) node.textContent = text;
  };
  set("home", t.title);
  set("tagline", t.tagline);
  set("library-title", t.libraryTitle);
  set("present", present ? t.leavePresent : t.present);
  // Home keeps the language: the Russian library is "#lang=ru", the English one the bare page.
  document.getElementById("home")?.setAttribute("href", lang === "ru" ? "#lang=ru" : "#");
  document.body.classList.toggle("present", present);
  const select = document.getElementById("lang") as HTMLSelectElement | null;
  if (select !== null) select.value = lang ?? "en";
}
