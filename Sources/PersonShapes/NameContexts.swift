import Foundation
import TextScanning
import TextShapes

/// The words around a name that make it a thing's or a public figure's rather than a private person's:
/// a street said to be named so, a company's form and trades or a shop's word before it, a general's
/// rank, a memorial's word or a national office before it, a ward said to be named so after it. As
/// patterns on folded text; the sanitizer decides what a match means.
package enum NameContexts {
    /// What follows names said to be streets' (folded): "và X là tên hai tuyến phố".
    /// Or an English place noun right after the name: "Tan Son Nhat airport", "Y Bih Aleo Street", "Vo Van
    /// Kiet Boulevard", "Le Loi St", "Hai Van pass", "Quoc Tu Giam ward" (the last five: the twenty-third round).
    package static let streetNamed = DataShapes.regex(
        #"^(?:(?: va [^.,;]{3,30})? la ten (?:(?:hai|ba|cac|nhung|mot) )?(?:con |tuyen )?(?:pho|duong)| (?:street|st|road|avenue|boulevard|blvd|pass|ward|airport|high school|school|hospital|university|college|bridge|market|pagoda|temple|stadium|province|district|commune))\b"#
    )
    /// A company's form and the trades in its name, or a shop's word, before a name (folded): "Công ty
    /// TNHH Thương mại Hoàng Long", "Tiệm vàng Kim Thành", "quán cà phê Hoa Sữa" name a business (not
    /// "chủ quán Hùng", the owner). The thirtieth round added the makers' trades: "Công ty TNHH Dệt Kim
    /// Đông Á", "Công ty CP Cao su Phú Riềng", "cty TNHH Giày Hoa Sen", "Công ty TNHH Gốm sứ Minh Long" (dệt kim, may mặc, cao su, điện tử, điện lạnh, giày da, gốm sứ, gỗ,
    /// nhựa, thép, cơ khí, thủy sản, thực phẩm, dược phẩm, hóa chất, bao bì, in...). Only right after the
    /// form: "Công ty TNHH Hoàng Long, giám đốc Trần Văn Hải" keeps the director a person.
    package static let businessEnd = DataShapes.regex(
        #"(?:(?:cong ty|cty)(?: (?:tnhh|cp|co phan|mtv|mot thanh vien|hop danh))+(?: (?:thuong mai|dich vu|xay dung|dau tu|san xuat|van tai|tu van|phat trien|bat dong san|du lich|xuat nhap khau|ky thuat|cong nghe|tm|dv|xd|va|det(?: kim| may)?|may(?: mac)?|cao su|dien(?: tu| lanh)?|giay(?: da)?|gom(?: su)?|go|nhua|thep|co khi|thuy san|thuc pham|duoc pham|hoa chat|bao bi|in|nong san|khoang san|thiet bi|vat lieu|xi mang))*|tiem vang|(?<!chu )quan(?: ca phe| cafe| an| nhau| com| pho| bun| nuoc)?|cua hang|nha hang|khach san|nha thuoc|hieu thuoc|dai ly|dntn|doanh nghiep tu nhan) $"#
    )
    /// The folded words the pattern above needs, to skip it on text that has none.
    package static let businessWords: Keywords = [
        "ty", "cty", "vang", "hang", "san", "thuoc", "ly", "dntn", "nghiep", "quan",
    ]
    /// A general's rank, a memorial's or landmark's word (an honorific may come between), or a national
    /// office before a name names a public or historical figure: "Đại tướng Võ Nguyên Giáp", "anh hùng Bế
    /// Văn Đàn", "Nhà tưởng niệm chị Võ Thị Sáu", "Tượng đài Bác Hồ", "Chủ tịch nước Lương Cường", "Tổng
    /// Thanh tra Chính phủ Đoàn Hồng Phong" (folded); a cemetery, a scholarship fund or an award named after
    /// a place or a person (the thirtieth round: "nghĩa trang Bình Hưng Hòa", "Quỹ học bổng Vừ A Dính",
    /// "giải thưởng Trần Văn Giàu"); a prison named after its place (the thirty-first round: "Trại giam Ba
    /// Sao", "Trại giam Hoàng Tiến"), but not after a prison's officer ("cán bộ trại giam Trần Văn Hùng"). A commune's or a province's Chủ tịch is no national office. In English
    /// (the twenty-third round): "General Vo Nguyen Giap", "Prime Minister Pham Minh Chinh", "State President …",
    /// "General Secretary …"; a president alone may be a company's. A family name typed without marks may stand
    /// between, split off by another rule ("General Vo | Nguyen Giap").
    package static let publicFigureEnd = DataShapes.regex(
        #"(?:(?:dai|thuong|trung|thieu) tuong|nguyen soai|(?:tuong niem|luu niem|tuong dai|den tho|bao tang|di tich|lang mo|mo phan)(?: (?:chi|anh|ong|ba|bac|co|chu tich|chu|liet si|anh hung))?|anh hung(?: (?:luc luong vu trang(?: nhan dan)?|lao dong))?|nghia trang(?: liet si)?|(?<!(?:can bo|quan giao|giam thi) )trai (?:tam )?giam|quy(?: hoc bong| khuyen hoc)|hoc bong|giai thuong|chu tich nuoc|(?:pho )?chu tich quoc hoi|tong bi thu|(?:pho )?thu tuong(?: chinh phu)?|(?:pho )?tong thanh tra chinh phu|bo truong bo (?:cong an|quoc phong|tai chinh|tu phap|noi vu|ngoai giao|y te|xay dung|cong thuong|giao duc va dao tao|nong nghiep va moi truong|khoa hoc va cong nghe|dan toc va ton giao|van hoa, the thao va du lich)|(?:(?:deputy )?prime minister|(?:party )?general secretary|state president|general)(?: (?:vo|nguyen|pham|le|tran|ho|hoang|do|phan|vu|dang|bui|to|truong))?) $"#
    )
    /// The folded words the two patterns above need, to skip them on text that has none.
    package static let figureWords: Keywords = [
        "tuong", "soai", "niem", "tho", "tang", "tich", "mo", "nuoc", "thu", "phu", "truong", "hung", "general",
        "minister", "president", "secretary", "trang", "bong", "quy", "giam",
    ]
    package static let placeKindWords: Keywords = ["phuong", "xa", "khu", "tran"]
    /// A name said to be a ward's or a commune's: "Kim Long là phường thuộc thành phố Huế"; or Hợp of "Hợp
    /// tác xã" after a role ("kế toán Hợp tác xã Tân Hòa") (folded).
    package static let placeNamedAfter = DataShapes.regex(
        #"^(?: la (?:ten )?(?:mot )?(?:phuong|xa|dac khu|thi tran) (?:thuoc|cua|moi|cu|nam|ven|bien|trung tam)| tac xa)\b"#
    )
}
