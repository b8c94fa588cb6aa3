import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

/** The centred card sign-in and sign-up pages share. */
export function AuthCard({
  title,
  description,
  children,
  footer,
  wide = false,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  footer?: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <div className="mx-auto flex w-full justify-center px-4 py-8 sm:py-14">
      <Card className={wide ? "w-full max-w-2xl" : "w-full max-w-md"}>
        <CardHeader>
          <CardTitle>
            <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          </CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </CardHeader>
        <CardContent>{children}</CardContent>
        {footer && <CardFooter className="flex flex-col items-start gap-2 text-sm text-muted-foreground">{footer}</CardFooter>}
      </Card>
    </div>
  );
}
