"use client";

// One option of the variant matrix: its name and its values as chips. Enter or a comma adds
// the typed value, Backspace in the empty box removes the last chip, each chip has its own
// remove button (keyboard reachable).
import { useId, useState, type KeyboardEvent } from "react";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { uniqueValues, type TOptionDef } from "@/lib/catalog/client/variant-matrix";

export function OptionValues({
  index,
  option,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  option: TOptionDef;
  onChange: (next: TOptionDef) => void;
  onRemove: () => void;
  error?: string | undefined;
}) {
  const uid = useId();
  const [draft, setDraft] = useState("");

  function add(text: string) {
    const parts = text.split(",").map((s) => s.trim());
    const values = uniqueValues([...option.values, ...parts]);
    if (values.length !== option.values.length) onChange({ ...option, values });
    setDraft("");
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      if (draft.trim()) add(draft);
    } else if (e.key === "Backspace" && draft === "" && option.values.length) {
      onChange({ ...option, values: option.values.slice(0, -1) });
    }
  }

  return (
    <fieldset className="rounded-control border border-black/10 p-3">
      <legend className="sr-only">Option {index + 1}</legend>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
        <div>
          <Label htmlFor={`${uid}-name`}>Option {index + 1}</Label>
          <Input
            id={`${uid}-name`}
            value={option.name}
            placeholder={index === 0 ? "Size" : index === 1 ? "Colour" : "Fit"}
            maxLength={30}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...option, name: e.target.value })}
          />
        </div>
        <div>
          <Label htmlFor={`${uid}-values`}>Values</Label>
          <div className="flex min-h-11 flex-wrap items-center gap-1.5 rounded-control border border-black/15 bg-surface px-2 py-1.5 focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600/25">
            <ul className="contents" aria-label={`${option.name || `Option ${index + 1}`} values`}>
              {option.values.map((v) => (
                <li
                  key={v}
                  className="inline-flex items-center gap-1 rounded-pill bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm font-medium text-brand-800"
                >
                  {v}
                  <button
                    type="button"
                    className="grid h-6 w-6 place-items-center rounded-full hover:bg-brand-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                    aria-label={`Remove ${v}`}
                    onClick={() => onChange({ ...option, values: option.values.filter((x) => x !== v) })}
                  >
                    <X aria-hidden="true" className="h-3.5 w-3.5" />
                  </button>
                </li>
              ))}
            </ul>
            <input
              id={`${uid}-values`}
              className="h-8 min-w-24 flex-1 bg-transparent px-1 text-base outline-none"
              value={draft}
              placeholder={option.values.length ? "Add another" : "Type a value, press Enter"}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
              onBlur={() => (draft.trim() ? add(draft) : undefined)}
              aria-describedby={`${uid}-hint`}
            />
          </div>
          <p id={`${uid}-hint`} className="mt-1 text-xs text-ink-muted">
            Enter or comma adds a value; Backspace in the empty box removes the last.
          </p>
        </div>
        <div className="sm:pt-7">
          <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
            Remove option
          </Button>
        </div>
      </div>
      {error ? <p className="mt-1.5 text-sm text-danger-700">{error}</p> : null}
    </fieldset>
  );
}
