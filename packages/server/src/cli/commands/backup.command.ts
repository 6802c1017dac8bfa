import { openFromConfig } from '../../bootstrap';
import { backupDatabase, RestoreRefused, restoreDatabase } from '../../platform/backup/backup';
import { readConfig } from '../../platform/config';
import { migrate } from '../../platform/db/migrate';
import { type CliCommand, line, parseArgs } from '../command';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '备份数据库到文件：backup FILE（运行中也可执行，结果一致）',
  async run(argv, io) {
    const file = parseArgs(argv).positional[0];
    if (!file) {
      line(io.stderr, '用法：dandang backup FILE');
      return 2;
    }
    const database = await openFromConfig(readConfig());
    try {
      await migrate(database);
      const counts = await backupDatabase(database, file);
      line(io.stdout, `已备份 ${Object.keys(counts).length} 张表共 ${total(counts)} 行到 ${file}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '从备份文件恢复：restore FILE [--force]（目标库非空时须加 --force）',
  async run(argv, io) {
    const { positional, options } = parseArgs(argv);
    const file = positional[0];
    if (!file) {
      line(io.stderr, '用法：dandang restore FILE [--force]');
      return 2;
    }
    const database = await openFromConfig(readConfig());
    try {
      await migrate(database);
      const counts = await restoreDatabase(database, file, options.force === true);
      line(io.stdout, `已恢复 ${Object.keys(counts).length} 张表共 ${total(counts)} 行`);
      return 0;
    } catch (err) {
      if (err instanceof RestoreRefused) {
        line(io.stderr, `拒绝恢复：${err.message}`);
        return 1;
      }
      throw err;
    } finally {
      await database.close();
    }
  },
};
