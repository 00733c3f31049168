// Validators by the name pattern files use for them. A validator gets the normalised value.
import { isAddress } from './address.js';
import { isBankCard } from './bankCard.js';
import type { DateContext } from './calendarDate.js';
import { isEmailAddress } from './email.js';
import { isResidentId } from './gb11643.js';
import { isUnifiedSocialCreditCode } from './gb32100.js';
import { isPersonName } from './names.js';
import { isAllocatedMobile } from './phone.js';

export type Validator = (normalised: string, ctx: DateContext) => boolean;

export const VALIDATORS: Record<string, Validator> = {
  gb11643: isResidentId,
  gb32100: isUnifiedSocialCreditCode,
  cnMobile: isAllocatedMobile,
  bankCard: isBankCard,
  emailAddress: isEmailAddress,
  personName: isPersonName,
  cnAddress: isAddress,
};
