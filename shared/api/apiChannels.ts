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
  'comments:list',
  'comments:create',
  'comments:reply',
  'comments:resolve',
  'comments:people',
  'comments:mentions',
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
] as const;
export type ApiChannel = (typeof apiChannels)[number];

export function isApiChannel(name: string): name is ApiChannel {
  return (apiChannels as readonly string[]).includes(name);
}
