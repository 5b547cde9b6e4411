/**
 * A small typed validator for the browser (see schema.ts): `v.object({...})`, `v.record(key, value)`,
 * `v.array(item, { max })`, `v.string({ pattern, max })`, `v.number({ min, max })`, `v.int(...)`,
 * `v.boolean()`, `v.literal(x)`, `v.enumOf([...])`, `v.isoDateTime()`, `v.optional(s)`,
 * `v.nullable(s)`, `schema.refine(rule)`, `schema.safeParse(value)` and `Infer<typeof schema>`.
 */
export * from './schema';
export * from './values';
export * from './structures';
