import { z } from 'zod';

/** The website's address as a person gives it (to the export dialog or `--base-url`). */
export const siteAddressSchema = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/]+/i, 'the site address must start with http:// or https://');
