// Class-name joiner for components (isomorphic). Tailwind classes are written so variants
// never need to override each other, hence no tailwind-merge.
import { clsx, type ClassValue } from "clsx";

export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
