/**
 * Headings of the export columns whose field has no label in the domain (record ids and timestamps,
 * figures the API adds to a list): the one catalogue the exports read besides the domain's labels.
 */
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"

/** What follows a reference's heading on the column of its id: "Thôn, tổ dân phố (mã)". */
export const idSuffix: ValidationMessage.Bilingual = { vi: "mã", en: "id" }

/** Headings by field name. */
export const labels: Readonly<Record<string, ValidationMessage.Bilingual>> = {
  id: { vi: "Mã định danh", en: "Id" },
  createdAt: { vi: "Ngày tạo", en: "Created" },
  unitId: { vi: "Đơn vị", en: "Unit" },
  parentId: { vi: "Đơn vị cấp trên", en: "Parent unit" },
  successorIds: { vi: "Đơn vị kế thừa", en: "Succeeded by" },
  kind: { vi: "Loại", en: "Kind" },
  name: { vi: "Tên", en: "Name" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  implies: { vi: "Bao gồm chủ đề", en: "Includes topics" },
  core: { vi: "Thuộc kỹ năng số cơ bản", en: "Part of basic digital skills" },
  title: { vi: "Tiêu đề", en: "Title" },
  audience: { vi: "Đối tượng", en: "Audience" },
  topicIds: { vi: "Chủ đề", en: "Topics" },
  topicId: { vi: "Chủ đề", en: "Topic" },
  startsAt: { vi: "Bắt đầu (giờ Việt Nam)", en: "Starts (Vietnam time)" },
  durationMinutes: { vi: "Thời lượng (phút)", en: "Duration (minutes)" },
  mode: { vi: "Hình thức tổ chức", en: "Mode" },
  venue: { vi: "Địa điểm", en: "Venue" },
  capacity: { vi: "Số chỗ", en: "Capacity" },
  instructorIds: { vi: "Người hướng dẫn", en: "Instructors" },
  organizationId: { vi: "Tổ chức", en: "Organization" },
  status: { vi: "Trạng thái", en: "Status" },
  enrolled: { vi: "Số người đã đăng ký", en: "Enrolled" },
  personId: { vi: "Người", en: "Person" },
  since: { vi: "Từ ngày", en: "Since" },
  learners: { vi: "Số người đã hướng dẫn", en: "Learners guided" },
  meetsQuota: { vi: "Đạt định mức 5 người", en: "Meets the quota of five" },
  validFrom: { vi: "Từ ngày", en: "From" },
  validTo: { vi: "Đến hết ngày", en: "To" },
  active: { vi: "Đang làm nhiệm vụ", en: "Active" },
  memberIds: { vi: "Thành viên", en: "Members" },
  leaderId: { vi: "Tổ trưởng", en: "Leader" },
  teamId: { vi: "Tổ, đội", en: "Team" },
  householdId: { vi: "Hộ gia đình", en: "Household" },
  date: { vi: "Ngày", en: "Date" },
  helpedIds: { vi: "Người được hướng dẫn", en: "People helped" },
  vneidLevel2Ids: { vi: "Đạt VNeID mức 2", en: "Reached VNeID level 2" },
  digitalBankIds: { vi: "Mở tài khoản ngân hàng số", en: "Opened a digital bank account" },
  channel: { vi: "Kênh", en: "Channel" },
  url: { vi: "Đường dẫn", en: "Link" },
  reach: { vi: "Lượt tiếp cận", en: "Reach" },
  participants: { vi: "Số người tham dự", en: "Participants" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  value: { vi: "Mục tiêu (%)", en: "Target (%)" },
  deadline: { vi: "Hạn hoàn thành", en: "Deadline" },
  updatedAt: { vi: "Cập nhật lần cuối", en: "Last updated" },
}
