export type { Command, CommandIo, OutputStream } from './command.js';
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './command.js';
export { commands } from './commands/index.js';
export { type ReadResult, readDocumentFile } from './readDocumentFile.js';
export { runCli } from './runCli.js';
