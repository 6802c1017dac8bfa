import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** SM3 digest in hex (GB/T 32905), used for the audit chain and session token hashes. */
export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

/**
 * SM4-CBC with an SM3-HMAC over iv‖ciphertext (encrypt-then-MAC), because this OpenSSL build has no SM4-GCM.
 * The stored form is `v1:<iv hex>:<ciphertext hex>:<mac hex>`; the key is 32 bytes: 16 for SM4, 16 for the MAC.
 */
export function createFieldCipher(keyHex: string) {
  const key = Buffer.from(keyHex, 'hex');
  if (key.length !== 32) throw new Error('field key must be 32 bytes of hex (64 characters)');
  const encKey = key.subarray(0, 16);
  const macKey = key.subarray(16);
  const mac = (iv: Buffer, ct: Buffer) => createHmac('sm3', macKey).update(iv).update(ct).digest();
  // Digests get their own key derived from the field key, so that no digest can double as the MAC of a ciphertext.
  const digestKey = createHmac('sm3', key).update('dandang:field-digest:v1').digest();

  return {
    encrypt(plain: string): string {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${iv.toString('hex')}:${ct.toString('hex')}:${mac(iv, ct).toString('hex')}`;
    },
    decrypt(stored: string): string {
      const [ver, ivHex, ctHex, macHex] = stored.split(':');
      if (ver !== 'v1' || !ivHex || !ctHex || !macHex) throw new Error('not an encrypted field value');
      const iv = Buffer.from(ivHex, 'hex');
      const ct = Buffer.from(ctHex, 'hex');
      const expected = mac(iv, ct);
      const given = Buffer.from(macHex, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new Error('encrypted field value was altered');
      }
      const decipher = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
    /**
     * A keyed HMAC-SM3 of a value, the same for the same value: finds duplicates of an encrypted field without
     * decrypting anything, and without the key cannot be reversed by hashing every possible ID number.
     */
    digest(plain: string): string {
      return createHmac('sm3', digestKey).update(plain, 'utf8').digest('hex');
    },
  };
}

export type FieldCipher = ReturnType<typeof createFieldCipher>;

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
