import { buildApp } from '../../app';
import { ensureFirstAdmin, loadFieldCipher, openFromConfig, prepareDatabase } from '../../bootstrap';
import { offsetClock } from '../../platform/clock-offset';
import { readConfig } from '../../platform/config';
import { type CliCommand, line } from '../command';
import { VERSION } from '../version';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: '启动服务（迁移数据库，首次启动时创建 admin 账号）',
  async run(_argv, io) {
    const config = readConfig();
    const cipher = loadFieldCipher(config);
    const database = await openFromConfig(config);
    await prepareDatabase(database, cipher);
    const admin = await ensureFirstAdmin(database, config.adminPassword);
    if (admin.created) {
      line(
        io.stdout,
        admin.password
          ? `已创建系统管理员 admin，初始密码（只显示这一次，首次登录须修改）：${admin.password}`
          : '已创建系统管理员 admin（密码取自 DANDANG_ADMIN_PASSWORD）',
      );
    }
    const clockFile = process.env.DANDANG_CLOCK_OFFSET_FILE;
    const app = await buildApp({ database, config, cipher, version: VERSION, ...(clockFile ? { now: offsetClock(clockFile) } : {}) });
    const shutdown = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    await app.listen({ port: config.port, host: config.host });
    line(
      io.stdout,
      `担当 ${VERSION} 已启动：http://${config.host}:${config.port}/ （数据库：${database.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'}）`,
    );
    return new Promise<number>(() => {});
  },
};
