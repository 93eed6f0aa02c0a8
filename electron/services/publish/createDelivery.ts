import type { Library } from '../library/openLibrary';
import { createFolderDelivery } from './folderDelivery';
import { createHttpPushDelivery } from './httpPushDelivery';
import type { PublishTarget } from './publishTargetStore';
import type { TargetDelivery } from './targetDelivery';
import { createWordPressDelivery } from './wordPressDelivery';

/** How a configured target is reached: its kind's adapter with its settings and secret. */
export function createDelivery(
  library: Library,
  target: PublishTarget,
  secret: string,
): TargetDelivery {
  switch (target.kind) {
    case 'http':
      return createHttpPushDelivery({ url: target.url, secret });
    case 'wordpress':
      return createWordPressDelivery({
        url: target.url,
        user: target.user ?? '',
        password: secret,
        takedown: target.takedown ?? 'draft',
      });
    case 'folder':
      return createFolderDelivery({ folder: target.url, library });
  }
}
