import { parseArgs } from 'node:util';
import { type Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command.js';

/** Exit code of a run where nothing failed but some checks could not run (documented in the usage). */
export const EXIT_SKIPPED = 3;

import { type CheckResult, runConformance } from '../conformance/runConformance.js';

const USAGE = `Usage: goalkit conformance --base-url URL --token TOKEN [--second-token TOKEN]
         [--manager-token TOKEN] [--admin-token TOKEN] [--format stylish|json]

Checks that a backend implements the goalkit REST contract: reply shapes against the schemas, status
codes, ETag and If-Match, idempotent replay, pagination, problem+json errors, authorisation, 1:1s and
review cycles. It creates, edits and deletes test objectives of the token's person (with --second-token,
public ones too, one private one proposed for a moment to look for it in approval queues), and removes
them at the end. It leaves a 1:1 series with the person's manager and (with --admin-token) a closed
review cycle named "Conformance: review …": the contract deletes neither.

Options:
  --base-url URL         where the contract lives, such as https://hr.example.com/api/goalkit
  --token TOKEN          bearer token of a person who may create goals (or GOALKIT_TOKEN)
  --second-token TOKEN   another member's token, for the authorisation checks (or GOALKIT_SECOND_TOKEN):
                         someone who may not see the first person's private goals
  --manager-token TOKEN  the first person's manager's token, for the 1:1 privacy check
                         (or GOALKIT_MANAGER_TOKEN)
  --admin-token TOKEN    an admin's token, for the review-cycle checks (or GOALKIT_ADMIN_TOKEN)
  --format stylish|json  stylish for people (default), json: one object on stdout
  -h, --help             show this help

Exit codes: 0 every check passed, 1 a check failed, 2 bad arguments, 3 no check failed but some were
skipped (the authorisation checks need --second-token: another member's token, neither the first
person's manager nor an admin; the 1:1 privacy check --manager-token; the review checks --admin-token).
`;

export const conformanceCommand: Command = {
  name: 'conformance',
  summary: 'check that a backend implements the goalkit REST contract',
  usage: USAGE,
  async run(args, io) {
    let values: {
      'base-url'?: string;
      token?: string;
      'second-token'?: string;
      'manager-token'?: string;
      'admin-token'?: string;
      format?: string;
      help?: boolean;
    };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: {
          'base-url': { type: 'string' },
          token: { type: 'string' },
          'second-token': { type: 'string' },
          'manager-token': { type: 'string' },
          'admin-token': { type: 'string' },
          format: { type: 'string', default: 'stylish' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
      }));
    } catch (error) {
      io.stderr.write(`goalkit conformance: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    const env = io.env ?? process.env;
    const token = values.token ?? env.GOALKIT_TOKEN;
    const secondToken = values['second-token'] ?? env.GOALKIT_SECOND_TOKEN;
    const managerToken = values['manager-token'] ?? env.GOALKIT_MANAGER_TOKEN;
    const adminToken = values['admin-token'] ?? env.GOALKIT_ADMIN_TOKEN;
    const problems: string[] = [];
    if (!values['base-url']) problems.push('--base-url is required');
    else if (!/^https?:\/\//.test(values['base-url'])) problems.push('--base-url must start with http:// or https://');
    if (!token) problems.push('--token (or GOALKIT_TOKEN) is required');
    if (values.format !== 'stylish' && values.format !== 'json') problems.push('--format must be stylish or json');
    if (problems.length > 0) {
      io.stderr.write(`goalkit conformance: ${problems.join('; ')}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const stylish = values.format === 'stylish';
    const colour = stylish && io.stdout.isTTY === true && !env.NO_COLOR;
    const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
    const results: CheckResult[] = await runConformance({
      baseUrl: values['base-url'] as string,
      token: token as string,
      ...(secondToken ? { secondToken } : {}),
      ...(managerToken ? { managerToken } : {}),
      ...(adminToken ? { adminToken } : {}),
      onResult: (result) => {
        if (!stylish) return;
        const mark =
          result.status === 'passed' ? paint(32, '✓') : result.status === 'skipped' ? paint(33, '–') : paint(31, '✗');
        io.stdout.write(`${mark} ${result.name}${result.detail ? ` ${paint(90, `(${result.detail})`)}` : ''}\n`);
      },
    });
    const failed = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    const passed = results.length - failed - skipped;
    if (stylish) {
      io.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      if (!secondToken)
        io.stdout.write("(authorisation checks skipped: pass --second-token with another member's token)\n");
    } else {
      io.stdout.write(`${JSON.stringify({ baseUrl: values['base-url'], checks: results, passed, failed, skipped })}\n`);
    }
    return failed > 0 ? EXIT_FAILURE : skipped > 0 ? EXIT_SKIPPED : EXIT_OK;
  },
};
