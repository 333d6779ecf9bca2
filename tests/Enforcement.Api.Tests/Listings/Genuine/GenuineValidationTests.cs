using System.Net;
using System.Net.Http.Json;
using System.Text;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings.Genuine;

/// <summary>What a person can type wrong gets a message in Vietnamese on its field, never a 500.</summary>
public abstract class GenuineValidationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Every_bad_product_field_has_its_vietnamese_message()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brandId = await lead.BrandAsync(GenuineClient.Unique("Dior"));
        var errors = await (await lead.PostAsJsonAsync($"{GenuineClient.Root}/products", new
        {
            brandId, name = " ", referencePriceMinVnd = 5_000_000L, referencePriceMaxVnd = 1_000_000L, isOcop = false, ocopStars = 4, category = "Túi\0xách",
        })).InvalidAsync();
        Assert.Equal("Vui lòng nhập tên sản phẩm.", errors.First("name"));
        Assert.Equal("Giá tối đa không được nhỏ hơn giá tối thiểu.", errors.First("referencePriceMaxVnd"));
        Assert.Equal("Chỉ sản phẩm OCOP mới có hạng sao và tỉnh chứng nhận OCOP.", errors.First("ocopStars"));
        Assert.Equal("Nội dung chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng xóa và nhập lại.", errors.First("category"));

        var more = await (await lead.PostAsJsonAsync($"{GenuineClient.Root}/products", new
        {
            brandId = 987_654_321L, name = new string('x', 201), referencePriceMinVnd = -1L, referencePriceMaxVnd = 1_000_000_000_001L, isOcop = true, ocopStars = 6,
        })).InvalidAsync();
        Assert.Equal("Trường này không được dài quá 200 ký tự.", more.First("name"));
        Assert.Equal("Không tìm thấy nhãn hiệu này.", more.First("brandId"));
        Assert.Equal("Giá phải là số nguyên VNĐ từ 0 đến 1.000.000.000.000.", more.First("referencePriceMinVnd"));
        Assert.Equal("Giá phải là số nguyên VNĐ từ 0 đến 1.000.000.000.000.", more.First("referencePriceMaxVnd"));
        Assert.Equal("Sản phẩm OCOP cần hạng sao từ 3 đến 5.", more.First("ocopStars"));
    }

    [Fact]
    public async Task Bad_brand_and_seller_fields_have_their_messages_and_english_is_available()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brand = await (await lead.PostAsJsonAsync($"{GenuineClient.Root}/brands", new { name = "", aliases = new[] { "ok", "bad\u0007" } })).InvalidAsync();
        Assert.Equal("Vui lòng nhập tên nhãn hiệu.", brand.First("name"));
        Assert.Equal("Nội dung chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng xóa và nhập lại.", brand.First("aliases"));

        var brandId = await lead.BrandAsync(GenuineClient.Unique("Hublot"));
        var seller = await (await lead.PostAsJsonAsync($"{GenuineClient.Root}/sellers", new
        {
            brandId, platform = "amazon", sellerPlatformId = "", sellerName = "Hublot", validFrom = "2026-05-01", validTo = "2026-04-30",
        })).InvalidAsync();
        Assert.Equal("Sàn/nền tảng không hợp lệ.", seller.First("platform"));
        Assert.Equal("Vui lòng nhập mã người bán trên sàn.", seller.First("sellerPlatformId"));
        Assert.Equal("Ngày hết hiệu lực không được trước ngày bắt đầu.", seller.First("validTo"));

        await lead.CreatedAsync("/sellers", new { brandId, platform = "lazada", sellerPlatformId = "hublot-vn", sellerName = "Hublot VN" });
        var english = new HttpRequestMessage(HttpMethod.Post, $"{GenuineClient.Root}/sellers")
        {
            Content = JsonContent.Create(new { brandId, platform = "lazada", sellerPlatformId = "hublot-vn", sellerName = "Hublot VN" }),
        };
        english.Headers.AcceptLanguage.ParseAdd("en-US");
        Assert.Equal("This seller is already authorized for the brand on this platform.", (await (await lead.SendAsync(english)).InvalidAsync()).First("sellerPlatformId"));
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("{\"name\": \"Fendi\", \"protected\": \"có\"}")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public async Task Broken_json_is_a_400_not_a_500(string body)
    {
        var lead = await app.StaffClientAsync("teamlead");
        var response = await lead.PostAsync($"{GenuineClient.Root}/brands", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class GenuineValidationTests_Sqlite(SqliteApp app) : GenuineValidationTests<SqliteApp>(app);

public sealed class GenuineValidationTests_Postgres(PostgresApp app) : GenuineValidationTests<PostgresApp>(app);
