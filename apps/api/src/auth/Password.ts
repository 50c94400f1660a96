/**
 * Password hashing with scrypt (memory-hard, in node:crypto). A hash is self-describing —
 * `scrypt$N$r$p$salt$key` — so the cost can be raised later without invalidating stored hashes.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto"

const cost = { N: 2 ** 15, r: 8, p: 1 } as const
const keyLength = 64

const derive = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFC"),
      salt,
      keyLength,
      { ...options, maxmem: 128 * 1024 * 1024 },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    ),
  )

/** Hashes a password with a fresh salt. */
export const hash = async (password: string): Promise<string> => {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost)
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$")
}

/** Whether a password matches a stored hash (constant-time comparison; false for a malformed hash). */
export const verify = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = stored.split("$")
  if (scheme !== "scrypt" || salt === undefined || key === undefined) return false
  const expected = Buffer.from(key, "base64")
  const actual = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

let decoyHash: Promise<string> | undefined

/** A hash of a random password, checked when an email is unknown so response timing reveals nothing. */
export const decoy = (): Promise<string> => {
  decoyHash ??= hash(randomBytes(16).toString("hex"))
  return decoyHash
}
