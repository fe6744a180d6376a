"use client";

import { HttpHeadersEditor } from "./http-headers-editor";
import { HttpMappingsEditor } from "./http-mappings-editor";
import { NumberField } from "./controls/number-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { SelectField } from "./controls/select-field";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export function HttpRequestSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("http_request", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "OK", when: "the service answered with success; the values below are saved." },
          { label: "Error", when: "it failed, answered with an error or a redirect, or took longer than the time limit." },
        ]}
      >
        Calls another system (your shop, CRM…) without the customer seeing it — ask a developer for the details.
      </PanelIntro>
      <SelectField
        label="Method"
        value={values.method}
        options={methods.map((method) => ({ value: method, label: method }))}
        onChange={(method) => set("method", method)}
        error={error("method")}
      />
      <TemplateTextarea
        label="URL"
        hint="Variables are filled in, URL-encoded, before the call, e.g. https://shop.example.com/orders/{{order_id}}. Only public addresses can be called."
        value={values.url}
        onChange={(url) => set("url", url)}
        error={error("url")}
        variables={context.variables}
        rows={2}
      />
      <HttpHeadersEditor headers={values.headers} onChange={(headers) => set("headers", headers)} error={error} />
      {values.method === "GET" ? (
        <p className="text-xs text-slate-500">GET requests send no body; choose POST or PUT to send one.</p>
      ) : (
        <TemplateTextarea
          label="Body"
          hint="Usually JSON."
          value={values.body}
          onChange={(body) => set("body", body)}
          error={error("body")}
          variables={context.variables}
          rows={4}
        />
      )}
      <NumberField
        label="Time limit (seconds)"
        hint="After this the Error exit is taken."
        value={values.timeoutMs / 1000}
        onChange={(seconds) => set("timeoutMs", Math.round(seconds * 1000))}
        error={error("timeoutMs")}
        min={0.1}
        max={30}
        step="any"
      />
      <HttpMappingsEditor mappings={values.mappings} onChange={(mappings) => set("mappings", mappings)} error={error} variables={context.variables} />
    </PanelBody>
  );
}
