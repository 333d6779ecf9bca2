namespace Enforcement.Benchmarks;

internal static class Complaint
{
    /// <summary>A typical complaint without files: the body both endpoints receive.</summary>
    public static object Valid() => new
    {
        category = "counterfeit",
        description = "Phát hiện bán nước mắm giả nhãn hiệu Phú Quốc tại chợ, nhãn in mờ, không có mã truy xuất nguồn gốc.",
        complainant = new { fullName = "Nguyễn Thị Hạnh", phone = "0912345678", email = "nguoidan@example.com" },
        business = new { name = "Tạp hóa Minh Châu", platform = "shopee", shopUrl = "https://shopee.vn/minhchau" },
        location = new { province = "82", ward = "28249" },
        purchase = new { date = "2026-11-01", amountVnd = 125000 },
        listingUrls = new[] { "https://shopee.vn/nuoc-mam-i.1.2" },
        consentToProcessing = true,
    };
}
