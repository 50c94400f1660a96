/**
 * The API's types as `openapi-typescript` generates them from `/api/openapi.json`. Do not edit:
 * `pnpm --filter @bdhv/api openapi:types` writes this file again.
 */
export interface paths {
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (every other session ends)
         * @description (vi) Đổi mật khẩu của mình (các phiên khác kết thúc)
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `account`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiAccountPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first
         * @description (vi) Nhật ký thao tác, mới nhất trước
         *
         *     Signed in as district_admin (resource `audit`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description (vi) Đăng nhập
         *
         *     Sets the session cookie `bdhv_session` (httpOnly) and the `bdhv_csrf` cookie; echo the value of `bdhv_csrf` in the `X-CSRF-Token` header on every write.
         *
         *     (vi) Đặt cookie phiên `bdhv_session` (httpOnly) và cookie `bdhv_csrf`; gửi lại giá trị của `bdhv_csrf` trong tiêu đề `X-CSRF-Token` với mọi yêu cầu ghi.
         *
         *     Open: no account needed.
         */
        post: operations["postApiAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description (vi) Đăng xuất
         *
         *     Open: no account needed.
         */
        post: operations["postApiAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description (vi) Người đang đăng nhập
         *
         *     Open: no account needed.
         */
        get: operations["getApiAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Back up the whole database while the server runs (gzipped JSON lines)
         * @description (vi) Sao lưu toàn bộ dữ liệu khi máy chủ đang chạy (JSON lines nén gzip)
         *
         *     One consistent snapshot of every table (one REPEATABLE READ transaction), restored with `bdhv restore`. District admins over the whole database only.
         *
         *     (vi) Một ảnh chụp nhất quán của mọi bảng (một giao dịch REPEATABLE READ), khôi phục bằng `bdhv restore`. Chỉ quản trị viên toàn huyện.
         *
         *     Signed in as district_admin (resource `audit`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List classes
         * @description (vi) Danh sách lớp học
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `classes`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiClasses"];
        put?: never;
        /**
         * Create one of the classes
         * @description (vi) Thêm lớp học
         *
         *     Signed in as district_admin, commune_officer (resource `classes`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiClasses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the classes
         * @description (vi) Xem một bản ghi lớp học
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `classes`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiClassesId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the classes
         * @description (vi) Xoá lớp học
         *
         *     Signed in as district_admin, commune_officer (resource `classes`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiClassesId"];
        options?: never;
        head?: never;
        /**
         * Update one of the classes (send the current version; a stale one gets 409)
         * @description (vi) Sửa lớp học (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `classes`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiClassesId"];
        trace?: never;
    };
    "/api/classes/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a class: attended enrollments complete and their topics are recorded
         * @description (vi) Kết thúc lớp: người đã tham dự hoàn thành và được ghi nhận các nội dung của lớp
         *
         *     Signed in as district_admin, commune_officer (resource `classes`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiClassesIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enrollments of a class
         * @description (vi) Danh sách học viên đăng ký của lớp
         *
         *     Signed in as district_admin, commune_officer (resource `enrollments`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiClassesIdEnrollments"];
        put?: never;
        /**
         * Register a person (the domain judges seats and eligibility)
         * @description (vi) Đăng ký một người vào lớp (quy tắc của lĩnh vực xét chỗ trống và đối tượng)
         *
         *     Signed in as district_admin, commune_officer (resource `enrollments`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiClassesIdEnrollments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API documentation page
         * @description (vi) Trang tài liệu API
         *
         *     Open: no account needed.
         */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enrollment
         * @description (vi) Một lượt đăng ký
         *
         *     Signed in as district_admin, commune_officer (resource `enrollments`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiEnrollmentsId"];
        put?: never;
        post?: never;
        /**
         * Remove a registration
         * @description (vi) Huỷ một lượt đăng ký
         *
         *     Signed in as district_admin, commune_officer (resource `enrollments`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiEnrollmentsId"];
        options?: never;
        head?: never;
        /**
         * Change an enrollment's status (attended, no_show, completed)
         * @description (vi) Đổi trạng thái đăng ký (đã tham dự, vắng, hoàn thành)
         *
         *     Signed in as district_admin, commune_officer (resource `enrollments`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiEnrollmentsId"];
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description (vi) Danh sách sự kiện
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `events`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiEvents"];
        put?: never;
        /**
         * Create one of the events
         * @description (vi) Thêm sự kiện
         *
         *     Signed in as district_admin, commune_officer (resource `events`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the events
         * @description (vi) Xem một bản ghi sự kiện
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `events`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiEventsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the events
         * @description (vi) Xoá sự kiện
         *
         *     Signed in as district_admin, commune_officer (resource `events`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiEventsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the events (send the current version; a stale one gets 409)
         * @description (vi) Sửa sự kiện (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `events`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiEventsId"];
        trace?: never;
    };
    "/api/exports/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list as CSV (`people.csv`, `households.csv`, `classes.csv`…), with the list's own filters
         * @description (vi) Một danh sách dạng CSV (`people.csv`, `households.csv`, `classes.csv`…), với bộ lọc của danh sách
         *
         *     Signed in, with read access to the list exported.
         */
        get: operations["getApiExportsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The periodic indicator report (XLSX)
         * @description (vi) Báo cáo định kỳ các chỉ tiêu (XLSX)
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `indicators`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiExportsReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List guides
         * @description (vi) Danh sách Đại sứ số
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guides`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiGuides"];
        put?: never;
        /**
         * Create one of the guides
         * @description (vi) Thêm Đại sứ số
         *
         *     Signed in as district_admin, commune_officer (resource `guides`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiGuides"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the guides
         * @description (vi) Xem một bản ghi Đại sứ số
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guides`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiGuidesId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the guides
         * @description (vi) Xoá Đại sứ số
         *
         *     Signed in as district_admin, commune_officer (resource `guides`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiGuidesId"];
        options?: never;
        head?: never;
        /**
         * Update one of the guides (send the current version; a stale one gets 409)
         * @description (vi) Sửa Đại sứ số (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `guides`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiGuidesId"];
        trace?: never;
    };
    "/api/guides/{id}/learners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A guide's teachings
         * @description (vi) Những người Đại sứ số đã hướng dẫn
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guide-learners`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiGuidesIdLearners"];
        put?: never;
        /**
         * Record a teaching
         * @description (vi) Ghi nhận một lần hướng dẫn
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guide-learners`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiGuidesIdLearners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guides/{id}/learners/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a teaching
         * @description (vi) Xoá một lần hướng dẫn
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guide-learners`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiGuidesIdLearnersLinkId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guides/{id}/learners/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the teachings a phone recorded offline
         * @description (vi) Gửi những lần hướng dẫn ghi trên điện thoại khi không có mạng
         *
         *     Each teaching carries a key made on the phone; sending the same key again records it once. Whatever could not be recorded comes back with its reason.
         *
         *     (vi) Mỗi lần hướng dẫn mang một khoá do điện thoại tạo; gửi lại cùng khoá chỉ được ghi một lần. Lần nào không ghi được thì trả về lý do.
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guide-learners`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiGuidesIdLearnersSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guides/{id}/offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A guide's learners, to keep on a phone
         * @description (vi) Người học của một Đại sứ số, để giữ trên điện thoại
         *
         *     The guide's learners in their area (at most 200), the latest learning records, and the distinct learners towards the quota of five.
         *
         *     (vi) Những người học trong địa bàn (tối đa 200 người), các lần hướng dẫn gần đây và số người học tính theo chỉ tiêu 5 người.
         *
         *     Signed in as district_admin, commune_officer, guide (resource `guide-learners`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiGuidesIdOffline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the database is reachable
         * @description (vi) Máy chủ có kết nối được cơ sở dữ liệu không
         *
         *     Open: no account needed.
         */
        get: operations["getApiHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List households
         * @description (vi) Danh sách hộ gia đình
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `households`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiHouseholds"];
        put?: never;
        /**
         * Create one of the households
         * @description (vi) Thêm hộ gia đình
         *
         *     Signed in as district_admin, commune_officer (resource `households`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the households
         * @description (vi) Xem một bản ghi hộ gia đình
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `households`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiHouseholdsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the households
         * @description (vi) Xoá hộ gia đình
         *
         *     Signed in as district_admin, commune_officer (resource `households`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiHouseholdsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the households (send the current version; a stale one gets 409)
         * @description (vi) Sửa hộ gia đình (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `households`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiHouseholdsId"];
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a commune's list of residents (CSV or XLSX) and preview it
         * @description (vi) Tải lên danh sách cư dân của một xã (CSV hoặc XLSX) và xem trước
         *
         *     Send multipart/form-data with `file` and `communeId`, at most 30 MB. Nothing is written until it is confirmed.
         *
         *     (vi) Gửi dạng multipart/form-data với `file` và `communeId`, tối đa 30 MB. Chưa ghi gì cho đến khi xác nhận.
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import and its progress
         * @description (vi) Một lượt nhập và tiến độ của nó
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiImportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm: write the whole list (all or nothing)
         * @description (vi) Xác nhận: ghi toàn bộ danh sách (tất cả hoặc không gì cả)
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiImportsIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every problem of the file, in row order
         * @description (vi) Mọi lỗi của tệp, theo thứ tự dòng
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiImportsIdIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file's error report (XLSX): its bad rows with a column of problems, to fix and upload again
         * @description (vi) Báo cáo lỗi của tệp (XLSX): các dòng lỗi của tệp kèm cột lỗi, để sửa rồi tải lên lại
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiImportsIdReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the national platform's certificate list and match it to residents
         * @description (vi) Tải lên danh sách chứng chỉ của nền tảng Bình dân học vụ số và đối chiếu với cư dân
         *
         *     multipart/form-data with `file` and `communeId`. Only the last 4 digits of a national ID are read, and none is stored.
         *
         *     (vi) multipart/form-data với `file` và `communeId`. Chỉ dùng 4 số cuối CCCD để đối chiếu và không lưu số nào.
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiImportsCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate import
         * @description (vi) Một lượt nhập chứng chỉ
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiImportsCertificatesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/certificates/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm: record the skills of the matched rows
         * @description (vi) Xác nhận: ghi nhận kỹ năng cho các dòng đã khớp
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiImportsCertificatesIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The template of a commune's list of residents (XLSX, with drop-down lists)
         * @description (vi) Tệp mẫu danh sách cư dân của một xã (XLSX, có danh sách chọn)
         *
         *     The columns and their Vietnamese names, a sample row on the guide sheet, drop-down lists for sex, the commune's villages, VNeID level, school level and the yes/no column.
         *
         *     (vi) Các cột và tên tiếng Việt, dòng mẫu ở trang Hướng dẫn, danh sách chọn cho giới tính, thôn/tổ dân phố của xã, mức VNeID, cấp học và cột Có/Không.
         *
         *     Signed in as district_admin, commune_officer (resource `imports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiImportsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator of a unit and of its children
         * @description (vi) Mọi chỉ tiêu của một đơn vị và các đơn vị trực thuộc
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `indicators`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator month by month
         * @description (vi) Diễn biến một chỉ tiêu theo tháng
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `indicators`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiIndicatorsIdTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator this period against the last (month, quarter), for a unit and its children
         * @description (vi) So sánh mọi chỉ tiêu kỳ này với kỳ trước (tháng, quý), cho đơn vị và các đơn vị trực thuộc
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `indicators`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiIndicatorsComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/table.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The child units ranked, every indicator a column (XLSX)
         * @description (vi) Bảng xếp hạng các đơn vị trực thuộc theo mọi chỉ tiêu (XLSX)
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `indicators`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiIndicatorsTableXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API's description (OpenAPI 3.1)
         * @description (vi) Mô tả API này (OpenAPI 3.1)
         *
         *     Open: no account needed.
         */
        get: operations["getApiOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description (vi) Danh sách tổ chức
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `organizations`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiOrganizations"];
        put?: never;
        /**
         * Create one of the organizations
         * @description (vi) Thêm tổ chức
         *
         *     Signed in as district_admin, commune_officer (resource `organizations`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the organizations
         * @description (vi) Xem một bản ghi tổ chức
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `organizations`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiOrganizationsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the organizations
         * @description (vi) Xoá tổ chức
         *
         *     Signed in as district_admin, commune_officer (resource `organizations`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiOrganizationsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the organizations (send the current version; a stale one gets 409)
         * @description (vi) Sửa tổ chức (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `organizations`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiOrganizationsId"];
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description (vi) Danh sách người dân
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide (resource `people`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPeople"];
        put?: never;
        /**
         * Create one of the people
         * @description (vi) Thêm người dân
         *
         *     Signed in as district_admin, commune_officer (resource `people`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the people
         * @description (vi) Xem một bản ghi người dân
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide (resource `people`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPeopleId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the people
         * @description (vi) Xoá người dân
         *
         *     Signed in as district_admin, commune_officer (resource `people`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiPeopleId"];
        options?: never;
        head?: never;
        /**
         * Update one of the people (send the current version; a stale one gets 409)
         * @description (vi) Sửa người dân (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `people`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiPeopleId"];
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List posts
         * @description (vi) Danh sách bài truyền thông
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `posts`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPosts"];
        put?: never;
        /**
         * Create one of the posts
         * @description (vi) Thêm bài truyền thông
         *
         *     Signed in as district_admin, commune_officer (resource `posts`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiPosts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the posts
         * @description (vi) Xem một bản ghi bài truyền thông
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `posts`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPostsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the posts
         * @description (vi) Xoá bài truyền thông
         *
         *     Signed in as district_admin, commune_officer (resource `posts`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiPostsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the posts (send the current version; a stale one gets 409)
         * @description (vi) Sửa bài truyền thông (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `posts`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiPostsId"];
        trace?: never;
    };
    "/api/privacy/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held on a person
         * @description (vi) Mọi dữ liệu đang lưu về một người
         *
         *     A JSON download; the export is recorded in the audit log (who obtained whose data), without the data.
         *
         *     (vi) Tải về dạng JSON; việc xuất được ghi vào nhật ký (ai lấy dữ liệu của ai), không kèm dữ liệu.
         *
         *     Signed in as district_admin (resource `privacy`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPrivacyPeopleId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/people/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person's personal data, keeping the anonymous facts the totals count
         * @description (vi) Xoá dữ liệu cá nhân của một người, giữ các số liệu ẩn danh
         *
         *     Signed in as district_admin (resource `privacy`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiPrivacyPeopleIdErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/volunteer-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held on a volunteer applicant without a person record
         * @description (vi) Mọi dữ liệu của một đơn tình nguyện (người chưa có hồ sơ)
         *
         *     A JSON download; the export is recorded in the audit log (who obtained whose data), without the data.
         *
         *     (vi) Tải về dạng JSON; việc xuất được ghi vào nhật ký (ai lấy dữ liệu của ai), không kèm dữ liệu.
         *
         *     Signed in as district_admin (resource `privacy`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiPrivacyVolunteerApplicationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/volunteer-applications/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a volunteer application
         * @description (vi) Xoá dữ liệu của một đơn tình nguyện
         *
         *     Signed in as district_admin (resource `privacy`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiPrivacyVolunteerApplicationsIdErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a class near home
         * @description (vi) Tìm lớp học gần nhà
         *
         *     No account needed. The answer is cached for 30 s per URL (Cache-Control, ETag).
         *
         *     (vi) Không cần đăng nhập. Câu trả lời được lưu đệm 30 giây theo từng URL (Cache-Control, ETag).
         *
         *     Open: no account needed.
         *
         *     Cached for 30 s per URL and language (Cache-Control: public, ETag, 304 on If-None-Match).
         */
        get: operations["getApiPublicClasses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/classes/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up for a class (waits for the commune officer's review; a seat is held)
         * @description (vi) Đăng ký học một lớp (chờ cán bộ xã xác nhận; giữ chỗ trong lớp)
         *
         *     No account and no CSRF token needed. `elapsedMs` (how long the form was open) must be at least 2000; `website` must stay empty. Limited per address (429).
         *
         *     (vi) Không cần đăng nhập, không cần CSRF. `elapsedMs` (thời gian mở biểu mẫu) phải từ 2000 trở lên; `website` phải để trống. Giới hạn số lần gửi theo địa chỉ (429).
         *
         *     Open: no account needed.
         */
        post: operations["postApiPublicClassesIdRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coming and recent events
         * @description (vi) Sự kiện sắp tới và vừa diễn ra
         *
         *     No account needed. The answer is cached for 300 s per URL (Cache-Control, ETag).
         *
         *     (vi) Không cần đăng nhập. Câu trả lời được lưu đệm 300 giây theo từng URL (Cache-Control, ETag).
         *
         *     Open: no account needed.
         *
         *     Cached for 300 s per URL and language (Cache-Control: public, ETag, 304 on If-None-Match).
         */
        get: operations["getApiPublicEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public progress of the district and each commune (counts under 5 suppressed)
         * @description (vi) Tiến độ công khai của huyện và từng xã (số dưới 5 được che)
         *
         *     No account needed. The answer is cached for 60 s per URL (Cache-Control, ETag).
         *
         *     (vi) Không cần đăng nhập. Câu trả lời được lưu đệm 60 giây theo từng URL (Cache-Control, ETag).
         *
         *     Open: no account needed.
         *
         *     Cached for 60 s per URL and language (Cache-Control: public, ETag, 304 on If-None-Match).
         */
        get: operations["getApiPublicProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communes and their villages
         * @description (vi) Các xã, phường và thôn, tổ dân phố
         *
         *     No account needed. The answer is cached for 300 s per URL (Cache-Control, ETag).
         *
         *     (vi) Không cần đăng nhập. Câu trả lời được lưu đệm 300 giây theo từng URL (Cache-Control, ETag).
         *
         *     Open: no account needed.
         *
         *     Cached for 300 s per URL and language (Cache-Control: public, ETag, 304 on If-None-Match).
         */
        get: operations["getApiPublicUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to be a digital ambassador or a youth volunteer
         * @description (vi) Đăng ký làm Đại sứ số hoặc tình nguyện viên
         *
         *     No account and no CSRF token needed. `elapsedMs` (how long the form was open) must be at least 2000; `website` must stay empty. Limited per address (429).
         *
         *     (vi) Không cần đăng nhập, không cần CSRF. `elapsedMs` (thời gian mở biểu mẫu) phải từ 2000 trở lên; `website` phải để trống. Giới hạn số lần gửi theo địa chỉ (429).
         *
         *     Open: no account needed.
         */
        post: operations["postApiPublicVolunteers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The periodic reports of the communes under a unit for a period, with completeness and timeliness
         * @description (vi) Báo cáo định kỳ của các xã trong một đơn vị, theo kỳ, với tỷ lệ gửi đủ và đúng hạn
         *
         *     Signed in as district_admin, commune_officer, viewer (resource `reports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{unitId}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A commune's report for a period
         * @description (vi) Báo cáo của một xã trong một kỳ
         *
         *     A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.
         *
         *     (vi) Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.
         *
         *     Signed in as district_admin, commune_officer, viewer (resource `reports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiReportsUnitIdPeriod"];
        put?: never;
        /**
         * Save a commune's draft report
         * @description (vi) Lưu bản nháp báo cáo của xã
         *
         *     A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.
         *
         *     (vi) Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.
         *
         *     Signed in as commune_officer (resource `reports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiReportsUnitIdPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{unitId}/{period}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a report: its figures are locked as they stand now
         * @description (vi) Phê duyệt báo cáo: khóa số liệu tại thời điểm duyệt
         *
         *     A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.
         *
         *     (vi) Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.
         *
         *     Signed in as district_admin (resource `report-approvals`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiReportsUnitIdPeriodApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{unitId}/{period}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An approved report as XLSX
         * @description (vi) Báo cáo đã duyệt dạng XLSX
         *
         *     Only an approved report (otherwise 409). In the language `lang` names, or Accept-Language's.
         *
         *     (vi) Chỉ báo cáo đã được phê duyệt (chưa duyệt: 409). Ngôn ngữ theo `lang` hoặc Accept-Language.
         *
         *     Signed in as district_admin, commune_officer, viewer (resource `reports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiReportsUnitIdPeriodReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{unitId}/{period}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a report to its commune with a comment
         * @description (vi) Trả lại báo cáo cho xã, kèm ý kiến
         *
         *     A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.
         *
         *     (vi) Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.
         *
         *     Signed in as district_admin (resource `report-approvals`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiReportsUnitIdPeriodReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{unitId}/{period}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a commune's report to the level above
         * @description (vi) Gửi báo cáo lên cấp trên
         *
         *     A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.
         *
         *     (vi) Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.
         *
         *     Signed in as commune_officer (resource `reports`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiReportsUnitIdPeriodSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many communes submitted a period's report, and on time
         * @description (vi) Tỷ lệ xã gửi báo cáo và gửi đúng hạn trong một kỳ
         *
         *     Due the 5th day after a month, the 10th after a quarter, the 15th after a year; on time is judged by the first submission.
         *
         *     (vi) Hạn gửi: ngày thứ 5 sau khi hết tháng, thứ 10 sau quý, thứ 15 sau năm; đúng hạn tính theo lần gửi đầu tiên.
         *
         *     Signed in as district_admin, commune_officer, viewer (resource `reports`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiReportsCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Class sign-ups from the public site, for the commune officer's review
         * @description (vi) Đăng ký học từ trang công khai, chờ cán bộ xã xét
         *
         *     Signed in as district_admin, commune_officer (resource `sign-ups`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSignUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A class sign-up
         * @description (vi) Một đăng ký học
         *
         *     Signed in as district_admin, commune_officer (resource `sign-ups`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSignUpsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-ups/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registered people the sign-up may be (same name, phone, birth year, commune), likeliest first
         * @description (vi) Những người đã có trong danh sách có thể là người đăng ký (cùng tên, số điện thoại, năm sinh, xã)
         *
         *     Signed in as district_admin, commune_officer (resource `sign-ups`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSignUpsIdCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-ups/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (match a registered person, or add the person and household) or reject a waiting sign-up
         * @description (vi) Nhận (ghép với người đã có, hoặc thêm người và hộ) hoặc từ chối một đăng ký đang chờ
         *
         *     Signed in as district_admin, commune_officer (resource `sign-ups`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiSignUpsIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-ups/pending-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many sign-ups are waiting
         * @description (vi) Số đăng ký đang chờ xét
         *
         *     Signed in as district_admin, commune_officer (resource `sign-ups`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSignUpsPendingCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/skill-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List skill records
         * @description (vi) Danh sách kết quả học
         *
         *     Signed in as district_admin, commune_officer, guide (resource `skill-records`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSkillRecords"];
        put?: never;
        /**
         * Create one of the skill records
         * @description (vi) Thêm kết quả học
         *
         *     Signed in as district_admin, commune_officer, guide (resource `skill-records`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiSkillRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/skill-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the skill records
         * @description (vi) Xem một bản ghi kết quả học
         *
         *     Signed in as district_admin, commune_officer, guide (resource `skill-records`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSkillRecordsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the skill records
         * @description (vi) Xoá kết quả học
         *
         *     Signed in as district_admin, commune_officer, guide (resource `skill-records`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiSkillRecordsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the skill records (send the current version; a stale one gets 409)
         * @description (vi) Sửa kết quả học (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer, guide (resource `skill-records`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiSkillRecordsId"];
        trace?: never;
    };
    "/api/support-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List support staff
         * @description (vi) Danh sách người hỗ trợ tại bộ phận một cửa
         *
         *     Signed in as district_admin, commune_officer (resource `support-staff`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSupportStaff"];
        put?: never;
        /**
         * Create one of the support staff
         * @description (vi) Thêm người hỗ trợ tại bộ phận một cửa
         *
         *     Signed in as district_admin, commune_officer (resource `support-staff`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiSupportStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support-staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the support staff
         * @description (vi) Xem một bản ghi người hỗ trợ tại bộ phận một cửa
         *
         *     Signed in as district_admin, commune_officer (resource `support-staff`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiSupportStaffId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the support staff
         * @description (vi) Xoá người hỗ trợ tại bộ phận một cửa
         *
         *     Signed in as district_admin, commune_officer (resource `support-staff`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiSupportStaffId"];
        options?: never;
        head?: never;
        /**
         * Update one of the support staff (send the current version; a stale one gets 409)
         * @description (vi) Sửa người hỗ trợ tại bộ phận một cửa (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `support-staff`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiSupportStaffId"];
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List targets
         * @description (vi) Danh sách chỉ tiêu
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `targets`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTargets"];
        put?: never;
        /**
         * Create one of the targets
         * @description (vi) Thêm chỉ tiêu
         *
         *     Signed in as district_admin (resource `targets`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the targets
         * @description (vi) Xem một bản ghi chỉ tiêu
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `targets`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTargetsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the targets
         * @description (vi) Xoá chỉ tiêu
         *
         *     Signed in as district_admin (resource `targets`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiTargetsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the targets (send the current version; a stale one gets 409)
         * @description (vi) Sửa chỉ tiêu (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin (resource `targets`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiTargetsId"];
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description (vi) Danh sách tổ công nghệ số cộng đồng
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `teams`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTeams"];
        put?: never;
        /**
         * Create one of the teams
         * @description (vi) Thêm tổ công nghệ số cộng đồng
         *
         *     Signed in as district_admin, commune_officer (resource `teams`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the teams
         * @description (vi) Xem một bản ghi tổ công nghệ số cộng đồng
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `teams`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTeamsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the teams
         * @description (vi) Xoá tổ công nghệ số cộng đồng
         *
         *     Signed in as district_admin, commune_officer (resource `teams`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiTeamsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the teams (send the current version; a stale one gets 409)
         * @description (vi) Sửa tổ công nghệ số cộng đồng (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer (resource `teams`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiTeamsId"];
        trace?: never;
    };
    "/api/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List topics
         * @description (vi) Danh sách nội dung học
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `topics`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTopics"];
        put?: never;
        /**
         * Create one of the topics
         * @description (vi) Thêm nội dung học
         *
         *     Signed in as district_admin (resource `topics`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiTopics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the topics
         * @description (vi) Xem một bản ghi nội dung học
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `topics`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiTopicsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the topics
         * @description (vi) Xoá nội dung học
         *
         *     Signed in as district_admin (resource `topics`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiTopicsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the topics (send the current version; a stale one gets 409)
         * @description (vi) Sửa nội dung học (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin (resource `topics`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiTopicsId"];
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Units valid at a date
         * @description (vi) Các đơn vị hành chính có hiệu lực vào một ngày
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `units`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUnits"];
        put?: never;
        /**
         * Create a unit
         * @description (vi) Thêm một đơn vị
         *
         *     Signed in as district_admin (resource `units`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit and its history
         * @description (vi) Một đơn vị và lịch sử của nó
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `units`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUnitsId"];
        put?: never;
        post?: never;
        /**
         * Delete a unit entered by mistake
         * @description (vi) Xoá một đơn vị nhập nhầm
         *
         *     Signed in as district_admin (resource `units`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiUnitsId"];
        options?: never;
        head?: never;
        /**
         * Update a unit
         * @description (vi) Sửa một đơn vị
         *
         *     Signed in as district_admin (resource `units`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiUnitsId"];
        trace?: never;
    };
    "/api/units/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a unit under a new parent from a date
         * @description (vi) Chuyển đơn vị sang đơn vị cấp trên mới từ một ngày
         *
         *     Signed in as district_admin (resource `units`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiUnitsIdLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province, district or commune this deployment serves, at a date
         * @description (vi) Phạm vi mà hệ thống này phục vụ (tỉnh, huyện hoặc xã) vào một ngày
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `units`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUnitsScope"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tree at a date
         * @description (vi) Cây đơn vị hành chính vào một ngày
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `units`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUnitsTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description (vi) Danh sách tài khoản
         *
         *     Signed in as district_admin (resource `users`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUsers"];
        put?: never;
        /**
         * Create an account with its first password
         * @description (vi) Tạo tài khoản với mật khẩu đầu tiên
         *
         *     Signed in as district_admin (resource `users`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account
         * @description (vi) Một tài khoản
         *
         *     Signed in as district_admin (resource `users`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiUsersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's role or placement, or disable it
         * @description (vi) Đổi vai trò, nơi làm việc, hoặc khoá tài khoản
         *
         *     Signed in as district_admin (resource `users`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiUsersId"];
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password (every old session ends)
         * @description (vi) Đặt lại mật khẩu (mọi phiên cũ kết thúc)
         *
         *     Signed in as district_admin (resource `users`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiUsersIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rules not kept in a unit's subtree, errors first
         * @description (vi) Các quy định chưa được thực hiện trong một đơn vị, lỗi trước
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `violations`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiViolations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The violations by rule and unit, filtered by category, rule, severity and unit level, with counts
         * @description (vi) Các vi phạm theo quy định và đơn vị, lọc theo loại, quy định, mức độ và cấp đơn vị, kèm số lượng
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `violations`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiViolationsGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List visits
         * @description (vi) Danh sách lượt đến nhà
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiVisits"];
        put?: never;
        /**
         * Create one of the visits
         * @description (vi) Thêm lượt đến nhà
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the visits
         * @description (vi) Xem một bản ghi lượt đến nhà
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiVisitsId"];
        put?: never;
        post?: never;
        /**
         * Delete one of the visits
         * @description (vi) Xoá lượt đến nhà
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        delete: operations["deleteApiVisitsId"];
        options?: never;
        head?: never;
        /**
         * Update one of the visits (send the current version; a stale one gets 409)
         * @description (vi) Sửa lượt đến nhà (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        patch: operations["patchApiVisitsId"];
        trace?: never;
    };
    "/api/visits/offline/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's worklist, to keep on a phone
         * @description (vi) Danh sách hộ cần đến của một tổ, để giữ trên điện thoại
         *
         *     The households of the team's villages (at most 300), their members and recent visits; phones masked as for team leaders.
         *
         *     (vi) Các hộ của những thôn tổ phụ trách (tối đa 300 hộ), thành viên và lượt đến gần đây; số điện thoại được che như với tổ trưởng.
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiVisitsOfflineTeamId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the visits a phone recorded offline
         * @description (vi) Gửi những lượt đến nhà ghi trên điện thoại khi không có mạng
         *
         *     Each visit carries a key made on the phone; sending the same key again records it once. At most 100 a time; whatever could not be recorded comes back with its reason (the household moved, a person was erased, the team lost the village).
         *
         *     (vi) Mỗi lượt mang một khoá do điện thoại tạo; gửi lại cùng khoá chỉ được ghi một lần. Tối đa 100 lượt một lần; lượt nào không ghi được thì trả về lý do (hộ đã chuyển, người đã bị xoá, tổ không còn phụ trách thôn).
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `visits`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiVisitsSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Volunteer applications from the public site
         * @description (vi) Đơn đăng ký tình nguyện từ trang công khai
         *
         *     Signed in as district_admin, commune_officer (resource `volunteers`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiVolunteers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A volunteer application
         * @description (vi) Một đơn đăng ký tình nguyện
         *
         *     Signed in as district_admin, commune_officer (resource `volunteers`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiVolunteersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (a guide's application creates the guide record; a youth volunteer joins the campaign or team named) or reject a pending application
         * @description (vi) Duyệt (đơn Đại sứ số tạo hồ sơ Đại sứ số; tình nguyện viên thanh niên vào chiến dịch hoặc tổ đã chọn) hoặc từ chối một đơn đang chờ
         *
         *     Signed in as district_admin, commune_officer (resource `volunteers`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiVolunteersIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklists/digital-identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People aged 16 and over without a level-2 VNeID
         * @description (vi) Người từ 16 tuổi chưa có VNeID mức 2
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `worklists`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiWorklistsDigitalIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklists/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Households with no skilled member: the elderly, people with disabilities and remote households first
         * @description (vi) Hộ chưa có thành viên có kỹ năng số cơ bản: người cao tuổi, khuyết tật, vùng xa trước
         *
         *     By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.
         *
         *     (vi) Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.
         *
         *     Signed in as district_admin, commune_officer, team_leader (resource `worklists`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiWorklistsHouseholds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/youth-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The youth union bases' campaigns
         * @description (vi) Các chiến dịch thanh niên của cơ sở đoàn
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `youth-campaigns`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiYouthCampaigns"];
        put?: never;
        /**
         * Add a youth campaign
         * @description (vi) Thêm một chiến dịch thanh niên
         *
         *     Signed in as district_admin, commune_officer (resource `youth-campaigns`, write); rows outside the user's scope are 404.
         *
         *     Send the `bdhv_csrf` cookie's value in the `X-CSRF-Token` header (CSRF).
         */
        post: operations["postApiYouthCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/youth-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A youth campaign
         * @description (vi) Một chiến dịch thanh niên
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `youth-campaigns`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiYouthCampaignsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/youth-campaigns/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per youth union base: volunteers, sessions held, people helped
         * @description (vi) Theo từng cơ sở đoàn: số tình nguyện viên, số buổi đã tổ chức, số người được giúp
         *
         *     Signed in as district_admin, commune_officer, team_leader, guide, viewer (resource `youth-campaigns`, read); rows outside the user's scope are 404.
         */
        get: operations["getApiYouthCampaignsCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Actor: {
            email: string;
            fullName: string;
            guideId: string | null;
            /** @enum {string} */
            role: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
            teamId: string | null;
            unitId: string | null;
            userId: string;
        };
        ApplicationErasure: {
            applicationId: string;
            auditEntriesScrubbed: number;
        };
        AuditEntry: {
            action: string;
            actorEmail: string | null;
            actorId: string | null;
            actorName: string | null;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            entity: string;
            entityId: string;
            id: string;
            recordName: string | null;
            unitNames: {
                [key: string]: string;
            };
        };
        AuditListParams: {
            /** Action */
            action?: string;
            /** Actor */
            actorId?: string;
            cursor?: string;
            /** Entity */
            entity?: string;
            /** Record id */
            entityId?: string;
            /**
             * From
             * Format: date
             */
            from?: string;
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /**
             * To
             * Format: date
             */
            to?: string;
        };
        CertificateImportJob: {
            communeId: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            id: string;
            issues: components["schemas"]["ImportRowIssue"][];
            issuesTotal: number;
            matchedRows: number;
            rows: number;
            /** @enum {string} */
            status: "previewed" | "done" | "failed";
            summary: components["schemas"]["CertificateImportSummary"] | null;
            unmatchedRows: number;
            warnings: components["schemas"]["ImportRowIssue"][];
        };
        CertificateImportSummary: {
            recordsCreated: number;
            recordsExisting: number;
        };
        Class: {
            /** @enum {string} */
            audience: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            durationMinutes: number;
            enrolled: number;
            id: string;
            instructorIds: string[];
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            organizationId: string | null;
            pendingSignUps: number;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            title: string;
            topicIds: (string & ("devices-software" | "information" | "communication" | "digital-content" | "digital-safety" | "problem-solving" | "using-ai" | "internet-use" | "online-public-services" | "vneid" | "digital-payment" | "online-healthcare" | "e-commerce" | "production-software" | "digital-savings" | "4t-small-trader" | "4t-e-commerce" | "4t-cashless-payment" | "4t-digital-savings"))[];
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            venue: string | null;
            version: number;
        };
        ClassInput: {
            /** @enum {string} */
            audience: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
            capacity: number;
            durationMinutes: number;
            instructorIds: string[];
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            organizationId: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            title: string;
            topicIds: (string & ("devices-software" | "information" | "communication" | "digital-content" | "digital-safety" | "problem-solving" | "using-ai" | "internet-use" | "online-public-services" | "vneid" | "digital-payment" | "online-healthcare" | "e-commerce" | "production-software" | "digital-savings" | "4t-small-trader" | "4t-e-commerce" | "4t-cashless-payment" | "4t-digital-savings"))[];
            unitId: string;
            venue: string | null;
        };
        ClassListParams: {
            /** @enum {string} */
            audience?: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
            cursor?: string;
            /**
             * Date
             * Format: date
             */
            from?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            organizationId?: string;
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "startsAt" | "title";
            /** @enum {string} */
            status?: "scheduled" | "held" | "cancelled";
            /**
             * Date
             * Format: date
             */
            to?: string;
            unitId?: string;
        };
        ClassPatch: {
            /** @enum {string} */
            audience?: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
            capacity?: number;
            durationMinutes?: number;
            instructorIds?: string[];
            /** @enum {string} */
            mode?: "in_person" | "online" | "hybrid";
            organizationId?: string | null;
            /** Format: date-time */
            startsAt?: string;
            /** @enum {string} */
            status?: "scheduled" | "held" | "cancelled";
            title?: string;
            topicIds?: (string & ("devices-software" | "information" | "communication" | "digital-content" | "digital-safety" | "problem-solving" | "using-ai" | "internet-use" | "online-public-services" | "vneid" | "digital-payment" | "online-healthcare" | "e-commerce" | "production-software" | "digital-savings" | "4t-small-trader" | "4t-e-commerce" | "4t-cashless-payment" | "4t-digital-savings"))[];
            unitId?: string;
            venue?: string | null;
            /** Version */
            version: number;
        };
        CompleteInput: {
            /** Version */
            version: number;
        };
        Completion: {
            completed: number;
            skillRecords: number;
        };
        Credentials: {
            /** Email */
            email: string;
            /** Password */
            password: string;
        };
        DeploymentScope: {
            asOf: string;
            unit: {
                code: string | null;
                former: boolean;
                id: string;
                /** @enum {string} */
                kind: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
                name: string;
                nameEn: string | null;
                validFrom: string;
                validTo: string | null;
            } | null;
        };
        EnrollInput: {
            personId: string;
        };
        Enrollment: {
            classId: string;
            /** Format: date-time */
            createdAt: string;
            fullName: string;
            id: string;
            personId: string;
            /** Format: date */
            registeredOn: string;
            /** @enum {string} */
            status: "registered" | "attended" | "no_show" | "completed";
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            updatedOn: string;
            version: number;
        };
        EnrollmentListParams: {
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "registeredOn" | "status";
            /** @enum {string} */
            status?: "registered" | "attended" | "no_show" | "completed";
        };
        EnrollmentStatusInput: {
            /** @enum {string} */
            status: "registered" | "attended" | "no_show" | "completed";
            /** Version */
            version: number;
        };
        Erasure: {
            auditEntriesScrubbed: number;
            /** Format: date-time */
            erasedAt: string;
            erasedFields: string[];
            householdAddressErased: boolean;
            personId: string;
            volunteerApplicationsErased: number;
        };
        ErasureRequest: {
            /** Request reference */
            reference: string;
        };
        Error: {
            error: string;
            issues: {
                message: string;
                path: string;
            }[];
            message: string;
        };
        Event: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            id: string;
            /** @enum {string} */
            kind: "digital_learning_day" | "workshop" | "talk" | "conference" | "hands_on";
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            participants: number;
            title: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            venue: string | null;
            version: number;
        };
        EventInput: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "digital_learning_day" | "workshop" | "talk" | "conference" | "hands_on";
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            participants: number;
            title: string;
            unitId: string;
            venue: string | null;
        };
        EventListParams: {
            cursor?: string;
            /**
             * Date
             * Format: date
             */
            from?: string;
            /** @enum {string} */
            kind?: "digital_learning_day" | "workshop" | "talk" | "conference" | "hands_on";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "date" | "participants" | "title";
            /**
             * Date
             * Format: date
             */
            to?: string;
            unitId?: string;
        };
        EventPatch: {
            /** Format: date */
            date?: string;
            /** @enum {string} */
            kind?: "digital_learning_day" | "workshop" | "talk" | "conference" | "hands_on";
            /** @enum {string} */
            mode?: "in_person" | "online" | "hybrid";
            participants?: number;
            title?: string;
            unitId?: string;
            venue?: string | null;
            /** Version */
            version: number;
        };
        Guide: {
            /** Format: date-time */
            createdAt: string;
            fullName: string;
            id: string;
            learners: number;
            meetsQuota: boolean;
            personId: string;
            /** Format: date */
            since: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        GuideInput: {
            personId: string;
            /** Format: date */
            since: string;
            unitId: string;
        };
        GuideLink: {
            /** Format: date */
            date: string;
            fullName: string;
            guideId: string;
            id: string;
            learnerId: string;
        };
        GuideLinkInput: {
            /** Format: date */
            date: string;
            learnerId: string;
        };
        GuideListParams: {
            /** @enum {string} */
            belowQuota?: "true" | "false";
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "since" | "learners";
            unitId?: string;
        };
        GuidePatch: {
            personId?: string;
            /** Format: date */
            since?: string;
            unitId?: string;
            /** Version */
            version: number;
        };
        Health: {
            database: {
                /** @enum {string} */
                database: "pglite" | "postgresql";
                latencyMs: number;
                migration: number | null;
                /** @enum {boolean} */
                ok: true;
            };
            /** @enum {string} */
            status: "ok";
        };
        HealthUnavailable: {
            database: {
                /** @enum {boolean} */
                ok: false;
            };
            /** @enum {string} */
            status: "unavailable";
        };
        Household: {
            /** Address */
            address?: string;
            /** Household code */
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Head of household */
            headId?: string | null;
            headName: string | null;
            id: string;
            /** Remote area */
            isRemote: boolean;
            matchedMember?: components["schemas"]["MatchedMember"];
            /** Village or residential group */
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        HouseholdInput: {
            /** Address */
            address?: string;
            /** Household code */
            code: string;
            /** Head of household */
            headId?: string | null;
            /** Remote area */
            isRemote: boolean;
            /** Village or residential group */
            unitId: string;
        };
        HouseholdListParams: {
            cursor?: string;
            /** @enum {string} */
            isRemote?: "true" | "false";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "code" | "createdAt" | "updatedAt";
            unitId?: string;
        };
        HouseholdPatch: {
            /** Address */
            address?: string;
            /** Household code */
            code?: string;
            /** Head of household */
            headId?: string | null;
            /** Remote area */
            isRemote?: boolean;
            /** Village or residential group */
            unitId?: string;
            /** Version */
            version: number;
        };
        IdParam: {
            id: string;
        };
        ImportJob: {
            communeId: string;
            error: {
                en: string;
                vi: string;
            } | null;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            id: string;
            invalidRows: number;
            issues: components["schemas"]["ImportRowIssue"][];
            issuesTotal: number;
            progress: {
                done: number;
                /** @enum {string} */
                phase: "waiting" | "rows" | "households" | "people" | "done";
                total: number;
            };
            rows: number;
            /** @enum {string} */
            status: "previewed" | "running" | "done" | "failed";
            summary: components["schemas"]["ImportSummary"] | null;
            validRows: number;
            warnings: components["schemas"]["ImportRowIssue"][];
        };
        ImportRowIssue: {
            column: string;
            message: {
                en: string;
                vi: string;
            };
            row: number;
        };
        ImportSummary: {
            householdsCreated: number;
            householdsUpdated: number;
            peopleCreated: number;
            peopleUnchanged: number;
            peopleUpdated: number;
        };
        IndicatorChange: {
            before: number | null;
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            /** @description Percentage points gained in the whole previous period. */
            lastPeriod: number | null;
            now: number | null;
            pace: ("faster" | "slower" | "same") | null;
            previous: number | null;
            /** @description Percentage points gained in this period so far. */
            thisPeriod: number | null;
            /** @enum {boolean} */
            withheld?: true;
        };
        IndicatorComparison: {
            /** Format: date */
            asOf: string;
            bounds: {
                /** Format: date */
                beforeEnd: string;
                /** Format: date */
                previousEnd: string;
                /** Format: date */
                previousStart: string;
                /** Format: date */
                start: string;
            };
            children: components["schemas"]["UnitChanges"][];
            /** @enum {string} */
            period: "month" | "quarter";
            unit: components["schemas"]["UnitChanges"];
        };
        IndicatorDefinition: {
            denominator: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            milestones: {
                /** Format: date */
                deadline: string;
                value: number;
            }[];
            name: {
                en: string;
                vi: string;
            };
            numerator: {
                en: string;
                vi: string;
            };
            /** @enum {number} */
            taskGroup: 1 | 2 | 3 | 4 | 5 | 6 | 7;
        };
        IndicatorFigure: {
            denominator: number;
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            numerator: number;
            projected: number | null;
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_data";
            target: components["schemas"]["TargetInForce"];
            value: number | null;
            /**
             * @description Present when the share would reveal fewer than 5 people to a reader without personal data (the viewer role): value and counts are blanked.
             * @enum {boolean}
             */
            withheld?: true;
        };
        IndicatorReport: {
            aggregates: {
                adults: number;
                adultsWithBasicSkills: number;
                civilServants: number;
                civilServantsWithBasicSkills: number;
                communes: number;
                communesWithSupportStaff: number;
                communeWeeks: number;
                communeWeeksWithCommunityClass: number;
                elderly: number;
                elderlyReached: number;
                guides: number;
                guidesMeetingQuota: number;
                households: number;
                householdsVisited: number;
                householdsWithSkilledMember: number;
                partyCells: number;
                partyCellsWithPioneerSession: number;
                personsAged16Plus: number;
                personsAged16PlusWithDigitalBank: number;
                personsAged16PlusWithVneidLevel2: number;
                personsWithDisability: number;
                personsWithDisabilityReached: number;
                students: number;
                studentsWithBasicSkills: number;
                tradersAndFarmers: number;
                tradersAndFarmersFourTComplete: number;
                workers: number;
                workersWithBasicSkills: number;
            };
            /** Format: date */
            asOf: string;
            children: components["schemas"]["UnitIndicators"][];
            indicators: components["schemas"]["IndicatorFigure"][];
            period: components["schemas"]["WeeklyClassesPeriod"];
            trends: components["schemas"]["IndicatorSeries"][];
            unit: components["schemas"]["ReportUnit"];
        };
        IndicatorSeries: {
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            points: components["schemas"]["TrendPoint"][];
        };
        IndicatorTrend: {
            /** Format: date */
            asOf: string;
            /** @enum {string} */
            indicator: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            points: components["schemas"]["TrendPoint"][];
            projected: number | null;
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_data";
            target: components["schemas"]["TargetInForce"];
            unit: components["schemas"]["ReportUnit"];
        };
        MatchedMember: {
            fullName: string;
            id: string;
        };
        OfflineGuideLinkReplay: {
            items: components["schemas"]["OfflineGuideLinkReplayItem"][];
        };
        OfflineGuideLinkReplayItem: {
            /** Idempotency key */
            key: string;
            link: unknown;
        };
        OfflineGuideLinkReplayResponse: {
            results: components["schemas"]["OfflineGuideLinkReplayResult"][];
        };
        OfflineGuideLinkReplayResult: {
            /** @enum {string} */
            _tag: "Applied";
            key: string;
            link: components["schemas"]["GuideLink"];
            replayed: boolean;
        } | {
            /** @enum {string} */
            _tag: "Rejected";
            issues: {
                message: {
                    en: string;
                    vi: string;
                };
                path: string;
            }[];
            key: string;
            message: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            reason: "person-erased" | "learner-moved" | "not-learner" | "invalid";
        };
        OfflineGuideSnapshot: {
            /** Format: date */
            asOf: string;
            cap: number;
            counts: {
                learners: number;
                meetsQuota: boolean;
                quota: number;
            };
            guide: {
                fullName: string;
                id: string;
                personId: string;
                /** Format: date */
                since: string;
                unitId: string;
            };
            learnerIds: string[];
            learners: components["schemas"]["OfflineLearner"][];
            recent: {
                /** Format: date */
                date: string;
                id: string;
                learnerId: string;
            }[];
        };
        OfflineHousehold: {
            address: string | null;
            code: string;
            disability: boolean;
            elderly: boolean;
            householdId: string;
            lastVisitedOn: string | null;
            members: number;
            name: string;
            remote: boolean;
            unitId: string;
        };
        OfflineLearner: {
            fullName: string;
            hasDigitalBankAccount: boolean;
            id: string;
            /** Format: date */
            lastTaughtOn: string;
            phone?: string;
            timesTaught: number;
            unitId: string;
            unitName: string;
            vneidLevel: number;
        };
        OfflineMember: {
            fullName: string;
            hasDigitalBankAccount: boolean;
            householdId: string;
            id: string;
            phone?: string;
            vneidLevel: number;
        };
        OfflineSnapshot: {
            /** Format: date */
            asOf: string;
            cap: number;
            counts: {
                toVisit: number;
                visitedThisWeek: number;
            };
            households: components["schemas"]["OfflineHousehold"][];
            members: components["schemas"]["OfflineMember"][];
            team: {
                id: string;
                name: string;
                unitId: string;
            };
            units: {
                id: string;
                name: string;
            }[];
            weekVisits: components["schemas"]["OfflineVisit"][];
        };
        OfflineVisit: {
            /** Format: date */
            date: string;
            helpedIds: string[];
            householdId: string;
            id: string;
            teamId: string;
        };
        OfflineVisitReplay: {
            items: components["schemas"]["OfflineVisitReplayItem"][];
        };
        OfflineVisitReplayItem: {
            /** Idempotency key */
            key: string;
            seenUnitId: string;
            visit: unknown;
        };
        OfflineVisitReplayResponse: {
            results: components["schemas"]["OfflineVisitReplayResult"][];
        };
        OfflineVisitReplayResult: {
            /** @enum {string} */
            _tag: "Applied";
            key: string;
            replayed: boolean;
            visit: components["schemas"]["Visit"];
        } | {
            /** @enum {string} */
            _tag: "Rejected";
            issues: {
                message: {
                    en: string;
                    vi: string;
                };
                path: string;
            }[];
            key: string;
            message: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            reason: "household-moved" | "household-gone" | "person-erased" | "village-lost" | "invalid";
        };
        Organization: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /**
             * Kind of organization
             * @enum {string}
             */
            kind: "enterprise" | "cooperative" | "school" | "state_agency" | "party_cell" | "youth_union_base";
            /** Name */
            name: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrganizationInput: {
            /**
             * Kind of organization
             * @enum {string}
             */
            kind: "enterprise" | "cooperative" | "school" | "state_agency" | "party_cell" | "youth_union_base";
            /** Name */
            name: string;
            unitId: string;
        };
        OrganizationListParams: {
            cursor?: string;
            /**
             * Kind of organization
             * @enum {string}
             */
            kind?: "enterprise" | "cooperative" | "school" | "state_agency" | "party_cell" | "youth_union_base";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "kind" | "createdAt" | "updatedAt";
            unitId?: string;
        };
        OrganizationPatch: {
            /**
             * Kind of organization
             * @enum {string}
             */
            kind?: "enterprise" | "cooperative" | "school" | "state_agency" | "party_cell" | "youth_union_base";
            /** Name */
            name?: string;
            unitId?: string;
            /** Version */
            version: number;
        };
        PasswordChange: {
            /** Current password */
            currentPassword: string;
            newPassword: string;
        };
        Person: {
            /** Birth date or year */
            birth: {
                /**
                 * Birth date
                 * Format: date
                 */
                date: string;
            } | {
                /** Birth year */
                year: number;
            };
            /** Format: date-time */
            createdAt: string;
            fullName: string;
            /** Groups */
            groups: ({
                /** @enum {string} */
                _tag: "civil_servant";
            } | {
                /** @enum {string} */
                _tag: "party_member";
            } | {
                /** @enum {string} */
                _tag: "student";
                /** School */
                schoolId?: string;
                /**
                 * School level
                 * @enum {string}
                 */
                schoolLevel: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "university";
            } | {
                /** @enum {string} */
                _tag: "worker";
                /** Employer */
                organizationId: string;
            } | {
                /** @enum {string} */
                _tag: "small_trader";
            } | {
                /** @enum {string} */
                _tag: "farmer";
            } | {
                /** @enum {string} */
                _tag: "youth_union_member";
            } | {
                /** @enum {string} */
                _tag: "disability";
            } | {
                /** @enum {string} */
                _tag: "remote_area";
            })[];
            /** Digital bank account */
            hasDigitalBankAccount: boolean;
            /** Household */
            householdId: string | null;
            id: string;
            /**
             * @description E.164 (+84912345678) for roles that see phone numbers; masked (091****678) for team leaders; absent for viewers and when the person has none
             * @example +84912345678
             * @example 091****678
             */
            phone?: string;
            /**
             * Sex
             * @enum {string}
             */
            sex: "male" | "female";
            /** Village or residential group */
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /**
             * VNeID level
             * @enum {number}
             */
            vneidLevel: 0 | 1 | 2;
        };
        PersonInput: {
            /** Birth date or year */
            birth: {
                /**
                 * Birth date
                 * Format: date
                 */
                date: string;
            } | {
                /** Birth year */
                year: number;
            };
            fullName: string;
            /** Groups */
            groups: ({
                /** @enum {string} */
                _tag: "civil_servant";
            } | {
                /** @enum {string} */
                _tag: "party_member";
            } | {
                /** @enum {string} */
                _tag: "student";
                /** School */
                schoolId?: string;
                /**
                 * School level
                 * @enum {string}
                 */
                schoolLevel: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "university";
            } | {
                /** @enum {string} */
                _tag: "worker";
                /** Employer */
                organizationId: string;
            } | {
                /** @enum {string} */
                _tag: "small_trader";
            } | {
                /** @enum {string} */
                _tag: "farmer";
            } | {
                /** @enum {string} */
                _tag: "youth_union_member";
            } | {
                /** @enum {string} */
                _tag: "disability";
            } | {
                /** @enum {string} */
                _tag: "remote_area";
            })[];
            /** Digital bank account */
            hasDigitalBankAccount: boolean;
            /** Household */
            householdId: string | null;
            phone?: string | null;
            /**
             * Sex
             * @enum {string}
             */
            sex: "male" | "female";
            /** Village or residential group */
            unitId: string;
            /**
             * VNeID level
             * @enum {number}
             */
            vneidLevel: 0 | 1 | 2;
        };
        PersonListParams: {
            cursor?: string;
            group?: string;
            /** @enum {string} */
            hasDigitalBankAccount?: "true" | "false";
            householdId?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sex
             * @enum {string}
             */
            sex?: "male" | "female";
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "birthYear" | "createdAt" | "updatedAt";
            unitId?: string;
            /** @enum {string} */
            vneidLevel?: "0" | "1" | "2";
        };
        PersonPatch: {
            /** Birth date or year */
            birth?: {
                /**
                 * Birth date
                 * Format: date
                 */
                date: string;
            } | {
                /** Birth year */
                year: number;
            };
            fullName?: string;
            /** Groups */
            groups?: ({
                /** @enum {string} */
                _tag: "civil_servant";
            } | {
                /** @enum {string} */
                _tag: "party_member";
            } | {
                /** @enum {string} */
                _tag: "student";
                /** School */
                schoolId?: string;
                /**
                 * School level
                 * @enum {string}
                 */
                schoolLevel: "primary" | "lower_secondary" | "upper_secondary" | "vocational" | "university";
            } | {
                /** @enum {string} */
                _tag: "worker";
                /** Employer */
                organizationId: string;
            } | {
                /** @enum {string} */
                _tag: "small_trader";
            } | {
                /** @enum {string} */
                _tag: "farmer";
            } | {
                /** @enum {string} */
                _tag: "youth_union_member";
            } | {
                /** @enum {string} */
                _tag: "disability";
            } | {
                /** @enum {string} */
                _tag: "remote_area";
            })[];
            /** Digital bank account */
            hasDigitalBankAccount?: boolean;
            /** Household */
            householdId?: string | null;
            phone?: string | null;
            /**
             * Sex
             * @enum {string}
             */
            sex?: "male" | "female";
            /** Village or residential group */
            unitId?: string;
            /** Version */
            version: number;
            /**
             * VNeID level
             * @enum {number}
             */
            vneidLevel?: 0 | 1 | 2;
        };
        Post: {
            /** @enum {string} */
            channel: "district_portal" | "zalo_oa" | "facebook" | "internal_bulletin" | "loudspeaker";
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            id: string;
            reach: number | null;
            title: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            url: string | null;
            version: number;
        };
        PostInput: {
            /** @enum {string} */
            channel: "district_portal" | "zalo_oa" | "facebook" | "internal_bulletin" | "loudspeaker";
            /** Format: date */
            date: string;
            reach: number | null;
            title: string;
            unitId: string;
            url: string | null;
        };
        PostListParams: {
            /** @enum {string} */
            channel?: "district_portal" | "zalo_oa" | "facebook" | "internal_bulletin" | "loudspeaker";
            cursor?: string;
            /**
             * Date
             * Format: date
             */
            from?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "date" | "reach" | "title";
            /**
             * Date
             * Format: date
             */
            to?: string;
            unitId?: string;
        };
        PostPatch: {
            /** @enum {string} */
            channel?: "district_portal" | "zalo_oa" | "facebook" | "internal_bulletin" | "loudspeaker";
            /** Format: date */
            date?: string;
            reach?: number | null;
            title?: string;
            unitId?: string;
            url?: string | null;
            /** Version */
            version: number;
        };
        PublicAlreadyRegistered: {
            class: components["schemas"]["PublicClass"];
            /** @enum {string} */
            status: "already_registered";
            whatToBring: string[];
        };
        PublicClass: {
            /** @enum {string} */
            audience: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
            capacity: number;
            communeId: string;
            communeName: string;
            /**
             * Format: date-time
             * @description ISO date-time in Vietnam's offset (+07:00)
             */
            endsAt: string;
            id: string;
            /** @enum {string} */
            mode: "in_person" | "online" | "hybrid";
            seatsLeft: number;
            /**
             * Format: date-time
             * @description ISO date-time in Vietnam's offset (+07:00)
             */
            startsAt: string;
            title: string;
            topics: string[];
            unitId: string;
            venue: string | null;
        };
        PublicEvent: {
            /** Format: date */
            date: string;
            id: string;
            kind: string;
            mode: string;
            participants: number;
            title: string;
            unitId: string;
            unitName: string;
            venue: string | null;
        };
        PublicFigure: {
            /** Format: date */
            deadline: string;
            denominator: {
                /** @enum {string} */
                _tag: "Exact";
                count: number;
            } | {
                /** @enum {string} */
                _tag: "FewerThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "MoreThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "Withheld";
            };
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            numerator: {
                /** @enum {string} */
                _tag: "Exact";
                count: number;
            } | {
                /** @enum {string} */
                _tag: "FewerThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "MoreThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "Withheld";
            };
            /** @enum {string} */
            status: "met" | "on_track" | "at_risk" | "off_track" | "no_data";
            target: number;
            value: {
                /** @enum {string} */
                _tag: "Exact";
                value: number;
            } | {
                /** @enum {string} */
                _tag: "FewerThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "MoreThan";
                bound: number;
            } | {
                /** @enum {string} */
                _tag: "Withheld";
            };
        };
        PublicProgress: {
            /** Format: date */
            asOf: string;
            communes: components["schemas"]["PublicUnitFigures"][];
            definitions: components["schemas"]["IndicatorDefinition"][];
            district: components["schemas"]["PublicUnitFigures"];
        };
        PublicRegistered: {
            class?: components["schemas"]["PublicClass"];
            signUpId?: string;
            /** @enum {string} */
            status: "registered";
            warning?: string | null;
            whatToBring: string[];
        };
        PublicSignUp: {
            birthYear: number | string;
            /** Class */
            classId?: string;
            /**
             * Consent
             * @enum {boolean}
             */
            consent: true;
            elapsedMs?: number;
            fullName: string;
            /** Needs */
            needs: ("elderly" | "disability" | "four_t" | "home_visit" | "no_device")[];
            phone: string;
            /** Topics */
            topicIds: string[];
            /** Commune or village */
            unitId: string;
            website?: string;
        };
        PublicUnit: {
            code: string | null;
            id: string;
            kind: string;
            name: string;
            villages: {
                id: string;
                kind: string;
                name: string;
            }[];
        };
        PublicUnitFigures: {
            code: string | null;
            indicators: components["schemas"]["PublicFigure"][];
            kind: string;
            name: string;
            unitId: string;
        };
        Registered: {
            classId: string;
            /** Format: date-time */
            createdAt: string;
            fullName: string;
            id: string;
            personId: string;
            /** Format: date */
            registeredOn: string;
            /** @enum {string} */
            status: "registered" | "attended" | "no_show" | "completed";
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            updatedOn: string;
            version: number;
            warning: {
                en: string;
                vi: string;
            } | null;
        };
        Report: {
            actions: ("save" | "submit" | "return" | "approve")[];
            approved: components["schemas"]["ReportSignature"] | null;
            figures: components["schemas"]["ReportComparedFigure"][];
            firstSubmittedOn: string | null;
            history: components["schemas"]["ReportHistoryEntry"][];
            narrative: components["schemas"]["ReportNarrative"];
            onTime: boolean | null;
            period: components["schemas"]["ReportPeriodInfo"];
            /**
             * Status
             * @enum {string}
             */
            status: "not_started" | "draft" | "submitted" | "returned" | "approved";
            submitted: components["schemas"]["ReportSignature"] | null;
            unit: components["schemas"]["ReportUnitRef"];
            version: number;
        };
        ReportApproval: {
            /** Version */
            version: number;
        };
        ReportComparedFigure: {
            approved: components["schemas"]["ReportFigure"] | null;
            difference: number | null;
            id: string;
            live: components["schemas"]["ReportFigure"];
            numeratorDifference: number | null;
        };
        ReportCompleteness: {
            approved: number;
            completeness: number | null;
            expected: number;
            late: number;
            missing: number;
            onTime: number;
            returned: number;
            submitted: number;
            timeliness: number | null;
            waiting: number;
        };
        ReportCompletenessAnswer: {
            counts: components["schemas"]["ReportCompleteness"];
            parent: components["schemas"]["ReportUnitRef"];
            period: components["schemas"]["ReportPeriodInfo"];
        };
        ReportDraft: {
            /** Difficulties */
            difficulties: string;
            /** What was done */
            done: string;
            /** Proposals */
            proposals: string;
            /** Version */
            version: number;
        };
        ReportFigure: {
            denominator: number;
            /** @enum {string} */
            id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            numerator: number;
            value: number | null;
        };
        ReportHistoryEntry: {
            /** @enum {string} */
            action: "save" | "submit" | "return" | "approve";
            at: string;
            comment: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "not_started" | "draft" | "submitted" | "returned" | "approved";
            userName: string;
        };
        ReportList: {
            counts: components["schemas"]["ReportCompleteness"];
            items: components["schemas"]["ReportListItem"][];
            page: number;
            pageSize: number;
            parent: components["schemas"]["ReportUnitRef"];
            period: components["schemas"]["ReportPeriodInfo"];
            total: number;
        };
        ReportListItem: {
            approvedAt: string | null;
            firstSubmittedOn: string | null;
            onTime: boolean | null;
            /**
             * Status
             * @enum {string}
             */
            status: "not_started" | "draft" | "submitted" | "returned" | "approved";
            unit: components["schemas"]["ReportUnitRef"];
            version: number;
        };
        ReportNarrative: {
            /** Difficulties */
            difficulties: string;
            /** What was done */
            done: string;
            /** Proposals */
            proposals: string;
        };
        ReportPeriodInfo: {
            /** Format: date */
            deadline: string;
            /** Format: date */
            end: string;
            name: {
                en: string;
                vi: string;
            };
            period: string;
            /** Format: date */
            start: string;
            /**
             * Period type
             * @enum {string}
             */
            type: "month" | "quarter" | "year";
        };
        ReportReturn: {
            comment: string;
            /** Version */
            version: number;
        };
        ReportSignature: {
            at: string;
            name: string;
            userId: string;
        };
        ReportUnit: {
            code: string | null;
            id: string;
            kind: string;
            name: string;
            parentId: string | null;
        };
        ReportUnitRef: {
            code: string | null;
            id: string;
            kind: string;
            name: string;
        };
        SignUp: {
            birthYear: number;
            classId: string;
            classStartsAt: string;
            classTitle: string;
            communeId: string;
            communeName: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decision: ("match" | "create" | "reject") | null;
            enrollmentId: string | null;
            fullName: string;
            id: string;
            needs: ("elderly" | "disability" | "four_t" | "home_visit" | "no_device")[];
            personId: string | null;
            phone: string;
            reason: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected";
            topicIds: string[];
            unitId: string;
            unitName: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SignUpCandidate: {
            birthYear: number;
            communeId: string;
            evidence: ("name" | "phone" | "birthYear" | "nearBirthYear" | "commune")[];
            fullName: string;
            householdId: string | null;
            id: string;
            phone: string | null;
            score: number;
            unitId: string;
            unitName: string;
        };
        SignUpDecision: {
            /** @enum {string} */
            decision: "match";
            /** Registered person */
            personId: string;
            /** Version */
            version: number;
        } | {
            /** @enum {string} */
            decision: "create";
            household?: components["schemas"]["HouseholdInput"];
            person: components["schemas"]["PersonInput"];
            /** Version */
            version: number;
        } | {
            /** @enum {string} */
            decision: "reject";
            reason: string;
            /** Version */
            version: number;
        };
        SignUpListParams: {
            /** Class */
            classId?: string;
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "createdAt" | "name";
            /**
             * Status
             * @enum {string}
             */
            status?: "pending" | "accepted" | "rejected";
        };
        SignUpPendingCount: {
            pending: number;
        };
        SkillRecord: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Evidence id */
            evidenceId: string;
            id: string;
            personId: string;
            /** Recorded by */
            recordedBy: string;
            /**
             * Source
             * @enum {string}
             */
            source: "class" | "guide" | "door_to_door" | "online_platform" | "assessment";
            topicId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SkillRecordInput: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Evidence id */
            evidenceId: string;
            personId: string;
            /**
             * Source
             * @enum {string}
             */
            source: "class" | "guide" | "door_to_door" | "online_platform" | "assessment";
            topicId: string;
        };
        SkillRecordListParams: {
            cursor?: string;
            /**
             * Date
             * Format: date
             */
            from?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            personId?: string;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "date" | "topic";
            /**
             * Source
             * @enum {string}
             */
            source?: "class" | "guide" | "door_to_door" | "online_platform" | "assessment";
            /**
             * Date
             * Format: date
             */
            to?: string;
            topicId?: string;
            unitId?: string;
        };
        SkillRecordPatch: {
            /**
             * Date
             * Format: date
             */
            date?: string;
            /** Evidence id */
            evidenceId?: string;
            personId?: string;
            /**
             * Source
             * @enum {string}
             */
            source?: "class" | "guide" | "door_to_door" | "online_platform" | "assessment";
            topicId?: string;
            /** Version */
            version: number;
        };
        SupportStaff: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            fullName: string;
            id: string;
            personId: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validFrom: string;
            validTo: string | null;
            version: number;
        };
        SupportStaffInput: {
            active: boolean;
            personId: string;
            unitId: string;
            /** Format: date */
            validFrom: string;
            validTo: string | null;
        };
        SupportStaffListParams: {
            /** @enum {string} */
            active?: "true" | "false";
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "validFrom" | "name";
            unitId?: string;
        };
        SupportStaffPatch: {
            active?: boolean;
            personId?: string;
            unitId?: string;
            /** Format: date */
            validFrom?: string;
            validTo?: string | null;
            /** Version */
            version: number;
        };
        Target: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            deadline: string;
            id: string;
            /** @enum {string} */
            indicator: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            value: number;
            version: number;
        };
        TargetInForce: {
            /** Format: date */
            deadline: string;
            unitId: string | null;
            value: number;
        };
        TargetInput: {
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            indicator: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            unitId: string;
            value: number;
        };
        TargetListParams: {
            cursor?: string;
            /** @enum {string} */
            indicator?: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "deadline" | "indicator" | "value";
            unitId?: string;
        };
        TargetPatch: {
            /** Format: date */
            deadline?: string;
            /** @enum {string} */
            indicator?: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            unitId?: string;
            value?: number;
            /** Version */
            version: number;
        };
        Team: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "community" | "youth" | "student_volunteers";
            leaderId: string | null;
            memberIds: string[];
            name: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TeamInput: {
            /** @enum {string} */
            kind: "community" | "youth" | "student_volunteers";
            leaderId: string | null;
            memberIds: string[];
            name: string;
            unitId: string;
        };
        TeamListParams: {
            cursor?: string;
            /** @enum {string} */
            kind?: "community" | "youth" | "student_volunteers";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "kind";
            unitId?: string;
        };
        TeamPatch: {
            /** @enum {string} */
            kind?: "community" | "youth" | "student_volunteers";
            leaderId?: string | null;
            memberIds?: string[];
            name?: string;
            unitId?: string;
            /** Version */
            version: number;
        };
        Topic: {
            core: boolean;
            /** Format: date-time */
            createdAt: string;
            id: string;
            implies: string[];
            /** @enum {string} */
            kind: "framework" | "practical" | "four_t";
            name: {
                en: string;
                vi: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TopicInput: {
            id: string;
            implies: string[];
            /** @enum {string} */
            kind: "framework" | "practical" | "four_t";
            name: {
                en: string;
                vi: string;
            };
        };
        TopicListParams: {
            cursor?: string;
            /** @enum {string} */
            kind?: "framework" | "practical" | "four_t";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "order" | "name" | "kind";
        };
        TopicPatch: {
            implies?: string[];
            /** @enum {string} */
            kind?: "framework" | "practical" | "four_t";
            name?: {
                en: string;
                vi: string;
            };
            /** Version */
            version: number;
        };
        TrendPoint: {
            /** Format: date */
            date: string;
            denominator: number;
            numerator: number;
            value: number | null;
            /** @enum {boolean} */
            withheld?: true;
        };
        Unit: {
            /** Unit code */
            code: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /**
             * Kind of unit
             * @enum {string}
             */
            kind: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
            /** Name */
            name: string;
            nameEn: string | null;
            parentId: string | null;
            successorIds: string[];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Valid from
             * Format: date
             */
            validFrom: string;
            /** Valid until */
            validTo: string | null;
            version: number;
        };
        UnitChanges: {
            indicators: components["schemas"]["IndicatorChange"][];
            unit: components["schemas"]["ReportUnit"];
        };
        UnitDetail: {
            /** Unit code */
            code: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /**
             * Kind of unit
             * @enum {string}
             */
            kind: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
            links: {
                parentId: string;
                validFrom: string;
                validTo: string | null;
            }[];
            /** Name */
            name: string;
            nameEn: string | null;
            successorIds: string[];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Valid from
             * Format: date
             */
            validFrom: string;
            /** Valid until */
            validTo: string | null;
            version: number;
        };
        UnitIndicators: {
            aggregates: {
                adults: number;
                adultsWithBasicSkills: number;
                civilServants: number;
                civilServantsWithBasicSkills: number;
                communes: number;
                communesWithSupportStaff: number;
                communeWeeks: number;
                communeWeeksWithCommunityClass: number;
                elderly: number;
                elderlyReached: number;
                guides: number;
                guidesMeetingQuota: number;
                households: number;
                householdsVisited: number;
                householdsWithSkilledMember: number;
                partyCells: number;
                partyCellsWithPioneerSession: number;
                personsAged16Plus: number;
                personsAged16PlusWithDigitalBank: number;
                personsAged16PlusWithVneidLevel2: number;
                personsWithDisability: number;
                personsWithDisabilityReached: number;
                students: number;
                studentsWithBasicSkills: number;
                tradersAndFarmers: number;
                tradersAndFarmersFourTComplete: number;
                workers: number;
                workersWithBasicSkills: number;
            };
            indicators: components["schemas"]["IndicatorFigure"][];
            unit: components["schemas"]["ReportUnit"];
        };
        UnitInput: {
            /** Unit code */
            code: string | null;
            /**
             * Kind of unit
             * @enum {string}
             */
            kind: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
            links?: components["schemas"]["UnitInputLink"][];
            /** Name */
            name: string;
            /** English name */
            nameEn?: string | null;
            parentId?: string | null;
            successorIds: string[];
            /**
             * Valid from
             * Format: date
             */
            validFrom: string;
            /** Valid until */
            validTo: string | null;
        };
        UnitInputLink: {
            parentId: string;
            /**
             * Valid from
             * Format: date
             */
            validFrom: string;
            /** Valid until */
            validTo: string | null;
        };
        UnitLinkInput: {
            parentId: string;
            /**
             * Valid from
             * Format: date
             */
            validFrom: string;
            /** Valid until */
            validTo?: string | null;
        };
        UnitListParams: {
            /**
             * Date
             * Format: date
             */
            asOf?: string;
            code?: string;
            cursor?: string;
            /** @enum {string} */
            kind?: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
            /** @enum {string} */
            level?: "province" | "district" | "commune" | "village";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            parentId?: string;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "name" | "code" | "kind" | "validFrom";
        };
        UnitPatch: {
            /** Unit code */
            code?: string | null;
            /**
             * Kind of unit
             * @enum {string}
             */
            kind?: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
            /** Name */
            name?: string;
            /** English name */
            nameEn?: string | null;
            parentId?: unknown;
            successorIds?: string[];
            /**
             * Valid from
             * Format: date
             */
            validFrom?: string;
            /** Valid until */
            validTo?: string | null;
            /** Version */
            version: number;
        };
        UnitTree: {
            asOf: string;
            units: {
                code: string | null;
                id: string;
                /** @enum {string} */
                kind: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
                name: string;
                parentId: string | null;
            }[];
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            disabled: boolean;
            email: string;
            fullName: string;
            guideId: string | null;
            id: string;
            /** @enum {string} */
            role: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
            teamId: string | null;
            unitId: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        UserInput: {
            /** Email */
            email: string;
            /** Full name */
            fullName: string;
            /** Guide */
            guideId?: string | null;
            password: string;
            /**
             * Role
             * @enum {string}
             */
            role: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
            /** Team */
            teamId?: string | null;
            /** Unit */
            unitId?: string | null;
        };
        UserListParams: {
            cursor?: string;
            /** @enum {string} */
            disabled?: "true" | "false";
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /** @enum {string} */
            role?: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "email" | "fullName" | "role" | "createdAt";
            unitId?: string;
        };
        UserPasswordReset: {
            password: string;
        };
        UserPatch: {
            /** Disabled */
            disabled?: boolean;
            /** Full name */
            fullName?: string;
            /** Guide */
            guideId?: string | null;
            /**
             * Role
             * @enum {string}
             */
            role?: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
            /** Team */
            teamId?: string | null;
            /** Unit */
            unitId?: string | null;
            /** Version */
            version: number;
        };
        ViolationGroups: {
            /** @description Counts of every violation of the subtree, before the filter. */
            counts: {
                categories: {
                    breach: number;
                    progress: number;
                };
                levels: {
                    commune: number;
                    district: number;
                    province: number;
                    village: number;
                };
                rules: {
                    "commune-week-without-community-class": number;
                    "commune-without-support-staff": number;
                    "guide-below-quota": number;
                    "indicator-deadline-missed": number;
                    "indicator-off-track": number;
                    "party-cell-without-pioneer-session": number;
                };
                severities: {
                    error: number;
                    warning: number;
                };
                total: number;
            };
            groups: {
                /** @enum {string} */
                category: "breach" | "progress";
                count: number;
                /** @enum {string} */
                rule: "guide-below-quota" | "commune-without-support-staff" | "commune-week-without-community-class" | "party-cell-without-pioneer-session" | "indicator-off-track" | "indicator-deadline-missed";
                /** @enum {string} */
                severity: "error" | "warning";
                title: {
                    en: string;
                    vi: string;
                };
                units: {
                    count: number;
                    /** @description The first 3 violations of the rule in the unit. */
                    items: components["schemas"]["ViolationItem"][];
                    unitId: string;
                    unitLevel: ("province" | "district" | "commune" | "village") | null;
                    unitName: string | null;
                }[];
            }[];
            /** @description How many violations pass the filter. */
            shown: number;
        };
        ViolationItem: {
            /** @enum {string} */
            category: "breach" | "progress";
            ids: string[];
            involved: {
                id: string;
                /** @enum {string} */
                kind: "guide" | "person" | "unit" | "organization" | "class" | "indicator" | "week";
            }[];
            message: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            rule: "guide-below-quota" | "commune-without-support-staff" | "commune-week-without-community-class" | "party-cell-without-pioneer-session" | "indicator-off-track" | "indicator-deadline-missed";
            /** @enum {string} */
            severity: "error" | "warning";
            title: {
                en: string;
                vi: string;
            };
            unitId: string;
            unitLevel: ("province" | "district" | "commune" | "village") | null;
            unitName: string | null;
        };
        Visit: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            date: string;
            digitalBankIds: string[];
            helpedIds: string[];
            householdId: string;
            id: string;
            teamId: string;
            topicIds: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            vneidLevel2Ids: string[];
        };
        VisitInput: {
            /** Format: date */
            date: string;
            digitalBankIds: string[];
            helpedIds: string[];
            householdId: string;
            teamId: string;
            topicIds: string[];
            vneidLevel2Ids: string[];
        };
        VisitListParams: {
            cursor?: string;
            /**
             * Date
             * Format: date
             */
            from?: string;
            householdId?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "date";
            teamId?: string;
            /**
             * Date
             * Format: date
             */
            to?: string;
            unitId?: string;
        };
        VisitPatch: {
            /** Format: date */
            date?: string;
            digitalBankIds?: string[];
            helpedIds?: string[];
            householdId?: string;
            teamId?: string;
            topicIds?: string[];
            /** Version */
            version: number;
            vneidLevel2Ids?: string[];
        };
        VolunteerApplication: {
            availability: string | null;
            birthYear: number;
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            fullName: string;
            guideId: string | null;
            id: string;
            personId: string | null;
            phone: string;
            /**
             * Role
             * @enum {string}
             */
            role: "guide" | "youth_volunteer";
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected";
            teamId: string | null;
            topicIds: string[];
            unitId: string;
            unitName: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        VolunteerApplied: {
            id?: string;
            repeat?: boolean;
            /** @enum {string} */
            status: "pending";
        };
        VolunteerDecision: {
            /**
             * Decision
             * @enum {string}
             */
            decision: "approved" | "rejected";
            joins?: {
                /** Campaign */
                campaignId?: string;
                /** Team */
                teamId?: string;
            };
            /** Note */
            note?: string;
            /** Version */
            version: number;
        };
        VolunteerListParams: {
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Role
             * @enum {string}
             */
            role?: "guide" | "youth_volunteer";
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "createdAt" | "name";
            /**
             * Status
             * @enum {string}
             */
            status?: "pending" | "approved" | "rejected";
        };
        VolunteerSignUp: {
            /** Availability */
            availability?: string;
            birthYear: number | string;
            /**
             * Consent
             * @enum {boolean}
             */
            consent: true;
            elapsedMs?: number;
            fullName: string;
            phone: string;
            /**
             * Role
             * @enum {string}
             */
            role: "guide" | "youth_volunteer";
            /** Can teach */
            topicIds: string[];
            /** Commune or village */
            unitId: string;
            website?: string;
        };
        /** @description The period the weekly-classes indicator counts (ISO weeks overlapping it). */
        WeeklyClassesPeriod: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        WorklistHouseholdEntry: {
            address: string | null;
            disability: boolean;
            elderly: boolean;
            householdId: string;
            lastVisitedOn: string | null;
            members: number;
            name: string;
            remote: boolean;
            unitId: string;
        };
        WorklistPersonEntry: {
            disability: boolean;
            elderly: boolean;
            householdId: string | null;
            lastVisitedOn: string | null;
            name: string;
            personId: string;
            remote: boolean;
            unitId: string;
            /** @enum {number} */
            vneidLevel: 0 | 1;
        };
        YouthBaseCounts: {
            campaigns: number;
            organizationId: string;
            organizationName: string;
            peopleHelped: number;
            sessionsHeld: number;
            volunteers: number;
        };
        YouthCampaign: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            from: string;
            id: string;
            organizationId: string;
            organizationName: string;
            theme: string;
            /** Format: date */
            to: string;
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            volunteers: number;
        };
        YouthCampaignCountsParams: {
            unitId?: string;
        };
        YouthCampaignInput: {
            /**
             * From
             * Format: date
             */
            from: string;
            /** Youth union base */
            organizationId: string;
            theme: string;
            /**
             * To
             * Format: date
             */
            to: string;
        };
        YouthCampaignListParams: {
            cursor?: string;
            /**
             * Order
             * @enum {string}
             */
            order?: "asc" | "desc";
            organizationId?: string;
            /** Page */
            page?: number;
            /** Page size */
            pageSize?: number;
            /** Search */
            q?: string;
            /**
             * Sort by
             * @enum {string}
             */
            sort?: "from" | "theme";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postApiAccountPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAudit: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                cursor?: string;
                entity?: string;
                entityId?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "can-bo@chuongmy.example",
                 *       "password": "…"
                 *     }
                 */
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "u-1",
                     *       "email": "can-bo@chuongmy.example",
                     *       "fullName": "Nguyễn Thị Lan",
                     *       "role": "commune_officer",
                     *       "unitId": "vn:10015:2025-07-01",
                     *       "teamId": null,
                     *       "guideId": null
                     *     }
                     */
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "u-1",
                     *       "email": "can-bo@chuongmy.example",
                     *       "fullName": "Nguyễn Thị Lan",
                     *       "role": "commune_officer",
                     *       "unitId": "vn:10015:2025-07-01",
                     *       "teamId": null,
                     *       "guideId": null
                     *     }
                     */
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiClasses: {
        parameters: {
            query?: {
                audience?: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
                cursor?: string;
                from?: string;
                order?: "asc" | "desc";
                organizationId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "startsAt" | "title";
                status?: "scheduled" | "held" | "cancelled";
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Class"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiClasses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiClassesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiClassesId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiClassesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiClassesIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completion"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiClassesIdEnrollments: {
        parameters: {
            query?: {
                cursor?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "registeredOn" | "status";
                status?: "registered" | "attended" | "no_show" | "completed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Enrollment"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiClassesIdEnrollments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registered"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiEnrollmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiEnrollmentsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiEnrollmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentStatusInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiEvents: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                kind?: "digital_learning_day" | "workshop" | "talk" | "conference" | "hands_on";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "date" | "participants" | "title";
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Event"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiEventsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiEventsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiEventsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiExportsList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiExportsReportXlsx: {
        parameters: {
            query?: {
                asOf?: string;
                lang?: "vi" | "en";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiGuides: {
        parameters: {
            query?: {
                belowQuota?: "true" | "false";
                cursor?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "since" | "learners";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Guide"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiGuides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuideInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiGuidesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiGuidesId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiGuidesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuidePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guide"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiGuidesIdLearners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideLink"][];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiGuidesIdLearners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuideLinkInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuideLink"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiGuidesIdLearnersLinkId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiGuidesIdLearnersSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineGuideLinkReplay"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineGuideLinkReplayResponse"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiGuidesIdOffline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineGuideSnapshot"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description See the summary */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthUnavailable"];
                };
            };
        };
    };
    getApiHouseholds: {
        parameters: {
            query?: {
                cursor?: string;
                isRemote?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "code" | "createdAt" | "updatedAt";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Household"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiHouseholdsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiHouseholdsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiHouseholdsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The commune-level unit the list belongs to */
                    communeId: string;
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiImportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiImportsIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiImportsIdIssues: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportRowIssue"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiImportsIdReportXlsx: {
        parameters: {
            query?: {
                lang?: "vi" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiImportsCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The commune whose residents the list is matched to */
                    communeId: string;
                    /**
                     * Format: binary
                     * @description CSV (UTF-8) or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiImportsCertificatesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiImportsCertificatesIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateImportJob"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiImportsTemplateXlsx: {
        parameters: {
            query: {
                communeId: string;
                lang?: "vi" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiIndicators: {
        parameters: {
            query?: {
                asOf?: string;
                /** @description First day of the period of the weekly-classes indicator (the ISO weeks overlapping it). Default: the campaign's start, 2025-03-26. */
                from?: string;
                /** @description Last day of the period of the weekly-classes indicator, cut at each snapshot date. Default: the report's date (asOf). */
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorReport"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiIndicatorsIdTrend: {
        parameters: {
            query?: {
                asOf?: string;
                /** @description First day of the period of the weekly-classes indicator (the ISO weeks overlapping it). Default: the campaign's start, 2025-03-26. */
                from?: string;
                /** @description Last day of the period of the weekly-classes indicator, cut at each snapshot date. Default: the report's date (asOf). */
                to?: string;
                unitId?: string;
            };
            header?: never;
            path: {
                id: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorTrend"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiIndicatorsComparison: {
        parameters: {
            query?: {
                asOf?: string;
                /** @description `month` (default): this month so far against last month; `quarter`: likewise by calendar quarter. */
                period?: "month" | "quarter";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorComparison"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiIndicatorsTableXlsx: {
        parameters: {
            query?: {
                asOf?: string;
                lang?: "vi" | "en";
                order?: "asc" | "desc";
                /** @description An indicator id (ranked, highest first by default) or `name`. Default: digital-family. */
                sort?: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells" | "name";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrganizations: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "enterprise" | "cooperative" | "school" | "state_agency" | "party_cell" | "youth_union_base";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "kind" | "createdAt" | "updatedAt";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organization"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrganizationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiOrganizationsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiOrganizationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPeople: {
        parameters: {
            query?: {
                cursor?: string;
                group?: string;
                hasDigitalBankAccount?: "true" | "false";
                householdId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sex?: "male" | "female";
                sort?: "name" | "birthYear" | "createdAt" | "updatedAt";
                unitId?: string;
                vneidLevel?: "0" | "1" | "2";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPeopleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiPeopleId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiPeopleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPosts: {
        parameters: {
            query?: {
                channel?: "district_portal" | "zalo_oa" | "facebook" | "internal_bulletin" | "loudspeaker";
                cursor?: string;
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "date" | "reach" | "title";
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Post"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPosts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPostsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiPostsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiPostsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPrivacyPeopleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPrivacyPeopleIdErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPrivacyVolunteerApplicationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPrivacyVolunteerApplicationsIdErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationErasure"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicClasses: {
        parameters: {
            query?: {
                audience?: "community" | "elderly" | "disability" | "civil_servants" | "party_members" | "students" | "workers" | "four_t" | "youth";
                communeId?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                to?: string;
                topicId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicClass"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPublicClassesIdRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicSignUp"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAlreadyRegistered"];
                };
            };
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRegistered"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvent"][];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicProgress: {
        parameters: {
            query?: {
                asOf?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProgress"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicUnit"][];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPublicVolunteers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerSignUp"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerApplied"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiReports: {
        parameters: {
            query: {
                page?: number;
                pageSize?: number;
                parentId?: string;
                period: string;
                status?: "not_started" | "draft" | "submitted" | "returned" | "approved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiReportsUnitIdPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiReportsUnitIdPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDraft"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiReportsUnitIdPeriodApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportApproval"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiReportsUnitIdPeriodReportXlsx: {
        parameters: {
            query?: {
                lang?: "vi" | "en";
            };
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiReportsUnitIdPeriodReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportReturn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiReportsUnitIdPeriodSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDraft"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiReportsCompleteness: {
        parameters: {
            query: {
                parentId?: string;
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCompletenessAnswer"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSignUps: {
        parameters: {
            query?: {
                classId?: string;
                cursor?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "createdAt" | "name";
                status?: "pending" | "accepted" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SignUp"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSignUpsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUp"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSignUpsIdCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpCandidate"][];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSignUpsIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpDecision"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUp"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSignUpsPendingCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpPendingCount"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSkillRecords: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                personId?: string;
                q?: string;
                sort?: "date" | "topic";
                source?: "class" | "guide" | "door_to_door" | "online_platform" | "assessment";
                to?: string;
                topicId?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SkillRecord"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSkillRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillRecordInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillRecord"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSkillRecordsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillRecord"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiSkillRecordsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiSkillRecordsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillRecordPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillRecord"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupportStaff: {
        parameters: {
            query?: {
                active?: "true" | "false";
                cursor?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "validFrom" | "name";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SupportStaff"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupportStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportStaffInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportStaff"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupportStaffId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportStaff"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiSupportStaffId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiSupportStaffId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportStaffPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportStaff"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTargets: {
        parameters: {
            query?: {
                cursor?: string;
                indicator?: "digital-family" | "adults-basic" | "digital-identity" | "digital-bank" | "civil-servants" | "students" | "workers" | "elderly-reached" | "disability-reached" | "guides-quota" | "support-desk" | "weekly-classes" | "door-to-door" | "four-t" | "party-cells";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "deadline" | "indicator" | "value";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Target"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTargetsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiTargetsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiTargetsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTeams: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "community" | "youth" | "student_volunteers";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "kind";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Team"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTeamsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiTeamsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiTeamsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTopics: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "framework" | "practical" | "four_t";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "order" | "name" | "kind";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Topic"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTopicsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiTopicsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiTopicsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUnits: {
        parameters: {
            query?: {
                asOf?: string;
                code?: string;
                cursor?: string;
                kind?: "province" | "district" | "xa" | "phuong" | "thi_tran" | "dac_khu" | "thon" | "to_dan_pho";
                level?: "province" | "district" | "commune" | "village";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                parentId?: string;
                q?: string;
                sort?: "name" | "code" | "kind" | "validFrom";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Unit"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiUnitsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUnitsIdLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitLinkInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUnitsScope: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentScope"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUnitsTree: {
        parameters: {
            query?: {
                asOf?: string;
                rootId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitTree"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUsers: {
        parameters: {
            query?: {
                cursor?: string;
                disabled?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer";
                sort?: "email" | "fullName" | "role" | "createdAt";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsersIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPasswordReset"];
            };
        };
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiViolations: {
        parameters: {
            query?: {
                asOf?: string;
                page?: number;
                pageSize?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ViolationItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiViolationsGroups: {
        parameters: {
            query?: {
                asOf?: string;
                category?: "breach" | "progress";
                level?: "province" | "district" | "commune" | "village";
                rule?: "guide-below-quota" | "commune-without-support-staff" | "commune-week-without-community-class" | "party-cell-without-pioneer-session" | "indicator-off-track" | "indicator-deadline-missed";
                severity?: "error" | "warning";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationGroups"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVisits: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                householdId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "date";
                teamId?: string;
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Visit"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVisitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiVisitsId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done, no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiVisitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVisitsOfflineTeamId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineSnapshot"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiVisitsSync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineVisitReplay"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineVisitReplayResponse"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVolunteers: {
        parameters: {
            query?: {
                cursor?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "guide" | "youth_volunteer";
                sort?: "createdAt" | "name";
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VolunteerApplication"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVolunteersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerApplication"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiVolunteersIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerDecision"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerApplication"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiWorklistsDigitalIdentity: {
        parameters: {
            query?: {
                asOf?: string;
                page?: number;
                pageSize?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorklistPersonEntry"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiWorklistsHouseholds: {
        parameters: {
            query?: {
                asOf?: string;
                page?: number;
                pageSize?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorklistHouseholdEntry"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiYouthCampaigns: {
        parameters: {
            query?: {
                cursor?: string;
                order?: "asc" | "desc";
                organizationId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "from" | "theme";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["YouthCampaign"][];
                        next: string | null;
                        page: number | null;
                        pageSize: number;
                        previous: string | null;
                        total: number;
                        totalExact: boolean;
                    };
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiYouthCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YouthCampaignInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthCampaign"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A stale version or a conflict with the current data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiYouthCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthCampaign"];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiYouthCampaignsCounts: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthBaseCounts"][];
                };
            };
            /** @description Invalid input, each field named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this (or, on a write, the CSRF token is missing) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected failure (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
