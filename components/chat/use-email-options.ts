"use client";

import { useEffect, useState } from "react";
import { formRequest } from "./form-request";

interface EmailOptions {
  email?: { available: boolean; address: string | null };
}

/** What the chat may offer by e-mail (read from the session: nothing when the server cannot send e-mail) and the address it already knows. */
export function useEmailOptions(sessionId: string, token: string) {
  const [options, setOptions] = useState<{ available: boolean; address: string | null }>({ available: false, address: null });
  useEffect(() => {
    let live = true;
    formRequest<EmailOptions>(`/api/v1/chat/sessions/${encodeURIComponent(sessionId)}`, token)
      .then((session) => {
        if (live && session.email?.available) setOptions({ available: true, address: session.email.address });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  return options;
}
