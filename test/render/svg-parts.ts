// Small readers of the SVG that vega writes, for tests: the texts, the size and the
// aria-labels that Vega-Lite gives axes and bars. They rely on vega's own output format
// (one element per tag, attributes in double quotes) and are not a general SVG parser.

/** Undoes the XML escapes vega writes in text and attributes. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The content of every `<text>` element, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescapeXml(match[1]!));
}

/** The `width` and `height` attributes of the root `<svg>` element, in pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(` ${name}="([^"]+)"`).exec(root)?.[1]);
  return { width: read('width'), height: read('height') };
}

/** The aria-labels of the bars, in drawing order (data order, not axis order). */
export function barLabels(svg: string): string[] {
  const bars = svg.matchAll(/<path aria-label="([^"]*)"[^>]*aria-roledescription="bar"/g);
  return [...bars].map((match) => unescapeXml(match[1]!));
}

/** The values an axis lists in its aria-label, in axis order ("X" or "Y"). */
export function axisValues(svg: string, axis: 'X' | 'Y'): string[] {
  const label = new RegExp(
    `aria-label="${axis}-axis[^"]*discrete scale with \\d+ values: ([^"]*)"`,
  );
  const values = label.exec(svg)?.[1];
  return values == null ? [] : unescapeXml(values).split(', ');
}

/** Every `font-family` attribute value in the SVG, without repeats. */
export function svgFontFamilies(svg: string): string[] {
  return [...new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((match) => match[1]!))];
}
