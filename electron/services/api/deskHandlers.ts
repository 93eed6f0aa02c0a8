import type { ApiHandlers } from './apiHandlers';
import { DeskJoinError, type DeskLink } from '../desk/deskLink';

type DeskChannel = 'desk:status' | 'desk:join' | 'desk:leave' | 'desk:dismissNotice';

/** Settings → Desk: the library's link to its desk (absent in a process that does not sync). */
export function createDeskHandlers(desk: DeskLink | undefined): Pick<ApiHandlers, DeskChannel> {
  const notJoined = { joined: false } as const;
  return {
    'desk:status': () => desk?.status() ?? notJoined,
    'desk:join': async ({ url, token }) => {
      if (!desk) return { status: notJoined, problem: 'unreachable' };
      try {
        return { status: await desk.join(url, token), problem: null };
      } catch (error) {
        if (error instanceof DeskJoinError)
          return { status: desk.status(), problem: error.problem };
        throw error;
      }
    },
    'desk:leave': async () => (desk ? await desk.leave() : notJoined),
    'desk:dismissNotice': ({ id }) => desk?.dismissNotice(id) ?? notJoined,
  };
}
