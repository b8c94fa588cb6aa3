import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CapturedMailView } from "@/components/mail/captured-mail-view";
import { auth } from "@/server/auth";
import { mailMode } from "@/server/email";
import { listCapturedMail, readCapturedMail } from "@/server/email/captured";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mail");
  return { title: t("nav") };
}

/** Mail the local capture server caught (docs/email.md): newest first, `?id=` opens one. */
export default async function AdminMailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The proxy and the admin layout check this too; the page reads files, so it checks on its own.
  const session = await auth();
  if (session?.user.role !== "admin") notFound();
  const { id } = await searchParams;
  const selectedId = typeof id === "string" ? id : undefined;
  const [items, mail] = await Promise.all([listCapturedMail({ limit: 100 }), selectedId ? readCapturedMail(selectedId) : null]);
  return <CapturedMailView mode={mailMode()} items={items} selectedId={selectedId} mail={mail} />;
}
