import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Text from "../src/Text.js"
import * as VietnameseName from "./arbitraries/VietnameseName.js"

describe("Text", () => {
  describe("fold", () => {
    it("strips accents and tone marks and turns đ into d", () => {
      assert.strictEqual(Text.fold("Nguyễn Văn Đức"), "nguyen van duc")
      assert.strictEqual(Text.fold("ĐẶNG THỊ THỦY"), "dang thi thuy")
      assert.strictEqual(Text.fold("Chương Mỹ"), "chuong my")
    })

    it("treats composed and decomposed input alike", () => {
      const nfc = "Nguyễn Văn Đức".normalize("NFC")
      const nfd = "Nguyễn Văn Đức".normalize("NFD")
      assert.notStrictEqual(nfc, nfd)
      assert.strictEqual(Text.fold(nfd), Text.fold(nfc))
    })

    it("treats the old and new tone-mark placement alike", () => {
      assert.strictEqual(Text.fold("Hoà Phú"), Text.fold("Hòa Phú"))
      assert.strictEqual(Text.fold("Thuỵ Hương"), Text.fold("Thụy Hương"))
    })

    it("collapses whitespace", () => {
      assert.strictEqual(Text.fold("  Lê \t Lợi \n"), "le loi")
    })

    it.prop("leaves only unaccented text, and folding twice changes nothing", [Schema.String], ([s]) => {
      const folded = Text.fold(s)
      assert.strictEqual(Text.fold(folded), folded)
      assert.notMatch(folded, /[\u0300-\u036fđĐ]/)
    })

    it.prop("gives the same result however a name is typed", [VietnameseName.typed], ([[name, typed]]) => {
      assert.strictEqual(Text.fold(typed), Text.fold(name))
      assert.match(Text.fold(name), /^[a-z ]+$/)
    })
  })

  describe("normalizeName", () => {
    it("trims, single-spaces and capitalises each word", () => {
      assert.strictEqual(Text.normalizeName("  nguyễn   VĂN đức "), "Nguyễn Văn Đức")
      assert.strictEqual(Text.normalizeName("ưng hoàng phúc"), "Ưng Hoàng Phúc")
    })

    it("returns composed (NFC) text", () => {
      const normalized = Text.normalizeName("Nguyễn Văn Đức".normalize("NFD"))
      assert.strictEqual(normalized, "Nguyễn Văn Đức".normalize("NFC"))
    })

    it("keeps the capital after an apostrophe in ethnic-minority names", () => {
      assert.strictEqual(Text.normalizeName("h'hen niê"), "H'Hen Niê")
    })

    it.prop(
      "gives back a well-formed name however it was typed",
      [VietnameseName.typed],
      ([[name, typed]]) => {
        assert.strictEqual(Text.normalizeName(typed), name.normalize("NFC"))
      },
    )

    it.prop("is idempotent and keeps the search key", [Schema.String], ([s]) => {
      const once = Text.normalizeName(s)
      assert.strictEqual(Text.normalizeName(once), once)
      assert.strictEqual(Text.searchKey(once), Text.searchKey(s))
    })
  })

  describe("searchKey", () => {
    it("drops punctuation", () => {
      assert.strictEqual(Text.searchKey("Nguyễn-Văn  Đức."), "nguyen van duc")
      assert.strictEqual(Text.searchKey("Thôn 3, xã Phú Nghĩa"), "thon 3 xa phu nghia")
    })
  })

  describe("matchesQuery", () => {
    it("finds Nguyễn by typing nguyen", () => {
      assert.isTrue(Text.matchesQuery("Nguyễn Văn Đức", "nguyen"))
      assert.isTrue(Text.matchesQuery("Nguyễn Văn Đức", "NGUYEN duc"))
      assert.isTrue(Text.matchesQuery("Nguyễn Văn Đức", "đức văn"))
    })

    it("matches the beginning of words, not the middle", () => {
      assert.isTrue(Text.matchesQuery("Nguyễn Văn Đức", "ng du"))
      assert.isFalse(Text.matchesQuery("Nguyễn Văn Đức", "an"))
      assert.isFalse(Text.matchesQuery("Nguyễn Văn Đức", "nguyen an"))
    })

    it("matches everything for a blank query", () => {
      assert.isTrue(Text.matchesQuery("Nguyễn Văn Đức", "   "))
    })

    it.prop(
      "finds every name by any of its words typed without accents",
      [VietnameseName.typed],
      ([[name, typed]]) => {
        for (const word of Text.fold(name).split(" ")) assert.isTrue(Text.matchesQuery(typed, word), word)
        assert.isTrue(Text.matchesQuery(name, typed))
      },
    )
  })

  describe("tidy", () => {
    it("keeps the words and their case, only spacing and Unicode form change", () => {
      assert.strictEqual(Text.tidy("  Tổ dân phố   số 3 ".normalize("NFD")), "Tổ dân phố số 3")
    })
  })

  describe("sameName", () => {
    it("recognises the same name typed differently", () => {
      assert.isTrue(Text.sameName("Nguyễn Văn Đức", "NGUYEN VAN DUC"))
      assert.isFalse(Text.sameName("Nguyễn Văn Đức", "Nguyễn Văn Dũng"))
    })

    it("cannot tell apart names that differ only by accents, since people often type none", () => {
      assert.isTrue(Text.sameName("Nguyễn Văn Đức", "Nguyễn Văn Đực"))
    })
  })
})
