/**
 * Text PostgreSQL cannot store as sent: a NUL character (refused by the database: the request
 * failed with an internal error) and lone UTF-16 surrogates (silently stored as U+FFFD, so the
 * text read back differs from the text sent). Refused up front, naming the field.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  'Text must not contain NUL characters or broken Unicode (lone surrogates)';

export const isStorableText = (text: string) => !UNSTORABLE.test(text);

/**
 * The path of the first string in `value` (any depth) that is not storable text, or null.
 * Iterative, so a deeply nested input cannot overflow the stack.
 */
export function findUnstorableText(value: unknown): Array<string | number> | null {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current))
        stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}
