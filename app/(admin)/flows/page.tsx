import type { Metadata } from "next";
import { FlowsScreen } from "@/components/flows/flows-screen";

export const metadata: Metadata = { title: "Flows" };

export default function FlowsPage() {
  return <FlowsScreen />;
}
