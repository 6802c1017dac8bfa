import { checkPassword } from '@dandang/shared/org/password.rules';
import { createAdmin, loadFieldCipher, openFromConfig, prepareDatabase } from '../../bootstrap';
import { findUserByUsername } from '../../modules/auth';
import { readConfig } from '../../platform/config';
import { generatePassword } from '../../platform/crypto/password';
import { type CliCommand, line, parseArgs } from '../command';

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  summary: '创建系统管理员账号：create-admin [--username NAME] [--password PASS]',
  async run(argv, io) {
    const { options } = parseArgs(argv);
    const username = typeof options.username === 'string' ? options.username : 'admin';
    const given = typeof options.password === 'string' ? options.password : undefined;
    if (given) {
      const problems = checkPassword(given, username);
      if (problems.length > 0) {
        line(io.stderr, `密码不符合规则：${problems.map((p) => p.text).join('；')}`);
        return 2;
      }
    }
    const config = readConfig();
    const database = await openFromConfig(config);
    try {
      await prepareDatabase(database, loadFieldCipher(config));
      if (await findUserByUsername(database.db, username)) {
        line(io.stderr, `用户 ${username} 已存在`);
        return 1;
      }
      const password = given ?? generatePassword();
      await createAdmin(database, username, password, !given);
      line(io.stdout, given ? `已创建系统管理员 ${username}` : `已创建系统管理员 ${username}，初始密码（首次登录须修改）：${password}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
