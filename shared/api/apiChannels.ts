/**
 * Every API channel by name, as plain strings so the preload can allow-list them
 * without bundling the schemas. `apiContract` must declare exactly these.
 */
export const apiChannels = [
  'app:info',
  'articles:list',
  'articles:get',
  'articles:create',
  'articles:update',
  'articles:delete',
  'articles:query',
  'articles:setStatus',
  'articles:saveVersion',
  'revisions:list',
  'revisions:get',
  'revisions:restore',
  'lists:get',
  'images:upload',
  'articles:import',
  'quotes:list',
  'quotes:create',
  'quotes:update',
  'quotes:dismiss',
  'quotes:history',
  'export:settings',
  'export:start',
  'export:status',
  'export:cancel',
  'desk:status',
  'desk:join',
  'desk:leave',
  'desk:dismissNotice',
  'publish:targets',
  'publish:addTarget',
  'publish:removeTarget',
  'publish:testTarget',
  'publish:queue',
  'publish:outbox',
  'publish:retry',
  'publish:cancel',
  'collab:open',
  'collab:push',
  'collab:pull',
  'people:list',
  'assignments:get',
  'assignments:set',
  'queue:get',
  'notifications:list',
  'notifications:markSeen',
] as const;
export type ApiChannel = (typeof apiChannels)[number];

export function isApiChannel(name: string): name is ApiChannel {
  return (apiChannels as readonly string[]).includes(name);
}
