/**
 * Escaping of user text (scenario names, descriptions, variant names) for each output format. Scenario files
 * come from anyone, and a report or a CSV is opened by someone else: text must stay text wherever it lands.
 */

/**
 * JSON for a `<script type="application/json">` data island. Every `<` is written as \u003c (still valid JSON),
 * so neither `</script>` nor `<!--<script>` (which makes the HTML parser swallow the closing tag) can appear;
 * `>` and `&` likewise, and U+2028/2029, which older parsers treat as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/** HTML special characters as entities. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * User text inside Markdown: Markdown passes raw HTML through, so `<`, `>` and `&` become entities (they render as
 * the characters themselves); line breaks become spaces so the text cannot start a heading or a list.
 */
export function markdownText(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/[\r\n]+/g, " ");
}

/**
 * A CSV text field. A cell starting with =, +, -, @ (or a tab or carriage return) is a formula to Excel and
 * LibreOffice (CSV injection, OWASP), so it gets a leading apostrophe; the cell is quoted when it holds a comma,
 * quote or line break. Only for text: numbers are written as numbers, so negative values stay numeric.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Text for a terminal: C0 and C1 control characters (ESC sequences that recolour, move the cursor or set the
 * window title) are removed; line breaks and tabs stay.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
