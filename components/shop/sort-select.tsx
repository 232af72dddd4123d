"use client";

import { Select } from "@/components/ui/select";

/**
 * Sort control inside a GET form: changing it submits the form (new URL, back button works);
 * without JavaScript the form's "Apply" button does the same.
 */
export function SortSelect({
  id,
  name = "sort",
  value,
  options,
}: {
  id: string;
  name?: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <Select
      id={id}
      name={name}
      defaultValue={value}
      onChange={(e) => e.currentTarget.form?.requestSubmit()}
      className="w-44"
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}
