using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings.Genuine;

/// <summary>NDJSON import: good lines land, bad ones are reported by line and field, and a refused line leaves nothing.</summary>
public abstract class GenuineImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Mixed_good_and_bad_lines_import_the_good_ones_and_report_each_bad_one()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brand = GenuineClient.Unique("Bánh pía Sóc Trăng");
        var report = await lead.ImportAsync(
            Line(new { kind = "brand", name = brand, aliases = new[] { "Banh pia" }, @protected = true }),
            Line(new { kind = "product", brand = brand.ToUpperInvariant(), name = "Bánh pía sầu riêng 500g", isOcop = true, ocopStars = 4, ocopProvince = "Cần Thơ", referencePriceMinVnd = 60_000, referencePriceMaxVnd = 90_000 }),
            Line(new { kind = "product", brand, name = "Bánh pía đậu xanh", isOcop = true, ocopStars = 7 }),
            "{\"kind\": \"product\", \"brand\": ",
            "",
            Line(new { kind = "seller", brand, platform = "shopee", sellerPlatformId = "banhpia_tanhue", sellerName = "Tân Huê Viên" }),
            Line(new { kind = "seller", brand = "Không có nhãn này", platform = "shopee", sellerPlatformId = "x", sellerName = "X" }),
            Line(new { kind = "gift", name = "?" }),
            "{\"kind\": \"product\", \"brand\": \"" + brand + "\", \"name\": \"Bánh pía\", \"referencePriceMinVnd\": \"rẻ\"}",
            Line(new { kind = "brand", name = brand, notes = "Đặc sản Sóc Trăng" }));

        Assert.Equal(9, report.GetProperty("received").GetInt32());
        Assert.Equal(3, report.GetProperty("inserted").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(5, report.GetProperty("rejected").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("reason").GetString())).ToList();
        Assert.Contains((3, "ocopStars", "Sản phẩm OCOP cần hạng sao từ 3 đến 5."), errors);
        Assert.Contains((4, "$", "Dòng này không phải một đối tượng JSON hợp lệ."), errors);
        Assert.Contains((7, "brand", "Không tìm thấy nhãn hiệu này."), errors);
        Assert.Contains((8, "kind", "Loại dòng (kind) phải là brand, product hoặc seller."), errors);
        Assert.Contains((9, "referencePriceMinVnd", "Giá trị không đúng kiểu dữ liệu."), errors);

        var brands = (await lead.GetJsonAsync("/brands")).EnumerateArray().Single(b => b.GetProperty("name").GetString() == brand);
        Assert.Equal("Đặc sản Sóc Trăng", brands.GetProperty("notes").GetString());
        Assert.True(brands.GetProperty("protected").GetBoolean());
        Assert.Equal(1, brands.GetProperty("productCount").GetInt32());
        Assert.Equal(1, brands.GetProperty("sellerCount").GetInt32());
    }

    [Fact]
    public async Task Importing_the_same_lines_again_updates_by_natural_key_and_adds_nothing()
    {
        var lead = await app.StaffClientAsync("supervisor");
        var brand = GenuineClient.Unique("Yến sào Khánh Hòa");
        string[] lines =
        [
            Line(new { kind = "brand", name = brand }),
            Line(new { kind = "product", brand, name = "Yến sào tinh chế 100g", referencePriceMinVnd = 3_000_000, referencePriceMaxVnd = 4_500_000 }),
            Line(new { kind = "seller", brand, platform = "tiki", sellerPlatformId = "yensao-khanhhoa", sellerName = "Yến sào Khánh Hòa" }),
        ];
        Assert.Equal(3, (await lead.ImportAsync(lines)).GetProperty("inserted").GetInt32());
        lines[1] = lines[1].Replace("4500000", "5000000", StringComparison.Ordinal).Replace("Yến sào tinh chế", "YEN SAO TINH CHE", StringComparison.Ordinal);
        var again = await lead.ImportAsync(lines);
        Assert.Equal(0, again.GetProperty("inserted").GetInt32());
        Assert.Equal(3, again.GetProperty("updated").GetInt32());
        var brandId = (await lead.GetJsonAsync("/brands")).EnumerateArray().Single(b => b.GetProperty("name").GetString() == brand).GetProperty("id").GetInt64();
        var product = Assert.Single((await lead.GetJsonAsync($"/products?brandId={brandId}")).EnumerateArray());
        Assert.Equal(5_000_000, product.GetProperty("referencePriceMaxVnd").GetInt64());
    }

    [Fact]
    public async Task A_refused_line_leaves_no_trace_even_when_it_is_a_duplicate_inside_the_same_file()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brand = GenuineClient.Unique("Kẹo dừa Bến Tre");
        var report = await lead.ImportAsync(
            Line(new { kind = "brand", name = brand }),
            Line(new { kind = "product", brand, name = "Kẹo dừa sữa", referencePriceMinVnd = 50_000, referencePriceMaxVnd = 10_000 }),
            Line(new { kind = "seller", brand, platform = "sendo", sellerPlatformId = "keodua", sellerName = "" }));
        Assert.Equal(2, report.GetProperty("rejected").GetInt32());
        var brandId = (await lead.GetJsonAsync("/brands")).EnumerateArray().Single(b => b.GetProperty("name").GetString() == brand).GetProperty("id").GetInt64();
        Assert.Empty((await lead.GetJsonAsync($"/products?brandId={brandId}")).EnumerateArray());
        Assert.Empty((await lead.GetJsonAsync($"/sellers?brandId={brandId}")).EnumerateArray());
    }

    private static string Line(object value) => JsonSerializer.Serialize(value);
}

public sealed class GenuineImportTests_Sqlite(SqliteApp app) : GenuineImportTests<SqliteApp>(app);

public sealed class GenuineImportTests_Postgres(PostgresApp app) : GenuineImportTests<PostgresApp>(app);
