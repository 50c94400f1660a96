/**
 * Arbitrary Vietnamese names, as people type them: with or without accents, in any case, composed or
 * decomposed, with stray spaces.
 */
import { Arbitrary, Schema } from "effect"

const familyNames = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
]
const middleNames = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thu", "Quốc", "Xuân", "Thành"]
const givenNames = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đức",
  "Giang",
  "Hà",
  "Hòa",
  "Hoà",
  "Hương",
  "Khánh",
  "Lan",
  "Lợi",
  "Mỹ",
  "Nghĩa",
  "Oanh",
  "Phúc",
  "Quyền",
  "Sơn",
  "Thủy",
  "Tuấn",
  "Uyên",
  "Việt",
  "Yến",
  "Ưng",
  "Ánh",
]

/** A well-formed name: family name, zero to two middle names, given name. */
export const name: Arbitrary.Arbitrary<string> = Arbitrary.all([
  Arbitrary.schema(Schema.Literals(familyNames)),
  Arbitrary.array(Arbitrary.schema(Schema.Literals(middleNames)), { maxLength: 2 }),
  Arbitrary.schema(Schema.Literals(givenNames)),
]).pipe(Arbitrary.map(([family, middle, given]) => [family, ...middle, given].join(" ")))

const spellings: Record<string, (name: string) => string> = {
  asIs: (n) => n,
  upper: (n) => n.toUpperCase(),
  lower: (n) => n.toLowerCase(),
  decomposed: (n) => n.normalize("NFD"),
  spaced: (n) => `  ${n.split(" ").join("   ")}\t`,
}

/** A name and the same name typed differently: upper or lower case, decomposed, padded with spaces. */
export const typed: Arbitrary.Arbitrary<readonly [string, string]> = Arbitrary.all([
  name,
  Arbitrary.schema(Schema.Literals(Object.keys(spellings))),
]).pipe(Arbitrary.map(([n, how]): readonly [string, string] => [n, spellings[how]!(n)]))
