"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { List, Map as MapIcon } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { useErrorMessage } from "@/hooks/use-error-message";
import { useMediaQuery } from "@/hooks/use-media-query";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { parseSearchState, searchStateToInput, searchStateToQuery, type SearchState } from "../search-params";
import { WorkshopMap } from "./map";
import { Rating } from "./rating";
import { SearchFilters } from "./search-filters";
import { WorkshopCard, workshopHref } from "./workshop-card";

type Label = { name: string; lat: number; lng: number };

/** /workshops: filters, the result list and the map side by side (desktop) or toggled (phone). */
export function WorkshopSearch({ labels }: { labels: Label[] }) {
  const t = useTranslations("workshops.search");
  const tc = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const diagnosisId = params.get("diagnosis");
  const state = useMemo(() => parseSearchState(new URLSearchParams(params.toString())), [params]);
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { data, error, isPending, isFetching, isPlaceholderData } = useQuery({
    ...trpc.workshops.search.queryOptions(searchStateToInput(state)),
    placeholderData: keepPreviousData,
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setView] = useState<"list" | "map">("list");
  const [locating, setLocating] = useState(false);
  // On phones the map is a separate view: mount it only when shown, so it measures a real size.
  const desktop = useMediaQuery("(min-width: 1024px)");
  const mapShown = desktop || view === "map";
  const listRef = useRef<HTMLDivElement>(null);

  const update = useCallback(
    (patch: Partial<SearchState>) => {
      const search = new URLSearchParams(searchStateToQuery({ ...state, ...patch }));
      // The diagnosis the customer came with stays through every change of the filters.
      if (diagnosisId) search.set("diagnosis", diagnosisId);
      const query = search.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      setSelectedId(null);
    },
    [state, router, pathname, diagnosisId],
  );

  const nearMe = () => {
    if (!("geolocation" in navigator)) return toast.error(t("locationDenied"));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        update({ lat: pos.coords.latitude, lng: pos.coords.longitude, city: null, page: 1 });
      },
      () => {
        setLocating(false);
        toast.error(t("locationDenied"));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  // "?near=me" (links such as the diagnosis card's "find a workshop") asks for the location once on arrival.
  const askedNearMe = useRef(false);
  useEffect(() => {
    if (askedNearMe.current || params.get("near") !== "me" || state.lat !== null) return;
    askedNearMe.current = true;
    nearMe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per arrival, not on every state change
  }, []);

  // A pin picked on the map brings its card into view.
  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector(`[aria-labelledby="w-${selectedId}"]`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selectedId]);

  const origin = data?.origin ?? null;
  const summary = data
    ? origin
      ? t("resultsNear", { count: data.total, km: state.radiusKm, place: origin.label ?? t("myLocation") })
      : t("results", { count: data.total })
    : null;

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-4 lg:h-[calc(100dvh-3.5rem)] lg:py-5">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <ToggleGroup
          type="single"
          variant="outline"
          value={view}
          onValueChange={(v) => v && setView(v as "list" | "map")}
          aria-label={t("view")}
          className="lg:hidden"
        >
          <ToggleGroupItem value="list" aria-label={t("showList")}>
            <List aria-hidden className="size-4" /> {t("showList")}
          </ToggleGroupItem>
          <ToggleGroupItem value="map" aria-label={t("showMap")}>
            <MapIcon aria-hidden className="size-4" /> {t("showMap")}
          </ToggleGroupItem>
        </ToggleGroup>
      </div>
      <SearchFilters key={`${state.city}-${state.lat}`} state={state} onChange={update} onNearMe={nearMe} locating={locating} />
      {error && (
        <Alert variant="destructive">
          <AlertTitle>{errorMessage(error)}</AlertTitle>
        </Alert>
      )}
      <div className="grid min-h-0 flex-1 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <section aria-label={t("showList")} className={cn("flex min-h-0 flex-col gap-3", view === "map" && "hidden lg:flex")}>
          <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
            {summary ?? tc("loading")}
          </p>
          {!origin && data && <p className="text-sm">{t("pickPlaceHint")}</p>}
          <div
            ref={listRef}
            aria-busy={isFetching}
            className={cn("flex min-h-0 flex-col gap-3 lg:overflow-y-auto lg:pe-1", isFetching && "opacity-70")}
          >
            {isPending && Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-36 w-full" />)}
            {data?.items.length === 0 && (
              <Alert>
                <AlertTitle>{t("noResults")}</AlertTitle>
                <AlertDescription>{t("noResultsHint")}</AlertDescription>
              </Alert>
            )}
            {data?.items.map((w) => (
              <WorkshopCard
                key={w.id}
                workshop={w}
                selected={w.id === selectedId}
                onSelect={() => setSelectedId(w.id)}
                diagnosisId={diagnosisId}
              />
            ))}
            {data && (data.page > 1 || data.hasMore) && (
              <nav aria-label={tc("pageOf", { page: data.page })} className="flex items-center justify-between gap-2 py-2">
                <Button variant="outline" disabled={data.page <= 1} onClick={() => update({ page: data.page - 1 })}>
                  {tc("previous")}
                </Button>
                <span className="text-sm text-muted-foreground">{tc("pageOf", { page: data.page })}</span>
                <Button variant="outline" disabled={!data.hasMore} onClick={() => update({ page: data.page + 1 })}>
                  {tc("nextPage")}
                </Button>
              </nav>
            )}
          </div>
        </section>
        <section
          aria-label={t("showMap")}
          className={cn("min-h-[60dvh] overflow-hidden rounded-lg border lg:min-h-0", view === "list" && "hidden lg:block")}
        >
          {mapShown && (
            <WorkshopMap
              pins={data?.pins ?? []}
              selectedId={selectedId}
              onSelect={setSelectedId}
              origin={origin}
              radiusM={data?.radiusM ?? null}
              labels={labels}
              // Frame the pins once the new search's results are in (not the previous ones kept on screen).
              fitKey={isPlaceholderData ? undefined : searchStateToQuery({ ...state, page: 1 })}
              className="h-full min-h-[60dvh] w-full lg:min-h-0"
              renderPopup={(pin) => (
                <div className="grid gap-1 p-1">
                  <Link href={workshopHref(pin.slug, diagnosisId)} className="font-semibold text-foreground hover:underline">
                    {pin.name}
                  </Link>
                  <Rating rating={pin.rating} count={data?.pins.find((p) => p.id === pin.id)?.ratingCount ?? 0} />
                </div>
              )}
            />
          )}
        </section>
      </div>
    </div>
  );
}
