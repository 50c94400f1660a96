/**
 * Vietnamese personal names for synthetic people: family name, middle name, given name, drawn with the
 * rough frequencies of the Red River Delta (Nguyễn about four in ten; Hoàng and Vũ rather than the
 * southern Huỳnh and Võ, which still occur). Middle and given names depend on sex, as they do in life
 * ("Văn" for men, "Thị" for women in older generations, freer choices for the young).
 */
import type { SeededRandom } from "./SeededRandom.js"

const familyNames: ReadonlyArray<readonly [string, number]> = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 4.5],
  ["Huỳnh", 0.5],
  ["Phan", 4.5],
  ["Vũ", 3.5],
  ["Võ", 0.4],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Đinh", 0.8],
  ["Đào", 0.7],
  ["Trịnh", 0.6],
  ["Lương", 0.4],
  ["Kiều", 0.3],
  ["Khuất", 0.3],
  ["Tạ", 0.3],
  ["Chu", 0.3],
]

const maleMiddleOlder = ["Văn", "Văn", "Văn", "Đức", "Hữu", "Xuân", "Quang", "Công", "Đình", "Ngọc"]
const maleMiddleYounger = ["Văn", "Minh", "Đức", "Quang", "Gia", "Tuấn", "Hoàng", "Anh", "Bảo", "Thành"]
const femaleMiddleOlder = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng"]
const femaleMiddleYounger = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Khánh", "Bảo", "Hà", "Mai"]

const maleGiven = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Nam",
  "Long",
  "Hải",
  "Sơn",
  "Thắng",
  "Cường",
  "Hoàng",
  "Minh",
  "Quân",
  "Đức",
  "Trung",
  "Khánh",
  "Phúc",
  "Bình",
  "An",
  "Hiếu",
  "Tùng",
  "Việt",
  "Thành",
  "Huy",
  "Kiên",
  "Lâm",
  "Mạnh",
  "Toàn",
  "Quang",
  "Hưng",
  "Thịnh",
  "Phong",
  "Vinh",
  "Hòa",
  "Tiến",
  "Đạt",
  "Khôi",
]
const femaleGiven = [
  "Lan",
  "Hương",
  "Hoa",
  "Mai",
  "Linh",
  "Trang",
  "Hà",
  "Thảo",
  "Huyền",
  "Nga",
  "Hằng",
  "Yến",
  "Ngọc",
  "Anh",
  "Thủy",
  "Dung",
  "Phương",
  "Nhung",
  "Hạnh",
  "Loan",
  "Chi",
  "Vy",
  "Trâm",
  "Hiền",
  "Oanh",
  "Liên",
  "Thơ",
  "Duyên",
  "Nhàn",
  "Tâm",
  "Quyên",
  "My",
  "Ngân",
  "Giang",
  "Vân",
  "Châu",
]

/** A family name (họ). */
export const familyName = (random: SeededRandom): string => random.weighted(familyNames)

/**
 * A full name: `family` (the household's, usually the father's), then middle and given names suited to
 * the person's sex and birth year.
 */
export const fullName = (
  random: SeededRandom,
  family: string,
  sex: "male" | "female",
  birthYear: number,
): string => {
  const younger = birthYear >= 1990
  const middle =
    sex === "male"
      ? random.pick(younger ? maleMiddleYounger : maleMiddleOlder)
      : random.pick(younger ? femaleMiddleYounger : femaleMiddleOlder)
  const given = random.pick(sex === "male" ? maleGiven : femaleGiven)
  return `${family} ${middle} ${given}`
}
