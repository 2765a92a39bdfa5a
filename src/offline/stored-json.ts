/**
 * A setting's JSON text as a value, or undefined when it is no JSON (a write cut short, an
 * older app, a hand in the browser's tools): a reader then finds nothing, instead of throwing
 * on every start.
 */
export function storedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
