import { WorkshopNotFound } from "@/features/workshops";

export default function DashboardNotFound() {
  return <WorkshopNotFound />;
}
