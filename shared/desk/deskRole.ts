import { z } from 'zod';

/** What a person does on the desk; the desk server decides it from their token, never the client. */
export const deskRoles = ['editor', 'fact-checker', 'chief'] as const;
export const deskRoleSchema = z.enum(deskRoles);
export type DeskRole = z.infer<typeof deskRoleSchema>;
