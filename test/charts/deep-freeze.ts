// Freezes a value and everything in it, so that a test fails at once (strict mode throws)
// if the code under test writes to its input.

/** Freezes `value` and all objects and arrays it holds; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
