import { PublishTargetError, PublishTargetStore } from '../../services/publish/publishTargetStore';
import { PublishService } from '../../services/publish/publishService';
import { CliError } from '../cliError';
import { type CliContext, printJson } from '../cliContext';
import { withLibrary } from '../withLibrary';

const usage = [
  'usage: galley target add NAME --kind wordpress --url SITE --user U --secret APP_PASSWORD [--takedown draft|trash]',
  '       galley target add NAME --kind http --url URL [--secret S] [--base-url SITE]',
  '       galley target add NAME --kind folder --out DIR [--base-url SITE]',
  '       galley target list | target remove NAME | target test NAME',
].join('\n');

/**
 * `galley target add|list|remove|test`: where `galley publish` sends articles. Secrets are
 * stored apart from the settings and are never printed.
 */
export async function targetCommand(context: CliContext): Promise<number> {
  const [action, ...names] = context.positionals;
  const { flags, io } = context;
  return withLibrary(context, async (library) => {
    const targets = new PublishTargetStore(library.db);
    try {
      if (action === 'add' && names.length === 1 && names[0]) {
        const kind = flags.kind;
        if (kind !== 'http' && kind !== 'wordpress' && kind !== 'folder')
          throw new CliError('--kind is wordpress, http or folder', 2);
        const url = kind === 'folder' ? flags.out : flags.url;
        if (!url) throw new CliError(usage, 2);
        if (
          flags.takedown !== undefined &&
          flags.takedown !== 'draft' &&
          flags.takedown !== 'trash'
        )
          throw new CliError('--takedown is draft or trash', 2);
        const target = targets.add(
          {
            name: names[0],
            kind,
            url,
            siteUrl: flags.baseUrl,
            user: flags.user,
            takedown: flags.takedown,
          },
          flags.secret ?? '',
          Date.now(),
        );
        if (flags.json)
          printJson(context, { target: { ...target, secret: flags.secret ? 'set' : 'none' } });
        else io.stdout(`Added target ${target.name} (${target.kind}) → ${target.url}\n`);
        return 0;
      }
      if (action === 'list' && names.length === 0) {
        const listed = targets.list().map((target) => ({
          ...target,
          secret: targets.hasSecret(target.name) ? 'set' : 'none',
        }));
        if (flags.json) printJson(context, { targets: listed });
        else
          for (const target of listed)
            io.stdout(`${target.name}\t${target.kind}\t${target.url}\tsecret: ${target.secret}\n`);
        return 0;
      }
      if (action === 'remove' && names.length === 1 && names[0]) {
        if (!targets.remove(names[0]))
          throw new CliError(`there is no target named "${names[0]}"`, 1);
        io.stdout(`Removed target ${names[0]}\n`);
        return 0;
      }
      if (action === 'test' && names.length === 1 && names[0]) {
        const result = await new PublishService(library).test(names[0]);
        if (flags.json) printJson(context, result);
        else
          io.stdout(
            result.ok
              ? `${names[0]}: reachable, credentials accepted\n`
              : `${names[0]}: ${result.reason}\n`,
          );
        return result.ok ? 0 : 1;
      }
    } catch (error) {
      if (error instanceof PublishTargetError) throw new CliError(error.message, 1);
      throw error;
    }
    throw new CliError(usage, 2);
  });
}
