import { parseWith } from '@dandang/shared/rules/validation';
import type { z } from 'zod';
import type { FieldIssue } from '../../platform/errors';

/**
 * A step's `fields` checked against its schema: every bad field named (as `fields.<name>`), and every good one kept,
 * so the step's own rules still run on the fields that parsed and one answer names all that is wrong.
 */
export function parseStepFields(schema: z.ZodObject, raw: Record<string, unknown>): { value: Record<string, unknown>; issues: FieldIssue[] } {
  const parsed = parseWith(schema, raw, ['fields']);
  if (parsed.ok) return { value: parsed.value, issues: [] };
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const one = (field as z.ZodType).safeParse(raw[key]);
    if (one.success && one.data !== undefined) value[key] = one.data;
  }
  return { value, issues: parsed.issues };
}
