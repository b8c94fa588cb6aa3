import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  adminProcedure,
  createTRPCRouter,
  protectedProcedure,
  publicProcedure,
  workshopOwnerProcedure,
  workshopProcedure,
} from "@/server/api/trpc";
import { openingHoursSchema, searchWorkshopsSchema, workshopProfileSchema, workshopServiceSchema } from "../schemas";
import { searchCities } from "./cities";
import { listWorkshopsForAdmin, workshopBySlug, workshopForStaff, workshopsOfMember } from "./queries";
import { searchWorkshops } from "./search";
import {
  createWorkshopService,
  setWorkshopStatus,
  removeWorkshopService,
  saveOpeningHours,
  updateWorkshopProfile,
  updateWorkshopService,
} from "./service";

const serviceId = z.object({ serviceId: z.uuid() });

export const workshopsRouter = createTRPCRouter({
  /** Public search: see `searchWorkshops` for the input and output (metres, grosze). */
  search: publicProcedure.input(searchWorkshopsSchema).query(({ ctx, input }) => searchWorkshops(ctx.db, input)),

  /** Public: Polish places for "near me by city" (GeoNames), most populous first. */
  cities: publicProcedure
    .input(z.object({ q: z.string().trim().min(1).max(80), limit: z.number().int().min(1).max(20).default(8) }))
    .query(({ input }) => searchCities(input.q, input.limit)),

  /** Public page of an active workshop (staff and admins also see it while pending). NOT_FOUND otherwise. */
  bySlug: publicProcedure.input(z.object({ slug: z.string().min(1).max(120) })).query(async ({ ctx, input }) => {
    const workshop = await workshopBySlug(ctx.db, input.slug, {
      userId: ctx.user?.id ?? null,
      isAdmin: ctx.user?.role === "admin",
    });
    if (!workshop) throw new TRPCError({ code: "NOT_FOUND", message: "errors.workshops.notFound" });
    return workshop;
  }),

  /** Workshops the signed-in person works at (empty for customers). */
  mine: protectedProcedure.query(({ ctx }) => workshopsOfMember(ctx.db, ctx.user.id)),

  /** Staff: everything the dashboard shows for their workshop. */
  manage: workshopProcedure.query(async ({ ctx }) => {
    const workshop = await workshopForStaff(ctx.db, ctx.workshop.id);
    if (!workshop) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return { ...workshop, myRole: ctx.role };
  }),

  /** Owner: public profile (name, address, location, contacts). */
  updateProfile: workshopOwnerProcedure
    .input(z.object({ profile: workshopProfileSchema }))
    .mutation(({ ctx, input }) => updateWorkshopProfile(ctx.db, ctx.workshop.id, input.profile)),

  /** Owner: replaces the weekly opening hours. */
  saveHours: workshopOwnerProcedure
    .input(z.object({ hours: openingHoursSchema }))
    .mutation(({ ctx, input }) => saveOpeningHours(ctx.db, ctx.workshop.id, input.hours)),

  /** Owner: adds a service (grosze, minutes). */
  createService: workshopOwnerProcedure
    .input(z.object({ service: workshopServiceSchema }))
    .mutation(({ ctx, input }) => createWorkshopService(ctx.db, ctx.workshop.id, input.service)),

  /** Owner: edits one of the workshop's services. */
  updateService: workshopOwnerProcedure
    .input(serviceId.extend({ service: workshopServiceSchema }))
    .mutation(({ ctx, input }) => updateWorkshopService(ctx.db, ctx.workshop.id, input.serviceId, input.service)),

  /** Owner: deletes one of the workshop's services. */
  removeService: workshopOwnerProcedure
    .input(serviceId)
    .mutation(({ ctx, input }) => removeWorkshopService(ctx.db, ctx.workshop.id, input.serviceId)),

  /** Admin: workshops by status (pending first in the UI), newest first. */
  adminList: adminProcedure
    .input(
      z.object({
        status: z.enum(["pending", "active", "suspended", "rejected"]).optional(),
        q: z.string().trim().max(80).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(({ ctx, input }) => listWorkshopsForAdmin(ctx.db, input)),

  /** Admin: approve (active), reject, suspend or reinstate a workshop. */
  setStatus: adminProcedure
    .input(z.object({ workshopId: z.uuid(), status: z.enum(["active", "rejected", "suspended"]) }))
    .mutation(({ ctx, input }) => setWorkshopStatus(ctx.db, input.workshopId, input.status, ctx.user.id)),
});
