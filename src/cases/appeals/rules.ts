/**
 * The due-date rules per addressee type, as data: data/cases/addressees.json,
 * optionally overridden per installation by a JSON file of the same shape
 * (partial allowed) named by OBJECTOR_APPEAL_RULES. Both are validated with
 * zod; a bad file stops with an error naming the file and the field. The
 * merged rules are loaded once per process (appealRules()).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ADDRESSEE_TYPES, type AddresseeType } from '../schema.ts';

export const RULES_FILE = fileURLToPath(new URL('../../../data/cases/addressees.json', import.meta.url));
export const RULES_ENV = 'OBJECTOR_APPEAL_RULES';

/** A rules file that cannot be read, parsed or validated. */
export class AppealRulesError extends Error {
  override readonly name = 'AppealRulesError';
  readonly code = 'appeal_rules_invalid';
}

const Days = z.number().int().min(1).max(366);
const Bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict();

const Rule = z
  .object({
    label: Bilingual,
    days: Days,
    extendableToDays: Days.nullable(),
    dueSoonDays: z.number().int().min(0).max(60),
    basis: Bilingual,
    verify: z.string().min(1),
  })
  .strict()
  .refine((r) => r.extendableToDays === null || r.extendableToDays >= r.days, {
    message: 'must be at least days',
    path: ['extendableToDays'],
  });
export type AddresseeRule = z.infer<typeof Rule>;

const perType = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(ADDRESSEE_TYPES.map((t) => [t, schema])) as Record<AddresseeType, T>);

const RulesFile = z.object({ $comment: z.string().optional(), rules: perType(Rule).strict() }).strict();

const PartialRule = z
  .object({
    label: Bilingual.partial().strict(),
    days: Days,
    extendableToDays: Days.nullable(),
    dueSoonDays: z.number().int().min(0).max(60),
    basis: Bilingual.partial().strict(),
    verify: z.string().min(1),
  })
  .partial()
  .strict();
const OverrideFile = z
  .object({ $comment: z.string().optional(), rules: perType(PartialRule).partial().strict() })
  .strict();

export interface AppealRules {
  rules: Readonly<Record<AddresseeType, AddresseeRule>>;
  /** The addressee types an override file changed. */
  overridden: readonly AddresseeType[];
}

/** A JSON text and the name to cite when it is wrong. */
export interface RulesSource {
  name: string;
  text: string;
}

/**
 * Validates the base rules and merges an optional override over them
 * (field by field; label and basis by language). Pure: the caller reads the files.
 */
export function parseAppealRules(base: RulesSource, override?: RulesSource): AppealRules {
  const rules = { ...validate(RulesFile, base).rules } as Record<AddresseeType, AddresseeRule>;
  if (!override) return { rules, overridden: [] };
  const changes = validate(OverrideFile, override).rules;
  const overridden: AddresseeType[] = [];
  for (const type of ADDRESSEE_TYPES) {
    const change = changes[type];
    if (!change) continue;
    overridden.push(type);
    const was = rules[type];
    const merged = {
      ...was,
      ...change,
      label: { ...was.label, ...change.label },
      basis: { ...was.basis, ...change.basis },
    };
    const checked = Rule.safeParse(merged);
    if (!checked.success) throw rulesError(override.name, checked.error, ['rules', type]);
    rules[type] = checked.data;
  }
  return { rules, overridden };
}

function validate<T extends z.ZodType>(schema: T, source: RulesSource): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    throw new AppealRulesError(`${source.name}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw rulesError(source.name, parsed.error, []);
  return parsed.data;
}

function rulesError(name: string, error: z.ZodError, prefix: PropertyKey[]): AppealRulesError {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue?.path ?? [])].map(String).join('.') || '(top level)';
  return new AppealRulesError(`${name}: ${path}: ${issue?.message ?? 'invalid'}`);
}

function readSource(path: string, label: string): RulesSource {
  try {
    return { name: label, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AppealRulesError(`${label}: cannot be read (${code})`);
  }
}

/** Reads and merges the rules: the data file, and the override named in `env`, if any. */
export function loadAppealRules(env: NodeJS.ProcessEnv = process.env, baseFile = RULES_FILE): AppealRules {
  const overridePath = env[RULES_ENV]?.trim();
  return parseAppealRules(
    readSource(baseFile, baseFile),
    overridePath ? readSource(overridePath, `${RULES_ENV}=${overridePath}`) : undefined,
  );
}

let cached: AppealRules | undefined;

/** The rules of this process, loaded on first use. */
export function appealRules(): AppealRules {
  cached ??= loadAppealRules();
  return cached;
}

/** The rule of one addressee type. */
export function ruleFor(type: AddresseeType, rules: AppealRules = appealRules()): AddresseeRule {
  return rules.rules[type];
}
