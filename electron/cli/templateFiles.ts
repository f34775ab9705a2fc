/** `affiche templates import` and `templates export`: template files (see ../services/templates/files.ts). */
import { CliUsageError, type Command } from './args';
import type { CliIO } from './main';

export async function runTemplatesImport(_command: Extract<Command, { name: 'templates-import' }>, _io: CliIO): Promise<number> {
  throw new CliUsageError('templates import is not available yet');
}

export async function runTemplatesExport(_command: Extract<Command, { name: 'templates-export' }>, _io: CliIO): Promise<number> {
  throw new CliUsageError('templates export is not available yet');
}
