import { notFound } from "next/navigation";
import { AdminShell } from "@/components/layout/admin-shell";
import { auth } from "@/server/auth";

/** Admin area. The proxy already sends non-admins away; procedures check the role again in the database. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  if (session?.user.role !== "admin") notFound();
  return <AdminShell user={session.user}>{children}</AdminShell>;
}
