"use client";

import { Modal } from "@/components/flows/modal";
import { Button } from "@/components/ui/button";

const shortcuts: [keys: string[], what: string][] = [
  [["J", "↓"], "Next conversation in the list"],
  [["K", "↑"], "Previous conversation"],
  [["A"], "Accept the open conversation"],
  [["/"], "Write a reply (in the reply, / opens canned replies)"],
  [["E"], "Resolve the open conversation"],
  [["Enter"], "Send; Shift+Enter starts a new line"],
  [["Esc"], "Leave the reply box, so the keys above work again"],
  [["?"], "Show this list"],
];

/** The inbox's keyboard shortcuts, opened with "?" or the Shortcuts button. */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" description="They work whenever the cursor is not in a text field.">
      <table className="w-full text-sm">
        <caption className="sr-only">Inbox keyboard shortcuts</caption>
        <tbody className="divide-y divide-slate-100">
          {shortcuts.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? <span className="px-1 text-slate-400">or</span> : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                  </span>
                ))}
              </th>
              <td className="py-1.5 text-slate-700">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-5 flex justify-end">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Modal>
  );
}
