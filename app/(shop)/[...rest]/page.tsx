import { notFound } from "next/navigation";

// Any URL no other route matches: the shop's own 404 page (with header and footer) instead
// of the framework default. More specific routes (every page, /api, /media) always win.
export default function UnknownPage() {
  notFound();
}
