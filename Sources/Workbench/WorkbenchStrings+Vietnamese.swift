extension WorkbenchStrings {
    static let vietnamese = WorkbenchStrings(
        title: "Bàn làm việc thanh tra", otherLanguageLink: "English", skipToContent: "Bỏ qua, đến nội dung",
        footer: "Chạy trên máy của bạn; khoá riêng không rời máy này.",
        refusedTitle: "Bị từ chối", refusedPeer: "Yêu cầu không đến từ máy này.",
        refusedHost: "Địa chỉ (Host) không phải của bàn làm việc.",
        refusedOrigin: "Yêu cầu đến từ một trang khác.",
        refusedSession: "Phiên không hợp lệ: mở địa chỉ dùng một lần mà candor-inspect serve đã in ra.",
        refusedToken: "Địa chỉ dùng một lần này đã được dùng hoặc không đúng.",
        refusedCSRF: "Biểu mẫu đã cũ hoặc thiếu mã bảo vệ: tải lại trang rồi thử lại.",
        refusedLocked: "Bàn làm việc đang khoá: nhập cụm mật khẩu để mở.",
        unlockTitle: "Mở khoá",
        unlockLead: "Nhập cụm mật khẩu của tệp khoá. Khoá chỉ nằm trong bộ nhớ khi bàn đang mở.",
        passphrase: "Cụm mật khẩu", unlockButton: "Mở khoá", lockButton: "Khoá",
        wrongPassphrase: "Cụm mật khẩu không mở được tệp khoá.",
        oldKeyPassphrase: { "Cụm mật khẩu của khoá cũ \($0) (để trống nếu giống cụm trên)" },
        wrongOldPassphrase: { "Cụm mật khẩu không mở được khoá cũ \($0): nhập cụm mật khẩu riêng của nó bên dưới." },
        lockedByIdle: "Bàn làm việc đã tự khoá sau thời gian không dùng.",
        inboxTitle: "Hộp hồ sơ", syncButton: "Đồng bộ", syncFailed: "Đồng bộ thất bại",
        syncRunning: "Đang đồng bộ", syncConnecting: "Đang hỏi máy chủ điểm kiểm tra đã ký…",
        syncProgress: { "Đã tải và kiểm tra \($0) trên \($1) bản ghi" },
        syncRefreshes: "Trang này tự tải lại cho đến khi đồng bộ xong.", syncDone: "Đồng bộ xong",
        syncBusy: "Đang đồng bộ: đợi đồng bộ xong rồi gửi lại biểu mẫu. Chưa có gì được gửi.",
        counts: { "\($0) hồ sơ: \($1) mới, \($2) quá hạn, \($3) đến hạn trong 3 ngày" },
        newSinceLastVisit: "mới",
        remindersTitle: { "Nhắc việc: \($0) hồ sơ quá hạn, \($1) hồ sơ đến hạn trong \($2) ngày" },
        reminderLine: { decision, day, left in
            (decision ? "quyết định thụ lý" : "giải quyết")
                + (left < 0 ? " hạn \(day), đã quá \(-left) ngày" : " hạn \(day), còn \(left) ngày")
        },
        remindersMore: { "Chỉ liệt kê \($0) hồ sơ đầu; bộ lọc bên dưới liệt kê tất cả." }, filterButton: "Lọc",
        anyValue: "(tất cả)", onlyOverdue: "Chỉ hồ sơ quá hạn",
        dueWithinDays: "Đến hạn trong (ngày)", columnID: "Số", columnStatus: "Trạng thái", columnDue: "Hạn",
        columnLeft: "Còn", columnProvince: "Tỉnh", columnProcedure: "Thủ tục", columnAssignee: "Người xử lý",
        daysLeft: { "\($0) ngày" }, daysLate: { "trễ \($0) ngày" }, noCase: "Không có hồ sơ nào phù hợp.",
        previousPage: "Trang trước", nextPage: "Trang sau", cannotOpen: "(không mở được)",
        caseTitle: { "Hồ sơ \($0)" }, backToInbox: "Về hộp hồ sơ", received: "Nhận ngày", decisionDue: "Hạn quyết định",
        resolutionDue: "Hạn giải quyết",
        notSealedToYou: "Báo cáo không được niêm phong cho khoá của bạn (nhận trước khi khoá của bạn được thêm).",
        notFromCitizen: "KHÔNG PHẢI LỜI CỦA NGƯỜI DÂN",
        flaggedEventsWarning:
            "Có sự kiện không kiểm được chữ ký: giữ bản sao làm chứng cứ và báo cho các thanh tra khác.",
        fieldProvince: "Tỉnh", fieldProcedure: "Thủ tục", fieldAgency: "Cơ quan", fieldCommune: "Xã/phường",
        fieldOfficial: "Cán bộ", fieldMisconduct: "Hành vi", fieldWhen: "Thời gian",
        fieldContact: "Liên hệ (người dân tự chọn cho)", attachmentsTitle: "Tệp đính kèm",
        metadataStripped: "đã xoá siêu dữ liệu", metadataKept: "CHƯA xoá siêu dữ liệu", download: "Tải xuống",
        followUpsTitle: "Bổ sung và đánh giá", rating: "Đánh giá", timelineTitle: "Diễn biến",
        noEvents: "Chưa có sự kiện nào.", signatureVerified: "chữ ký hợp lệ", flagged: "⚠ BỊ ĐÁNH DẤU",
        actionsTitle: "Thao tác",
        exportTitle: "Xuất hồ sơ để nộp toà án",
        exportLead:
            "Ghi các bản ghi niêm phong, các sự kiện đã ký, bằng chứng có mặt và điểm kiểm tra đã ký của hồ sơ vào một thư mục mới trên máy này, như candor-inspect export, trong",
        exportOpen:
            "Ghi cả báo cáo, thông tin bổ sung và tệp đính kèm đã giải mã (--open). CẢNH BÁO: bản này chứa báo cáo ở dạng văn bản rõ; giữ như hồ sơ giấy và xoá khi xong việc.",
        exportButton: "Xuất", exportFailed: "Chưa xuất được hồ sơ", exportedTitle: "Đã xuất hồ sơ",
        exportedFolder: "Thư mục", exportedRecords: "Số bản ghi (trong đó sự kiện)",
        exportedVerify: "Kiểm tra trên bất kỳ máy nào, chỉ cần khoá công khai",
        exportedOpenWarning:
            "Bản này chứa báo cáo, thông tin bổ sung và tệp đính kèm ở dạng văn bản rõ trong open/: giữ như hồ sơ giấy và xoá khi xong việc.",
        actionNames: [
            "accept": "Tiếp nhận", "decline": "Từ chối", "assign": "Giao việc", "note": "Ghi chú nội bộ",
            "reply": "Trả lời người dân", "extend": "Gia hạn", "resolve": "Giải quyết",
            "transfer": "Chuyển đơn vị", "grant": "Trao khoá cho thanh tra mới",
        ],
        fieldReason: "Lý do (người dân sẽ đọc)", fieldAssignee: "Giao cho", fieldText: "Nội dung",
        fieldOutcome: "Kết quả", fieldSummary: "Tóm tắt kết quả (người dân sẽ đọc)",
        fieldReasonForInspectors: "Lý do (cho các thanh tra)", fieldUnit: "Đơn vị nhận",
        keysHandedOver: "Số khoá bản ghi được trao",
        grantAll: "Mọi hồ sơ bạn mở được, không chỉ hồ sơ này (grant --all)",
        grantAllNothing: { "\($0) đã mở được mọi bản ghi của mọi hồ sơ mà bạn mở được" },
        replyWarning:
            "Người dân sẽ đọc câu trả lời này trên trang theo dõi hồ sơ. Đừng viết điều chỉ dành cho thanh tra.",
        citizenReads: "Người dân sẽ đọc nội dung này.", inspectorsOnly: "Chỉ các thanh tra của hồ sơ đọc được.",
        reviewButton: "Xem lại trước khi gửi", confirmTitle: "Xác nhận",
        confirmLead: "Đây đúng là những gì sẽ được ký và gửi:", signedBy: "Ký bởi", sealedTo: "Niêm phong cho",
        sendTo: "Gửi đến", confirmButton: "Ký và gửi", cancel: "Huỷ",
        done: { action, record in "\(action): đã ký và ghi nhận" + (record.map { " (bản ghi \($0))" } ?? "") },
        publishTitle: "Công bố kết quả",
        publishLead:
            "Viết tóm tắt công khai bằng lời của bạn. Bộ lọc ẩn dữ liệu cá nhân; bạn xem lại trước khi công bố.",
        fieldPublicSummary: "Tóm tắt công khai", fieldAgencyOverride: "Tên cơ quan (để trống: như người dân ghi)",
        recordTitle: "Bản ghi công khai, đúng như sẽ được công bố", writtenTitle: "Bạn đã viết",
        publishedTitle: "Sẽ công bố", jsonLineTitle: "Dòng JSON sẽ được ký",
        markCounts: { "\($0) chỗ đã ẩn, \($1) trích dẫn lời người dân, \($2) chỗ bộ lọc không chắc" },
        acceptQuotes: "Tôi chắc các trích dẫn lời người dân không thể làm lộ họ (--accept-quotes)",
        acceptFlags: "Tôi đã xem các chỗ bộ lọc không chắc; không chỗ nào là dữ liệu cá nhân (--accept-flags)",
        confirmPublish: { "Tôi đã đọc bản ghi; công bố, ký bởi \($0)" }, publishButton: "Công bố",
        refusedQuotes:
            "Còn trích dẫn lời người dân: viết lại bằng lời của bạn, hoặc đánh dấu ô chấp nhận. Chưa công bố gì.",
        refusedFlags: "Còn chỗ bộ lọc không chắc: viết lại, hoặc đánh dấu ô chấp nhận. Chưa công bố gì.",
        disciplinedTitle: "Người bị xử lý kỷ luật (công bố ở trường riêng)",
        disciplinedLead:
            "Chỉ khi quyết định kỷ luật đã được công khai: chức vụ và đơn vị của người bị kỷ luật, ghi như trong quyết "
            + "định. Không bao giờ dùng lời người dân. Để trống khi không ai bị kỷ luật.",
        fieldDisciplinedPosition: "Chức vụ", fieldDisciplinedUnit: "Đơn vị",
        fieldDisciplinedName: "Họ tên (chỉ khi quyết định kỷ luật công khai ghi tên)",
        namesNotAllowed:
            "Hệ thống này không công bố tên cán bộ (không có Keys/outcomes.names): chỉ ghi chức vụ và đơn vị.",
        confirmDisciplined:
            "Tôi đã đối chiếu người bị kỷ luật với quyết định kỷ luật; công bố (--confirm-disciplined)",
        refusedDisciplined:
            "Bản ghi nêu người bị kỷ luật: đối chiếu với quyết định kỷ luật và đánh dấu ô xác nhận. Chưa công bố gì.",
        refusedDisciplinedQuotes:
            "Chức vụ hoặc đơn vị của người bị kỷ luật trích lời người dân: ghi như trong quyết định kỷ luật. Chưa công "
            + "bố gì.",
        published: { id, index, verified in
            "Đã công bố kết quả \(id), mục \(index) của sổ công khai"
                + (verified ? "; điểm kiểm tra của sổ đã được xác minh" : "")
        },
        dashboardTitle: "Tổng quan",
        dashboardCount: "Số hồ sơ",
        dashboardByStatus: "Hồ sơ theo trạng thái",
        dashboardDue: "Sắp đến hạn",
        dashboardOverdue: "Quá hạn",
        dashboardThisWeek: "Trong 7 ngày tới",
        dashboardNextWeek: "Từ 7 đến 13 ngày tới",
        dashboardWorkload: "Hồ sơ đang mở theo người xử lý",
        dashboardUnassigned: "(chưa giao)",
        dashboardMedianDecide: "Trung vị số ngày đến khi quyết định",
        dashboardMedianResolve: "Trung vị số ngày từ tiếp nhận đến giải quyết",
        dashboardWithinDeadline: "Tỷ lệ giải quyết đúng hạn"
    )
}
