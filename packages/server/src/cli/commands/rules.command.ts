import { readFile } from 'node:fs/promises';
import type { WorkCalendar } from '@dandang/shared/calendar/work-calendar';
import { SHIPPED_CALENDAR } from '@dandang/shared/calendar/workdays.rules';
import { CN_NATIONAL_POLICY, type PolicyDocument, parsePolicyDocument } from '@dandang/shared/policy/policy.schema';
import { evaluateRule, isRuleName, RULE_NAMES, RULES, unknownRuleError } from '@dandang/shared/rules/index';
import { type RuleError, validationFailed } from '@dandang/shared/rules/validation';
import { type CliCommand, type CliIo, parseArgs } from '../command';

export interface RulesCommandDeps {
  /** The working-day calendar; the shipped arrangements unless the database table is wired in. */
  loadCalendar?: () => Promise<WorkCalendar>;
}

const USAGE = [
  '用法：dandang rules <规则> [--policy 政策文件.json] < 输入.json',
  '从标准输入读取一个 JSON 输入对象或数组，在标准输出打印计算结果（数组按原顺序）。',
  '输入有误时退出码为 2，并打印 { code, message, details }，列出每一处错误。',
  '',
  '规则：',
  ...RULE_NAMES.map((name) => `  ${name.padEnd(20)}${RULES[name].title}`),
].join('\n');

const printJson = (io: CliIo, value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`${USAGE}\n`);
  printJson(io, { code: 'USAGE', message, details: { rules: RULE_NAMES } });
  return 2;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; error: RuleError } {
  if (text.trim() === '') return { ok: false, error: { code: 'INVALID_JSON', message: `${what}为空，应为 JSON` } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INVALID_JSON', message: `${what}不是有效的 JSON：${detail}`, details: { error: detail } } };
  }
}

async function loadPolicy(file: string): Promise<{ ok: true; policy: PolicyDocument } | { ok: false; error: RuleError }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INVALID_POLICY', message: `无法读取政策文件 ${file}：${detail}`, details: { file } } };
  }
  const json = parseJson(text, `政策文件 ${file} `);
  if (!json.ok) return { ok: false, error: { ...json.error, code: 'INVALID_POLICY', details: { file } } };
  const parsed = parsePolicyDocument(json.value);
  if (parsed.ok) return { ok: true, policy: parsed.value };
  const error = validationFailed(parsed.issues, `政策文件 ${file} `);
  return { ok: false, error: { ...error, code: 'INVALID_POLICY', details: { file, issues: parsed.issues } } };
}

/** `dandang rules <rule> [--policy FILE]`: the rules core on stdin/stdout, for scripts and for checking a policy. */
export function createRulesCommand(deps: RulesCommandDeps = {}): CliCommand {
  const loadCalendar = deps.loadCalendar ?? (async () => SHIPPED_CALENDAR);
  return {
    name: 'rules',
    summary: '按规则计算：rules <规则> [--policy 文件]，从标准输入读 JSON（对象或数组）',
    async run(argv, io) {
      const { positional, options } = parseArgs(argv);
      if (options.help === true) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
      }
      const [name, ...extra] = positional;
      const unknown = [
        ...extra,
        ...Object.keys(options)
          .filter((key) => key !== 'policy')
          .map((key) => `--${key}`),
      ];
      if (!name) return usageError(io, '缺少规则名');
      if (unknown.length > 0) return usageError(io, `无法识别的参数：${unknown.join(' ')}`);
      if (options.policy === true) return usageError(io, '--policy 需要政策文件名');
      if (!isRuleName(name)) {
        printJson(io, unknownRuleError(name));
        return 2;
      }

      let policy = CN_NATIONAL_POLICY;
      if (typeof options.policy === 'string') {
        const loaded = await loadPolicy(options.policy);
        if (!loaded.ok) {
          printJson(io, loaded.error);
          return 2;
        }
        policy = loaded.policy;
      }

      const input = parseJson(await readAll(io.stdin), '标准输入');
      if (!input.ok) {
        printJson(io, input.error);
        return 2;
      }
      const outcome = evaluateRule(name, input.value, { policy, calendar: await loadCalendar() });
      if (!outcome.ok) {
        printJson(io, outcome.error);
        return 2;
      }
      printJson(io, outcome.result);
      return 0;
    },
  };
}

export const rulesCommand = createRulesCommand();
