using Enforcement.Api.Complaints;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// A historical complaint's words: synthetic names (no real person), a product and a short description. Reports never
/// show them; they only make a staff page of an old complaint readable. No phone, email or address is invented.
/// </summary>
internal static class DemoHistoryText
{
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"];
    private static readonly string[] Middles = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thanh"];
    private static readonly string[] Givens = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Linh", "Nam", "Phúc", "Quyên", "Sơn", "Trang", "Vy"];
    private static readonly string[] Shops = ["Shop Hàng Hiệu", "Cửa hàng Minh Phát", "Tạp hóa Ngọc Lan", "Mỹ phẩm Xinh", "Store Chính Hãng 247", "Đại lý Hưng Thịnh", "Kho Sỉ Giá Tốt"];

    private static readonly Dictionary<string, (string Product, string? Brand, string Text)[]> Stories = new()
    {
        [ComplaintCategories.Counterfeit] = [("Nước hoa 100ml", "Chanel", "Nước hoa bao bì in mờ, mùi khác hàng chính hãng, nghi hàng giả."), ("Giày thể thao", "Nike", "Giày bán giá rẻ bất thường, tem mác không đúng mẫu của hãng."), ("Kem dưỡng da", "Ohui", "Mỹ phẩm không có tem chống giả, nghi hàng giả.")],
        [ComplaintCategories.Smuggled] = [("Thuốc lá điếu", null, "Bán thuốc lá ngoại không tem nhập khẩu."), ("Rượu ngoại", null, "Rượu ngoại không có tem, không hóa đơn chứng từ.")],
        [ComplaintCategories.UnknownOrigin] = [("Thực phẩm chức năng", null, "Sản phẩm không ghi nơi sản xuất, không có nhãn phụ tiếng Việt."), ("Đồ chơi trẻ em", null, "Đồ chơi không nhãn mác, không rõ xuất xứ.")],
        [ComplaintCategories.IpInfringement] = [("Áo thun in logo", "Adidas", "Áo in logo thương hiệu khi không phải đại lý."), ("Ốp điện thoại", "Apple", "Phụ kiện sao chép kiểu dáng sản phẩm của hãng.")],
        [ComplaintCategories.FoodSafety] = [("Bánh trung thu", null, "Bánh không ghi hạn sử dụng."), ("Giò chả", null, "Thực phẩm có mùi lạ, nghi dùng chất bảo quản cấm.")],
        [ComplaintCategories.PriceFraud] = [("Gạo", null, "Cửa hàng không niêm yết giá, bán cao hơn giá niêm yết."), ("Xăng", null, "Cây xăng bán thiếu số lượng.")],
        [ComplaintCategories.EcommerceFraud] = [("Tai nghe không dây", "Apple", "Đặt hàng trên sàn nhận được hàng khác mô tả, người bán không phản hồi."), ("Son môi", "MAC", "Livestream quảng cáo hàng chính hãng nhưng giao hàng giả.")],
        [ComplaintCategories.ConsumerDispute] = [("Máy giặt", "Sanaka", "Cửa hàng từ chối bảo hành khi sản phẩm còn trong thời hạn."), ("Điện thoại", null, "Đổi trả hàng lỗi không được chấp nhận.")],
        [ComplaintCategories.Other] = [("Phân bón", null, "Phân bón kém chất lượng, nghi giả."), ("Pháo hoa", null, "Bán pháo nổ gần chợ.")],
    };

    public static Complaint Complaint(Random random, string code, string category, string province, string ward, bool online, DateTime submittedAt)
    {
        var (product, brand, text) = Stories[category][random.Next(Stories[category].Length)];
        var anonymous = random.NextDouble() < 0.3;
        var hash = new byte[32];
        random.NextBytes(hash); // no access key exists: nobody can open a historical complaint's public page
        return new Complaint
        {
            TrackingCode = code, AccessKeyHash = Convert.ToHexStringLower(hash), Category = category, Description = text, Anonymous = anonymous,
            Complainant = new ContactDetails
            {
                FullName = anonymous ? null : $"{Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}",
            },
            Business = new BusinessDetails
            {
                Name = Shops[random.Next(Shops.Length)],
                Platform = online ? DemoHistoryCatalog.Platforms[random.Next(DemoHistoryCatalog.Platforms.Length)].Code : null,
            },
            Product = new ProductDetails { Name = product, Brand = brand },
            ProvinceCode = province, WardCode = ward,
            ConsentGivenAt = submittedAt, ConsentTextVersion = Complaints.Submit.SubmitComplaintHandler.ConsentTextVersion,
            Status = ComplaintStatuses.Received, Channel = random.NextDouble() < 0.72 ? "web" : "api",
            SubmittedAt = submittedAt, StatusChangedAt = submittedAt,
        };
    }
}
