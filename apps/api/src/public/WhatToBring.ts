/**
 * What a resident should bring to a class, from what the class teaches and how it is held: the answer
 * to a sign-up, in the reader's language.
 */
import type * as Class from "@bdhv/domain/Class"
import * as Topic from "@bdhv/domain/Topic"
import type { Bilingual } from "@bdhv/domain/ValidationMessage"
import type { Language } from "../http/Language.js"

const phone: Bilingual = {
  vi: "Điện thoại thông minh đã sạc đầy pin (nếu có)",
  en: "Your smartphone, fully charged (if you have one)",
}
const phoneOnline: Bilingual = {
  vi: "Điện thoại thông minh hoặc máy tính có kết nối Internet",
  en: "A smartphone or computer connected to the Internet",
}
const byTopic: ReadonlyArray<readonly [Topic.TopicId, Bilingual]> = [
  [
    Topic.ids.vneid,
    {
      vi: "Thẻ căn cước (căn cước công dân) để kích hoạt tài khoản VNeID",
      en: "Your citizen identity card, to activate VNeID",
    },
  ],
  [
    Topic.ids.onlinePublicServices,
    { vi: "Số điện thoại đang dùng để nhận mã OTP", en: "The phone number you use, to receive OTP codes" },
  ],
  [
    Topic.ids.digitalPayment,
    {
      vi: "Thẻ ngân hàng hoặc sổ tài khoản (nếu có)",
      en: "Your bank card or account book (if you have one)",
    },
  ],
  [
    Topic.ids.fourTCashlessPayment,
    {
      vi: "Thẻ ngân hàng hoặc sổ tài khoản (nếu có)",
      en: "Your bank card or account book (if you have one)",
    },
  ],
  [Topic.ids.onlineHealthcare, { vi: "Thẻ bảo hiểm y tế", en: "Your health insurance card" }],
]
const notebook: Bilingual = { vi: "Sổ và bút để ghi chép", en: "A notebook and a pen" }

/** The list for a class, in `language`, without repeats. */
export const whatToBring = (
  c: Pick<Class.Class, "mode" | "topicIds">,
  language: Language,
): ReadonlyArray<string> => {
  const items = [
    c.mode === "online" ? phoneOnline : phone,
    ...byTopic.filter(([topic]) => c.topicIds.includes(topic)).map(([, text]) => text),
    ...(c.mode === "online" ? [] : [notebook]),
  ]
  return [...new Set(items.map((item) => item[language]))]
}
