// A guest record of FIAS (the Fidelio Interface Application Specification, Oracle Hospitality):
// how a hotel's PMS (Opera, Fidelio) tells its door locks, phones, TV and wristband systems of
// a check-in (GI), a change (GC) or a check-out (GO). A record is a record type, then fields
// each ended by `|`, each a two-character id and its value, framed by STX and ETX, which logs
// print as the control characters, as <STX>/<ETX> or not at all:
// `<STX>GI|RN102|G#12345666|GTMr.|GFAndreas|GNKoehler, Andreas|GLEA|GV0|<ETX>`.
import type { Field } from '../types.js';

/** A guest record at a line's start or after its framing: the record type, then two fields or more. */
const GUEST_RECORD = /(?:^|[\x02>\]_\s])(G[ICO])\|((?:[A-Z0-9#]{2}[^|\x02\x03<>]*\|){2,})/g;

/** The fields that say what they hold, by the specification's ids; user-defined A0–A9 and the rest keep their ids. */
const FIELD_NAMES: Record<string, string> = {
  RN: 'RoomNumber',
  RO: 'OldRoomNumber',
  'G#': 'ReservationNumber',
  GN: 'GuestName',
  GF: 'GuestFirstName',
  GT: 'GuestTitle',
  GL: 'GuestLanguage',
  GV: 'GuestVIPStatus',
  GA: 'GuestArrivalDate',
  GD: 'GuestDepartureDate',
  DA: 'Date',
  TI: 'Time',
};

/** The fields of the line's one FIAS guest record as columns (GN → GuestName); none for no record or several. */
export function fiasGuestFields(text: string): Field[] {
  if (!text.includes('GI|') && !text.includes('GC|') && !text.includes('GO|')) return [];
  const records = [...text.matchAll(GUEST_RECORD)];
  if (records.length !== 1) return [];
  return records[0][2]
    .split('|')
    .filter((f) => f.length > 2)
    .map((f) => ({ name: FIELD_NAMES[f.slice(0, 2)] ?? f.slice(0, 2), value: f.slice(2) }));
}
