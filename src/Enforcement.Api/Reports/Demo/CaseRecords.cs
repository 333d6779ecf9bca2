using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Reports.Demo;

/// <summary>The violation record (biên bản) and penalty decision (quyết định xử phạt) of a historical case.</summary>
internal sealed class CaseRecords(Random random)
{
    private static readonly Dictionary<string, (string Goods, string Unit)[]> Goods = new()
    {
        [GoodsCategories.Counterfeit] = [("Nước hoa giả nhãn hiệu Chanel, Dior", "chai"), ("Túi xách giả nhãn hiệu Louis Vuitton", "chiếc"), ("Giày thể thao giả nhãn hiệu Nike, Adidas", "đôi"), ("Mỹ phẩm giả nhãn hiệu Ohui", "hộp"), ("Đồng hồ giả nhãn hiệu Rolex", "chiếc")],
        [GoodsCategories.Smuggled] = [("Thuốc lá điếu nhập lậu", "bao"), ("Đường kính trắng nhập lậu", "kg"), ("Mỹ phẩm nhập lậu không nhãn phụ tiếng Việt", "hộp"), ("Rượu ngoại nhập lậu", "chai")],
        [GoodsCategories.IntellectualProperty] = [("Quần áo mang yếu tố xâm phạm nhãn hiệu", "chiếc"), ("Phụ kiện điện thoại xâm phạm kiểu dáng công nghiệp", "chiếc")],
        [GoodsCategories.UnknownOrigin] = [("Thực phẩm chức năng không rõ nguồn gốc", "hộp"), ("Đồ chơi trẻ em không rõ nguồn gốc", "chiếc"), ("Bánh kẹo không rõ nguồn gốc", "kg")],
        [GoodsCategories.Banned] = [("Pháo nổ", "kg"), ("Thuốc bảo vệ thực vật cấm lưu hành", "chai")],
        [GoodsCategories.Other] = [("Hàng hóa không niêm yết giá", "sản phẩm"), ("Thực phẩm quá hạn sử dụng", "kg"), ("Hàng hóa vi phạm về nhãn", "sản phẩm")],
    };

    public ViolationRecord Record(Complaint c, string number, DateTime at, bool online, string team)
    {
        var category = DemoHistoryCatalog.GoodsCategoryFor(c.Category, random);
        var (goods, unit) = Pick(Goods[category]);
        var codes = DemoHistoryCatalog.ViolationCodes[category];
        // Goods values spread over three orders of magnitude (2 million to 400 million VND).
        var value = (long)(Math.Exp(Math.Log(2_000_000) + random.NextDouble() * Math.Log(200)) / 1000) * 1000;
        return new ViolationRecord
        {
            TrackingCode = c.TrackingCode, RecordNumber = number, RecordDate = DateOnly.FromDateTime(VietnamTime.ToLocal(at)),
            GoodsCategory = category, ViolationCode = Pick(codes),
            OffenderType = random.NextDouble() < 0.25 ? OffenderTypes.Organisation : OffenderTypes.Individual,
            Online = online, Platform = online ? c.Business.Platform ?? Platform() : null, GoodsDescription = goods, GoodsValueVnd = value,
            QuantitySeized = category == GoodsCategories.Other ? null : random.Next(5, 2000), QuantityUnit = category == GoodsCategories.Other ? null : unit,
            ProvinceCode = c.ProvinceCode, WardCode = c.WardCode, TeamCode = team,
            RecordedBy = online ? "inspector2" : Pick(DemoHistoryCatalog.Officers), RecordedAt = at,
        };
    }

    public PenaltyDecision Decision(ViolationRecord record, string number, DateTime at, string issuedBy)
    {
        var (min, max) = DemoHistoryCatalog.FineRange[record.GoodsCategory];
        var fine = record.GoodsCategory == GoodsCategories.Other && random.NextDouble() < 0.08
            ? 0 // a warning (cảnh cáo)
            : (min + (long)(random.NextDouble() * (max - min)) / 500_000 * 500_000) * (record.OffenderType == OffenderTypes.Organisation ? 2 : 1);
        var date = DateOnly.FromDateTime(VietnamTime.ToLocal(at));
        var seized = record.GoodsCategory is GoodsCategories.Counterfeit or GoodsCategories.Smuggled or GoodsCategories.Banned or GoodsCategories.UnknownOrigin;
        return new PenaltyDecision
        {
            TrackingCode = record.TrackingCode, DecisionNumber = number, DecisionDate = date, ReceivedDate = date.AddDays(random.Next(0, 4)),
            FineVnd = fine, Confiscation = seized,
            Destruction = seized && record.GoodsCategory != GoodsCategories.Smuggled && random.NextDouble() < 0.8,
            ListingRemoval = record.Online,
            RemedialMeasures = record.GoodsCategory switch
            {
                GoodsCategories.IntellectualProperty => "remove_infringing_elements",
                GoodsCategories.Counterfeit => "destroy_goods,return_illegal_profit",
                GoodsCategories.Other => "relabel_goods",
                _ => null,
            },
            IssuedBy = issuedBy, IssuedAt = at,
        };
    }

    private string Platform()
    {
        var x = random.NextDouble();
        foreach (var (code, weight) in DemoHistoryCatalog.Platforms) if ((x -= weight) <= 0) return code;
        return DemoHistoryCatalog.Platforms[^1].Code;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
