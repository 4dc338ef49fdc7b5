/** Pairs an input schema with its result type (the result is a type only). */

import type { z } from 'zod';

export const method =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });
