let audio: AudioContext | null = null;

/**
 * A short two-note chime made with the Web Audio API (no audio file to
 * ship). Browsers may block sound until the page has been interacted with;
 * then it stays silent — the toast and the badge still tell the agent.
 */
export function playChime(): void {
  try {
    const Context = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return;
    audio ??= new Context();
    const context = audio;
    void context.resume().catch(() => undefined);
    const start = context.currentTime;
    [880, 1318.5].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + index * 0.14;
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.4);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.45);
    });
  } catch {
    // Sound is a courtesy; never let it break the inbox.
  }
}
