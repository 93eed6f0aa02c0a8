// The build tools (esbuild, Vite) are development dependencies. `npm ci --omit=dev` still runs
// `prepare`: there a missing tool skips that build with one line instead of failing the install
// (the install then needs dist/ built elsewhere, e.g. by `npm run build`). Anywhere else a
// missing tool is an error.

/** Imports `name`, or, during `prepare` without it installed, says so and ends the process. */
export async function importBuildTool(name, builds) {
  try {
    return await import(name);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || process.env.npm_lifecycle_event !== 'prepare')
      throw error;
    process.stderr.write(
      `galley: not building ${builds}: ${name} is not installed (an install without development dependencies)\n`,
    );
    process.exit(0);
  }
}
