import { describe, expect, it } from "vitest";
import { avatarColor, initials } from "@/components/chat/initials";
import { inputHint } from "@/components/chat/input-hint";
import { lengthStatus, MAX_MESSAGE_LENGTH } from "@/components/chat/message-limits";
import { describeQueue, describeWait, parseQueueStatus } from "@/components/chat/queue-wording";
import { readableTextColor } from "@/components/chat/readable-text-color";
import { typingDelay } from "@/components/chat/typing-delay";

describe("queue wording", () => {
  it("says the place in line and a wait that is never zero", () => {
    expect(describeQueue({ position: 1, estimatedWaitSeconds: 240 })).toBe("You're number 1 in line · about 4 min");
    expect(describeQueue({ position: 3, estimatedWaitSeconds: 10 })).toBe("You're number 3 in line · about 1 min");
    expect(describeQueue({ position: 0, estimatedWaitSeconds: 0 })).toBe("You're number 1 in line · about 1 min");
  });

  it("counts long waits in hours", () => {
    expect(describeWait(3600)).toBe("about 1 h");
    expect(describeWait(4800)).toBe("about 1 h 20 min");
  });

  it("reads only well-formed queue events", () => {
    expect(parseQueueStatus({ position: 2, estimatedWaitSeconds: 480 })).toEqual({ position: 2, estimatedWaitSeconds: 480 });
    expect(parseQueueStatus({ position: "2", estimatedWaitSeconds: 480 })).toBeNull();
    expect(parseQueueStatus({ position: Number.NaN, estimatedWaitSeconds: 1 })).toBeNull();
    expect(parseQueueStatus(null)).toBeNull();
  });
});

describe("lengthStatus", () => {
  it("stays quiet below 90 % of the limit", () => {
    expect(lengthStatus("x".repeat(3599))).toBeNull();
  });

  it("counts from 90 % and refuses over the limit, saying by how much", () => {
    expect(lengthStatus("x".repeat(3600))).toEqual({ label: "3,600 / 4,000", over: false });
    expect(lengthStatus("x".repeat(MAX_MESSAGE_LENGTH))).toEqual({ label: "4,000 / 4,000", over: false });
    expect(lengthStatus("x".repeat(4001))).toEqual({ label: "Too long by 1 character", over: true });
    expect(lengthStatus("x".repeat(4250))).toEqual({ label: "Too long by 250 characters", over: true });
  });
});

describe("inputHint", () => {
  it("offers the keyboard and hint the question expects", () => {
    expect(inputHint("email")).toMatchObject({ inputMode: "email", autoComplete: "email" });
    expect(inputHint("phone")).toMatchObject({ inputMode: "tel", autoComplete: "tel" });
    expect(inputHint("number").inputMode).toBe("decimal");
    expect(inputHint("date").hint).toMatch(/date/i);
    expect(inputHint(undefined)).toEqual({ placeholder: "Type your message…", hint: null });
    expect(inputHint("something-new").hint).toBeNull();
  });
});

describe("avatars and colours", () => {
  it("takes the first and last initials", () => {
    expect(initials("Sam Carter")).toBe("SC");
    expect(initials("Mary Ann de Vries")).toBe("MV");
    expect(initials("acme")).toBe("A");
    expect(initials("  ")).toBe("?");
    expect(initials("Émile Zola")).toBe("ÉZ");
  });

  it("gives a name the same colour every time", () => {
    expect(avatarColor("Sam Carter")).toBe(avatarColor("Sam Carter"));
    expect(avatarColor("Sam Carter")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("writes dark text on pale brand colours and white on dark ones", () => {
    expect(readableTextColor("#2952d9")).toBe("#ffffff");
    expect(readableTextColor("#000000")).toBe("#ffffff");
    expect(readableTextColor("#ffeb3b")).toBe("#0f172a");
    expect(readableTextColor("#ffffff")).toBe("#0f172a");
    expect(readableTextColor("not a colour")).toBe("#ffffff");
  });
});

describe("typingDelay", () => {
  it("scales with the text between 400 and 700 ms", () => {
    expect(typingDelay("")).toBe(400);
    expect(typingDelay("x".repeat(40))).toBe(500);
    expect(typingDelay("x".repeat(5000))).toBe(700);
  });
});
