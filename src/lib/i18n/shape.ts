/**
 * The shape a second language's strings must have: the English table's keys and function signatures,
 * with every literal widened to `string`, so `es/quiz.ts` is checked against `en/quiz.ts` key by key
 * (a missing or extra string, or a function taking other arguments, fails `npm run check`).
 */
export type Strings<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Strings<R>
    : T extends readonly (infer U)[]
      ? readonly Strings<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Strings<T[K]> }
        : T;
