/**
 * Password rules for staff accounts (等保 2.0 identity requirements): at least 10 characters, at least three of the
 * four character classes, and not containing the user name. Returns every broken rule so the form can list them.
 */
export interface PasswordProblem {
  code: 'TOO_SHORT' | 'TOO_FEW_CLASSES' | 'CONTAINS_USERNAME';
  text: string;
}

export const PASSWORD_MIN_LENGTH = 10;

export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'TOO_SHORT', text: `至少 ${PASSWORD_MIN_LENGTH} 个字符` });
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push({ code: 'TOO_FEW_CLASSES', text: '须包含小写字母、大写字母、数字、符号中的至少三类' });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ code: 'CONTAINS_USERNAME', text: '不能包含用户名' });
  }
  return problems;
}

export const PASSWORD_RULES_TEXT = `密码至少 ${PASSWORD_MIN_LENGTH} 个字符，包含小写字母、大写字母、数字、符号中的至少三类，且不能包含用户名`;
