import { dateOfAge, PARTY_MIN_AGE, WORK_MIN_AGE } from '@dandang/shared/cadres/cadre-profile.rules';
import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import { addMonthsClamped, isBefore } from '@dandang/shared/dates/date';
import { sealIdNumber as sealStoredIdNumber } from '../modules/cadres';
import type { FieldCipher } from '../platform/crypto/sm';
import type { Random } from './random';

/**
 * The profile half of a demo cadre: a synthetic ID number, native place, party-join and work-start dates that pass
 * the registry's own rules, and the current post as the first row of the posts history.
 */

/** GB/T 2260 has no province 99, so no number made here can belong to a real person. */
const FICTITIOUS_REGIONS = ['990101', '990102', '990103', '990104', '990105'];
/** Nothing in the demo happens after this day, whatever the machine's clock says. */
const LATEST = '2025-12-31';

const NATIVE_PLACES = [
  '示范县',
  '浙江杭州',
  '江苏南京',
  '山东济南',
  '河南郑州',
  '湖北武汉',
  '湖南长沙',
  '四川成都',
  '安徽合肥',
  '江西南昌',
  '河北石家庄',
  '陕西西安',
];

const earlierOf = (a: string, b: string) => (isBefore(a, b) ? a : b);

/**
 * Hands out sequence codes per birth date and gender (odd for men, even for women; GB 11643-1999 §4.4), moving to
 * the next fictitious region when a day's 500 are used, so that every number is unique without a retry loop.
 */
export function createIdNumberMaker() {
  const used = new Map<string, number>();
  return (birthDate: string, gender: string): string => {
    const key = `${birthDate}:${gender}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const region = FICTITIOUS_REGIONS[Math.floor(n / 500)];
    if (!region) throw new Error(`too many demo cadres born on ${birthDate}`);
    const sequence = String(((n % 500) * 2 + (gender === '1' ? 1 : 2)) % 1000).padStart(3, '0');
    const first17 = `${region}${birthDate.replaceAll('-', '')}${sequence}`;
    return first17 + idNumberCheckCharacter(first17);
  };
}

export interface DemoPerson {
  birthDate: string;
  gender: string;
  politicalStatus: string;
}

export function makeProfile(random: Random, idNumber: string, p: DemoPerson) {
  const isPartyMember = p.politicalStatus === '01' || p.politicalStatus === '02';
  const workStartedOn = earlierOf(addMonthsClamped(dateOfAge(p.birthDate, WORK_MIN_AGE + 2), random.int(0, 84)), LATEST);
  // A probationary member (预备党员) joined within the last year; a full member some time after turning eighteen.
  const partyJoinedOn = !isPartyMember
    ? null
    : p.politicalStatus === '02'
      ? addMonthsClamped(LATEST, -random.int(1, 11))
      : earlierOf(addMonthsClamped(dateOfAge(p.birthDate, PARTY_MIN_AGE), random.int(6, 180)), addMonthsClamped(LATEST, -13));
  return {
    /** Plain only until `sealIdNumber` runs, batch by batch, just before the insert. */
    id_number: idNumber,
    native_place: random.pick(NATIVE_PLACES),
    party_joined_on: partyJoinedOn && isBefore(partyJoinedOn, dateOfAge(p.birthDate, PARTY_MIN_AGE)) ? null : partyJoinedOn,
    work_started_on: workStartedOn,
  };
}

export type CadreDraft = { id_number: string } & Record<string, unknown>;

/** The stored forms of the ID number, as the registry writes them (cadres/id-number.service): no clear text. */
export function sealIdNumber(cipher: FieldCipher, { id_number, ...row }: CadreDraft) {
  const sealed = sealStoredIdNumber(cipher, id_number);
  return { ...row, id_number_enc: sealed.idNumberEnc, id_number_digest: sealed.idNumberDigest, id_number_masked: sealed.idNumberMasked };
}

/** The current post as the first row of the posts history; its start and key flag are set by the career plan. */
export function makeCurrentPost(id: string, cadre: { id: string; unit_id: string; post: string; rank: string; work_started_on: string }, unitName: string) {
  return {
    id,
    cadre_id: cadre.id,
    unit_id: cadre.unit_id,
    unit_name: unitName,
    post: cadre.post,
    rank: cadre.rank,
    started_on: cadre.work_started_on,
    ended_on: null as string | null,
    is_key: false,
    version: 1,
  };
}
