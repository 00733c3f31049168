// Validators by the name pattern files use for them. A validator gets the normalised value.
import { isAddress, isAddressByShape } from './address.js';
import { isCnLandline } from './areaCode.js';
import { isBankCard } from './bankCard.js';
import { isCalendarDate, type DateContext } from './calendarDate.js';
import { isAdvertisingId, isIeee802MacAddress, isImei, isImeiOfAllocatingBody } from './deviceIds.js';
import { isEmailAddress } from './email.js';
import { isForeignPermanentResidentId, isResidencePermitNumber, isResidentId } from './gb11643.js';
import { isUnifiedSocialCreditCode } from './gb32100.js';
import { isIpv4HostAddress, isPublicIpv4HostAddress } from './ipAddress.js';
import { luhn } from './luhn.js';
import { isNameByShape, isPersonName } from './names.js';
import { isAllocatedMobile } from './phone.js';
import { isSecretValue } from './secret.js';
import { isUpuS10 } from './upuS10.js';
import { isWgs84Coordinate } from './wgs84.js';

export type Validator = (normalised: string, ctx: DateContext) => boolean;

/** A document number that begins with its letter (C12345678, E12345678): an all-digit one is any number. */
const lettered: Validator = (normalised) => /^[A-Z]/.test(normalised);

export const VALIDATORS: Record<string, Validator> = {
  gb11643: isResidentId,
  gb11643ResidencePermit: isResidencePermitNumber,
  gb11643ForeignPermanent: isForeignPermanentResidentId,
  gb32100: isUnifiedSocialCreditCode,
  cnMobile: isAllocatedMobile,
  cnLandline: isCnLandline,
  bankCard: isBankCard,
  luhn,
  emailAddress: isEmailAddress,
  personName: isPersonName,
  personNameByShape: isNameByShape,
  cnAddress: isAddress,
  cnAddressByShape: isAddressByShape,
  calendarDate: isCalendarDate,
  wgs84: isWgs84Coordinate,
  ipv4: isIpv4HostAddress,
  ipv4Public: isPublicIpv4HostAddress,
  imei: isImei,
  imeiOfAllocatingBody: isImeiOfAllocatingBody,
  ieee802Mac: isIeee802MacAddress,
  advertisingId: isAdvertisingId,
  upuS10: isUpuS10,
  secret: isSecretValue,
  lettered,
};
