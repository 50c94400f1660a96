/**
 * What a new password must be: long rather than complicated (a Vietnamese phrase with spaces and
 * diacritics is a good password), at most 1024 characters (scrypt input stays cheap to hash), and not a
 * password everybody tries first.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"

/** The shortest password accepted. */
export const minLength = 10

// The passwords tried first by every guessing script, and the ones a district office would pick.
const common = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "password123",
  "matkhau123",
  "matkhau1234",
  "qwertyuiop",
  "123456789a",
  "abc1234567",
  "admin12345",
  "bdhv123456",
  "iloveyou12",
])

/** A new password, with its rules and their messages. */
export const NewPassword = Schema.String.check(
  Schema.isMinLength(
    minLength,
    ValidationMessage.message({
      vi: `Mật khẩu cần ít nhất ${minLength} ký tự (có thể là một câu có dấu cách)`,
      en: `A password needs at least ${minLength} characters (a phrase with spaces is fine)`,
    }),
  ),
  Schema.isMaxLength(
    1024,
    ValidationMessage.message({
      vi: "Mật khẩu quá dài (tối đa 1024 ký tự)",
      en: "Password too long (at most 1024)",
    }),
  ),
  Schema.makeFilter((password: string) => !common.has(password.toLowerCase()), {
    ...ValidationMessage.message({
      vi: "Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác",
      en: "This password is too common; choose another",
    }),
  }),
).annotate(ValidationMessage.label({ vi: "Mật khẩu mới", en: "New password" }))
