import { DashboardNotFound } from "@/components/ui/dashboard-shell";

export default function NotFound() {
  return <DashboardNotFound homeHref="/admin" />;
}
