import type { NodeSettingsProps } from "./node-settings-props";
import { PanelIntro } from "./controls/panel-intro";

/** Start has nothing to set: it only explains itself. */
export function StartSettings(_props: NodeSettingsProps) {
  return (
    <PanelIntro exits={[{ label: "Start", when: "right away, as soon as a customer opens the chat." }]}>
      Every conversation begins here. Connect its exit to the first thing the bot should do — usually a greeting Message. There is nothing to set.
    </PanelIntro>
  );
}
