// Query values for the OpenAPI property tests: valid ones from a parameter's schema and the data's
// own ids (so most requests reach real answers), and hostile ones a client or an attacker may send.
import fc from 'fast-check';

/** What the running server knows, by parameter name: ids from its own answers, and its years. */
export interface KnownValues {
  domain: string[];
  entities: string[];
  indicators: string[];
  entity: string[];
  dataset: string[];
  years: { min: number; max: number };
}

type JsonSchema = Record<string, unknown>;

const LIST_PARAMETERS = new Set(['entities', 'indicators']);

export function validValue(name: string, schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  if (name === 'from' || name === 'to') return fc.integer(known.years).map(String);
  const ids = (known as unknown as Record<string, string[] | undefined>)[name];
  if (ids && ids.length > 0) return LIST_PARAMETERS.has(name) ? fc.subarray(ids, { minLength: 1 }).map((list) => list.join(',')) : fc.constantFrom(...ids);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(String));
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ maxLength: 20 });
}

const ODD_STRINGS = ['', ' ', ',', ',,', 'space', 'no_such_id', 'NEV', '重庆', 'ünïcödé', '🚗🚗', 'e\u0301', '\u0000', '%00', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '0000', '99999', '-1', '2019.5', '1e3', 'null', '[]', '{}'];

export function hostileValue(name: string, known: KnownValues): fc.Arbitrary<string> {
  const ids = (known as unknown as Record<string, string[] | undefined>)[name] ?? [];
  // Known ids made wrong: another case, a suffix, spaces around; the odd strings above.
  const fragment = fc.oneof(fc.constantFrom(...ODD_STRINGS), ...(ids.length > 0 ? [fc.constantFrom(...ids).chain((id) => fc.constantFrom(id, id.toUpperCase(), `${id}x`, ` ${id} `))] : []));
  return fc.oneof(
    // Lists of them, as a client writes lists and as it should not: repeated, empty items, other separators.
    { weight: 3, arbitrary: fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ', ', ';', '')).map(([parts, separator]) => parts.join(separator)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
    // Past the server's URL limit (2,048 characters), and just under it.
    { weight: 1, arbitrary: fc.integer({ min: 1900, max: 4000 }).map((length) => 'x'.repeat(length)) },
    // Years out of range (reversed ones come from reversedYears).
    ...(name === 'from' || name === 'to' ? [{ weight: 2, arbitrary: fc.integer({ min: known.years.min - 50, max: known.years.max + 50 }).map(String) }] : []),
  );
}

/** A reversed or inverted range, which only a pair of parameters can say. */
export const reversedYears = (known: KnownValues): fc.Arbitrary<[string, string][]> =>
  fc.tuple(fc.integer(known.years), fc.integer(known.years)).filter(([a, b]) => a !== b).map(([a, b]) => [['from', String(Math.max(a, b))], ['to', String(Math.min(a, b))]]);
