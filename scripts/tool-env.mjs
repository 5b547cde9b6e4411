// Puts this project's node_modules/.bin first on PATH, so scripts run the pinned Node 24 and local
// tools whether they are started by npm or directly with `node scripts/…`.
import { delimiter, join } from 'node:path';

export const toolEnv = {
  ...process.env,
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
};
