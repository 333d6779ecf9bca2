namespace Enforcement.Api.Listings.Demo;

/// <summary>The words the corpus writes with: title extras, description sentences, the counterfeit lexicon, shop names.</summary>
internal static class CorpusPhrases
{
    /// <summary>Counterfeit lexicon (từ ngữ hàng giả) as sellers put it in titles. Genuine listings never use these.</summary>
    public static readonly string[] TitleLexicon =
        ["like auth", "like auth 1:1", "rep 1:1", "replica", "super fake", "f1", "hàng loại 1", "hàng copy", "hàng nhái", "siêu cấp", "fake 1:1"];

    /// <summary>Every lexicon phrase the corpus may use, in titles or descriptions (for tests and rules).</summary>
    public static readonly string[] Lexicon =
        ["like auth", "rep 1:1", "replica", "super fake", "fake", "f1", "hàng loại 1", "hàng copy", "hàng nhái", "không hộp", "bao check", "xách tay không rõ nguồn gốc"];

    public static readonly string[] EnglishLexicon = ["Replica 1:1", "Super Fake", "Like Auth", "Rep 1:1", "AAA Copy"];

    public static readonly string[] GenuineExtras =
        ["", "", "", " - Freeship", " Hàng mới 100%", " Bảo hành 12 tháng", " [Ảnh thật]", " giá tốt", " Full box", " màu đen", " màu trắng", " màu be", " nguyên seal"];

    public static readonly string[] FakeExtras =
        ["", "", " full box", " giá xưởng", " ảnh thật", " sẵn hàng", " freeship", " giá sỉ", " đủ màu"];

    public static readonly string[] CampaignPrefixes = ["[HOT] ", "🔥 ", "SALE ", "Sẵn hàng ", "⚡ "];

    public static readonly string[] GenuineSentences =
    [
        "Sản phẩm chính hãng, đầy đủ hóa đơn VAT.",
        "Cam kết hoàn tiền gấp đôi nếu sản phẩm không đúng mô tả.",
        "Giao hàng toàn quốc, được kiểm tra hàng trước khi thanh toán.",
        "Shop nhận đổi trả trong vòng 7 ngày nếu lỗi do nhà sản xuất.",
        "Có tem chính hãng và mã QR truy xuất nguồn gốc.",
        "Liên hệ shop để được tư vấn thêm.",
        "Đóng gói cẩn thận, giao nhanh trong 2 giờ tại nội thành.",
        "Hàng có sẵn, đặt hàng trước 16h giao trong ngày.",
        "Giá đã bao gồm thuế VAT.",
    ];

    public static readonly string[] FakeSentences =
    [
        "Hàng like auth 1:1 giống chính hãng đến 99%.",
        "Bao check thoải mái, sai hoàn tiền.",
        "Hàng không hộp, không tem, giá xưởng.",
        "Hàng xách tay không rõ nguồn gốc nên giá rất rẻ.",
        "Hàng rep 1:1 chuẩn từ chất liệu đến đường may.",
        "Super fake, full phụ kiện như hãng.",
        "Hàng loại 1 Quảng Châu, 1 đổi 1 trong 7 ngày.",
        "Hàng copy y hệt bản chính, khách xem ảnh thật bên dưới.",
        "Replica cao cấp, da thật, khóa kim loại nặng tay.",
    ];

    public static readonly string[] FakeCasualSentences =
        ["Ib shop để xem ảnh thật.", "Nhận sỉ số lượng lớn cho các shop.", "Giá rẻ nhất thị trường.", "Ship COD toàn quốc."];

    /// <summary>Sentences that fit a category, by the index of <see cref="CorpusCatalog.Categories"/>.</summary>
    public static readonly string[][] CategorySentences =
    [
        ["Da mềm, đường may tỉ mỉ, ngăn rộng đựng vừa laptop 13 inch.", "Kèm túi chống bụi và thẻ bảo hành."],
        ["Đế êm, thoáng khí, phù hợp đi chơi và tập thể thao.", "Size từ 36 đến 44, shop tư vấn size miễn phí."],
        ["Máy chạy chuẩn, kính sapphire chống xước.", "Bảo hành máy 5 năm tại cửa hàng."],
        ["Phù hợp mọi loại da, kể cả da nhạy cảm.", "Hạn sử dụng 36 tháng, ngày sản xuất in trên bao bì."],
        ["Hương thơm lưu lâu 8 đến 12 tiếng.", "Chai thủy tinh nguyên seal."],
        ["Máy nguyên seal, bảo hành chính hãng 12 tháng.", "Hỗ trợ trả góp 0% qua thẻ tín dụng."],
        ["Kết nối bluetooth 5.3 ổn định, pin dùng cả ngày.", "Âm bass mạnh, chống ồn chủ động."],
        ["Chất liệu thoáng mát, form chuẩn.", "Giặt máy thoải mái không phai màu."],
        ["Sản phẩm đạt chuẩn OCOP 4 sao.", "Nguyên liệu tự nhiên, không chất bảo quản.", "Đặc sản làm quà biếu ý nghĩa."],
        ["Hạn sử dụng còn dài, bảo quản nơi khô ráo.", "Phù hợp cho cả gia đình."],
        ["Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.", "Có giấy công bố của Bộ Y tế."],
        ["Chất liệu an toàn cho bé, không cạnh sắc.", "Giúp bé phát triển tư duy và sáng tạo."],
    ];

    /// <summary>What a shop says it sells, by category index.</summary>
    public static readonly string[] ShopFocus =
        ["Túi Xách", "Giày", "Đồng Hồ", "Mỹ Phẩm", "Nước Hoa", "Điện Thoại", "Phụ Kiện", "Thời Trang", "Đặc Sản", "Mẹ và Bé", "Sức Khỏe", "Đồ Chơi"];

    public static readonly string[] GivenNames =
    [
        "Minh Châu", "Thu Hà", "Ngọc Anh", "Hoàng Long", "Thanh Tùng", "Bảo Ngọc", "Phương Linh", "Quốc Bảo", "Khánh Vy", "Đức Anh",
        "Hải Yến", "Tuấn Kiệt", "Mai Anh", "Gia Huy", "Thảo Nguyên", "Lan Hương", "Văn Nam", "Kim Oanh", "Hồng Nhung", "Trâm Anh",
        "Bích Ngọc", "Thành Đạt", "Mỹ Linh", "Xuân Mai", "Anh Thư", "Quang Huy", "Tường Vi", "Đăng Khoa", "Phúc An", "Diệu Linh",
    ];

    public static readonly string[] ShopNumbers = ["", "", "247", "68", "86", "99", "365", "2025", "VN", "Official", "House"];

    /// <summary>Shop name patterns: {0} a given name, {1} the shop's focus, {2} a number or tag.</summary>
    public static readonly string[] ShopPatterns =
        ["Shop {0}", "Tạp hóa {0}", "{0} Store", "Cửa hàng {0}", "Nhà {0}", "{0} Shop {2}", "Shop {1} {0}", "{1} {0}", "Kho Hàng {0}", "{1} Chính Hãng {2}"];

    public static readonly string[] FakeShopPatterns =
        ["Shop Hàng Hiệu Giá Rẻ {2}", "{1} Auth {0}", "Hàng Hiệu {0} {2}", "Kho Sỉ {1} {0}", "Order Quảng Châu {0}", "{0} Luxury", "Tiệm {1} Siêu Cấp {2}"];
}
