/*
 * The final-score formula a scheme configures without code (issue: "a safe expression, never eval"). The grammar is
 * arithmetic only: numbers, the scheme's named parts, + - * /, parentheses, and min / max / clamp. It is parsed into a
 * tree once and evaluated by walking it, so a formula can name nothing outside FORMULA_VARIABLES and call nothing but
 * the three functions below.
 */

/** The parts of a score a formula may use, with their Chinese names for the editor and the explanation. */
export const FORMULA_VARIABLES = {
  indicators: '指标得分',
  democratic: '民主测评得分',
  bonus: '加分',
  deduction: '减分',
} as const;
export type FormulaVariable = keyof typeof FORMULA_VARIABLES;
export type FormulaValues = Record<FormulaVariable, number>;

const FUNCTIONS = {
  min: { arity: [2, 10], apply: (a: number[]) => Math.min(...a) },
  max: { arity: [2, 10], apply: (a: number[]) => Math.max(...a) },
  clamp: { arity: [3, 3], apply: ([x, lo, hi]: number[]) => Math.min(Math.max(x as number, lo as number), hi as number) },
} as const;
type FunctionName = keyof typeof FUNCTIONS;

export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'variable'; name: FormulaVariable }
  | { type: 'negate'; operand: FormulaNode }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { type: 'call'; name: FunctionName; args: FormulaNode[] };

export type ParsedFormula = { ok: true; tree: FormulaNode; variables: FormulaVariable[] } | { ok: false; message: string };

const MAX_LENGTH = 200;
const NUMBER = /^\d+(\.\d+)?|^\.\d+/;
type Token =
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'symbol'; value: string; at: number };

class FormulaError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.]/.test(c)) {
      const m = NUMBER.exec(text.slice(i));
      if (!m) throw new FormulaError(`第 ${i + 1} 个字符“.”不能出现在这里`);
      tokens.push({ kind: 'number', value: Number(m[0]), text: m[0], at: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'name', value: m[0], at: i });
      i += m[0].length;
    } else if ('+-*/(),'.includes(c)) {
      tokens.push({ kind: 'symbol', value: c, at: i });
      i++;
    } else {
      throw new FormulaError(`第 ${i + 1} 个字符“${c}”不能出现在公式中`);
    }
  }
  return tokens;
}

function parseTokens(tokens: Token[]): FormulaNode {
  let pos = 0;
  const peek = () => tokens[pos];
  const isSymbol = (value: string) => peek()?.kind === 'symbol' && peek()?.value === value;
  const expectSymbol = (value: string) => {
    if (!isSymbol(value)) throw new FormulaError(peek() ? `第 ${(peek() as Token).at + 1} 个字符处应为“${value}”` : `公式不完整，缺少“${value}”`);
    pos++;
  };
  const depthLimit = 50;
  let depth = 0;

  const expression = (): FormulaNode => {
    if (++depth > depthLimit) throw new FormulaError('公式嵌套过深');
    let node = term();
    while (isSymbol('+') || isSymbol('-')) {
      const op = (tokens[pos++] as Token).value as '+' | '-';
      node = { type: 'binary', op, left: node, right: term() };
    }
    depth--;
    return node;
  };
  const term = (): FormulaNode => {
    let node = unary();
    while (isSymbol('*') || isSymbol('/')) {
      const op = (tokens[pos++] as Token).value as '*' | '/';
      node = { type: 'binary', op, left: node, right: unary() };
    }
    return node;
  };
  const unary = (): FormulaNode => {
    if (isSymbol('-')) {
      pos++;
      return { type: 'negate', operand: unary() };
    }
    return primary();
  };
  const primary = (): FormulaNode => {
    const token = peek();
    if (!token) throw new FormulaError('公式不完整');
    pos++;
    if (token.kind === 'number') return { type: 'number', value: token.value };
    if (token.kind === 'symbol') {
      if (token.value !== '(') throw new FormulaError(`第 ${token.at + 1} 个字符“${token.value}”的位置不对`);
      const inner = expression();
      expectSymbol(')');
      return inner;
    }
    if (isSymbol('(')) {
      if (!Object.hasOwn(FUNCTIONS, token.value)) throw new FormulaError(`不认识的函数“${token.value}”，可用：${Object.keys(FUNCTIONS).join('、')}`);
      pos++;
      const args = [expression()];
      while (isSymbol(',')) {
        pos++;
        args.push(expression());
      }
      expectSymbol(')');
      const name = token.value as FunctionName;
      const [least, most] = FUNCTIONS[name].arity;
      if (args.length < least || args.length > most) throw new FormulaError(`函数 ${name} 需要 ${least === most ? least : `${least}–${most}`} 个参数`);
      return { type: 'call', name, args };
    }
    // hasOwn, not `in`: `constructor` and the other names every object inherits are not parts of a score.
    if (!Object.hasOwn(FORMULA_VARIABLES, token.value)) {
      const known = Object.entries(FORMULA_VARIABLES).map(([k, v]) => `${k}（${v}）`);
      throw new FormulaError(`不认识的名称“${token.value}”，可用：${known.join('、')}`);
    }
    return { type: 'variable', name: token.value as FormulaVariable };
  };

  const tree = expression();
  const rest = peek();
  if (rest) throw new FormulaError(`第 ${rest.at + 1} 个字符“${rest.value}”多余`);
  return tree;
}

function variablesOf(node: FormulaNode, into: Set<FormulaVariable>): Set<FormulaVariable> {
  if (node.type === 'variable') into.add(node.name);
  else if (node.type === 'negate') variablesOf(node.operand, into);
  else if (node.type === 'binary') {
    variablesOf(node.left, into);
    variablesOf(node.right, into);
  } else if (node.type === 'call') for (const a of node.args) variablesOf(a, into);
  return into;
}

export function parseFormula(text: string): ParsedFormula {
  if (text.trim() === '') return { ok: false, message: '请填写计算公式' };
  if (text.length > MAX_LENGTH) return { ok: false, message: `计算公式不能超过 ${MAX_LENGTH} 个字符` };
  try {
    const tree = parseTokens(tokenize(text));
    return { ok: true, tree, variables: [...variablesOf(tree, new Set())] };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, message: error.message };
    throw error;
  }
}

const KEPT_FORMULAS = 64;
/** A cache of what was derived from the formula texts seen last; emptied whole when full, as texts rarely change. */
function keptPerText<T>(derive: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    if (kept.size >= KEPT_FORMULAS) kept.clear();
    const value = derive(text);
    kept.set(text, value);
    return value;
  };
}
/**
 * The parse of a formula text, kept for the texts seen last: a cycle scores every participant of a category with the
 * same formula, and parsing it once per score cost more than the scores themselves. Parsed formulas are never
 * changed by their readers.
 */
export const parseFormulaOnce = keptPerText(parseFormula);

/** The formula's value for these parts; a division by zero counts as 0 rather than making the score infinite. */
export function evaluateFormula(node: FormulaNode, values: FormulaValues): number {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'variable':
      return values[node.name];
    case 'negate':
      return -evaluateFormula(node.operand, values);
    case 'call':
      return FUNCTIONS[node.name].apply(node.args.map((a) => evaluateFormula(a, values)));
    case 'binary': {
      const l = evaluateFormula(node.left, values);
      const r = evaluateFormula(node.right, values);
      if (node.op === '+') return l + r;
      if (node.op === '-') return l - r;
      if (node.op === '*') return l * r;
      return r === 0 ? 0 : l / r;
    }
  }
}

const FUNCTION_WORDS: Record<FunctionName, string> = { min: '取较小值', max: '取较大值', clamp: '限定范围' };
const SYMBOL_WORDS: Record<string, string> = { '*': '×', '/': '÷', '-': '−' };

/**
 * A formula as its readers say it, for the explanation of a score: the parts by their Chinese names and × ÷ for * /,
 * with the numbers, order and parentheses its author wrote ("指标得分 × 0.7 + 民主测评得分 × 0.3 + 加分 − 减分"). A text
 * that is not a formula comes back as it is. Kept for the texts seen last, as the parse is: a cycle explains every
 * score of a category with the same formula.
 */
export const formulaInWords = keptPerText((text) => (parseFormulaOnce(text).ok ? sayTokens(tokenize(text)) : text.trim()));

function sayTokens(tokens: readonly Token[]): string {
  let out = '';
  let previous: Token | undefined;
  for (const token of tokens) {
    const operandDue = previous === undefined || (previous.kind === 'symbol' && previous.value !== ')');
    if (token.kind === 'number') out += token.text;
    else if (token.kind === 'name')
      out += Object.hasOwn(FORMULA_VARIABLES, token.value) ? FORMULA_VARIABLES[token.value as FormulaVariable] : FUNCTION_WORDS[token.value as FunctionName];
    else if (token.value === '(' || token.value === ')') out += token.value;
    else if (token.value === ',') out += '，';
    // A sign where an operand is due is unary and sticks to it; an operator between two operands stands apart.
    else out += operandDue ? (SYMBOL_WORDS[token.value] ?? token.value) : ` ${SYMBOL_WORDS[token.value] ?? token.value} `;
    previous = token;
  }
  return out;
}

/** The default when a scheme has democratic evaluation, and when it has none. */
export const DEFAULT_FORMULA_WITH_BALLOTS = 'indicators * 0.7 + democratic * 0.3 + bonus - deduction';
export const DEFAULT_FORMULA = 'indicators + bonus - deduction';
