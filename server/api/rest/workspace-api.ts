import "server-only";
import { verifyApiToken } from "../../auth/verify-api-token";
import { bearerToken, clientIp } from "./request-info";
import { publicApi } from "./public-api";

/** For /api/v1 endpoints that act on a workspace: the token's workspace and the runtime. */
export async function workspaceApi(request: Request) {
  const api = await publicApi();
  api.perIp.take(clientIp(request));
  const caller = await verifyApiToken(api.runtime.db, bearerToken(request), api.runtime.now());
  return { ...api, ...caller };
}
