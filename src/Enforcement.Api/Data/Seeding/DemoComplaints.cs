using Enforcement.Api.Complaints;
using Enforcement.Api.Complaints.Submit;

namespace Enforcement.Api.Data.Seeding;

internal static class DemoComplaints
{
    /// <summary>Purchase dates count back from <paramref name="today"/>, so the demo stays valid whatever the date.</summary>
    public static IEnumerable<SubmitComplaintRequest> Requests(string province, IReadOnlyList<string> wards, DateOnly today)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        yield return new SubmitComplaintRequest
        {
            Category = ComplaintCategories.Counterfeit,
            Description = "Cửa hàng bán nước hoa Chanel No.5 giá 350.000đ, bao bì in sai chính tả, nghi hàng giả.",
            Complainant = new ContactInput { FullName = "Trần Thị Mai", Phone = "0912345678", Email = "mai.tran@example.com", Address = "12 Nguyễn Huệ" },
            Business = new BusinessInput { Name = "Shop Hương Thơm", Platform = "shopee", ShopUrl = "https://shopee.vn/huongthom" },
            Product = new ProductInput { Name = "Nước hoa Chanel No.5 100ml", Brand = "Chanel" },
            Location = new LocationInput { Province = province, Ward = wards[0] },
            Purchase = new PurchaseInput { Date = Day(today.AddDays(-21)), AmountVnd = 350_000 },
            ListingUrls = ["https://shopee.vn/nuoc-hoa-chanel-no5-i.123.456"],
            ConsentToProcessing = true,
        };
        yield return new SubmitComplaintRequest
        {
            Category = ComplaintCategories.ConsumerDispute,
            Description = "Mua tủ lạnh bị hỏng sau 2 tuần, cửa hàng từ chối bảo hành dù còn trong thời hạn.",
            Complainant = new ContactInput { FullName = "Lê Văn Hùng", Phone = "0987654321", Email = "hung.le@example.com" },
            Business = new BusinessInput { Name = "Điện máy Phương Nam", Address = "45 Lý Thường Kiệt", Platform = "other" },
            Product = new ProductInput { Name = "Tủ lạnh 250L", Brand = "Sanaka" },
            Location = new LocationInput { Province = province, Ward = wards[Math.Min(1, wards.Count - 1)] },
            Purchase = new PurchaseInput { Date = Day(today.AddDays(-34)), AmountVnd = 7_490_000 },
            ConsentToProcessing = true,
        };
        yield return new SubmitComplaintRequest
        {
            Category = ComplaintCategories.Smuggled,
            Anonymous = true,
            Description = "Kho hàng gần chợ nhập thuốc lá ngoại không tem, bán buôn cho các tạp hóa vào ban đêm.",
            Location = new LocationInput { Province = province, Ward = wards[Math.Min(2, wards.Count - 1)] },
            ConsentToProcessing = true,
        };
    }
}
