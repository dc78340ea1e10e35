/** A place in the app. Params are plain data so a route can be saved and restored. */
export interface Route {
  name: string;
  params?: Record<string, unknown>;
}

export function route(name: string, params?: Record<string, unknown>): Route {
  return params === undefined ? { name } : { name, params };
}
