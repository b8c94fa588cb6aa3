import "server-only";
import { z } from "zod";
import { adminProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/api/trpc";
import { workshopsOfMember } from "@/features/workshops/server";
import { signUpSchema, updateProfileSchema, workshopSignUpSchema } from "../schemas";
import { listUsers } from "./queries";
import { registerCustomer, registerProvider, updateProfile } from "./service";

export const accountsRouter = createTRPCRouter({
  /** Creates a customer account (the client then signs in). CONFLICT `errors.accounts.emailTaken`. */
  register: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    const user = await registerCustomer(ctx.db, input);
    return { id: user.id };
  }),

  /** Creates a provider account and its pending workshop. CONFLICT / BAD_REQUEST as `registerProvider`. */
  registerWorkshop: publicProcedure.input(workshopSignUpSchema).mutation(({ ctx, input }) => registerProvider(ctx.db, input)),

  /** The signed-in person and the workshops they work at. */
  me: protectedProcedure.query(async ({ ctx }) => ({
    ...ctx.user,
    workshops: await workshopsOfMember(ctx.db, ctx.user.id),
  })),

  /** Name and preferred language (used for e-mails and as the default UI language). */
  updateProfile: protectedProcedure.input(updateProfileSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  /** Admin: everyone who has an account, newest first. */
  listUsers: adminProcedure
    .input(
      z.object({
        role: z.enum(["customer", "provider", "admin"]).optional(),
        q: z.string().trim().max(80).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(({ ctx, input }) => listUsers(ctx.db, input)),
});
