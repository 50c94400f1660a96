/**
 * Every string the public site shows, in Vietnamese (the default) and English. The campaign's own
 * names — indicators, task groups, topics, audiences — come from `@bdhv/domain`, not from here.
 */

export type Lang = "vi" | "en"

/** A phone number that never breaks across lines ("024 3386 1234" is read as one thing). */
const unbroken = (phone: string): string => phone.replaceAll(" ", "\u00a0")

const vi = {
  meta: {
    title: "Bình dân học vụ số — Chương Mỹ, Hà Nội",
    description:
      "Phong trào “Bình dân học vụ số” ở Chương Mỹ: xem tiến độ của từng xã, tìm lớp học kỹ năng số gần nhà và đăng ký, tham gia làm Đại sứ số hoặc tình nguyện viên.",
    siteName: "Bình dân học vụ số Chương Mỹ",
    locale: "vi_VN",
  },
  skipToContent: "Bỏ qua, đến nội dung chính",
  brand: "Bình dân học vụ số",
  brandPlace: "Chương Mỹ · Hà Nội",
  nav: {
    label: "Mục chính",
    movement: "Phong trào",
    progress: "Tiến độ",
    classes: "Tìm lớp học",
    volunteer: "Tình nguyện",
    events: "Sự kiện",
  },
  otherLanguage: { label: "English", lang: "en", href: "/en/", title: "Read this page in English" },
  readingMode: { label: "Phóng to chữ", hint: "Chữ lớn hơn, tương phản cao; bấm lần nữa để trở lại" },
  hero: {
    title: "Bình dân học vụ số",
    lead: "Ai cũng học được cách dùng điện thoại để làm thủ tục hành chính, thanh toán, khám bệnh và giữ an toàn trên mạng. Phong trào đưa kỹ năng số đến từng người dân Chương Mỹ — từ các cháu học sinh đến ông bà.",
    motto: "“Đi từng ngõ, gõ từng nhà, hướng dẫn từng người.”",
    findClass: "Tìm lớp học gần nhà",
    volunteer: "Làm tình nguyện viên",
  },
  movement: {
    title: "Phong trào làm gì?",
    intro:
      "Ban Thường vụ Huyện ủy Chương Mỹ đặt ra bảy nhóm nhiệm vụ để mọi người dân đều có kỹ năng số cơ bản:",
    howTitle: "Tham gia thế nào?",
    steps: [
      {
        title: "Tìm một lớp",
        text: "Chọn xã của bạn, đối tượng (người cao tuổi, người khuyết tật, tiểu thương và nông dân…) và nội dung muốn học.",
      },
      {
        title: "Đăng ký",
        text: "Họ tên, số điện thoại, năm sinh và nơi bạn ở — một phút là xong. Bạn sẽ biết ngay cần mang theo gì.",
      },
      {
        title: "Đến lớp, rồi hướng dẫn người thân",
        text: "Mỗi gia đình có ít nhất một người biết dùng dịch vụ số và hướng dẫn lại cho cả nhà.",
      },
    ],
    deskNote:
      "Chưa quen làm thủ tục trên cổng dịch vụ công? Ở bộ phận một cửa của mỗi xã, phường luôn có người hướng dẫn bạn.",
  },
  progress: {
    title: "Tiến độ phong trào",
    intro: "Số liệu tổng hợp của toàn khu vực Chương Mỹ và từng xã, phường, cập nhật trực tiếp.",
    asOf: (date: string) => `Số liệu tính đến ngày ${date}`,
    loading: "Đang tải số liệu…",
    failed: "Chưa tải được số liệu. Vui lòng thử lại.",
    retry: "Tải lại",
    noScript: "Bật JavaScript để xem số liệu mới nhất.",
    district: "Toàn khu vực",
    unitLabel: "Xem số liệu của",
    mapIndicator: "Chỉ tiêu trên bản đồ",
    mapTitle: (indicator: string) => `Bản đồ các xã, phường: ${indicator}`,
    mapNoData: "Chưa có số liệu",
    mapBounded: "Có gạch chéo: chỉ công bố giới hạn (“>”, “<”) để bảo vệ số ít người dân",
    target: (pct: string, deadline: string) => `Mục tiêu ${pct} đến ${deadline}`,
    counts: (numerator: string, denominator: string) => `${numerator} / ${denominator}`,
    definition: "Cách tính",
    numerator: "Tử số (được đếm)",
    denominator: "Mẫu số (trên tổng số)",
    statusHeader: "Đánh giá",
    byCommune: "Theo từng xã, phường",
    commune: "Xã, phường",
    value: "Tỉ lệ",
    suppressed:
      "Để bảo vệ thông tin cá nhân, nhóm dưới 5 người không bao giờ hiện chính xác: số liệu khi đó hiện dạng “< 5” hoặc “> 45”, tỉ lệ hiện dạng “< 8,4%” hoặc “> 91,6%”.",
    status: {
      met: "Đạt",
      on_track: "Đúng tiến độ",
      at_risk: "Có nguy cơ chậm",
      off_track: "Chậm tiến độ",
      no_data: "Chưa có số liệu",
    },
  },
  classes: {
    title: "Tìm lớp học",
    intro: "Các lớp sắp diễn ra ở Chương Mỹ.",
    introHow: "Chọn điều kiện rồi bấm “Tìm lớp”.",
    commune: "Xã, phường",
    audience: "Dành cho",
    topic: "Nội dung",
    from: "Từ ngày",
    to: "Đến ngày",
    query: "Tên lớp, địa điểm, thôn hoặc xã",
    any: "Tất cả",
    search: "Tìm lớp",
    loading: "Đang tìm lớp…",
    failed: "Chưa tải được danh sách lớp. Vui lòng thử lại.",
    found: (n: number) => (n === 0 ? "Không tìm thấy lớp nào" : `Tìm thấy ${n} lớp`),
    empty:
      "Không có lớp nào khớp với điều kiện. Hãy bỏ bớt điều kiện, chọn khoảng ngày khác, hoặc hỏi bộ phận một cửa của xã.",
    noScript: (phone: string | undefined) =>
      phone === undefined
        ? "Dưới đây là các lớp sắp diễn ra sớm nhất. Để đăng ký hoặc hỏi các lớp khác khi trình duyệt không chạy JavaScript, hãy đến bộ phận một cửa của xã, phường nơi bạn ở."
        : `Dưới đây là các lớp sắp diễn ra sớm nhất. Để đăng ký hoặc hỏi các lớp khác khi trình duyệt không chạy JavaScript, hãy gọi ${unbroken(phone)} (giờ hành chính) hoặc đến bộ phận một cửa của xã, phường nơi bạn ở.`,
    seatsLeft: (n: number) => (n === 1 ? "Còn 1 chỗ" : `Còn ${n} chỗ`),
    full: "Đã đủ người",
    signUp: "Đăng ký",
    venue: "Địa điểm",
    when: "Thời gian",
    previous: "Trang trước",
    next: "Trang sau",
    page: (page: number, pages: number) => `Trang ${page} / ${pages}`,
    mode: { in_person: "Học trực tiếp", online: "Học trực tuyến", hybrid: "Trực tiếp và trực tuyến" },
  },
  signUp: {
    title: (cls: string) => `Đăng ký lớp: ${cls}`,
    fullName: "Họ và tên",
    phone: "Số điện thoại",
    phoneHint: "Ví dụ: 0912 345 678",
    needs: "Bạn cần gì thêm? (không bắt buộc)",
    submit: "Gửi đăng ký",
    sending: "Đang gửi…",
    cancel: "Đóng",
    fixErrors: "Vui lòng sửa các mục sau:",
    registered: "Đã nhận đăng ký!",
    registeredText: (cls: string, when: string) =>
      `Một chỗ trong lớp “${cls}”, ${when}, đang được giữ cho bạn.`,
    whoCalls: (commune: string, phone: string) =>
      `Cán bộ ${commune} sẽ gọi cho bạn theo số ${unbroken(phone)} trước ngày học để xác nhận rồi ghi tên bạn vào lớp.`,
    duplicate: "Bạn đã đăng ký lớp này rồi",
    duplicateText: "Chúng tôi đã có tên và số điện thoại của bạn trong lớp này, không cần đăng ký lại.",
    bring: "Nhớ mang theo:",
    full: "Lớp này đã đủ người",
    fullNext: "Lớp tiếp theo ở xã này, cùng đối tượng, còn chỗ:",
    fullNone: "Hiện chưa có lớp nào khác ở xã này còn chỗ. Hãy xem các lớp khác hoặc quay lại sau.",
    signUpNext: "Đăng ký lớp tiếp theo",
    failed: "Chưa gửi được đăng ký. Vui lòng thử lại sau ít phút.",
    spam: "Bạn gửi nhanh quá. Vui lòng kiểm tra lại thông tin rồi gửi lại.",
    required: "Vui lòng nhập mục này.",
  },
  volunteer: {
    title: "Trở thành tình nguyện viên",
    intro:
      "Bạn biết dùng điện thoại thông minh và muốn giúp hàng xóm? Đăng ký làm Đại sứ số hoặc thanh niên tình nguyện. Ban chỉ đạo xã sẽ duyệt và liên hệ với bạn.",
    role: "Bạn muốn tham gia với vai trò",
    roleText: {
      guide: "Hướng dẫn kèm cặp người học trong thôn, xóm của bạn theo mô hình Người hướng dẫn – Người học.",
      youth_volunteer:
        "Cùng Đoàn thanh niên và Tổ chuyển đổi số cộng đồng mở lớp, đi từng nhà hướng dẫn người dân.",
    } as Record<string, string>,
    topics: "Bạn có thể hướng dẫn những nội dung nào?",
    fullName: "Họ và tên",
    phone: "Số điện thoại",
    availability: "Khi nào bạn rảnh? (không bắt buộc)",
    availabilityHint: "Ví dụ: tối thứ Ba, sáng Chủ nhật",
    submit: "Đăng ký tình nguyện",
    sending: "Đang gửi…",
    thanks: "Cảm ơn bạn đã đăng ký!",
    pending: "Đăng ký của bạn đang chờ Ban chỉ đạo xã duyệt. Chúng tôi sẽ gọi điện cho bạn.",
    again: "Đăng ký thêm người khác",
    failed: "Chưa gửi được đăng ký. Vui lòng thử lại sau ít phút.",
    noScript: (phone: string | undefined) =>
      phone === undefined
        ? "Để đăng ký tình nguyện khi trình duyệt không chạy JavaScript, hãy đến bộ phận một cửa của xã, phường nơi bạn ở."
        : `Để đăng ký tình nguyện khi trình duyệt không chạy JavaScript, hãy gọi ${unbroken(phone)} (giờ hành chính) hoặc đến bộ phận một cửa của xã, phường.`,
    consent:
      "Tôi đồng ý để Ban chỉ đạo xã, phường dùng họ tên, số điện thoại và nơi ở của tôi để liên hệ về việc tham gia tình nguyện.",
  },
  events: {
    title: "Sự kiện",
    dayTitle: "Ngày hội toàn dân học tập số",
    dayText:
      "Ngày 10/10 hằng năm — Ngày Chuyển đổi số quốc gia. Các xã tổ chức trải nghiệm, hướng dẫn dùng dịch vụ số và lớp học số cho cộng đồng.",
    countdown: (days: number) => (days === 0 ? "Hôm nay!" : days === 1 ? "Còn 1 ngày" : `Còn ${days} ngày`),
    other: "Các sự kiện khác",
    none: "Chưa có sự kiện nào sắp diễn ra.",
    showAll: (n: number) => `Xem tất cả ${n} sự kiện`,
    loading: "Đang tải sự kiện…",
    failed: "Chưa tải được sự kiện.",
  },
  footer: {
    organiser: "Ban Chỉ đạo phong trào “Bình dân học vụ số” — Chương Mỹ, Hà Nội",
    privacy:
      "Trang này chỉ công bố số liệu tổng hợp. Họ tên và số điện thoại bạn gửi chỉ dùng để xếp lớp và liên hệ.",
    mapCredit: "Ranh giới hành chính: vietnamese-provinces-database (Thang Le Quoc), giấy phép MIT.",
    licence: "Xem giấy phép",
  },
  form: {
    honeypot: "Để trống ô này",
    consent: "Tôi đồng ý để xã dùng họ tên và số điện thoại của tôi để liên hệ về lớp học.",
    consentShort: "Đồng ý",
    birthYear: "Năm sinh",
    birthYearHint: "4 chữ số, ví dụ 1958",
    unit: "Nơi bạn ở (thôn, tổ dân phố)",
    chooseUnit: "Chọn thôn, tổ dân phố",
    wholeCommune: (commune: string) => `${commune} — tôi không rõ thôn`,
  },
}

/** The shape every language of the catalogue has. */
export type Messages = typeof vi

const en: Messages = {
  meta: {
    title: "Digital literacy for all — Chương Mỹ, Hanoi",
    description:
      "The “Bình dân học vụ số” (digital literacy for all) movement in Chương Mỹ: see each commune's progress, find a digital-skills class near home and sign up, volunteer as a digital ambassador.",
    siteName: "Bình dân học vụ số Chương Mỹ",
    locale: "en_GB",
  },
  skipToContent: "Skip to main content",
  brand: "Bình dân học vụ số",
  brandPlace: "Chương Mỹ · Hanoi",
  nav: {
    label: "Main",
    movement: "The movement",
    progress: "Progress",
    classes: "Find a class",
    volunteer: "Volunteer",
    events: "Events",
  },
  otherLanguage: { label: "Tiếng Việt", lang: "vi", href: "/", title: "Đọc trang này bằng tiếng Việt" },
  readingMode: { label: "Larger text", hint: "Larger text, high contrast; press again to go back" },
  hero: {
    title: "Digital literacy for all",
    lead: "Everyone can learn to use a phone for public services, payments, healthcare and staying safe online. The movement brings digital skills to every person in Chương Mỹ — from schoolchildren to grandparents.",
    motto: "“Every lane, every door, every person.”",
    findClass: "Find a class near you",
    volunteer: "Volunteer",
  },
  movement: {
    title: "What does the movement do?",
    intro:
      "The Chương Mỹ Party Committee set seven groups of tasks so that everyone has basic digital skills:",
    howTitle: "How to take part",
    steps: [
      {
        title: "Find a class",
        text: "Choose your commune, who the class is for (older people, people with disabilities, traders and farmers…) and what you want to learn.",
      },
      {
        title: "Sign up",
        text: "Your name, phone number, year of birth and where you live — a minute at most. You will see straight away what to bring.",
      },
      {
        title: "Come to class, then help your family",
        text: "Every household has at least one member who can use digital services and shows the others how.",
      },
    ],
    deskNote:
      "New to online public services? At every commune's one-stop desk there is someone to guide you.",
  },
  progress: {
    title: "Progress",
    intro: "Aggregate figures for the whole of Chương Mỹ and for each commune and ward, live.",
    asOf: (date: string) => `Figures as at ${date}`,
    loading: "Loading the figures…",
    failed: "The figures could not be loaded. Please try again.",
    retry: "Reload",
    noScript: "Turn on JavaScript to see the latest figures.",
    district: "Whole area",
    unitLabel: "Show figures for",
    mapIndicator: "Indicator on the map",
    mapTitle: (indicator: string) => `Map of the communes and wards: ${indicator}`,
    mapNoData: "No figures yet",
    mapBounded: "Hatched: only a bound (“>”, “<”) is published, to protect the few people behind it",
    target: (pct: string, deadline: string) => `Target ${pct} by ${deadline}`,
    counts: (numerator: string, denominator: string) => `${numerator} / ${denominator}`,
    definition: "How it is measured",
    numerator: "Counted",
    denominator: "Out of",
    statusHeader: "Status",
    byCommune: "By commune and ward",
    commune: "Commune or ward",
    value: "Share",
    suppressed:
      "To protect personal data, a group of fewer than 5 people is never shown exactly: counts then read “< 5” or “> 45”, shares “< 8.4%” or “> 91.6%”.",
    status: {
      met: "Met",
      on_track: "On track",
      at_risk: "At risk",
      off_track: "Off track",
      no_data: "No data yet",
    },
  },
  classes: {
    title: "Find a class",
    intro: "Upcoming classes in Chương Mỹ.",
    introHow: "Choose what suits you and press “Search”.",
    commune: "Commune or ward",
    audience: "For",
    topic: "Topic",
    from: "From",
    to: "To",
    query: "Class, venue, village or commune",
    any: "Any",
    search: "Search",
    loading: "Looking for classes…",
    failed: "The classes could not be loaded. Please try again.",
    found: (n: number) => (n === 0 ? "No classes found" : n === 1 ? "1 class found" : `${n} classes found`),
    empty: "No class matches. Remove a filter, choose other dates, or ask at your commune's one-stop desk.",
    noScript: (phone: string | undefined) =>
      phone === undefined
        ? "Below are the soonest upcoming classes. To sign up or ask about other classes without JavaScript, go to the one-stop desk of your commune or ward."
        : `Below are the soonest upcoming classes. To sign up or ask about other classes without JavaScript, call ${unbroken(phone)} (office hours) or go to the one-stop desk of your commune or ward.`,
    seatsLeft: (n: number) => (n === 1 ? "1 seat left" : `${n} seats left`),
    full: "Full",
    signUp: "Sign up",
    venue: "Place",
    when: "When",
    previous: "Previous page",
    next: "Next page",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    mode: { in_person: "In person", online: "Online", hybrid: "In person and online" },
  },
  signUp: {
    title: (cls: string) => `Sign up for: ${cls}`,
    fullName: "Full name",
    phone: "Phone number",
    phoneHint: "For example: 0912 345 678",
    needs: "Anything we should know? (optional)",
    submit: "Sign up",
    sending: "Sending…",
    cancel: "Close",
    fixErrors: "Please correct the following:",
    registered: "Your sign-up is received!",
    registeredText: (cls: string, when: string) => `A place in “${cls}”, ${when}, is held for you.`,
    whoCalls: (commune: string, phone: string) =>
      `An officer of ${commune} will call you on ${unbroken(phone)} before the day of the class to confirm, then put your name on the class list.`,
    duplicate: "You are already signed up for this class",
    duplicateText:
      "We already have your name and phone number for this class; there is no need to sign up again.",
    bring: "Please bring:",
    full: "This class is full",
    fullNext: "The next class in this commune, for the same people, has seats:",
    fullNone: "No other class in this commune has seats yet. Look at other classes or come back later.",
    signUpNext: "Sign up for the next class",
    failed: "The sign-up could not be sent. Please try again in a few minutes.",
    spam: "That was very quick. Please check your details and send again.",
    required: "Please fill this in.",
  },
  volunteer: {
    title: "Volunteer",
    intro:
      "Good with a smartphone and want to help your neighbours? Sign up as a digital ambassador or youth volunteer. The commune steering committee will approve and contact you.",
    role: "I would like to help as",
    roleText: {
      guide: "Coach learners in your village, one guide with their own learners.",
      youth_volunteer:
        "Run classes with the Youth Union and the community digital transformation team, going door to door.",
    },
    topics: "What can you teach?",
    fullName: "Full name",
    phone: "Phone number",
    availability: "When are you free? (optional)",
    availabilityHint: "For example: Tuesday evenings, Sunday mornings",
    submit: "Sign up to volunteer",
    sending: "Sending…",
    thanks: "Thank you for signing up!",
    pending: "Your sign-up is waiting for the commune steering committee's approval. We will call you.",
    again: "Sign up someone else",
    failed: "The sign-up could not be sent. Please try again in a few minutes.",
    noScript: (phone: string | undefined) =>
      phone === undefined
        ? "To volunteer without JavaScript, go to the one-stop desk of your commune or ward."
        : `To volunteer without JavaScript, call ${unbroken(phone)} (office hours) or go to the one-stop desk of your commune or ward.`,
    consent:
      "I agree that the commune steering committee may use my name, phone number and where I live to contact me about volunteering.",
  },
  events: {
    title: "Events",
    dayTitle: "Digital Learning Day for All",
    dayText:
      "Every 10 October — Vietnam's National Digital Transformation Day. Communes hold hands-on sessions, guidance on digital services and community classes.",
    countdown: (days: number) => (days === 0 ? "Today!" : days === 1 ? "1 day to go" : `${days} days to go`),
    other: "Other events",
    none: "No upcoming events yet.",
    showAll: (n: number) => `Show all ${n} events`,
    loading: "Loading events…",
    failed: "The events could not be loaded.",
  },
  footer: {
    organiser: "Steering committee of the “Bình dân học vụ số” movement — Chương Mỹ, Hanoi",
    privacy:
      "This site publishes aggregate figures only. The name and phone number you send are used only to place you in a class and contact you.",
    mapCredit: "Administrative boundaries: vietnamese-provinces-database (Thang Le Quoc), MIT licence.",
    licence: "Read the licence",
  },
  form: {
    honeypot: "Leave this field empty",
    consent: "I agree that the commune may use my name and phone number to contact me about classes.",
    consentShort: "Consent",
    birthYear: "Year of birth",
    birthYearHint: "4 digits, for example 1958",
    unit: "Where you live (village or residential group)",
    chooseUnit: "Choose a village or residential group",
    wholeCommune: (commune: string) => `${commune} — I do not know the village`,
  },
}

/** The catalogue of each language. */
export const messages: Record<Lang, Messages> = { vi, en }
