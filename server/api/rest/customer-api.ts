import "server-only";
import { authorizeCustomer } from "../../conversations/authorize-customer";
import { publicApi } from "./public-api";
import { bearerToken, clientIp } from "./request-info";

/** For the customer's session endpoints: the rate limit by IP, then the conversation their token opens. */
export async function customerApi(request: Request, params: Promise<{ sessionId: string }>) {
  const api = await publicApi();
  api.perIp.take(clientIp(request));
  const { sessionId } = await params;
  const conversation = await authorizeCustomer(api.runtime.db, sessionId, bearerToken(request));
  return { ...api, conversation };
}
