using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings.Genuine;

/// <summary>Brands, products and authorized sellers through the API, with the messages a team lead reads.</summary>
public abstract class GenuineCrudTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task A_team_lead_adds_a_brand_a_product_and_a_seller_and_reads_them_back_with_counts()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var name = GenuineClient.Unique("Hermès");
        var brand = await lead.CreatedAsync("/brands", new { name, aliases = new[] { "Hermes", " hermes ", "H" }, @protected = true, owner = "Hermès International" });
        var brandId = brand.GetProperty("id").GetInt64();
        Assert.Equal(["Hermes", "H"], brand.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        var product = await lead.CreatedAsync("/products", new
        {
            brandId, name = "Túi Birkin 30", keywords = new[] { "birkin" }, category = "Túi xách",
            referencePriceMinVnd = 250_000_000L, referencePriceMaxVnd = 900_000_000L, isOcop = false,
        });
        Assert.Equal(name, product.GetProperty("brandName").GetString());
        Assert.Equal(900_000_000L, product.GetProperty("referencePriceMaxVnd").GetInt64());
        var seller = await lead.CreatedAsync("/sellers", new { brandId, platform = "Shopee", sellerPlatformId = "hermes_official", sellerName = "Hermès Official", validFrom = "2026-01-01" });
        Assert.Equal("shopee", seller.GetProperty("platform").GetString());

        var read = await lead.GetJsonAsync($"/brands/{brandId}");
        Assert.True(read.GetProperty("protected").GetBoolean());
        Assert.Equal(1, read.GetProperty("productCount").GetInt32());
        Assert.Equal(1, read.GetProperty("sellerCount").GetInt32());
        var products = await lead.GetJsonAsync($"/products?brandId={brandId}");
        Assert.Equal("Túi Birkin 30", Assert.Single(products.EnumerateArray()).GetProperty("name").GetString());
        Assert.Single((await lead.GetJsonAsync($"/sellers?brandId={brandId}")).EnumerateArray());

        var updated = await lead.PutAsJsonAsync($"{GenuineClient.Root}/products/{product.GetProperty("id").GetInt64()}", new
        {
            brandId, name = "Túi Birkin 30", keywords = new[] { "birkin", "b30" }, referencePriceMinVnd = 300_000_000L, referencePriceMaxVnd = 950_000_000L,
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(300_000_000L, (await updated.JsonAsync()).GetProperty("referencePriceMinVnd").GetInt64());

        var renamed = await lead.PutAsJsonAsync($"{GenuineClient.Root}/brands/{brandId}", new { name = name + " Paris" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var renamedBrand = await renamed.JsonAsync();
        Assert.Equal(name + " Paris", renamedBrand.GetProperty("name").GetString());
        Assert.True(renamedBrand.GetProperty("protected").GetBoolean()); // left out, so kept
    }

    [Fact]
    public async Task A_brand_name_is_unique_whatever_its_case_and_diacritics()
    {
        var lead = await app.StaffClientAsync("supervisor");
        var tag = Guid.NewGuid().ToString("N")[..8];
        await lead.BrandAsync($"Đồng hồ Biên Hòa {tag}");
        foreach (var twin in new[] { $"  dong ho bien hoa {tag}", $"ĐỒNG HỒ BIÊN HÒA {tag}", $"Đồng  hồ Biên Hòa {tag}" })
        {
            var again = await lead.PostAsJsonAsync($"{GenuineClient.Root}/brands", new { name = twin });
            Assert.Equal($"Đã có nhãn hiệu \"{twin.Trim()}\".", (await again.InvalidAsync()).First("name"));
        }
    }

    [Fact]
    public async Task Deleting_a_brand_that_still_has_products_is_a_409_and_works_once_they_are_gone()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brandId = await lead.BrandAsync(GenuineClient.Unique("Prada"));
        var product = await lead.CreatedAsync("/products", new { brandId, name = "Túi Galleria" });

        var refused = await lead.DeleteAsync($"{GenuineClient.Root}/brands/{brandId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Nhãn hiệu còn 1 sản phẩm và 0 người bán được ủy quyền: hãy xóa chúng trước.", (await refused.JsonAsync()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"{GenuineClient.Root}/products/{product.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"{GenuineClient.Root}/brands/{brandId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{GenuineClient.Root}/brands/{brandId}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_reference_data_is_there_with_ocop_products_and_authorized_sellers()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var brands = (await inspector.GetJsonAsync("/brands")).EnumerateArray().ToList();
        var lv = brands.Single(b => b.GetProperty("name").GetString() == "Louis Vuitton");
        Assert.Contains("LV", lv.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.True(lv.GetProperty("protected").GetBoolean());
        Assert.Contains(brands, b => b.GetProperty("name").GetString() == "Rolex");

        var ocop = (await inspector.GetJsonAsync("/products?ocop=true")).EnumerateArray().ToList();
        Assert.All(ocop, p => Assert.True(p.GetProperty("isOcop").GetBoolean()));
        var fishSauce = ocop.Single(p => p.GetProperty("name").GetString() == "Nước mắm Phú Quốc 40 độ đạm chai 500ml");
        Assert.Equal(4, fishSauce.GetProperty("ocopStars").GetInt32());
        var af1 = (await inspector.GetJsonAsync("/products")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Giày Nike Air Force 1 '07");
        Assert.Equal(2_500_000, af1.GetProperty("referencePriceMinVnd").GetInt64());
        var sellers = (await inspector.GetJsonAsync($"/sellers?brandId={lv.GetProperty("id").GetInt64()}")).EnumerateArray();
        Assert.Contains(sellers, s => s.GetProperty("platform").GetString() == "shopee" && s.GetProperty("sellerPlatformId").GetString() == "lvofficial");
    }
}

public sealed class GenuineCrudTests_Sqlite(SqliteApp app) : GenuineCrudTests<SqliteApp>(app);

public sealed class GenuineCrudTests_Postgres(PostgresApp app) : GenuineCrudTests<PostgresApp>(app);
