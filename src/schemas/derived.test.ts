import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { decimal, derivedSchemas, roundToDecimals } from './derived.ts';

interface JsonSchemaNode {
  type?: string;
  decimals?: number;
  [key: string]: unknown;
}

/** Every number node of a JSON Schema, with its path. */
function numberNodes(node: unknown, path: string): { path: string; node: JsonSchemaNode }[] {
  if (!node || typeof node !== 'object') return [];
  const own = (node as JsonSchemaNode).type === 'number' || (node as JsonSchemaNode).type === 'integer';
  const children = Object.entries(node).flatMap(([key, child]) =>
    Array.isArray(child)
      ? child.flatMap((item, index) => numberNodes(item, `${path}.${key}[${index}]`))
      : numberNodes(child, `${path}.${key}`),
  );
  return own ? [{ path, node: node as JsonSchemaNode }, ...children] : children;
}

describe('derived number fields', () => {
  test('each is an integer, or declares its decimals with decimal(places)', () => {
    const undeclared = Object.entries(derivedSchemas).flatMap(([file, schema]) =>
      numberNodes(z.toJSONSchema(schema, { io: 'output' }), file)
        .filter(({ node }) => node.type === 'number' && typeof node.decimals !== 'number')
        .map(({ path }) => path),
    );
    expect(undeclared).toEqual([]);
  });
  test('the fractional ones are few and named: a fact value keeps 6 decimals', () => {
    const declared = Object.entries(derivedSchemas).flatMap(([file, schema]) =>
      numberNodes(z.toJSONSchema(schema, { io: 'output' }), file)
        .filter(({ node }) => node.type === 'number')
        .map(({ node }) => `${file}:${node.decimals}`),
    );
    expect(declared).toEqual(['facts.json:6']);
  });
});

describe('decimal(places) and roundToDecimals(value, places)', () => {
  test('round fractions and leave integers alone, however large', () => {
    expect(decimal(2).parse(1.23456)).toBe(1.23);
    expect(decimal(6).parse(0.1 + 0.2)).toBe(0.3);
    expect(decimal(6).parse(650_295_646_367)).toBe(650_295_646_367);
    expect(roundToDecimals(Number.MAX_SAFE_INTEGER, 6)).toBe(Number.MAX_SAFE_INTEGER);
  });
  test('parsing facts rounds a fact value to its declared precision', () => {
    const fact = {
      id: 'x',
      kind: 'number',
      unit: 'hours',
      label: 'X',
      sourceIds: ['s'],
      status: 'confirmed',
      computed: false,
    };
    expect(derivedSchemas['facts.json'].parse([{ ...fact, value: 8.5000000001 }])[0]?.value).toBe(8.5);
  });
});
