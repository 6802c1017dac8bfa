import { loadFieldCipher, openFromConfig, prepareDatabase } from '../../bootstrap';
import { readConfig } from '../../platform/config';
import { currentMigration } from '../../platform/db/migrate';
import { type CliCommand, line } from '../command';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: '执行数据库迁移并补齐基础数据',
  async run(_argv, io) {
    const config = readConfig();
    const database = await openFromConfig(config);
    try {
      await prepareDatabase(database, loadFieldCipher(config));
      line(io.stdout, `数据库已是最新：${await currentMigration(database.db)}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
