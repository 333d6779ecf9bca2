using System.Net;
using Enforcement.Api.Listings;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Tests.Listings;

/// <summary>Import over the API: good lines land, bad ones are reported by line and field, re-imports change nothing.</summary>
public abstract class ListingImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static string Unique(string id) => id + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Ndjson_with_good_and_bad_lines_keeps_the_good_and_reports_the_bad_by_line_and_field()
    {
        var inspector = await app.StaffClientAsync("inspector");
        string a = Unique("a"), b = Unique("b");
        var body = string.Join("\n",
            ListingClient.Line(a),
            "{ not json",
            ListingClient.Line(Unique("x"), platform: "ebay"),
            "",
            ListingClient.Line(b, price: null).Replace("\"price\":null", "\"price\":\"12.5\""),
            ListingClient.Line(Unique("y"), title: "Ti\u0000tle", hashes: ["zz"]),
            "[1,2]");

        var report = await inspector.ImportOkAsync(body);

        Assert.Equal((6, 1, 0, 0, 5), report.Counts());
        Assert.Equal([(2, null), (3, "platform"), (5, "price"), (6, "title"), (6, "imageHashes"), (7, null)], report.Errors());
        Assert.Contains("Sàn không hợp lệ", report.GetProperty("errors")[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var stored = await app.DbAsync(db => db.Set<Listing>().AsNoTracking().SingleAsync(l => l.PlatformListingId == a));
        Assert.Equal("Túi xách LV like auth", stored.Title);
        Assert.Equal("Hàng đẹp\nfull box", stored.Description);
        Assert.Equal(350_000, stored.PriceVnd);
        Assert.Equal("shopee:s1", stored.SellerKey);
        Assert.Equal(16, stored.TitleFingerprint.Length);
        Assert.Equal("active", stored.Status);
        Assert.False(await app.DbAsync(db => db.Set<Listing>().AnyAsync(l => l.PlatformListingId == b)));
    }

    [Fact]
    public async Task Csv_with_quotes_line_breaks_and_bad_lines_is_read_per_rfc_4180()
    {
        var inspector = await app.StaffClientAsync("inspector");
        string a = Unique("c"), b = Unique("d");
        var csv = "platform,listingId,url,title,description,price,originalPrice,brand,category,seller.id,seller.name,seller.shopUrl,seller.province,seller.ward,imageHashes\r\n"
            + $"lazada,{a},https://www.lazada.vn/p-i1.html,\"Nước mắm \"\"Phú Quốc\"\", chai 500ml\",\"Dòng 1\r\nDòng 2\",125000,,Phú Quốc,Thực phẩm,L9,Tạp hóa,,82,28249,aaaaaaaa;BBBBBBBB|cccccccc\r\n"
            + $"lazada,{Unique("e")},ftp://x,Tiêu đề,,,,,,,,,,,\r\n"
            + $"lazada,{b},https://www.lazada.vn/p-i2.html,Thiếu cột\r\n"
            + $"tiki,{Unique("f")},https://tiki.vn/a,,,-5,,,,,,,,,\r\n";

        var report = await inspector.ImportOkAsync(csv, "text/csv");

        Assert.Equal((4, 1, 0, 0, 3), report.Counts());
        Assert.Equal([(4, "url"), (5, null), (6, "title"), (6, "price")], report.Errors());
        var id = await app.ListingIdAsync("lazada", a);
        var detail = await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync();
        Assert.Equal("Nước mắm \"Phú Quốc\", chai 500ml", detail.GetProperty("title").GetString());
        Assert.Equal("Dòng 1\nDòng 2", detail.GetProperty("description").GetString());
        Assert.Equal("lazada:L9", detail.GetProperty("seller").GetProperty("key").GetString());
        Assert.Equal(["aaaaaaaa", "bbbbbbbb", "cccccccc"], detail.GetProperty("imageHashes").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public async Task Reimporting_counts_unchanged_rows_and_a_price_change_adds_history_and_a_new_index_revision()
    {
        var inspector = await app.StaffClientAsync("inspector");
        string a = Unique("g"), b = Unique("h");
        var body = ListingClient.Line(a) + "\n" + ListingClient.Line(b);
        Assert.Equal((2, 2, 0, 0, 0), (await inspector.ImportOkAsync(body)).Counts());
        var id = await app.ListingIdAsync("shopee", a);
        var first = await app.DbAsync(db => db.Set<ListingIndexQueueEntry>().AsNoTracking().SingleAsync(q => q.ListingId == id));
        Assert.Equal(1, first.Revision);

        Assert.Equal((2, 0, 0, 2, 0), (await inspector.ImportOkAsync(body)).Counts());
        Assert.Equal(1, await app.DbAsync(db => db.Set<Listing>().CountAsync(l => l.PlatformListingId == a)));
        Assert.Single(await app.DbAsync(db => db.Set<ListingSnapshot>().Where(s => s.ListingId == id).ToListAsync()));

        var cheaper = ListingClient.Line(a, price: 99_000) + "\n" + ListingClient.Line(b);
        Assert.Equal((2, 0, 1, 1, 0), (await inspector.ImportOkAsync(cheaper)).Counts());
        var history = await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync();
        Assert.Equal([99_000L, 350_000L], history.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("priceVnd").GetInt64()));
        var after = await app.DbAsync(db => db.Set<ListingIndexQueueEntry>().AsNoTracking().SingleAsync(q => q.ListingId == id));
        Assert.True(after.Revision > first.Revision, $"revision {after.Revision} after {first.Revision}");
    }

    [Fact]
    public async Task A_line_the_database_refuses_does_not_take_its_batch_down()
    {
        var inspector = await app.StaffClientAsync("inspector");
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(app.DatabaseProvider == "Postgres"
            ? """
              CREATE OR REPLACE FUNCTION test_refuse_listing() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF NEW."Title" = 'refused by the database' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
              DROP TRIGGER IF EXISTS "TR_Test_Refuse" ON "Listings";
              CREATE TRIGGER "TR_Test_Refuse" BEFORE INSERT ON "Listings" FOR EACH ROW EXECUTE FUNCTION test_refuse_listing();
              """
            : """
              CREATE TRIGGER IF NOT EXISTS "TR_Test_Refuse" BEFORE INSERT ON "Listings" WHEN NEW."Title" = 'refused by the database'
              BEGIN SELECT RAISE(ABORT, 'refused'); END;
              """));
        string a = Unique("i"), bad = Unique("j"), c = Unique("k");
        var body = string.Join("\n", ListingClient.Line(a), ListingClient.Line(bad, title: "refused by the database"), ListingClient.Line(c));

        var report = await inspector.ImportOkAsync(body);

        Assert.Equal((3, 2, 0, 0, 1), report.Counts());
        Assert.Equal([(2, null)], report.Errors());
        Assert.True(await app.DbAsync(db => db.Set<Listing>().AnyAsync(l => l.PlatformListingId == a)));
        Assert.True(await app.DbAsync(db => db.Set<Listing>().AnyAsync(l => l.PlatformListingId == c)));
        // Nothing half-written: no history, hashes or queue rows for the refused line either.
        Assert.False(await app.DbAsync(db => db.Set<Listing>().AnyAsync(l => l.PlatformListingId == bad)));
        var ids = await app.DbAsync(db => db.Set<Listing>().Where(l => l.PlatformListingId == a || l.PlatformListingId == c).Select(l => l.Id).ToListAsync());
        Assert.Equal(2, await app.DbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync(q => ids.Contains(q.ListingId))));
    }

    [Fact]
    public async Task Whole_request_problems_answer_400_or_415_and_write_nothing()
    {
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(HttpStatusCode.BadRequest, (await inspector.ImportAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await inspector.ImportAsync(ListingClient.Line("z"), "application/xml")).StatusCode);
        var header = await inspector.ImportAsync("platform,listingId,url,title,colour\nshopee,1,https://shopee.vn/a,T,red", "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("colour", await header.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", header.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_upload_imports_the_file_field()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var id = Unique("m");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(ListingClient.Line(id)), "file", "listings.ndjson");
        var response = await inspector.PostAsync("/api/staff/listings/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1, 0, 0, 0), (await response.JsonAsync()).Counts());
    }
}

public sealed class ListingImportTests_Sqlite(SqliteApp app) : ListingImportTests<SqliteApp>(app);

public sealed class ListingImportTests_Postgres(PostgresApp app) : ListingImportTests<PostgresApp>(app);
