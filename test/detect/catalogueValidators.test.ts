// Validators of the wider catalogue (permits, landlines, device and courier numbers),
// against published examples and the near-misses each check exists to reject.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCnLandline } from '../../src/detect/validators/areaCode.js';
import { isAdvertisingId, isIeee802MacAddress, isImei, isImeiOfAllocatingBody } from '../../src/detect/validators/deviceIds.js';
import { gb11643CheckChar, isForeignPermanentResidentId, isResidencePermitNumber } from '../../src/detect/validators/gb11643.js';
import { isIpv4HostAddress } from '../../src/detect/validators/ipAddress.js';
import { isSecretValue } from '../../src/detect/validators/secret.js';
import { isUpuS10, upuS10CheckDigit } from '../../src/detect/validators/upuS10.js';
import { isWgs84Coordinate } from '../../src/detect/validators/wgs84.js';
import { NORMALISERS } from '../../src/detect/normalize.js';
import { detector, NOW, verifiedTypes } from '../helpers.js';

const ctx = { now: NOW };

describe('HK/Macau/Taiwan residence permits (GB 11643 layout)', () => {
  const { vectors } = JSON.parse(readFileSync(new URL('../fixtures/cn_ric.json', import.meta.url), 'utf8')) as { vectors: { value: string; why: string }[] };
  const permits = vectors.filter((v) => /^8[123]0000/.test(v.value));
  it('accepts the published permits of jxlwqq/id-validator', () => {
    expect(permits.length).toBeGreaterThan(0);
    for (const v of permits) expect(isResidencePermitNumber(v.value, ctx)).toBe(true);
  });
  it('rejects a wrong check character and an ordinary resident ID', () => {
    expect(isResidencePermitNumber('810000199408230022', ctx)).toBe(false);
    expect(isResidencePermitNumber('110105194912310021', ctx)).toBe(false);
  });
});

describe('2023 foreign permanent resident ID', () => {
  const make = (first17: string): string => first17 + gb11643CheckChar(first17);
  it('accepts 9 + province + nationality + birth date + sequence + check', () => {
    expect(isForeignPermanentResidentId(make('93184019800515002'), ctx)).toBe(true);
    expect(isForeignPermanentResidentId(make('91125019920704001'), ctx)).toBe(true);
  });
  it('rejects an unknown province, a bad date, nationality 000 and a bad check', () => {
    expect(isForeignPermanentResidentId(make('99184019800515002'), ctx)).toBe(false);
    expect(isForeignPermanentResidentId(make('93184019801315002'), ctx)).toBe(false);
    expect(isForeignPermanentResidentId(make('93100019800515002'), ctx)).toBe(false);
    expect(isForeignPermanentResidentId('931840198005150026', ctx)).toBe(false);
  });
});

describe('landlines by area code (libphonenumber)', () => {
  const landline = (raw: string): boolean => isCnLandline(NORMALISERS.cnLandline(raw));
  it('takes 8-digit locals after 010/02x and 7-8 after four-digit codes', () => {
    expect(landline('010-62345678')).toBe(true);
    expect(landline('0755 8888 1234')).toBe(true);
    expect(landline('0371-6789012')).toBe(true);
    expect(landline('+86 21 5432 1098')).toBe(true);
    expect(landline('0571-87654321转801')).toBe(true);
    expect(landline('021-1234567')).toBe(false);
    expect(landline('0999-12345678')).toBe(false);
    expect(landline('010-12345678')).toBe(false);
  });
  it('normalises prefixes and extensions to one form', () => {
    expect(NORMALISERS.cnLandline('+86 (10) 6234-5678')).toBe('01062345678');
    expect(NORMALISERS.cnLandline('0571-87654321转801')).toBe('057187654321-801');
  });
});

describe('device identifiers', () => {
  it('IMEI: the 3GPP example passes Luhn, a changed digit does not', () => {
    expect(isImei('490154203237518')).toBe(true);
    expect(isImei('490154203237519')).toBe(false);
    expect(isImei('001234567890128')).toBe(false);
  });

  it('IMEI of a body that allocates today (GSMA TS.06): 86 and 35 pass; a former body (49) or a merchant ID that passes Luhn (89…) does not', () => {
    expect(isImeiOfAllocatingBody('862642011628621')).toBe(true);
    expect(isImeiOfAllocatingBody('355683864491984')).toBe(true);
    expect(isImei('490154203237518') && !isImeiOfAllocatingBody('490154203237518')).toBe(true);
    expect(isImei('898310048160129') && !isImeiOfAllocatingBody('898310048160129')).toBe(true);
    expect(isImeiOfAllocatingBody('862642011628622')).toBe(false);
  });

  it('MAC and advertising IDs refuse the all-zero placeholders', () => {
    expect(isIeee802MacAddress('A4:5E:60:C2:11:0B')).toBe(true);
    expect(isIeee802MacAddress('FF:FF:FF:FF:FF:FF')).toBe(false);
    expect(isAdvertisingId('6D92078A-8246-4BA4-AE5B-76104861E7DC')).toBe(true);
    expect(isAdvertisingId('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});

describe('UPU S10 item numbers', () => {
  it('computes the check digit of the standard example EA 12345678 5 CN', () => {
    expect(upuS10CheckDigit('12345678')).toBe(5);
    expect(isUpuS10('EA123456785CN')).toBe(true);
    expect(isUpuS10('EA123456784CN')).toBe(false);
  });
});

describe('coordinates, IPv4, secrets', () => {
  it('accepts plausible WGS 84 pairs in either order', () => {
    expect(isWgs84Coordinate('39.904211,116.407395')).toBe(true);
    expect(isWgs84Coordinate('116.407395,39.904211')).toBe(true);
    expect(isWgs84Coordinate('116.407395,139.904211')).toBe(false);
    expect(isWgs84Coordinate('0.000,0.000')).toBe(false);
    expect(isWgs84Coordinate('22.5')).toBe(false);
  });
  it('accepts host addresses only', () => {
    expect(isIpv4HostAddress('61.135.169.121')).toBe(true);
    expect(isIpv4HostAddress('127.0.0.1')).toBe(false);
    expect(isIpv4HostAddress('224.0.0.1')).toBe(false);
    expect(isIpv4HostAddress('01.2.3.4')).toBe(false);
  });
  it('drops what a column or key named for the server itself holds, and keeps the client\'s', () => {
    const d = detector();
    const ips = (fields: { name: string | null; value: string }[]): string[] =>
      d.detect({ sheet: null, index: 1, fields }).filter((f) => f.verified && f.entity.spec.id === 'ip_address').map((f) => f.normalised);
    expect(ips([{ name: null, value: 'modsec-audit: {"transaction":{"client_ip":"120.59.180.47","host_ip":"10.12.0.8","host_port":443}}' }])).toEqual(['120.59.180.47']);
    expect(ips([{ name: 'server_ip', value: '61.135.169.121' }, { name: 'client_ip', value: '61.135.169.122' }])).toEqual(['61.135.169.122']);
  });
  it('refuses password placeholders', () => {
    expect(isSecretValue('abc12345')).toBe(true);
    expect(isSecretValue('******')).toBe(false);
    expect(isSecretValue('NULL')).toBe(false);
  });
  it('refuses a word in Han characters (a shore pass\'s status), not a password with some', () => {
    expect(isSecretValue('登陆证已签发')).toBe(false);
    expect(isSecretValue('已重置（短信）')).toBe(false);
    expect(isSecretValue('密码abc123')).toBe(true);
  });
});

describe('label context', () => {
  it('a name marked by the bracketed mobile after it leaves the mobile to be found', () => {
    const found = detector().detect({ sheet: null, index: 1, fields: [{ name: null, value: '[2026-11-01 10:00:03] 李娜(13912345678)：明天见' }] });
    expect(verifiedTypes(found).sort()).toEqual(['cn_mobile', 'person_name']);
  });
});
