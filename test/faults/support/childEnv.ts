/** The environment of every child: no library from the caller's environment. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['GALLEY_LIBRARY'];
  delete env['NODE_OPTIONS'];
  return env;
}
