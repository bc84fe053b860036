// showValue: how a bad value is shown in a message. Expected texts are written by hand.
import { describe, expect, test } from 'vitest';
import { showValue } from '../src/messages.js';

// An array holding an array ... `depth` deep, with 1 at the bottom.
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('showValue', () => {
  test('writes a value out as JSON, cut at 120 characters', () => {
    expect(showValue('P1Y')).toBe('"P1Y"');
    expect(showValue(undefined)).toBe('nothing (the field is absent)');
    expect(showValue('x'.repeat(200))).toBe(`"${'x'.repeat(116)}...`);
  });

  test('names a value nested more than 200 deep instead of writing it out', () => {
    // 200 levels: 200 "[" then 1 then 200 "]", cut to 117 characters and "...".
    expect(showValue(nested(200))).toBe(`${'['.repeat(117)}...`);
    expect(showValue(nested(201))).toBe('a deeply nested array');
    // Deeper than the main thread's stack allows JSON.stringify to go.
    expect(showValue(nested(20_000))).toBe('a deeply nested array');
    expect(showValue({ a: nested(300) })).toBe('a deeply nested object');
  });

  test('names a value that refers to itself', () => {
    const loop: Record<string, unknown> = { id: 1 };
    loop.self = loop;
    expect(showValue(loop)).toBe('a deeply nested object');
  });
});
