import { openFromConfig } from '../../bootstrap';
import { verifyAuditChain } from '../../modules/audit';
import { readConfig } from '../../platform/config';
import { migrate } from '../../platform/db/migrate';
import { type CliCommand, line } from '../command';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '审计链校验：audit verify',
  async run(argv, io) {
    if (argv[0] !== 'verify') {
      line(io.stderr, '用法：dandang audit verify');
      return 2;
    }
    const database = await openFromConfig(readConfig());
    try {
      await migrate(database);
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        line(io.stdout, `审计链完整：共 ${result.count} 条记录，逐条 SM3 校验通过`);
        return 0;
      }
      line(io.stdout, `审计链损坏：第 ${result.firstBad?.seq} 条记录${result.firstBad?.reason}（此前 ${result.count} 条校验通过）`);
      return 1;
    } finally {
      await database.close();
    }
  },
};
