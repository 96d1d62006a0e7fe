/**
 * A tiny JSON Schema checker for the keywords schema.json uses, so the tests need no validator
 * dependency. `unsupportedKeywords` lists any keyword it does not implement, so a schema that grows
 * a new keyword fails the tests instead of being silently half-checked.
 */
type Schema = { [k: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'oneOf', '$ref']);

export function unsupportedKeywords(schema: unknown, path = '#'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as Schema;
  const out: string[] = [];
  for (const [k, v] of Object.entries(s)) {
    if (!ANNOTATIONS.has(k) && !CHECKED.has(k)) out.push(`${path}/${k}`);
    if (k === 'properties' || k === '$defs') for (const [name, sub] of Object.entries(v as Schema)) out.push(...unsupportedKeywords(sub, `${path}/${k}/${name}`));
    if (k === 'items' || k === 'additionalProperties') out.push(...unsupportedKeywords(v, `${path}/${k}`));
    if (k === 'oneOf') (v as unknown[]).forEach((sub, i) => out.push(...unsupportedKeywords(sub, `${path}/oneOf/${i}`)));
  }
  return out;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const typeMatches = (actual: string, wanted: string) => actual === wanted || (wanted === 'number' && actual === 'integer');

/** Returns the list of violations (empty when `value` is valid). */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Schema)[key], root);
    if (!target) return [`${path}: unresolved $ref ${schema.$ref}`];
    return validate(value, target as Schema, root, path);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(actual, t))) return [`${path}: type ${actual}, wanted ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not the constant ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter((sub) => validate(value, sub as Schema, root, path).length === 0).length;
    if (matching !== 1) errors.push(`${path}: matches ${matching} of oneOf`);
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (actual === 'object') {
    const obj = value as Schema;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) errors.push(...validate(v, props[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
    }
  }
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((item, i) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${i}]`)));
  return errors;
}
