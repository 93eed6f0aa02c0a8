import type { AssignmentService } from '../assignment/assignmentService';
import type { DeskLink } from '../desk/deskLink';
import { listDeskPeople } from '../desk/deskPeople';
import type { ActorOf } from '../identity/workstationIdentity';
import type { Library } from '../library/openLibrary';
import { valueOrApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type AssignmentChannels =
  | 'people:list'
  | 'assignments:get'
  | 'assignments:set'
  | 'queue:get'
  | 'notifications:list'
  | 'notifications:markSeen';

/** Hand-offs: the people to assign to, assignments, My queue and its notifications. */
export function createAssignmentHandlers(
  library: Library,
  /** Made for each call, under whoever this workstation's person is now. */
  assignments: () => AssignmentService,
  actor: ActorOf,
  desk: DeskLink | undefined,
): Pick<ApiHandlers, AssignmentChannels> {
  return {
    'people:list': () => {
      const status = desk?.status();
      return listDeskPeople(
        library.db,
        actor(),
        status?.joined === true && status.state === 'online',
      );
    },
    'assignments:get': ({ id }) => valueOrApiFailure(assignments().get(id)),
    'assignments:set': ({ id, assignee }) => valueOrApiFailure(assignments().assign(id, assignee)),
    'queue:get': () => assignments().queue(),
    'notifications:list': () => ({ notifications: assignments().notifications() }),
    'notifications:markSeen': ({ ids }) => ({ notifications: assignments().markSeen(ids) }),
  };
}
