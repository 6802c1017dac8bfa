import { loadFieldCipher, openFromConfig, prepareDatabase } from '../../bootstrap';
import { readConfig } from '../../platform/config';
import { DemoExists, seedDemo } from '../../seed/demo';
import { type CliCommand, line, parseArgs } from '../command';

export const DEFAULT_DEMO_PASSWORD = 'Dandang-Demo-2026!';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: '加载演示数据：seed --demo [--cadres N] [--seed S]（默认 1500 名干部）',
  async run(argv, io) {
    const { options } = parseArgs(argv);
    if (options.demo !== true) {
      line(io.stderr, '用法：dandang seed --demo [--cadres N] [--seed S]');
      return 2;
    }
    const cadres = options.cadres === undefined ? 1500 : Number(options.cadres);
    const seed = options.seed === undefined ? 20261125 : Number(options.seed);
    if (!Number.isInteger(cadres) || cadres < 10 || cadres > 2_000_000) {
      line(io.stderr, '--cadres 须为 10 到 2000000 之间的整数');
      return 2;
    }
    if (!Number.isInteger(seed)) {
      line(io.stderr, '--seed 须为整数');
      return 2;
    }
    const password = process.env.DANDANG_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
    const config = readConfig();
    // The same key the server will load (DANDANG_FIELD_KEY, the key file, or the one generated in the data directory).
    const cipher = loadFieldCipher(config);
    const database = await openFromConfig(config);
    try {
      await prepareDatabase(database, cipher);
      const started = Date.now();
      const result = await seedDemo(database, { cadres, seed, password, cipher });
      line(io.stdout, `已加载演示数据：示范县，${result.units} 个单位，${result.cadres} 名干部（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
      line(io.stdout, `演示账号（密码均为 ${password}）：`);
      for (const a of result.accounts) line(io.stdout, `  ${a.username.padEnd(18)}${a.role.padEnd(12)}${a.displayName}（${a.unitName}）`);
      return 0;
    } catch (err) {
      if (err instanceof DemoExists) {
        line(io.stderr, err.message);
        return 1;
      }
      throw err;
    } finally {
      await database.close();
    }
  },
};
