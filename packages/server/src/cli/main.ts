import type { CliCommand, CliIo } from './command';
import { auditCommand } from './commands/audit.command';
import { backupCommand, restoreCommand } from './commands/backup.command';
import { createAdminCommand } from './commands/create-admin.command';
import { migrateCommand } from './commands/migrate.command';
import { createRulesCommand } from './commands/rules.command';
import { loadRulesCalendar } from './commands/rules-calendar';
import { seedCommand } from './commands/seed.command';
import { serveCommand } from './commands/serve.command';
import { VERSION } from './version';

const COMMANDS: CliCommand[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  createAdminCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  createRulesCommand({ loadCalendar: loadRulesCalendar }),
];

function usage(io: CliIo): number {
  io.stdout.write(`dandang ${VERSION}\n用法：dandang <命令> [参数]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n')}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  if (!name || name === '--help' || name === '-h') return usage(io);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`未知命令：${name}\n`);
    usage(io);
    return 2;
  }
  return command.run(rest, io);
}

main(process.argv.slice(2)).then(
  // Exit explicitly once output is flushed: an open database handle must not keep a finished command alive.
  (code) => {
    process.stdout.write('', () => process.exit(code));
  },
  (err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
