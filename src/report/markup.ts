/** Building HTML/SVG text: escaping and one element helper, so no caller concatenates raw text. */

/** Escapes text for element content and double-quoted attribute values. */
export function esc(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** `<tag a="…">children</tag>`; attributes keep their given order, undefined ones are left out. */
export function el(tag: string, attrs: Attrs, ...children: readonly string[]): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? px(v) : v)}"`)
    .join('');
  return children.length === 0 && SELF_CLOSING.has(tag) ? `<${tag}${a}/>` : `<${tag}${a}>${children.join('')}</${tag}>`;
}

const SELF_CLOSING = new Set(['line', 'path', 'rect', 'circle', 'polyline', 'use', 'stop']);

/** A coordinate with at most 2 decimals, so SVG output is compact and stable. */
export function px(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}
