/**
 * Values and code made safe to put inside an HTML `<script>` element.
 */

/**
 * JSON text of a value that can sit inside `<script type="application/json">` and be read
 * back with `JSON.parse(element.textContent)`: `<`, `>`, `&`, U+2028 and U+2029 are written
 * as `\u` escapes, so no string from the data can close the element or open a comment.
 *
 * @example
 * scriptJson({ name: '</script><img src=x>' });
 * // '{"name":"\\u003c/script\\u003e\\u003cimg src=x\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * JavaScript source made safe to inline in a `<script>` element: any `</script` is
 * written `<\/script`, which means the same inside a JavaScript string or regular
 * expression and cannot end the element.
 *
 * @example
 * inlineScript('var s = "</script>";'); // 'var s = "<\\/script>";'
 */
export function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1');
}
