/**
 * The yearly "Ngày hội toàn dân học tập số" on 10 October, National Digital Transformation Day (Ngày
 * Chuyển đổi số quốc gia): "Tích cực hưởng ứng “Ngày hội toàn dân học tập số” vào ngày 10/10 hàng năm".
 *
 * Free of Effect on purpose, so a public web page can count down to the day without loading Schema; dates
 * are ISO calendar dates (`YYYY-MM-DD`) in Asia/Ho_Chi_Minh, as everywhere in the domain.
 *
 * @since 0.1.0
 */

/** The month and day of the yearly "Ngày hội toàn dân học tập số". */
export const DIGITAL_LEARNING_DAY = { month: 10, day: 10 } as const

const dayOfYear = (year: number): string =>
  `${String(year).padStart(4, "0")}-${String(DIGITAL_LEARNING_DAY.month).padStart(2, "0")}-${String(
    DIGITAL_LEARNING_DAY.day,
  ).padStart(2, "0")}`

/** Whether an ISO calendar date is the yearly "Ngày hội toàn dân học tập số" (10/10). */
export const isDigitalLearningDay = (date: string): boolean => date.slice(5, 10) === dayOfYear(0).slice(5)

/**
 * The next "Ngày hội toàn dân học tập số" on or after an ISO calendar date: 10 October of that year, or
 * of the next once it has passed.
 */
export const nextDigitalLearningDay = (date: string): string => {
  const year = Number(date.slice(0, 4))
  const thisYear = dayOfYear(year)
  return thisYear >= date.slice(0, 10) ? thisYear : dayOfYear(year + 1)
}
